package org.spikeflow.izhikevich.models;

import java.util.stream.DoubleStream;

import org.spikeflow.izhikevich.protocol.CurrentSource;
import org.spikeflow.izhikevich.protocol.Protocol;

/**
 * The Hodgkin–Huxley squid giant axon (A. L. Hodgkin &amp; A. F. Huxley, J Physiol 117:500, 1952) at 6.3 °C, in the
 * modern convention with the resting potential at −65 mV (the paper measured V as the depolarisation from rest with the
 * opposite sign; shifting by −65 mV gives the rate functions below, as in Dayan &amp; Abbott, Theoretical Neuroscience,
 * 2001, ch. 5, and the NEURON {@code hh} mechanism): <pre> C dV/dt = I(t) - gNa m³h (V - ENa) - gK n⁴ (V - EK) - gL (V
 * - EL) dx/dt = αx(V)(1 - x) - βx(V) x, x = m, h, n αm = 0.1 (V+40) / (1 - exp(-(V+40)/10)) βm = 4 exp(-(V+65)/18) αh =
 * 0.07 exp(-(V+65)/20) βh = 1 / (1 + exp(-(V+35)/10)) αn = 0.01 (V+55) / (1 - exp(-(V+55)/10)) βn = 0.125
 * exp(-(V+65)/80) gNa 120, gK 36, gL 0.3 mS/cm²; ENa 50, EK -77, EL -54.387 mV; C 1 µF/cm² </pre> Units: V mV, t ms,
 * rates 1/ms, and the input I in µA/cm² (the protocol's values are read in these units, not pA). EL = −54.387 mV makes
 * −65 mV (nearly exactly) the resting potential; a run starts there with m, h, n at their steady-state values.
 *
 * <p>Scheme: classical fourth-order Runge–Kutta with I evaluated at t, t+dt/2 and t+dt (noise held over the step); use
 * dt &lt;= 0.01 ms. A spike is an upward crossing of 0 mV, timed by linear interpolation between the two points.
 */
public final class HodgkinHuxley {

    /** mS/cm² */
    public static final double G_NA = 120;
    /** mS/cm² */
    public static final double G_K = 36;
    /** mS/cm² */
    public static final double G_L = 0.3;
    /** mV */
    public static final double E_NA = 50;
    /** mV */
    public static final double E_K = -77;
    /** mV */
    public static final double E_L = -54.387;
    /** µF/cm² */
    public static final double CAPACITANCE = 1;
    /** mV, the resting potential of this convention */
    public static final double REST = -65;
    /** mV, the upward crossing that counts as a spike */
    public static final double SPIKE_THRESHOLD = 0;

    private HodgkinHuxley() {
    }

    /**
     * Runs one membrane patch from rest.
     *
     * @param input
     *            I(t) in µA/cm² (neuron 0's noise stream)
     * @param duration
     *            ms
     * @param dt
     *            ms (&lt;= 0.01 recommended)
     */
    public static ModelRun simulate(Protocol input, double duration, double dt) {
        int n = Steps.of(duration, dt);
        CurrentSource source = input.open(0, dt);
        double[] times = new double[n + 1];
        double[] voltage = new double[n + 1];
        DoubleStream.Builder spikes = DoubleStream.builder();
        double[] y = {REST, steadyState(alphaM(REST), betaM(REST)), steadyState(alphaH(REST), betaH(REST)),
                steadyState(alphaN(REST), betaN(REST))};
        voltage[0] = y[0];
        double[] k1 = new double[4];
        double[] k2 = new double[4];
        double[] k3 = new double[4];
        double[] k4 = new double[4];
        double[] tmp = new double[4];
        for (int k = 0; k < n; k++) {
            double t = k * dt;
            derivative(y, source.current(k, t), k1);
            shifted(y, k1, dt / 2, tmp);
            derivative(tmp, source.current(k, t + dt / 2), k2);
            shifted(y, k2, dt / 2, tmp);
            derivative(tmp, source.current(k, t + dt / 2), k3);
            shifted(y, k3, dt, tmp);
            derivative(tmp, source.current(k, t + dt), k4);
            double before = y[0];
            for (int j = 0; j < 4; j++) {
                y[j] = y[j] + dt / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
            }
            times[k + 1] = (k + 1) * dt;
            voltage[k + 1] = y[0];
            if (before < SPIKE_THRESHOLD && y[0] >= SPIKE_THRESHOLD) {
                spikes.add(t + dt * (SPIKE_THRESHOLD - before) / (y[0] - before));
            }
            if (!Double.isFinite(y[0])) {
                throw new ArithmeticException("Hodgkin-Huxley: V is not finite at t = " + times[k + 1]
                        + " ms; use a smaller dt (got " + dt + " ms)");
            }
        }
        return new ModelRun(times, voltage, spikes.build().toArray());
    }

    /** y = (V, m, h, n); out = dy/dt with input current i (µA/cm²). */
    private static void derivative(double[] y, double i, double[] out) {
        double v = y[0];
        double m = y[1];
        double h = y[2];
        double nK = y[3];
        double iNa = G_NA * m * m * m * h * (v - E_NA);
        double iK = G_K * nK * nK * nK * nK * (v - E_K);
        double iL = G_L * (v - E_L);
        out[0] = (i - iNa - iK - iL) / CAPACITANCE;
        out[1] = alphaM(v) * (1 - m) - betaM(v) * m;
        out[2] = alphaH(v) * (1 - h) - betaH(v) * h;
        out[3] = alphaN(v) * (1 - nK) - betaN(v) * nK;
    }

    private static void shifted(double[] y, double[] slope, double h, double[] out) {
        for (int j = 0; j < 4; j++) {
            out[j] = y[j] + h * slope[j];
        }
    }

    private static double steadyState(double alpha, double beta) {
        return alpha / (alpha + beta);
    }

    /** x / (1 − exp(−x/s)), continued by its limit s at x = 0 (αm and αn have a removable 0/0 there). */
    private static double ratioOverExp(double x, double s) {
        double z = x / s;
        if (Math.abs(z) < 1e-7) {
            return s * (1 + z / 2);
        }
        return x / -Math.expm1(-z);
    }

    static double alphaM(double v) {
        return 0.1 * ratioOverExp(v + 40, 10);
    }

    static double betaM(double v) {
        return 4 * Math.exp(-(v + 65) / 18);
    }

    static double alphaH(double v) {
        return 0.07 * Math.exp(-(v + 65) / 20);
    }

    static double betaH(double v) {
        return 1 / (1 + Math.exp(-(v + 35) / 10));
    }

    static double alphaN(double v) {
        return 0.01 * ratioOverExp(v + 55, 10);
    }

    static double betaN(double v) {
        return 0.125 * Math.exp(-(v + 65) / 80);
    }
}
