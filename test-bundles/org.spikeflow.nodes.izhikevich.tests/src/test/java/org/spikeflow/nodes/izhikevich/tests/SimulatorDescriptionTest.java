package org.spikeflow.nodes.izhikevich.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.nodes.izhikevich.internal.simulator.IzhikevichSimulatorNodeFactory;

/** The Simulator's description lists the schemes from the library's registry (one place), not from its own prose. */
class SimulatorDescriptionTest {
    @Test
    void theDescriptionNamesEveryRegisteredSchemeWithItsDescriptionAndSource() {
        String text = new IzhikevichSimulatorNodeFactory().getDescription().fullDescription();
        assertFalse(text.contains("{schemes}"), "the placeholder is filled in");
        int previous = -1;
        for (Scheme scheme : Scheme.all()) {
            String entry = scheme.id() + " (" + scheme.description() + "; source: " + scheme.source() + ")";
            int at = text.indexOf(entry);
            assertTrue(at > previous, "'" + entry + "' in the registry's order");
            previous = at;
        }
        assertEquals(1, text.split("Schemes \\(setting 'scheme'\\)", -1).length - 1, "one schemes sentence");
        assertTrue(text.contains("Precision double (default) or float"), "the text around it is kept");
    }
}
