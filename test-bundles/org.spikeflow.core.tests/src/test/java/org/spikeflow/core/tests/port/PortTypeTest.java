package org.spikeflow.core.tests.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.port.FlowVariablePortObject;
import org.spikeflow.core.port.FlowVariablePortObjectSpec;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.port.PortTypeRegistry;

/** {@link PortType} compatibility rules and the {@link PortTypeRegistry}. */
class PortTypeTest {

    /** A model port object and a more specific one. */
    public static class ModelObject implements PortObject {
        @Override
        public PortObjectSpec getSpec() {
            return ModelSpec.INSTANCE;
        }

        @Override
        public String summary() {
            return "model";
        }
    }

    public static final class NeuronModelObject extends ModelObject {
    }

    public static final class ModelSpec implements PortObjectSpec {
        static final ModelSpec INSTANCE = new ModelSpec();

        @Override
        public String summary() {
            return "model";
        }
    }

    /** Created once per class loader; creating registers them. */
    static final PortType MODEL = PortType.create("org.spikeflow.core.tests.model", "Model", ModelObject.class,
            ModelSpec.class, "#1f77b4");
    static final PortType NEURON_MODEL = PortType.create("org.spikeflow.core.tests.neuronmodel", "Neuron Model",
            NeuronModelObject.class, ModelSpec.class, "#ff7f0e");

    private static final DataTable TABLE = DataTable.empty(DataTableSpec.of("x", DataType.DOUBLE));

    @Test
    void accepts() {
        assertTrue(DataTable.TYPE.accepts(DataTable.TYPE), "same type");
        assertTrue(MODEL.accepts(NEURON_MODEL), "a subclass output fits a general input");
        assertFalse(NEURON_MODEL.accepts(MODEL), "a general output does not fit a specific input");
        assertFalse(DataTable.TYPE.accepts(FlowVariablePortObject.TYPE));
        assertFalse(FlowVariablePortObject.TYPE.accepts(DataTable.TYPE));
        assertTrue(DataTable.TYPE_OPTIONAL.accepts(DataTable.TYPE), "optional inputs take the plain type");
        assertTrue(DataTable.TYPE.accepts(DataTable.TYPE_OPTIONAL));
        assertTrue(MODEL.asOptional().accepts(NEURON_MODEL));
    }

    @Test
    void isInstanceAllowsNullOnlyOnOptionalPorts() {
        assertFalse(DataTable.TYPE.isInstance(null));
        assertTrue(DataTable.TYPE_OPTIONAL.isInstance(null));
        assertTrue(FlowVariablePortObject.TYPE_OPTIONAL.isInstance(null));
        assertTrue(DataTable.TYPE.isInstance(TABLE));
        assertTrue(DataTable.TYPE_OPTIONAL.isInstance(TABLE));
        assertFalse(DataTable.TYPE.isInstance(FlowVariablePortObject.INSTANCE));
        assertTrue(MODEL.isInstance(new NeuronModelObject()));
        assertFalse(NEURON_MODEL.isInstance(new ModelObject()));
    }

    @Test
    void optionalVariants() {
        PortType optional = DataTable.TYPE_OPTIONAL;
        assertTrue(optional.isOptional());
        assertFalse(DataTable.TYPE.isOptional());
        assertSame(optional, optional.asOptional());
        assertEquals(DataTable.TYPE.getId(), optional.getId());
        assertEquals(DataTable.TYPE.getObjectClass(), optional.getObjectClass());
        assertNotEquals(DataTable.TYPE, optional);
        assertEquals(optional, DataTable.TYPE.asOptional());
        assertEquals(optional.hashCode(), DataTable.TYPE.asOptional().hashCode());
        assertEquals("Data Table (optional)", optional.toString());
        assertEquals("Data Table", DataTable.TYPE.toString());
    }

    @Test
    void builtInTypes() {
        assertEquals("org.spikeflow.table", DataTable.TYPE.getId());
        assertEquals(DataTableSpec.class, DataTable.TYPE.getSpecClass());
        assertEquals("#000000", DataTable.TYPE.getColor());
        assertEquals("org.spikeflow.flowvariable", FlowVariablePortObject.TYPE.getId());
        assertSame(FlowVariablePortObjectSpec.INSTANCE, FlowVariablePortObject.INSTANCE.getSpec());
        assertEquals("flow variables", FlowVariablePortObject.INSTANCE.summary());
    }

    @Test
    void registryFindsTypesById() {
        PortTypeRegistry registry = PortTypeRegistry.getInstance();
        assertSame(DataTable.TYPE, registry.find("org.spikeflow.table").orElseThrow());
        assertSame(FlowVariablePortObject.TYPE, registry.find("org.spikeflow.flowvariable").orElseThrow());
        assertSame(MODEL, registry.find("org.spikeflow.core.tests.model").orElseThrow());
        assertTrue(registry.find("org.spikeflow.nothing").isEmpty());

        List<PortType> all = registry.all();
        assertTrue(all.containsAll(List.of(DataTable.TYPE, FlowVariablePortObject.TYPE, MODEL, NEURON_MODEL)));
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).getId().compareTo(all.get(i).getId()) < 0, "sorted by id");
        }
    }

    @Test
    void anIdCannotBeTakenByAnotherClass() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PortType.create(
                "org.spikeflow.table", "Fake table", ModelObject.class, ModelSpec.class, "#ffffff"));
        assertEquals("Port type id 'org.spikeflow.table' is already used by org.spikeflow.core.data.DataTable",
                e.getMessage());
        assertSame(DataTable.TYPE, PortTypeRegistry.getInstance().find("org.spikeflow.table").orElseThrow());
        // Declaring the same type again (e.g. a second class initialisation) is harmless.
        PortType again = PortType.create("org.spikeflow.core.tests.model", "Model", ModelObject.class,
                ModelSpec.class, "#1f77b4");
        assertEquals(MODEL, again);
        assertSame(MODEL, PortTypeRegistry.getInstance().find("org.spikeflow.core.tests.model").orElseThrow());
    }
}
