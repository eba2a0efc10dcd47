package org.spikeflow.izhikevich.internal;

import org.spikeflow.izhikevich.Scheme;

/** Time grid of one run: number of intervals, updates and trace points, and the time of each point (the scheme's). */
public final class Grid {

    public final Scheme scheme;
    public final double duration;
    public final double dt;
    /** The scheme's number of intervals ({@link Scheme#intervals}). */
    public final long steps;
    /** Number of trace points. */
    public final long points;
    /** Number of integration updates. */
    public final long updates;

    public Grid(Scheme scheme, double duration, double dt) {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("dt must be a positive number of ms, got " + dt);
        }
        if (!(duration >= 0) || !Double.isFinite(duration)) {
            throw new IllegalArgumentException("duration must be a non-negative number of ms, got " + duration);
        }
        this.scheme = scheme;
        this.duration = duration;
        this.dt = dt;
        this.steps = scheme.intervals(duration, dt);
        this.points = scheme.points(steps);
        this.updates = scheme.updates(steps);
    }

    /**
     * @return duration/dt rounded to the nearest integer when it is within 1e-9 (relative) of it, else truncated
     */
    public static long stepsFor(double duration, double dt) {
        double r = duration / dt;
        if (r >= 9.0e18) {
            throw new IllegalArgumentException("duration/dt is too large: " + r);
        }
        long n = Math.round(r);
        if (Math.abs(r - n) <= 1e-9 * Math.max(1, Math.abs(r))) {
            return n;
        }
        return (long) Math.floor(r);
    }

    /** @return time of trace point k */
    public double pointTime(long k) {
        return scheme.pointTime(k, duration, dt, points);
    }
}
