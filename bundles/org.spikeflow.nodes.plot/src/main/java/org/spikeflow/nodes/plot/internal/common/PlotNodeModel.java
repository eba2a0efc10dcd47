package org.spikeflow.nodes.plot.internal.common;

import java.nio.file.Path;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
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
 * A node that draws a {@link Figure} from its input tables: it checks the input columns at configure time, refuses
 * empty required tables, renders PNG and SVG headless, optionally writes them to files, and outputs the image port.
 */
public abstract class PlotNodeModel<S extends PlotNodeSettings> extends NodeModel<S> {

    /**
     * An input table of a plot node.
     *
     * @param name
     *            how messages name it, e.g. "traces table (input 0)"
     * @param optional
     *            whether the port may stay unconnected
     */
    public record TableInput(String name, boolean optional) {
        public static TableInput required(String name) {
            return new TableInput(name, false);
        }

        public static TableInput optional(String name) {
            return new TableInput(name, true);
        }
    }

    private final TableInput[] inputs;

    protected PlotNodeModel(Class<S> settingsClass, TableInput... inputs) {
        super(portTypes(inputs), new PortType[] {ImagePortObject.TYPE}, settingsClass);
        this.inputs = inputs.clone();
    }

    private static PortType[] portTypes(TableInput[] inputs) {
        PortType[] types = new PortType[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            types[i] = inputs[i].optional() ? DataTable.TYPE_OPTIONAL : DataTable.TYPE;
        }
        return types;
    }

    /**
     * Checks the input specs against the settings.
     *
     * @param specs
     *            one per input; null where the spec is unknown or the optional input is not connected
     */
    protected abstract void checkInputs(DataTableSpec[] specs) throws InvalidSettingsException;

    /**
     * Builds the figure from the tables (the data it holds is exactly what is drawn).
     *
     * @param tables
     *            one per input, the required ones with rows; null where an optional input is not connected
     */
    protected abstract Figure draw(DataTable[] tables, ExecutionContext exec) throws Exception;

    /** Builds the figure from the inputs: checks that every required table has rows, then {@link #draw}s. */
    public final Figure figure(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        DataTable[] tables = new DataTable[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            tables[i] = i < inObjects.length ? (DataTable) inObjects[i] : null;
            if (!inputs[i].optional()) {
                Columns.requireRows(tables[i], inputs[i].name());
            }
        }
        return draw(tables, exec);
    }

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
        checkInputs(tableSpecs(inSpecs));
        return new PortObjectSpec[] {imageSpec()};
    }

    private DataTableSpec[] tableSpecs(PortObjectSpec[] specs) {
        DataTableSpec[] tables = new DataTableSpec[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            tables[i] = i < specs.length && specs[i] instanceof DataTableSpec spec ? spec : null;
        }
        return tables;
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
        checkInputs(tableSpecs(specs));
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
