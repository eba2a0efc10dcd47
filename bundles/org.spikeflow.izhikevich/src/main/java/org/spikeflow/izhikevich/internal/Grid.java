package org.spikeflow.izhikevich.internal;

import org.spikeflow.izhikevich.Scheme;

/** Time grid of a scheme: number of updates, of trace points and the time of each point. */
public final class Grid {

    public final Scheme scheme;
    public final double duration;
    public final double dt;
    /** n = duration/dt (see {@link #stepsFor}); for SEED the number of points. */
    public final long steps;
    /** Number of trace points. */
    public final long points;
    /** Number of integration updates. */
    public final long updates;
    private final double seedStep;

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
        if (scheme == Scheme.SEED) {
            double r = duration / dt;
            if (r >= 9.0e18) {
                throw new IllegalArgumentException("duration/dt is too large: " + r);
            }
            this.steps = (long) r; // Python int(T/dt): truncation
            if (steps < 1) {
                throw new IllegalArgumentException(
                        "the seed scheme needs at least one point: int(duration/dt) = 0 for duration " + duration
                                + " ms and dt " + dt + " ms");
            }
            this.points = steps;
            this.updates = steps - 1;
            this.seedStep = steps > 1 ? (duration - 0.0) / (steps - 1) : 0;
        } else {
            this.steps = stepsFor(duration, dt);
            this.points = steps + 1;
            this.updates = scheme == Scheme.IZHIKEVICH2004 ? steps + 1 : steps;
            this.seedStep = 0;
        }
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
        if (scheme == Scheme.SEED) {
            if (k == points - 1 && points > 1) {
                return duration; // linspace sets the end point exactly
            }
            return k * seedStep + 0.0;
        }
        return k * dt;
    }
}
