package org.spikeflow.forecast;

import java.util.SplittableRandom;

import org.spikeflow.izhikevich.NeuronParameters;

/**
 * An Izhikevich neuron driven by an Ornstein–Uhlenbeck current and observed with Gaussian measurement noise, stepped
 * for a whole ensemble at once. Between samples (dt) it takes {@code substeps} forward-Euler steps in the expression
 * order of {@code Scheme.EULER}; the current is updated exactly per substep
 * ({@code I ← μ + (I − μ)·e + σ·sqrt(1 − e²)·ξ}, {@code e = exp(−h/τ)}), as {@code protocol.OrnsteinUhlenbeck} does.
 * The recorded value of a sample is v after its last substep, or vPeak if that substep fired (as the engine records a
 * spike point). Random numbers come from the caller's stream only, so a seed gives the same ensemble on any machine.
 *
 * @param parameters
 *            a, b, c, d, k2, k1, k0, vPeak (standard recovery); v0/u0 are ignored
 * @param inputMean
 *            μ of the current (pA)
 * @param inputSd
 *            stationary standard deviation σ of the current (pA)
 * @param inputTau
 *            correlation time τ of the current (ms)
 * @param measurementSd
 *            standard deviation of the measurement noise (mV)
 * @param dt
 *            sampling interval (ms)
 * @param substeps
 *            Euler steps per sample (≥ 1)
 */
public record StochasticIzhikevich(NeuronParameters parameters, double inputMean, double inputSd, double inputTau,
        double measurementSd, double dt, int substeps) {

    public StochasticIzhikevich {
        if (!(dt > 0) || substeps < 1 || !(inputTau > 0) || !(inputSd >= 0) || !(measurementSd >= 0)) {
            throw new IllegalArgumentException("stochastic Izhikevich: dt > 0, substeps >= 1, tau > 0 and standard"
                    + " deviations >= 0 required");
        }
    }

    /** @return the number of Euler steps per sample so that the step is at most {@code maxStep} ms */
    public static int substepsFor(double dt, double maxStep) {
        return Math.max(1, (int) Math.ceil(dt / maxStep - 1e-9));
    }

    /** Ensemble state: one (v, u, I) per member. */
    public static final class State {
        public final double[] v;
        public final double[] u;
        public final double[] current;

        public State(int members) {
            v = new double[members];
            u = new double[members];
            current = new double[members];
        }

        public int size() {
            return v.length;
        }

        /** @return a state whose member j is member {@code from[j]} of this one */
        public State select(int[] from) {
            State s = new State(from.length);
            for (int j = 0; j < from.length; j++) {
                s.v[j] = v[from[j]];
                s.u[j] = u[from[j]];
                s.current[j] = current[from[j]];
            }
            return s;
        }
    }

    /**
     * Advances every member by one sample (substeps Euler steps) and writes the recorded, noise-free v into
     * {@code recorded}.
     */
    public void advance(State s, double[] recorded, SplittableRandom rng) {
        NeuronParameters p = parameters;
        double a = p.a();
        double b = p.b();
        double c = p.c();
        double d = p.d();
        double k2 = p.k2();
        double k1 = p.k1();
        double k0 = p.k0();
        double peak = p.vPeak();
        double h = dt / substeps;
        double e = StrictMath.exp(-h / inputTau);
        double kick = inputSd * Math.sqrt(1 - e * e);
        for (int j = 0; j < s.v.length; j++) {
            double v = s.v[j];
            double u = s.u[j];
            double cur = s.current[j];
            boolean fired = false;
            for (int k = 0; k < substeps; k++) {
                double dv = k2 * v * v + k1 * v + k0 - u + cur;
                double du = a * (b * v - u);
                v = v + h * dv;
                u = u + h * du;
                fired = v >= peak || Double.isNaN(v);
                if (fired) {
                    v = c;
                    u = u + d;
                }
                cur = inputMean + (cur - inputMean) * e + kick * rng.nextGaussian();
            }
            s.v[j] = v;
            s.u[j] = u;
            s.current[j] = cur;
            recorded[j] = fired ? peak : v;
        }
    }

    /**
     * A free run of one neuron from (v0, u0) with the current drawn from its stationary distribution.
     *
     * @param samples
     *            number of recorded samples
     * @param noisy
     *            whether to add the measurement noise
     * @param states
     *            if not null, receives (v, u, I) after each sample: {@code states[k] = {v, u, I}}
     * @return the recorded trace
     */
    public double[] run(double v0, double u0, int samples, boolean noisy, SplittableRandom rng, double[][] states) {
        State s = new State(1);
        s.v[0] = v0;
        s.u[0] = u0;
        s.current[0] = inputMean + inputSd * rng.nextGaussian();
        double[] out = new double[samples];
        double[] rec = new double[1];
        for (int k = 0; k < samples; k++) {
            advance(s, rec, rng);
            out[k] = noisy ? rec[0] + measurementSd * rng.nextGaussian() : rec[0];
            if (states != null) {
                states[k] = new double[] {s.v[0], s.u[0], s.current[0]};
            }
        }
        return out;
    }

    /**
     * Simulates every member of {@code start} (not modified) {@code h} samples ahead and adds measurement noise.
     *
     * @return the observations of the ensemble, sorted per step: {@code samples[k]} are the values at step k + 1
     */
    public double[][] ensemble(State start, int h, SplittableRandom rng) {
        State s = start.select(java.util.stream.IntStream.range(0, start.size()).toArray());
        int m = s.size();
        double[][] out = new double[h][m];
        for (int k = 0; k < h; k++) {
            advance(s, out[k], rng);
            for (int j = 0; j < m; j++) {
                out[k][j] += measurementSd * rng.nextGaussian();
            }
            java.util.Arrays.sort(out[k]);
        }
        return out;
    }
}
