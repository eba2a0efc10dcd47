package org.spikeflow.izhikevich.models;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.DoubleStream;

import org.spikeflow.izhikevich.protocol.CurrentSource;
import org.spikeflow.izhikevich.protocol.Protocol;

/**
 * The adaptive exponential integrate-and-fire model (R. Brette &amp; W. Gerstner, J Neurophysiol 94:3637, 2005), in the
 * notation of R. Naud, N. Marcille, C. Clopath &amp; W. Gerstner, "Firing patterns in the adaptive exponential
 * integrate-and-fire model", Biol Cybern 99:335, 2008: <pre> C dV/dt = -gL (V - EL) + gL ΔT exp((V - VT)/ΔT) - w + I(t)
 * τw dw/dt = a (V - EL) - w when V &gt;= Vcut: V = Vr, w = w + b </pre> Units: C pF, gL and a nS, potentials mV, τw ms,
 * b and I pA (pA/pF = mV/ms), so the same {@link Protocol}s as for the Izhikevich model drive it.
 *
 * <p>Scheme: forward Euler from the old V and w (as Brian2's {@code method='euler'}, with which the Naud patterns are
 * usually reproduced), then the cut test, then the reset; the spike is at t_{k+1}, whose point shows Vcut. The
 * exponential makes V diverge in finite time, so the cut time barely depends on Vcut once Vcut is well above VT
 * (Touboul &amp; Brette 2008); the default Vcut is 0 mV. Use dt &lt;= 0.01 ms for the patterns (tested at 0.01).
 */
public final class AdEx {

    /**
     * One parameter set (units in the class comment).
     *
     * @param capacitance
     *            C (pF)
     * @param leak
     *            gL (nS)
     * @param restPotential
     *            EL (mV)
     * @param threshold
     *            VT (mV), the rheobase threshold
     * @param slope
     *            ΔT (mV), the slope factor
     * @param subthresholdAdaptation
     *            a (nS)
     * @param adaptationTime
     *            τw (ms)
     * @param spikeAdaptation
     *            b (pA)
     * @param reset
     *            Vr (mV)
     * @param cut
     *            Vcut (mV), the numerical spike cut
     */
    public record Parameters(double capacitance, double leak, double restPotential, double threshold, double slope,
            double subthresholdAdaptation, double adaptationTime, double spikeAdaptation, double reset, double cut) {

        public Parameters {
            if (!(capacitance > 0) || !(leak > 0) || !(slope > 0) || !(adaptationTime > 0)) {
                throw new IllegalArgumentException("AdEx: C, gL, ΔT and τw must be positive");
            }
            if (!(cut > threshold) || !(cut > reset)) {
                throw new IllegalArgumentException("AdEx: Vcut must lie above VT and Vr");
            }
        }

        /** @return dV/dt (mV/ms) at (v, w) with input current i (pA) */
        double dv(double v, double w, double i) {
            return (-leak * (v - restPotential) + leak * slope * Math.exp((v - threshold) / slope) - w + i)
                    / capacitance;
        }

        /** @return dw/dt (pA/ms) at (v, w) */
        double dw(double v, double w) {
            return (subthresholdAdaptation * (v - restPotential) - w) / adaptationTime;
        }
    }

    /**
     * The firing patterns of Naud et al. 2008, Table 1 (Fig. 4a–h), each with its step current I (pA). Vcut = 0 mV.
     */
    public enum Pattern {
        TONIC("tonic", 200, 10, -70, -50, 2, 2, 30, 0, -58, 500), ADAPTING("adapting", 200, 12, -70, -50, 2, 2, 300, 60,
                -58, 500), INITIAL_BURST("initial-burst", 130, 18, -58, -50, 2, 4, 150, 120, -50,
                        400), REGULAR_BURSTING("regular-bursting", 200, 10, -58, -50, 2, 2, 120, 100, -46,
                                210), DELAYED_ACCELERATING("delayed-accelerating", 200, 12, -70, -50, 2, -10, 300, 0,
                                        -58, 300), DELAYED_REGULAR_BURSTING("delayed-regular-bursting", 100, 10, -65,
                                                -50, 2, -10, 90, 30, -47, 110), TRANSIENT("transient", 100, 10, -65,
                                                        -50, 2, 10, 90, 100, -47, 180), IRREGULAR("irregular", 100, 12,
                                                                -60, -50, 2, -11, 130, 30, -48, 160);

        private final String id;
        private final Parameters parameters;
        private final double stepCurrent;

        Pattern(String id, double c, double gL, double eL, double vT, double deltaT, double a, double tauW, double b,
                double vR, double current) {
            this.id = id;
            this.parameters = new Parameters(c, gL, eL, vT, deltaT, a, tauW, b, vR, 0);
            this.stepCurrent = current;
        }

        /** Parses a pattern id ({@code tonic}, ..., {@code irregular}) or enum name, case-insensitive. */
        public static Pattern parse(String text) {
            String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            for (Pattern p : values()) {
                if (p.id.equals(t) || p.name().toLowerCase(Locale.ROOT).equals(t)) {
                    return p;
                }
            }
            throw new IllegalArgumentException("Unknown AdEx pattern '" + text + "': expected one of "
                    + Arrays.stream(values()).map(Pattern::id).toList());
        }

        /** @return the stable name, e.g. {@code initial-burst} */
        public String id() {
            return id;
        }

        public Parameters parameters() {
            return parameters;
        }

        /** @return the amplitude (pA) of the step current of Naud et al. 2008, Table 1 */
        public double stepCurrent() {
            return stepCurrent;
        }

        /** @return the pattern's step current switched on after {@code onset} ms */
        public Protocol step(double onset) {
            return Protocol.step(onset, stepCurrent);
        }
    }

    /**
     * The parameter set fitted to a cortical regular-spiking pyramidal cell model in Brette &amp; Gerstner 2005 (C 281
     * pF, gL 30 nS, EL −70.6 mV, VT −50.4 mV, ΔT 2 mV, a 4 nS, τw 144 ms, b 80.5 pA, Vr = EL), with Vcut = 20 mV (any
     * cut well above VT gives the same spike times to a small fraction of a ms, see the class comment).
     */
    public static final Parameters BRETTE_GERSTNER_2005 = new Parameters(281, 30, -70.6, -50.4, 2, 4, 144, 80.5, -70.6,
            20);

    private AdEx() {
    }

    /**
     * Runs one neuron from rest (V = EL, w = 0).
     *
     * @param parameters
     *            the model
     * @param input
     *            I(t) in pA (neuron 0's noise stream)
     * @param duration
     *            ms
     * @param dt
     *            ms
     */
    public static ModelRun simulate(Parameters parameters, Protocol input, double duration, double dt) {
        int n = Steps.of(duration, dt);
        CurrentSource source = input.open(0, dt);
        double[] times = new double[n + 1];
        double[] voltage = new double[n + 1];
        DoubleStream.Builder spikes = DoubleStream.builder();
        double v = parameters.restPotential();
        double w = 0;
        voltage[0] = v;
        for (int k = 0; k < n; k++) {
            double t = k * dt;
            double i = source.current(k, t);
            double dv = parameters.dv(v, w, i);
            double dw = parameters.dw(v, w);
            v = v + dt * dv;
            w = w + dt * dw;
            times[k + 1] = (k + 1) * dt;
            if (v >= parameters.cut() || Double.isNaN(v)) {
                voltage[k + 1] = parameters.cut();
                spikes.add(times[k + 1]);
                v = parameters.reset();
                w = w + parameters.spikeAdaptation();
            } else {
                voltage[k + 1] = v;
            }
        }
        return new ModelRun(times, voltage, spikes.build().toArray());
    }
}
