package org.spikeflow.nodes.plot.internal.common;

import java.nio.file.Path;

import org.spikeflow.core.image.ImagePortObject;
import org.spikeflow.core.image.ImagePortObjectSpec;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.plot.Figure;
import org.spikeflow.plot.FigureRenderer;
import org.spikeflow.plot.RenderedFigure;

/**
 * A node that draws a {@link Figure} from its inputs: it checks the input columns at configure time, renders PNG and
 * SVG headless, optionally writes them to files, and outputs the image port.
 */
public abstract class PlotNodeModel<S extends PlotNodeSettings> extends NodeModel<S> {

    protected PlotNodeModel(PortType[] inPortTypes, Class<S> settingsClass) {
        super(inPortTypes, new PortType[] {ImagePortObject.TYPE}, settingsClass);
    }

    /** Checks the input specs against the settings (null specs are unknown and skipped). */
    protected abstract void checkInputs(PortObjectSpec[] inSpecs) throws InvalidSettingsException;

    /** Builds the figure from the inputs (the data it holds is exactly what is drawn). */
    public abstract Figure figure(PortObject[] inObjects, ExecutionContext exec) throws Exception;

    /** The size in pixels {width, height} when the settings leave it at 0. */
    protected int[] defaultSize() {
        return new int[] {1200, 800};
    }

    /** The folder of the files when the setting is empty. */
    protected String defaultFolder() {
        return "plots";
    }

    /** The file name (without extension) when the setting is empty. */
    protected String defaultFileName() {
        return ImageFiles.safeName(getSettings().title, "plot");
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        checkInputs(inSpecs);
        return new PortObjectSpec[] {imageSpec()};
    }

    private ImagePortObjectSpec imageSpec() {
        PlotOutputSettings o = getSettings().output;
        int[] size = defaultSize();
        return new ImagePortObjectSpec(getSettings().title, o.width > 0 ? o.width : size[0],
                o.height > 0 ? o.height : size[1], o.dpi);
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        PortObjectSpec[] specs = new PortObjectSpec[inObjects.length];
        for (int i = 0; i < specs.length; i++) {
            specs[i] = inObjects[i] == null ? null : inObjects[i].getSpec();
        }
        checkInputs(specs);
        exec.setProgress(0.1, "Building the chart");
        Figure figure = figure(inObjects, exec);
        exec.checkCanceled();
        exec.setProgress(0.4, "Rendering PNG and SVG");
        PlotOutputSettings o = getSettings().output;
        ImagePortObjectSpec spec = imageSpec();
        RenderedFigure rendered = FigureRenderer.render(figure, spec.getWidth(), spec.getHeight(), spec.getDpi());
        ImagePortObject image = new ImagePortObject(spec, rendered.png(), rendered.svg());
        if (o.writeFiles) {
            exec.checkCanceled();
            String name = o.fileName == null || o.fileName.isBlank() ? defaultFileName() : o.fileName.trim();
            String folder = o.folder == null || o.folder.isBlank() ? defaultFolder() : o.folder.trim();
            // folder and name may come from flow variables: the joined path is checked, not just the folder
            Path base = exec.resolveOutput(Path.of(folder).resolve(name).toString());
            ImageFiles.write(image, base, o.formats.formats(), exec);
        }
        exec.setProgress(1);
        return new PortObject[] {image};
    }
}
