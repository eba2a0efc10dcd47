package org.spikeflow.core.tests.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.spikeflow.core.node.NodeDescription;
import org.spikeflow.core.node.OptionDescription;
import org.spikeflow.core.node.PortDescription;

/** {@link org.spikeflow.core.node.AbstractNodeFactory}: the description from the XML next to the factory. */
class NodeDescriptionTest {

    @Test
    void descriptionComesFromTheXmlNextToTheFactory() {
        ScaleNodeFactory factory = new ScaleNodeFactory();
        NodeDescription description = factory.getDescription();
        assertEquals("org.spikeflow.core.tests.scale", factory.getId());
        assertEquals("org.spikeflow.core.tests.scale", description.id());
        assertEquals("Scale", factory.getName());
        assertEquals("Scale", description.name());
        assertEquals("/Test/Math", factory.getCategory());
        assertEquals("Manipulator", description.nodeType());
        assertEquals("Multiplies a column by a factor.", description.shortDescription());
        assertEquals("Multiplies every value of the chosen numeric column by the factor. Missing values stay missing."
                + "\n\nThe column becomes a double column; the other columns are passed through unchanged.",
                description.fullDescription());
        assertSame(description, factory.getDescription(), "loaded once");
    }

    @Test
    void portsAreNamedFromTheXml() {
        NodeDescription description = new ScaleNodeFactory().getDescription();
        assertEquals(List.of(new PortDescription(0, "Signal", "The table holding the column to scale.",
                "org.spikeflow.table", "Data Table", false)), description.inPorts());
        assertEquals(List.of(new PortDescription(0, "Scaled signal", "The input with the column scaled.",
                "org.spikeflow.table", "Data Table", false)), description.outPorts());
    }

    @Test
    void portsWithoutXmlEntriesAreNamedAfterTheirType() {
        NodeDescription description = new PushNodeFactory().getDescription();
        assertEquals("Other", description.nodeType(), "the default node type");
        assertEquals(List.of(new PortDescription(0, "Flow Variables", "", "org.spikeflow.flowvariable",
                "Flow Variables", true)), description.inPorts());
        assertEquals(List.of(new PortDescription(0, "Flow Variables", "", "org.spikeflow.flowvariable",
                "Flow Variables", false)), description.outPorts());
    }

    @Test
    void optionsComeFromTheSettingAnnotations() {
        NodeDescription description = new ScaleNodeFactory().getDescription();
        assertEquals(List.of(
                new OptionDescription("factor", "Factor", "Every value of the column is multiplied by this.", "number",
                        "2.0"),
                new OptionDescription("column", "Column", "The numeric column to scale.", "string", "\"Voltage (mV)\""),
                new OptionDescription("token", "Access token", "", "string", null)), description.options());
        assertEquals("number", description.settingsSchema().get("properties").get("factor").get("type").asText());
        assertEquals(0, description.settingsSchema().get("properties").get("column").get("x-column-of-input-port")
                .asInt());
        assertTrue(description.settingsSchema().get("properties").get("token").get("writeOnly").asBoolean());
    }

    @Test
    void aNodeWithoutSettingsHasNoOptions() {
        NodeDescription description = new TestLoopStartNodeFactory().getDescription();
        assertEquals("LoopStart", description.nodeType());
        assertTrue(description.options().isEmpty());
        assertTrue(description.settingsSchema().get("properties").isEmpty());
    }

    @Test
    void iconIsResolvedNextToTheFactory() {
        assertNotNull(new ScaleNodeFactory().getIcon());
        assertTrue(new ScaleNodeFactory().getIcon().toString().endsWith("scale.svg"));
        assertNull(new PushNodeFactory().getIcon(), "no icon attribute, no icon");
    }

    @Test
    void bundleIsTheContributingBundleUnderOsgi() {
        Bundle bundle = FrameworkUtil.getBundle(ScaleNodeFactory.class);
        String expected = bundle == null ? null : bundle.getSymbolicName(); // null outside OSGi
        assertEquals(expected, new ScaleNodeFactory().getDescription().bundle());
        if (bundle != null) {
            assertEquals("org.spikeflow.core.tests", expected);
        }
    }

    @Test
    void aMissingDescriptionIsReportedWithItsPath() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new UndocumentedNodeFactory().getName());
        assertEquals("Node description org.spikeflow.core.tests.node/UndocumentedNodeFactory.xml is missing",
                e.getMessage());
        assertFalse(new UndocumentedNodeFactory().getId().isEmpty(), "the id does not need the description");
    }
}
