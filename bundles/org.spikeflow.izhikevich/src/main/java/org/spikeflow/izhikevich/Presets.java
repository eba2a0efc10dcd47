package org.spikeflow.izhikevich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.spikeflow.izhikevich.protocol.Protocol;
import org.spikeflow.izhikevich.protocol.Windows;
import org.spikeflow.izhikevich.protocol.Windows.Window;

/**
 * The published presets, by stable name: <ul> <li>{@code seed/RS}, {@code seed/FS}, {@code seed/IB}, {@code seed/CH},
 * {@code seed/LTS}, {@code seed/rebound-spiking}, {@code seed/phasic-spiking}, {@code seed/spike-latency},
 * {@code seed/threshold-variability}, {@code seed/bistable}, {@code seed/rebound-burst}, {@code seed/mixed-mode}: the
 * 12 types of the original single_neuron.py (constant I = 10, Spike Latency 8; T = 200 ms, dt = 0.25, v0 = −65, scheme
 * {@code seed}); also found by label ("Regular Spiking (RS)") and file name ("Regular_Spiking_RS");</li>
 * <li>{@code 2003/RS}, {@code 2003/IB}, {@code 2003/CH}, {@code 2003/FS}, {@code 2003/TC}, {@code 2003/TC-burst},
 * {@code 2003/RZ}, {@code 2003/LTS}: Izhikevich 2003, Fig. 2 (its MATLAB figure code, scheme
 * {@code izhikevich2004});</li> <li>{@code 2004/A-tonic-spiking} … {@code 2004/T-inhibition-induced-bursting}:
 * Izhikevich 2004, Fig. 1 (figure1.m, scheme {@code izhikevich2004}); also {@code 2004/A} … {@code 2004/T}.</li> </ul>
 * Lookup is case-insensitive.
 */
public final class Presets {

    /** Source of the seed presets. */
    public static final String SEED_SOURCE = "The original Python script single_neuron.py (its 12 neuron types; "
            + "T = 200 ms, dt = 0.25 ms, constant I, v0 = -65 mV, u0 = b*v0)";
    /** Source of the 2003 presets. */
    public static final String SOURCE_2003 = "E. M. Izhikevich, Simple model of spiking neurons, IEEE Transactions "
            + "on Neural Networks 14(6):1569-1572, 2003, Fig. 2 (MATLAB figure code, tau = 0.25 ms)";
    /** Source of the 2004 presets. */
    public static final String SOURCE_2004 = "E. M. Izhikevich, Which model to use for cortical spiking neurons?, "
            + "IEEE Transactions on Neural Networks 15(5):1063-1070, 2004, Fig. 1 (MATLAB figure1.m)";

    private static final List<Preset> ALL;
    private static final Map<String, Preset> BY_NAME;

    static {
        List<Preset> all = new ArrayList<>();
        seed(all);
        fig2003(all);
        fig2004(all);
        ALL = Collections.unmodifiableList(all);
        Map<String, Preset> m = new LinkedHashMap<>();
        for (Preset p : all) {
            put(m, p.name(), p);
            for (String alias : p.aliases()) {
                put(m, alias, p);
            }
        }
        BY_NAME = Collections.unmodifiableMap(m);
    }

    private Presets() {
    }

    private static void put(Map<String, Preset> m, String key, Preset p) {
        Preset old = m.put(key.toLowerCase(Locale.ROOT), p);
        if (old != null && old != p) {
            throw new IllegalStateException("duplicate preset name " + key);
        }
    }

    /** @return all presets: seed, 2003, 2004, in the order of their sources */
    public static List<Preset> all() {
        return ALL;
    }

    /** @return the presets of one family ({@code seed}, {@code 2003}, {@code 2004}) */
    public static List<Preset> family(String family) {
        return ALL.stream().filter(p -> p.family().equalsIgnoreCase(family)).toList();
    }

    public static Optional<Preset> find(String name) {
        return Optional.ofNullable(name == null ? null : BY_NAME.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /**
     * @throws IllegalArgumentException
     *             naming the known presets if there is no such preset
     */
    public static Preset get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("Unknown preset '" + name
                + "'. Known presets: " + String.join(", ", ALL.stream().map(Preset::name).toList())));
    }

    // ---- seed ----------------------------------------------------------------------------------------------------

    private static void seed(List<Preset> all) {
        seed(all, "RS", "Regular Spiking (RS)", 0.02, 0.2, -65, 8, 10, "tonic spiking with adaptation");
        seed(all, "FS", "Fast Spiking (FS)", 0.1, 0.2, -65, 2, 10, "fast tonic spiking without adaptation");
        seed(all, "IB", "Intrinsically Bursting (IB)", 0.02, 0.2, -55, 4, 10,
                "an initial burst followed by tonic spikes");
        seed(all, "CH", "Chattering (CH)", 0.02, 0.2, -50, 2, 10, "repetitive bursts (chattering)");
        seed(all, "LTS", "Low-Threshold Spiking (LTS)", 0.02, 0.25, -65, 2, 10, "fast spiking with adaptation");
        seed(all, "rebound-spiking", "Rebound Spiking", 0.03, 0.25, -60, 4, 10,
                "tonic spiking (named for rebound spiking; here under constant input)");
        seed(all, "phasic-spiking", "Phasic Spiking", 0.02, 0.25, -65, 6, 10,
                "tonic spiking under this strong constant input (the phasic regime needs a weak step)");
        seed(all, "spike-latency", "Spike Latency", 0.02, 0.2, -65, 8, 8, "a delayed first spike at I = 8");
        seed(all, "threshold-variability", "Threshold Variability", 0.03, 0.25, -60, 4, 10,
                "tonic spiking (same parameters as Rebound Spiking)");
        seed(all, "bistable", "Bistable", 0.02, 0.2, -55, 10, 10, "tonic spiking with strong adaptation");
        seed(all, "rebound-burst", "Rebound Burst", 0.03, 0.25, -55, 4, 10, "spike doublets (bursts of two)");
        seed(all, "mixed-mode", "Mixed Mode", 0.02, 0.2, -55, 4, 10, "a burst then tonic spikes (same as IB)");
    }

    private static void seed(List<Preset> all, String key, String label, double a, double b, double c, double d,
            double current, String behaviour) {
        NeuronParameters p = NeuronParameters.builder().a(a).b(b).c(c).d(d).v0(-65).build();
        String name = "seed/" + key;
        String file = label.replace(' ', '_').replace("(", "").replace(")", "");
        all.add(new Preset(name, label, "seed", SEED_SOURCE, behaviour, p, 200, 0.25, Protocol.constant(current),
                Scheme.SINGLE_NEURON_PY, List.of(label, file, "seed/" + file)));
    }

    // ---- 2003 ----------------------------------------------------------------------------------------------------

    private static void fig2003(List<Preset> all) {
        fig(all, "2003", "RS", "regular spiking (RS)", 0.02, 0.2, -65, 8, -63, 150, 0.25, Protocol.step(15, 14),
                "tonic spiking with spike-frequency adaptation (RS excitatory cortical neuron)");
        fig(all, "2003", "IB", "intrinsically bursting (IB)", 0.02, 0.2, -55, 4, -70, 150, 0.25,
                Protocol.step(15, 11), "an initial burst followed by repetitive single spikes");
        fig(all, "2003", "CH", "chattering (CH)", 0.02, 0.2, -50, 2, -70, 150, 0.25, Protocol.step(15, 10),
                "repetitive bursts of closely spaced spikes");
        fig(all, "2003", "FS", "fast spiking (FS)", 0.1, 0.2, -65, 2, -70, 150, 0.25, Protocol.step(15, 10),
                "high-frequency tonic spiking with little adaptation (inhibitory interneuron)");
        fig(all, "2003", "TC", "thalamo-cortical (TC)", 0.02, 0.25, -65, 0.05, -63, 150, 0.25,
                Protocol.step(30, 1.5), "tonic firing when depolarized from rest");
        fig(all, "2003", "TC-burst", "thalamo-cortical burst (TC)", 0.02, 0.25, -65, 0.05, -87, 150, 0.25,
                new Windows(-25, List.of(Window.after(45, 0.0))),
                "a rebound burst when released from hyperpolarization (I = -25 until 45 ms)");
        fig(all, "2003", "RZ", "resonator (RZ)", 0.1, 0.26, -65, 2, -70, 100, 0.25,
                new Windows(-2, List.of(Window.open(60, 65, 10), Window.after(10, -0.5))),
                "damped subthreshold oscillations; fires in response to a brief pulse");
        fig(all, "2003", "LTS", "low-threshold spiking (LTS)", 0.02, 0.25, -65, 2, -63, 250, 0.25,
                Protocol.step(25, 10), "high-frequency spiking with spike-frequency adaptation");
    }

    private static void fig(List<Preset> all, String family, String key, String label, double a, double b, double c,
            double d, double v0, double duration, double dt, Protocol protocol, String behaviour) {
        fig(all, family, key, label, NeuronParameters.builder().a(a).b(b).c(c).d(d).v0(v0).build(), duration, dt,
                protocol, behaviour);
    }

    private static void fig(List<Preset> all, String family, String key, String label, NeuronParameters p,
            double duration, double dt, Protocol protocol, String behaviour) {
        String name = family + "/" + key;
        List<String> aliases = new ArrayList<>();
        String source = "2003".equals(family) ? SOURCE_2003 : SOURCE_2004;
        if ("2004".equals(family)) {
            aliases.add(family + "/" + key.substring(0, 1));
        }
        all.add(new Preset(name, label, family, source, behaviour, p, duration, dt, protocol, Scheme.IZHIKEVICH2004,
                aliases));
    }

    // ---- 2004 ----------------------------------------------------------------------------------------------------

    private static void fig2004(List<Preset> all) {
        fig(all, "2004", "A-tonic-spiking", "(A) tonic spiking", 0.02, 0.2, -65, 6, -70, 100, 0.25,
                Protocol.step(100 / 10.0, 14), "fires a train of regularly spaced spikes while the input is on");
        fig(all, "2004", "B-phasic-spiking", "(B) phasic spiking", 0.02, 0.25, -65, 6, -64, 200, 0.25,
                Protocol.step(20, 0.5), "fires a single spike at the onset of the input and then stays quiet");
        fig(all, "2004", "C-tonic-bursting", "(C) tonic bursting", 0.02, 0.2, -50, 2, -70, 220, 0.25,
                Protocol.step(22, 15), "fires periodic bursts of spikes while the input is on");
        fig(all, "2004", "D-phasic-bursting", "(D) phasic bursting", 0.02, 0.25, -55, 0.05, -64, 200, 0.2,
                Protocol.step(20, 0.6), "fires a single burst at the onset of the input and then stays quiet");
        fig(all, "2004", "E-mixed-mode", "(E) mixed mode", 0.02, 0.2, -55, 4, -70, 160, 0.25,
                Protocol.step(160 / 10.0, 10), "fires a phasic burst at the onset and then tonic single spikes");
        fig(all, "2004", "F-spike-frequency-adaptation", "(F) spike frequency adaptation", 0.01, 0.2, -65, 8, -70, 85,
                0.25, Protocol.step(85 / 10.0, 30), "tonic spikes whose frequency decreases (ISIs lengthen)");
        NeuronParameters class1 = NeuronParameters.builder().a(0.02).b(-0.1).c(-55).d(6).quadratic(0.04, 4.1, 108)
                .v0(-60).build();
        fig(all, "2004", "G-class-1-excitable", "(G) Class 1 excitable", class1, 300, 0.25,
                Protocol.ramp(30, 0.075),
                "fires at a rate that grows from zero as the ramp current grows (class 1 excitability); "
                        + "uses 0.04v^2 + 4.1v + 108");
        fig(all, "2004", "H-class-2-excitable", "(H) Class 2 excitable", 0.2, 0.26, -65, 0, -64, 300, 0.25,
                Protocol.ramp(30, 0.015, -0.5),
                "starts firing at a non-zero frequency once the ramp crosses threshold (class 2 excitability)");
        fig(all, "2004", "I-spike-latency", "(I) spike latency", 0.02, 0.2, -65, 6, -70, 100, 0.2,
                Protocol.pulse(100 / 10.0, 100 / 10.0 + 3, 7.04),
                "fires a single spike with a long latency after a brief just-suprathreshold pulse");
        fig(all, "2004", "J-subthreshold-oscillations", "(J) subthreshold oscillations", 0.05, 0.26, -60, 0, -62, 200,
                0.25, Protocol.pulse(200 / 10.0, 200 / 10.0 + 5, 2),
                "after a pulse-triggered spike, the potential shows damped subthreshold oscillations");
        double k1 = 400 / 10.0;
        double k3 = 0.7 * 400;
        fig(all, "2004", "K-resonator", "(K) resonator", 0.1, 0.26, -60, -1, -62, 400, 0.25,
                Protocol.pulses(new double[] {k1, k1 + 20, k3, k3 + 40}, 4, 0.65),
                "fires only for a pair of pulses whose interval matches its resonance (the 20 ms pair, not the 40 ms pair)");
        NeuronParameters integrator = NeuronParameters.builder().a(0.02).b(-0.1).c(-55).d(6).quadratic(0.04, 4.1, 108)
                .v0(-60).build();
        double l1 = 100 / 11.0;
        double l3 = 0.7 * 100;
        fig(all, "2004", "L-integrator", "(L) integrator", integrator, 100, 0.25,
                Protocol.pulses(new double[] {l1, l1 + 5, l3, l3 + 10}, 2, 9),
                "fires only for closely spaced input pulses (the 5 ms pair, not the 10 ms pair); uses 0.04v^2 + 4.1v + 108");
        fig(all, "2004", "M-rebound-spike", "(M) rebound spike", 0.03, 0.25, -60, 4, -64, 200, 0.2,
                Protocol.pulse(20, 25, -15), "fires a single spike after the inhibitory pulse ends");
        fig(all, "2004", "N-rebound-burst", "(N) rebound burst", 0.03, 0.25, -52, 0, -64, 200, 0.2,
                Protocol.pulse(20, 25, -15), "fires a burst after the inhibitory pulse ends");
        fig(all, "2004", "O-threshold-variability", "(O) threshold variability", 0.03, 0.25, -60, 4, -64, 100, 0.25,
                new Windows(0, List.of(Window.open(10, 15, 1), Window.open(80, 85, 1), Window.open(70, 75, -6))),
                "the same weak pulse fails alone (10 ms) but fires after a brief inhibitory pulse (80 ms)");
        fig(all, "2004", "P-bistability", "(P) bistability", 0.1, 0.26, -60, 0, -61, 300, 0.25,
                new Windows(0.24,
                        List.of(Window.open(300 / 8.0, 300 / 8.0 + 5, 1.24), Window.open(216, 216 + 5, 1.24))),
                "a pulse switches it to tonic spiking, a second pulse switches it back to rest");
        fig(all, "2004", "Q-depolarizing-after-potential", "(Q) DAP", 1, 0.2, -60, -21, -70, 50, 0.1,
                Protocol.pulse(10 - 1, 10 + 1, 20),
                "after the pulse-evoked spike, a depolarizing after-potential follows (v stays above rest)");
        NeuronParameters acc = NeuronParameters.builder().a(0.02).b(1).c(-55).d(4).recovery(Recovery.ACCOMMODATION)
                .v0(-65).u0(-16).build();
        fig(all, "2004", "R-accommodation", "(R) accommodation", acc, 400, 0.5,
                Protocol.piecewiseLinear(new double[] {0, 200, 200, 300, 312.5, 312.5},
                        new double[] {0, 8, 0, 0, 4, 0}),
                "does not fire for a slow ramp but fires for a fast ramp of lower amplitude; uses u' = a*b*(v+65)");
        Protocol inh = new Windows(75, List.of(Window.before(50, 80), Window.after(250, 80)));
        fig(all, "2004", "S-inhibition-induced-spiking", "(S) inhibition-induced spiking", -0.02, -1, -60, 8, -63.8,
                350, 0.5, inh,
                "fires tonic spikes while hyperpolarized (input lowered from 80 to 75), quiet otherwise");
        fig(all, "2004", "T-inhibition-induced-bursting", "(T) inhibition-induced bursting", -0.026, -1, -45, -2,
                -63.8, 350, 0.5, inh,
                "fires bursts while hyperpolarized (input lowered from 80 to 75), quiet otherwise");
    }
}
