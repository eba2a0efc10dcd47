package org.spikeflow.forecast.internal;

import java.util.SplittableRandom;

import org.spikeflow.forecast.StochasticIzhikevich;

/**
 * Bootstrap particle filter (Gordon, Salmond &amp; Smith 1993) for the hidden state (v, u, I) of a
 * {@link StochasticIzhikevich} neuron given its noisy samples. The observation density is a Student t with 4 degrees of
 * freedom around the recorded v, so a spike the model places a sample earlier or later, or a spike shape it cannot
 * reproduce, lowers a particle's weight without wiping out the whole cloud. Systematic resampling when the effective
 * sample size falls below half the particles.
 */
public final class ParticleFilter {

    private static final double DOF = 4;

    private ParticleFilter() {
    }

    /**
     * @param initial
     *            states to draw the initial particles from (rows {v, u, I}), e.g. the model's free run
     * @param from
     *            first sample of {@code y} to assimilate
     * @param observationSd
     *            scale of the observation density (mV)
     * @param checkpoints
     *            increasing sample indices at which the filtered cloud is also kept
     * @return equally weighted particles after each checkpoint, followed by those at the last sample of {@code y}
     */
    public static StochasticIzhikevich.State[] filter(StochasticIzhikevich model, double[] y, int from,
            double[][] initial, int particles, double observationSd, int[] checkpoints, SplittableRandom rng) {
        StochasticIzhikevich.State[] kept = new StochasticIzhikevich.State[checkpoints.length + 1];
        int next = 0;
        StochasticIzhikevich.State s = new StochasticIzhikevich.State(particles);
        for (int j = 0; j < particles; j++) {
            double[] st = initial[rng.nextInt(initial.length)];
            s.v[j] = st[0];
            s.u[j] = st[1];
            s.current[j] = st[2];
        }
        double[] logW = new double[particles];
        double[] rec = new double[particles];
        double[] w = new double[particles];
        double scale2 = DOF * observationSd * observationSd;
        for (int k = from; k < y.length; k++) {
            model.advance(s, rec, rng);
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < particles; j++) {
                double r = y[k] - rec[j];
                logW[j] += -0.5 * (DOF + 1) * StrictMath.log1p(r * r / scale2);
                max = Math.max(max, logW[j]);
            }
            double sum = 0;
            double sum2 = 0;
            for (int j = 0; j < particles; j++) {
                w[j] = StrictMath.exp(logW[j] - max);
                sum += w[j];
                sum2 += w[j] * w[j];
            }
            boolean keep = next < checkpoints.length && checkpoints[next] == k;
            boolean last = k == y.length - 1;
            if (keep || last || sum * sum / sum2 < particles / 2.0) {
                s = s.select(systematic(w, sum, rng));
                java.util.Arrays.fill(logW, 0);
            }
            if (keep) {
                kept[next++] = s;
            }
        }
        kept[checkpoints.length] = s;
        return kept;
    }

    private static int[] systematic(double[] w, double sum, SplittableRandom rng) {
        int n = w.length;
        int[] idx = new int[n];
        double step = sum / n;
        double u = rng.nextDouble() * step;
        double c = w[0];
        int i = 0;
        for (int j = 0; j < n; j++) {
            double target = u + j * step;
            while (c < target && i < n - 1) {
                i++;
                c += w[i];
            }
            idx[j] = i;
        }
        return idx;
    }
}
