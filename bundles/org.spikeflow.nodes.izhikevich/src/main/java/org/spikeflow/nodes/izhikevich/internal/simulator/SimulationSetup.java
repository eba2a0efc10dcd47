package org.spikeflow.nodes.izhikevich.internal.simulator;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Precision;
import org.spikeflow.izhikevich.Preset;
import org.spikeflow.izhikevich.Presets;
import org.spikeflow.izhikevich.Scheme;
import org.spikeflow.izhikevich.protocol.Constant;
import org.spikeflow.izhikevich.protocol.Protocol;

/**
 * The run the settings describe, with a preset resolved: the neuron (the parameters for single-neuron runs and the
 * defaults of the parameter table's optional columns), the constant current and the time-varying protocol added to it
 * (null for none), the time grid, scheme and precision.
 */
record SimulationSetup(NeuronParameters neuron, double current, Protocol protocol, double duration, double dt,
        Scheme scheme, Precision precision, String label) {

    static SimulationSetup resolve(IzhikevichSimulatorNodeSettings s) throws InvalidSettingsException {
        Protocol settingsProtocol = protocolOf(s.protocol);
        Precision precision = s.precision.precision();
        if (!s.hasPreset() || s.model != NeuronModelOption.IZHIKEVICH) { // the other models ignore presets
            NeuronParameters neuron;
            try {
                neuron = NeuronParameters.builder().a(s.a).b(s.b).c(s.c).d(s.d).quadratic(s.k2, s.k1, s.k0)
                        .vPeak(s.vPeak).recovery(s.recovery.recovery()).v0(s.v0).u0(s.u0).build();
            } catch (IllegalArgumentException e) {
                throw new InvalidSettingsException("Setting " + e.getMessage(), e);
            }
            return new SimulationSetup(neuron, s.current, settingsProtocol, s.duration, s.dt, Scheme.parse(s.scheme),
                    precision, "");
        }
        Preset preset = Presets.find(s.preset).orElseThrow(() -> new InvalidSettingsException("Setting 'preset' is '"
                + s.preset + "', which is not a known preset"));
        if (!s.presetSetup) {
            return new SimulationSetup(preset.parameters(), s.current, settingsProtocol, s.duration, s.dt,
                    Scheme.parse(s.scheme), precision, preset.label());
        }
        Protocol published = preset.protocol();
        double current = 0;
        Protocol protocol = published;
        if (published instanceof Constant constant) {
            current = constant.value();
            protocol = null;
        }
        return new SimulationSetup(preset.parameters(), current, protocol, preset.duration(), preset.dt(),
                preset.scheme(), precision, preset.label());
    }

    /** The sum of the components (evaluated left to right), the component itself if there is one, null if none. */
    static Protocol protocolOf(List<InputComponent> components) throws InvalidSettingsException {
        List<Protocol> parts = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            parts.add(components.get(i).toProtocol("protocol." + i));
        }
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 ? parts.get(0) : Protocol.sum(parts.toArray(new Protocol[0]));
    }
}
