package org.spikeflow.core.tests.node;

import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.node.AbstractNodeFactory;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.LoopStartNode;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;

/** Test loop start: passes its table through and pushes {@code iteration}. */
public final class TestLoopStartNodeFactory extends AbstractNodeFactory<TestLoopStartNodeFactory.Model> {

    public TestLoopStartNodeFactory() {
        super("org.spikeflow.core.tests.loopstart");
    }

    @Override
    public Model createNodeModel() {
        return new Model();
    }

    public static final class Model extends NodeModel<NoSettings> implements LoopStartNode {
        public int iteration;

        Model() {
            super(new PortType[] {DataTable.TYPE}, new PortType[] {DataTable.TYPE}, NoSettings.class);
        }

        @Override
        protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) {
            pushFlowVariableInt("iteration", iteration);
            return inSpecs.clone();
        }

        @Override
        protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) {
            pushFlowVariableInt("iteration", iteration);
            return inObjects.clone();
        }

        @Override
        protected void reset() {
            iteration = 0;
        }

        /** Exposes the protected pairing lookup, for tests. */
        public Object loopEnd() {
            return getLoopEndNode();
        }
    }
}
