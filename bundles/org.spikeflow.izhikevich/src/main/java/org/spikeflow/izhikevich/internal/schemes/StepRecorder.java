package org.spikeflow.izhikevich.internal.schemes;

import org.spikeflow.izhikevich.internal.Arithmetic;
import org.spikeflow.izhikevich.internal.BlowUp;
import org.spikeflow.izhikevich.internal.Instability;
import org.spikeflow.izhikevich.internal.NeuronSink;
import org.spikeflow.izhikevich.internal.NeuronSpec;
import org.spikeflow.izhikevich.protocol.CurrentSource;

/**
 * What every scheme does around its update rule, so that a scheme writes only its rule: the reset's recovery jump and
 * spike report, the plausibility check, the trace point (which shows vPeak where a spike was reset), and the input as
 * the rule sees it (rounded to the run's precision).
 */
final class StepRecorder {
    private final NeuronSink sink;
    private final CurrentSource src;
    private final Arithmetic ar;
    private final boolean points;
    private final boolean currents;
    private final double vPeak;
    private final double d;
    /** A spike was reset since the last point: the next point shows vPeak. */
    private boolean spiked;

    /**
     * @param ar
     *            the run's arithmetic (the jump u + d and the input are in its precision)
     */
    StepRecorder(Arithmetic ar, NeuronSpec n, CurrentSource src, NeuronSink sink) {
        this.sink = sink;
        this.src = src;
        this.ar = ar;
        this.points = sink.wantsPoints();
        this.currents = sink.wantsCurrent();
        this.vPeak = ar.round(n.vPeak);
        this.d = ar.round(n.d);
    }

    /** Reports a spike at time t (the next point shows vPeak); @return u + d, the reset's recovery jump */
    double spike(double t, double u) {
        spiked = true;
        sink.spike(t);
        return ar.add(u, d);
    }

    /** @return the input at step k (time t) as the rule sees it: rounded to the run's precision */
    double input(long k, double t) {
        return ar.round(src.current(k, t));
    }

    /** Point 0, the state before the first update (no check: the initial state is the user's). */
    void start(double v, double u) {
        point(0, v, u, points ? currentAt(0, 0.0) : Double.NaN);
    }

    /**
     * After the update that ends at point k (time t): the check, then point k with the current at t_k.
     *
     * @param current
     *            the input the update used (reported with a blow-up)
     */
    void step(long k, double t, double v, double u, double current) {
        check(t, v, u, current);
        point(k, v, u, points ? currentAt(k, t) : Double.NaN);
    }

    /**
     * @throws BlowUp
     *             if the state at time t is not plausible (see {@link Instability#plausible})
     */
    void check(double t, double v, double u, double current) {
        if (!Instability.plausible(v, u)) {
            throw new BlowUp(t, v, u, current);
        }
    }

    /** Trace point k (v replaced by vPeak after a spike's reset), if points are wanted. */
    void point(long k, double v, double u, double current) {
        if (points) {
            sink.point(k, spiked ? vPeak : v, u, current);
        }
        spiked = false;
    }

    /** @return the input at step k (time t) as the rule sees it, or NaN when the sink does not want currents */
    double currentAt(long k, double t) {
        if (!currents) {
            return Double.NaN;
        }
        return input(k, t);
    }
}
