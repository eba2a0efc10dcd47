package org.spikeflow.core.tests.node;

import java.nio.file.Path;

import org.spikeflow.core.io.AtomicFiles;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/** Test node with path settings (one nested) and a secret number: writes "ok" to its target when executed. */
public final class FileNodeFactory extends AbstractNodeFactory<FileNodeFactory.Model> {

    public FileNodeFactory() {
        super("org.spikeflow.core.tests.file");
    }

    @Override
    public Model createNodeModel() {
        return new Model();
    }

    public static class Plots {
        @Setting(title = "Folder", path = "output")
        public String folder = "";
    }

    public static class Settings extends NodeSettings {
        @Setting(title = "Target", path = "output")
        public String target = "out.txt";

        @Setting(title = "Source", path = "input")
        public String source = "";

        @Setting(title = "Plots")
        public Plots plots = new Plots();

        @Setting(title = "PIN", secret = true)
        public int pin = 0;
    }

    public static final class Model extends NodeModel<Settings> {
        Model() {
            super(new PortType[0], new PortType[0], Settings.class);
        }

        @Override
        protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
            return new PortObjectSpec[0];
        }

        @Override
        protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
            Path target = exec.resolveOutput(getSettings().target);
            AtomicFiles.writeString(target, "ok");
            return new PortObject[0];
        }
    }
}
