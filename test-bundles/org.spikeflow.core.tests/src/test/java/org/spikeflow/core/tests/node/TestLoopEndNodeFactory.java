package org.spikeflow.core.tests.node;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.LoopEndNode;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;

/**
 * Test loop end: asks for another iteration until its start's {@code iteration} reaches {@code iterations - 1}, then
 * passes its table on and pushes {@code loopDone}.
 */
public final class TestLoopEndNodeFactory extends AbstractNodeFactory<TestLoopEndNodeFactory.Model> {

    public TestLoopEndNodeFactory() {
        super("org.spikeflow.core.tests.loopend");
    }

    @Override
    public Model createNodeModel() {
        return new Model();
    }

    public static class Settings extends NodeSettings {
        @Setting(title = "Iterations", min = 1)
        public int iterations = 1;
    }

    public static final class Model extends NodeModel<Settings> implements LoopEndNode {
        Model() {
            super(new PortType[] {DataTable.TYPE}, new PortType[] {DataTable.TYPE}, Settings.class);
        }

        @Override
        protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) {
            return inSpecs.clone();
        }

        @Override
        protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
            TestLoopStartNodeFactory.Model start = (TestLoopStartNodeFactory.Model) getLoopStartNode();
            if (start.iteration < getSettings().iterations - 1) {
                start.iteration++;
                continueLoop();
                return null;
            }
            pushFlowVariableBoolean("loopDone", true);
            return inObjects.clone();
        }
    }
}
