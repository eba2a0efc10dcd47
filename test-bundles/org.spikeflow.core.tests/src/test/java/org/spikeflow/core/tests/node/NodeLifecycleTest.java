package org.spikeflow.core.tests.node;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.flowvar.FlowLoopContext;
import org.spikeflow.core.flowvar.FlowObjectStack;
import org.spikeflow.core.flowvar.FlowVariable;
import org.spikeflow.core.node.CanceledExecutionException;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.runtime.Node;
import org.spikeflow.core.node.NodeLogger;
import org.spikeflow.core.port.FlowVariablePortObject;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.settings.InvalidSettingsException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@link Node} driving test {@link org.spikeflow.core.node.NodeModel}s through their life cycle, without an engine. */
class NodeLifecycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DataTableSpec SIGNAL_SPEC = DataTableSpec.of("Time (ms)", DataType.DOUBLE, "Voltage (mV)",
            DataType.DOUBLE);

    private final List<String> progress = new ArrayList<>();
    private final AtomicBoolean canceled = new AtomicBoolean();

    private ExecutionContext exec() {
        return new ExecutionContext((fraction, message) -> progress.add(fraction + " " + message), canceled,
                NodeLogger.forSource("test"), null, null, 1, null);
    }

    private static DataTable signal() {
        return new DataTableBuilder(SIGNAL_SPEC).appendRow(0.0, -65.0).appendRow(0.1, -70.5).appendRow(0.2, null)
                .build();
    }

    private static ObjectNode json(String text) throws Exception {
        return (ObjectNode) JSON.readTree(text.replace('\'', '"'));
    }

    private static FlowObjectStack stack(FlowVariable... variables) {
        return FlowObjectStack.of(List.of(variables));
    }

    private static double[] voltages(PortObject[] out) {
        return ((DataTable) out[0]).getDoubleColumn("Voltage (mV)").toArray();
    }

    private PortObject[] execute(Node node, PortObject input, FlowObjectStack stack) throws Exception {
        return node.execute(new PortObject[] {input}, stack, exec());
    }

    private static ScaleNodeFactory.Model scaleModel(Node node) {
        return (ScaleNodeFactory.Model) node.getModel();
    }

    // ---- basics and configure ----

    @Test
    void nodeExposesItsFactoryAndPorts() {
        Node node = new Node("scale", new ScaleNodeFactory());
        assertEquals("scale", node.getId());
        assertEquals(ScaleNodeFactory.ID, node.getFactory().getId());
        assertEquals("scale (Scale)", node.toString());
        assertArrayEquals(new Object[] {DataTable.TYPE}, node.getInPortTypes());
        assertArrayEquals(new Object[] {DataTable.TYPE}, node.getOutPortTypes());
        assertFalse(node.isLoopStart());
        assertFalse(node.isLoopEnd());
        assertEquals("scale", node.getLogger().getSource(), "the model logs under the node id");
        assertTrue(new Node("s", new TestLoopStartNodeFactory()).isLoopStart());
        assertTrue(new Node("e", new TestLoopEndNodeFactory()).isLoopEnd());
    }

    @Test
    void newNodesHoldTheDefaultSettings() throws Exception {
        Node node = new Node("scale", new ScaleNodeFactory());
        assertEquals(json("{'factor': 2.0, 'column': 'Voltage (mV)', 'token': ''}"), node.getSettingsJson(true));
        assertEquals(2.0, ((ScaleNodeFactory.Settings) node.getSettings()).factor);
    }

    @Test
    void configureReturnsTheOutputSpecs() throws Exception {
        Node node = new Node("scale", new ScaleNodeFactory());
        DataTableSpec in = DataTableSpec.of("Time (ms)", DataType.DOUBLE, "Voltage (mV)", DataType.INT);
        PortObjectSpec[] out = node.configure(new PortObjectSpec[] {in}, FlowObjectStack.empty());
        assertArrayEquals(new PortObjectSpec[] {SIGNAL_SPEC}, out);
        assertArrayEquals(new PortObjectSpec[] {null},
                node.configure(new PortObjectSpec[] {null}, FlowObjectStack.empty()), "unknown in, unknown out");
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> node.configure(new PortObjectSpec[] {in, in}, FlowObjectStack.empty()));
        assertEquals("Expected 1 input specs, got 2", count.getMessage());
    }

    @Test
    void configureReportsAMissingColumn() throws Exception {
        Node node = new Node("scale", new ScaleNodeFactory());
        node.setSetting("column", "Current (pA)");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> node.configure(new PortObjectSpec[] {SIGNAL_SPEC}, FlowObjectStack.empty()));
        assertEquals("The input table has no column 'Current (pA)'; its columns are 'Time (ms)', 'Voltage (mV)'",
                e.getMessage());
    }

    // ---- execute ----

    @Test
    void executeMultipliesTheColumn() throws Exception {
        Node node = new Node("scale", new ScaleNodeFactory());
        DataTable input = signal();
        PortObject[] out = execute(node, input, FlowObjectStack.empty());
        assertArrayEquals(new double[] {-130.0, -141.0, Double.NaN}, voltages(out));
        assertSame(input.getColumn(0), ((DataTable) out[0]).getColumn(0), "other columns pass through");
        assertEquals("1 missing values stay missing", node.getWarningMessage());
        assertEquals("1.0 Scaled 3 values", progress.get(progress.size() - 1));
        assertTrue(node.getOutgoingFlowStack().isEmpty());

        node.loadSettings(json("{'factor': 0.5}"));
        assertArrayEquals(new double[] {-32.5, -35.25, Double.NaN}, voltages(execute(node, input, stack())));
    }

    @Test
    void executeConvertsAnIntColumn() throws Exception {
        Node node = new Node("scale", new ScaleNodeFactory());
        DataTable ints = new DataTableBuilder(DataTableSpec.of("Voltage (mV)", DataType.INT)).appendRow(-65)
                .appendRow(3).build();
        PortObject[] out = execute(node, ints, stack());
        assertEquals(DataTableSpec.of("Voltage (mV)", DataType.DOUBLE), ((DataTable) out[0]).getSpec());
        assertArrayEquals(new double[] {-130.0, 6.0}, voltages(out));
        assertNull(node.getWarningMessage());
    }

    @Test
    void executeWithAWrongInputObjectFailsClearly() {
        Node node = new Node("scale", new ScaleNodeFactory());
        IllegalArgumentException wrongType = assertThrows(IllegalArgumentException.class,
                () -> execute(node, FlowVariablePortObject.INSTANCE, stack()));
        assertEquals("Input 0 of node 'scale' must be a Data Table but is FlowVariablePortObject",
                wrongType.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> execute(node, null, stack()));
        assertEquals("Input 0 of node 'scale' must be a Data Table but is missing", missing.getMessage());
    }

    @Test
    void executeStopsWhenCanceled() {
        Node node = new Node("scale", new ScaleNodeFactory());
        canceled.set(true);
        assertThrows(CanceledExecutionException.class, () -> execute(node, signal(), stack()));
    }

    @Test
    void resetDropsWarningAndOutgoingVariables() throws Exception {
        Node node = new Node("scale", new ScaleNodeFactory());
        execute(node, signal(), stack());
        assertEquals("1 missing values stay missing", node.getWarningMessage());
        Node push = new Node("push", new PushNodeFactory());
        execute(push, null, stack());
        assertFalse(push.getOutgoingFlowStack().isEmpty());
        node.reset();
        push.reset();
        assertNull(node.getWarningMessage());
        assertTrue(push.getOutgoingFlowStack().isEmpty());
    }

    // ---- settings ----

    @Test
    void setSettingConvertsTextToTheSettingsType() throws Exception {
        Node node = new Node("scale", new ScaleNodeFactory());
        node.setSetting("factor", "2.5");
        assertEquals(2.5, node.getSettingsJson(false).get("factor").asDouble());
        assertEquals(2.5, ((ScaleNodeFactory.Settings) node.getSettings()).factor);
        assertArrayEquals(new double[] {-162.5, -176.25, Double.NaN}, voltages(execute(node, signal(), stack())));
    }

    @Test
    void badSetSettingValuesAreRejectedAndThePreviousValueKept() throws Exception {
        Node node = new Node("scale", new ScaleNodeFactory());
        node.setSetting("factor", "2.5");
        assertEquals("'fast' is not a number",
                assertThrows(InvalidSettingsException.class, () -> node.setSetting("factor", "fast")).getMessage());
        assertEquals("Setting 'factor' (Factor) is 5000 but must be between -1000 and 1000",
                assertThrows(InvalidSettingsException.class, () -> node.setSetting("factor", "5000")).getMessage());
        assertEquals("Node 'scale' (Scale) has no setting 'facter'; did you mean 'factor'?",
                assertThrows(InvalidSettingsException.class, () -> node.setSetting("facter", "1")).getMessage());
        assertThrows(InvalidSettingsException.class, () -> node.loadSettings(json("{'factor': 'x'}")));
        assertEquals(2.5, node.getSettingsJson(true).get("factor").asDouble());
    }

    @Test
    void secretSettingsStayOutOfTheSavedJson() throws Exception {
        Node node = new Node("scale", new ScaleNodeFactory());
        node.setSetting("token", "s3cret");
        assertFalse(node.getSettingsJson(false).has("token"));
        assertEquals(json("{'factor': 2.0, 'column': 'Voltage (mV)'}"), node.getSettingsJson(false));
        assertEquals("s3cret", node.getSettingsJson(true).get("token").asText());

        // Loading saved settings (which never hold the secret) keeps the one supplied before ...
        node.loadSettings(node.getSettingsJson(false));
        assertEquals("s3cret", node.getSettingsJson(true).get("token").asText());
        execute(node, signal(), stack());
        assertEquals("s3cret", scaleModel(node).executedWith.token);
        // ... unless they bring a new one.
        node.loadSettings(json("{'token': 'rotated'}"));
        assertEquals("rotated", node.getSettingsJson(true).get("token").asText());
    }

    // ---- flow-variable overrides ----

    @Test
    void aFlowVariableOverridesASettingForThatRunOnly() throws Exception {
        Node node = new Node("scale", new ScaleNodeFactory());
        node.setVariableSetting("factor", "gain");
        assertEquals(Map.of("factor", "gain"), node.getVariableSettings());

        // An int variable into a double setting.
        PortObject[] out = execute(node, signal(), stack(FlowVariable.ofInt("gain", 3)));
        assertArrayEquals(new double[] {-195.0, -211.5, Double.NaN}, voltages(out));
        assertEquals(3.0, scaleModel(node).executedWith.factor);
        assertEquals(2.0, node.getSettingsJson(true).get("factor").asDouble(), "the node's own setting is unchanged");

        // A double variable, shadowing an outer one.
        FlowObjectStack shadowed = stack(FlowVariable.ofInt("gain", 3), FlowVariable.ofDouble("gain", -0.5));
        assertArrayEquals(new double[] {32.5, 35.25, Double.NaN}, voltages(execute(node, signal(), shadowed)));

        // Configure applies the override as well.
        node.setVariableSetting("column", "which");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> node.configure(
                new PortObjectSpec[] {SIGNAL_SPEC}, stack(FlowVariable.ofInt("gain", 1),
                        FlowVariable.ofString("which", "Current (pA)"))));
        assertTrue(e.getMessage().startsWith("The input table has no column 'Current (pA)'"), e.getMessage());

        node.setVariableSetting("column", null);
        node.setVariableSetting("factor", "  ");
        assertTrue(node.getVariableSettings().isEmpty());
        assertArrayEquals(new double[] {-130.0, -141.0, Double.NaN}, voltages(execute(node, signal(), stack())));
    }

    @Test
    void aMissingVariableNamesTheSettingAndTheVariable() throws Exception {
        Node node = new Node("scale", new ScaleNodeFactory());
        node.setVariableSetting("factor", "gain");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> execute(node, signal(), stack(FlowVariable.ofInt("other", 1), FlowVariable.ofInt("more", 2))));
        assertEquals("Setting 'factor' is controlled by flow variable 'gain', which is not available here; "
                + "available: [other, more]", e.getMessage());
    }

    @Test
    void aStringVariableInANumericSettingIsAClearError() throws Exception {
        Node node = new Node("scale", new ScaleNodeFactory());
        node.setVariableSetting("factor", "gain");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> execute(node, signal(), stack(FlowVariable.ofString("gain", "loud"))));
        assertEquals("Setting 'factor' cannot be loud: expected a number (settings controlled by flow variables: "
                + "{factor=gain})", e.getMessage());
    }

    @Test
    void aVariableOutOfTheSettingsRangeIsRejected() throws Exception {
        Node node = new Node("scale", new ScaleNodeFactory());
        node.setVariableSetting("factor", "gain");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> execute(node, signal(), stack(FlowVariable.ofDouble("gain", 5000))));
        assertEquals("Setting 'factor' (Factor) is 5000 but must be between -1000 and 1000 (settings controlled by "
                + "flow variables: {factor=gain})", e.getMessage());
    }

    @Test
    void onlyExistingSettingsCanBeBoundToVariables() throws Exception {
        Node node = new Node("scale", new ScaleNodeFactory());
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> node.setVariableSetting("gain", "g"));
        assertEquals("Node 'scale' (Scale) has no setting 'gain' to control with flow variable 'g'; its settings are "
                + "factor, column, token", e.getMessage());
        node.setVariableSetting("token", "tokenVariable");
        execute(node, signal(), stack(FlowVariable.ofString("tokenVariable", "from-variable")));
        assertEquals("from-variable", scaleModel(node).executedWith.token);
        assertFalse(node.getSettingsJson(false).toString().contains("from-variable"));
    }

    // ---- pushing variables ----

    @Test
    void pushedVariablesAppearOnTheOutgoingStack() throws Exception {
        Node node = new Node("push", new PushNodeFactory());
        FlowObjectStack incoming = stack(FlowVariable.ofInt("x", 1));
        node.configure(new PortObjectSpec[] {null}, incoming);
        assertEquals(1, node.getOutgoingFlowStack().find("count").orElseThrow().getIntValue(), "at configure time");
        assertEquals(1, node.getOutgoingFlowStack().find("x").orElseThrow().getIntValue(), "incoming ones pass on");

        node.loadSettings(json("{'variableName': 'x', 'value': 5}"));
        PortObject[] out = execute(node, null, incoming); // an optional port may stay unconnected
        assertSame(FlowVariablePortObject.INSTANCE, out[0]);
        FlowObjectStack outgoing = node.getOutgoingFlowStack();
        assertEquals(5, outgoing.find("x").orElseThrow().getIntValue(), "the node's own value shadows the incoming");
        assertTrue(outgoing.find("count").isEmpty(), "configure-time pushes are not kept by execute");
        assertEquals(2, outgoing.elements().size());
        assertEquals(1, incoming.find("x").orElseThrow().getIntValue(), "the incoming stack is unchanged");
    }

    @Test
    void modelsReadVariablesWithTypeChecks() throws Exception {
        Node node = new Node("push", new PushNodeFactory());
        node.setSetting("readVariable", "gain");
        execute(node, FlowVariablePortObject.INSTANCE, stack(FlowVariable.ofInt("gain", 4)));
        FlowVariable doubled = node.getOutgoingFlowStack().find("doubled").orElseThrow();
        assertEquals(8.0, doubled.getDoubleValue());

        InvalidSettingsException wrongType = assertThrows(InvalidSettingsException.class,
                () -> execute(node, null, stack(FlowVariable.ofString("gain", "4"))));
        assertEquals("Flow variable 'gain' is string, expected double", wrongType.getMessage());

        InvalidSettingsException missing = assertThrows(InvalidSettingsException.class,
                () -> execute(node, null, stack(FlowVariable.ofInt("other", 4))));
        assertEquals("Flow variable 'gain' is not available; available: [other, count]", missing.getMessage());
    }

    // ---- loops ----

    @Test
    void aLoopStartOpensAContextAndTheLoopEndClosesIt() throws Exception {
        Node start = new Node("start", new TestLoopStartNodeFactory());
        Node body = new Node("body", new PushNodeFactory());
        body.setSetting("variableName", "inside");
        Node end = new Node("end", new TestLoopEndNodeFactory());
        start.setLoopPartner(end);
        end.setLoopPartner(start);
        assertSame(end, start.getLoopPartner());
        assertSame(end.getModel(), ((TestLoopStartNodeFactory.Model) start.getModel()).loopEnd());

        FlowObjectStack outside = stack(FlowVariable.ofInt("outer", 1));
        DataTable table = signal();
        assertSame(table, execute(start, table, outside)[0]);
        FlowObjectStack inLoop = start.getOutgoingFlowStack();
        FlowLoopContext context = inLoop.peekLoopContext().orElseThrow();
        assertSame(start.getOpenedLoopContext(), context);
        assertEquals("start", context.loopStartNodeId());
        assertEquals(0, inLoop.find("iteration").orElseThrow().getIntValue());
        assertEquals(1, inLoop.find("outer").orElseThrow().getIntValue());

        execute(body, FlowVariablePortObject.INSTANCE, inLoop);
        assertTrue(body.getOutgoingFlowStack().find("inside").isPresent());
        assertSame(context, body.getOutgoingFlowStack().peekLoopContext().orElseThrow());

        assertSame(table, execute(end, table, body.getOutgoingFlowStack())[0]);
        assertFalse(end.isContinueLoopRequested());
        FlowObjectStack after = end.getOutgoingFlowStack();
        assertTrue(after.peekLoopContext().isEmpty());
        assertTrue(after.find("inside").isEmpty(), "variables pushed inside the loop are gone");
        assertTrue(after.find("iteration").isEmpty(), "so are the loop start's");
        assertEquals(1, after.find("outer").orElseThrow().getIntValue());
        assertTrue(after.find("loopDone").orElseThrow().getBooleanValue(), "the loop end's own variables pass on");
    }

    @Test
    void aLoopEndCanAskForMoreIterations() throws Exception {
        Node start = new Node("start", new TestLoopStartNodeFactory());
        Node end = new Node("end", new TestLoopEndNodeFactory());
        end.setSetting("iterations", "3");
        start.setLoopPartner(end);
        end.setLoopPartner(start);
        DataTable table = signal();
        List<Integer> iterations = new ArrayList<>();
        PortObject[] result;
        do {
            execute(start, table, stack());
            iterations.add(start.getOutgoingFlowStack().find("iteration").orElseThrow().getIntValue());
            result = execute(end, table, start.getOutgoingFlowStack());
        } while (end.isContinueLoopRequested());
        assertEquals(List.of(0, 1, 2), iterations);
        assertSame(table, result[0]);
        start.reset();
        assertEquals(0, ((TestLoopStartNodeFactory.Model) start.getModel()).iteration);
    }

    @Test
    void aLoopEndOutsideALoopIsRejected() {
        Node end = new Node("end", new TestLoopEndNodeFactory());
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class,
                () -> end.configure(new PortObjectSpec[] {SIGNAL_SPEC}, stack(FlowVariable.ofInt("x", 1))));
        assertEquals("Loop end 'end' (Test Loop End) is not inside a loop: connect it downstream of a loop start",
                e.getMessage());
    }

    @Test
    void anUnpairedLoopEndCannotReachItsStart() {
        Node end = new Node("end", new TestLoopEndNodeFactory());
        FlowObjectStack inLoop = stack().push(new FlowLoopContext("start"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> execute(end, signal(), inLoop));
        assertEquals("This loop end is not paired with a loop start", e.getMessage());
        Node start = new Node("start", new TestLoopStartNodeFactory());
        IllegalStateException noEnd = assertThrows(IllegalStateException.class,
                () -> ((TestLoopStartNodeFactory.Model) start.getModel()).loopEnd());
        assertEquals("This loop start is not paired with a loop end", noEnd.getMessage());
    }

    @Test
    void outputsAreCheckedAgainstTheOutputPorts() throws Exception {
        Node node = new Node("broken", new BrokenNodeFactory());
        PortObject[] ok = node.execute(new PortObject[0], stack(), exec());
        assertEquals(0, ((DataTable) ok[0]).getRowCount());
        String id = BrokenNodeFactory.ID;
        Map<String, String> expected = Map.of(
                "no array", id + " returned no outputs for 1 output ports",
                "too few", id + " returned 0 outputs for 1 output ports",
                "nothing", id + " returned nothing at output 0, expected a Data Table",
                "wrong type", id + " returned FlowVariablePortObject at output 0, expected a Data Table");
        for (Map.Entry<String, String> fault : expected.entrySet()) {
            node.setSetting("fault", fault.getKey());
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> node.execute(new PortObject[0], stack(), exec()), fault.getKey());
            assertEquals(fault.getValue(), e.getMessage());
        }
        node.setSetting("fault", "too few");
        IllegalStateException specs = assertThrows(IllegalStateException.class,
                () -> node.configure(new PortObjectSpec[0], stack()));
        assertEquals(id + " returned 0 output specs for 1 output ports", specs.getMessage());
    }

    @Test
    void onlyLoopEndsMayContinueALoop() throws Exception {
        Node node = new Node("broken", new BrokenNodeFactory());
        node.setSetting("fault", "continue");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> node.execute(new PortObject[0], stack(), exec()));
        assertEquals("Only loop end nodes can continue a loop", e.getMessage());
    }
}
