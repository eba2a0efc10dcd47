package org.spikeflow.engine.tests.nodes;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.NodeSettings;

/** Test node: counts down latch "started", then works until cancelled (at most 30 s). */
public final class WaitForCancelNodeFactory extends AbstractNodeFactory<WaitForCancelNodeFactory.Model> {
    public static final String ID = "test.waitforcancel";

    public WaitForCancelNodeFactory() {
        super(ID);
    }

    @Override
    public Model createNodeModel() {
        return new Model();
    }

    public static class Settings extends NodeSettings {
    }

    public static final class Model extends NodeModel<Settings> {
        Model() {
            super(new PortType[0], new PortType[] {DataTable.TYPE}, Settings.class);
        }

        @Override
        protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) {
            return new PortObjectSpec[] {new DataTableSpec()};
        }

        @Override
        protected PortObject[] execute(PortObject[] in, ExecutionContext exec) throws Exception {
            TestLog.latch("started", 1).countDown();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (System.nanoTime() < deadline) {
                exec.checkCanceled();
                exec.setProgress(0.5, "waiting for cancel");
                Thread.sleep(5);
            }
            TestLog.add("never cancelled");
            return new PortObject[] {DataTable.empty(new DataTableSpec())};
        }
    }
}
