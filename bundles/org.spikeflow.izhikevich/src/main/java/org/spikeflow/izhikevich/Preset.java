package org.spikeflow.izhikevich;

import java.util.List;

import org.spikeflow.izhikevich.protocol.Protocol;

/**
 * A published neuron setup: parameters with v0/u0, duration, dt, input protocol and the scheme of its source code.
 *
 * @param name
 *            stable lookup name, e.g. {@code seed/RS}, {@code 2003/TC-burst}, {@code 2004/A-tonic-spiking}
 * @param label
 *            display label (for single_neuron.py's types exactly the original label, e.g. "Regular Spiking (RS)")
 * @param family
 *            {@code seed}, {@code 2003} or {@code 2004}
 * @param source
 *            where the values come from
 * @param behaviour
 *            the behaviour the preset is named for, as the source describes it
 * @param parameters
 *            a, b, c, d, k2, k1, k0, recovery, v0, u0
 * @param duration
 *            ms
 * @param dt
 *            ms
 * @param protocol
 *            input current
 * @param scheme
 *            the scheme of the source code
 * @param aliases
 *            other accepted names (e.g. {@code 2004/A}, single_neuron.py's file-name form {@code Regular_Spiking_RS})
 */
public record Preset(String name, String label, String family, String source, String behaviour,
        NeuronParameters parameters, double duration, double dt, Protocol protocol, Scheme scheme,
        List<String> aliases) {

    public Preset {
        aliases = List.copyOf(aliases);
    }

    /** @return the label with spaces replaced by '_' and parentheses removed (single_neuron.py's file names) */
    public String fileName() {
        return label.replace(' ', '_').replace("(", "").replace(")", "");
    }

    /** @return a simulation builder with this preset's values (change scheme, dt, ... before building) */
    public Simulation.Builder simulation() {
        return Simulation.builder(parameters).protocol(protocol).duration(duration).dt(dt).scheme(scheme);
    }

    /** @return the preset run as published */
    public SimulationResult run() {
        return simulation().build().run();
    }
}
