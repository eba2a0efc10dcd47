package org.spikeflow.nodes.izhikevich.internal.simulator;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.core.settings.NodeSettings;
import org.spikeflow.core.settings.Setting;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.izhikevich.Presets;
import org.spikeflow.izhikevich.Scheme;

/**
 * Settings of the Izhikevich Simulator. The neuron comes from a preset or from the custom parameters; every setting can
 * be controlled by a flow variable (nested ones by their dotted path, e.g. {@code recording.decimation} or
 * {@code protocol.0.amplitude}).
 */
public class IzhikevichSimulatorNodeSettings extends NodeSettings {

    // ---- neuron ----

    @Setting(title = "Model", description = "izhikevich (default: the settings below, presets and parameter tables),"
            + " adex (adaptive exponential integrate-and-fire, Brette & Gerstner 2005; input in pA; forward Euler, use"
            + " dt <= 0.01 ms) or hodgkinHuxley (squid axon, Hodgkin & Huxley 1952; input in µA/cm²; RK4, use"
            + " dt <= 0.01 ms). adex and hodgkinHuxley simulate one neuron from rest with the constant current plus"
            + " the protocol; they ignore preset, scheme, precision and the Izhikevich parameters, and their traces"
            + " have the same columns (u is missing).")
    public NeuronModelOption model = NeuronModelOption.IZHIKEVICH;

    @Setting(title = "AdEx parameters", description = "With model adex: a firing pattern of Naud et al. 2008,"
            + " Table 1 (tonic, adapting, initial-burst, regular-bursting, delayed-accelerating,"
            + " delayed-regular-bursting, transient, irregular; the current is still this node's) or"
            + " brette-gerstner-2005 (the regular-spiking fit of the 2005 paper).")
    public String adexParameters = "tonic";

    @Setting(title = "Preset", description = "A published neuron setup, e.g. seed/RS, 2003/TC-burst,"
            + " 2004/A-tonic-spiking (also its label, e.g. \"Regular Spiking (RS)\", or single_neuron.py's file name"
            + " \"Regular_Spiking_RS\"; ./spikeflow presets lists them). Empty: the custom parameters below.")
    public String preset = "";

    @Setting(title = "Use the preset's setup", description = "With a preset: also take duration, dt, scheme and the"
            + " input current (constant or protocol) from it, as published. Off: only the neuron (a, b, c, d, k2, k1,"
            + " k0, recovery, v0, u0) comes from the preset; duration, dt, scheme and input from these settings.")
    public boolean presetSetup = true;

    @Setting(title = "a", description = "Time scale of the recovery variable u (custom neuron).", unit = "1/ms")
    public double a = 0.02;

    @Setting(title = "b", description = "Sensitivity of u to the subthreshold membrane potential (custom neuron).")
    public double b = 0.2;

    @Setting(title = "c", description = "After-spike reset value of v (custom neuron).", unit = "mV")
    public double c = -65;

    @Setting(title = "d", description = "After-spike increment of u (custom neuron).")
    public double d = 8;

    @Setting(title = "k2", description = "Coefficient of v² in v' = k2·v² + k1·v + k0 − u + I (0.04).",
            advanced = true)
    public double k2 = NeuronParameters.DEFAULT_K2;

    @Setting(title = "k1", description = "Coefficient of v (5; 4.1 for the class-1 and integrator neurons of"
            + " Izhikevich 2004).", advanced = true)
    public double k1 = NeuronParameters.DEFAULT_K1;

    @Setting(title = "k0", description = "Constant term (140; 108 for the class-1 and integrator neurons of"
            + " Izhikevich 2004).", advanced = true)
    public double k0 = NeuronParameters.DEFAULT_K0;

    @Setting(title = "Spike peak vPeak", description = "A spike is registered when v reaches it; v is then reset to"
            + " c.", unit = "mV", advanced = true)
    public double vPeak = NeuronParameters.DEFAULT_V_PEAK;

    @Setting(title = "Recovery equation", description = "standard: u' = a(b·v − u); accommodation: u' = a·b·(v + 65)"
            + " (Izhikevich 2004, Fig. 1 R).", advanced = true)
    public RecoveryOption recovery = RecoveryOption.STANDARD;

    @Setting(title = "Initial v0", description = "Membrane potential at the start (custom neuron).", unit = "mV")
    public double v0 = NeuronParameters.DEFAULT_V0;

    @Setting(title = "Initial u0", description = "Recovery variable at the start (custom neuron); NaN: b·v0.")
    public double u0 = Double.NaN;

    // ---- input ----

    @Setting(title = "Input current I", description = "Constant input current; the protocol's components are added"
            + " to it. With a parameter table its column I replaces it, per neuron.", unit = "pA")
    public double current = 10;

    @Setting(title = "Input protocol", description = "Time-varying components added to the constant current, each"
            + " an object with a type (constant, step, pulse, pulses, pulseTrain, ramp, steps, piecewise, whiteNoise,"
            + " ornsteinUhlenbeck) and its fields, e.g. {\"type\": \"step\", \"start\": 10, \"amplitude\": 14}."
            + " Empty: constant current only.")
    public List<InputComponent> protocol = new ArrayList<>();

    // ---- run ----

    @Setting(title = "Scheme", description = "Integration scheme, by name; euler (forward Euler, bit-reproducible)"
            + " is the default. Each scheme's rule, time grid and source are documented with the library's schemes.",
            choices = SchemeChoices.class)
    public String scheme = Scheme.EULER.id();

    @Setting(title = "Time step dt", description = "Integration step.", unit = "ms")
    public double dt = 0.25;

    @Setting(title = "Duration", description = "Simulated time.", unit = "ms", min = 0)
    public double duration = 200;

    @Setting(title = "Precision", description = "double (default, reproducible against other simulators) or float"
            + " (faster for large populations).")
    public PrecisionOption precision = PrecisionOption.DOUBLE;

    @Setting(title = "Threads", description = "Worker threads for population runs; 0: as many as the run allows."
            + " Results do not depend on it.", min = 0, advanced = true)
    public int threads = 0;

    @Setting(title = "Time offset", description = "Added to every time in the outputs (traces and spike times), e.g."
            + " the end of the previous run when a loop continues a simulation. The input protocol and the"
            + " first-spike latency still count from the start of this run.", unit = "ms", advanced = true)
    public double timeOffset = 0;

    @Setting(title = "Label column", description = "With a parameter table: a column whose values label the neurons"
            + " in the summary (e.g. the Parameter Sweep Generator's 'Sweep'); ignored if the table lacks it.",
            advanced = true, columnOfInputPort = 0)
    public String labelColumn = "Sweep";

    @Setting(title = "Measurement noise", description = "Standard deviation of Gaussian noise added to the recorded"
            + " membrane potential (as a recording electrode would; the dynamics, u, spikes and the summary do not see"
            + " it). 0: none.", unit = "mV", min = 0)
    public double measurementNoise = 0;

    @Setting(title = "Measurement noise seed", description = "Random seed of the measurement noise (each neuron has"
            + " its own stream derived from the seed and its index).", advanced = true)
    public long measurementSeed = 0;

    @Setting(title = "Recording", description = "Traces (decimation, u, I, which neurons), spike times and the"
            + " burst definition of the summary.")
    public RecordingSettings recording = new RecordingSettings();

    /** Whether a preset is chosen. */
    public boolean hasPreset() {
        return preset != null && !preset.isBlank();
    }

    @Override
    public void validate() throws InvalidSettingsException {
        if (model == null) {
            throw new InvalidSettingsException("Setting 'model' must be izhikevich, adex or hodgkinHuxley");
        }
        if (model == NeuronModelOption.ADEX) {
            OtherModelRun.adexParameters(adexParameters);
        }
        if (hasPreset() && Presets.find(preset).isEmpty()) {
            throw new InvalidSettingsException("Setting 'preset' is '" + preset + "', which is not a known preset."
                    + " Known presets: " + String.join(", ", Presets.all().stream().map(p -> p.name()).toList())
                    + " (or empty for the custom parameters)");
        }
        if (!hasPreset()) {
            finite("a", a);
            finite("b", b);
            finite("c", c);
            finite("d", d);
            finite("v0", v0);
            if (Double.isInfinite(u0)) {
                throw new InvalidSettingsException("Setting 'u0' must be a finite number or NaN (for b·v0)");
            }
        }
        finite("k2", k2);
        finite("k1", k1);
        finite("k0", k0);
        finite("vPeak", vPeak);
        finite("current", current);
        finite("timeOffset", timeOffset);
        if (!(measurementNoise >= 0) || !Double.isFinite(measurementNoise)) {
            throw new InvalidSettingsException("Setting 'measurementNoise' must be a finite standard deviation >= 0 mV,"
                    + " not " + measurementNoise);
        }
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new InvalidSettingsException(
                    "Setting 'dt' (Time step dt) must be a positive number of ms, not " + dt);
        }
        if (!Double.isFinite(duration)) {
            throw new InvalidSettingsException("Setting 'duration' must be a finite number of ms, not " + duration);
        }
        if (recording == null) {
            throw new InvalidSettingsException("Setting 'recording' is required");
        }
        for (int i = 0; i < recording.neurons.size(); i++) {
            Integer neuron = recording.neurons.get(i);
            if (neuron == null || neuron < 0) {
                throw new InvalidSettingsException("Setting 'recording.neurons." + i + "' must be a neuron index >= 0");
            }
        }
        for (int i = 0; i < protocol.size(); i++) {
            if (protocol.get(i) == null) {
                throw new InvalidSettingsException("Setting 'protocol." + i + "' is empty");
            }
            protocol.get(i).toProtocol("protocol." + i);
        }
    }

    private static void finite(String name, double value) throws InvalidSettingsException {
        if (!Double.isFinite(value)) {
            throw new InvalidSettingsException("Setting '" + name + "' must be a finite number, not " + value);
        }
    }
}
