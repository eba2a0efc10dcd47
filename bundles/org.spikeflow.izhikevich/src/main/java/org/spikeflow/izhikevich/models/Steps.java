package org.spikeflow.izhikevich.models;

import org.spikeflow.izhikevich.internal.Grid;

/** The time grid of the models of this package: the Izhikevich grid rule ({@link Grid#stepsFor}), checked. */
final class Steps {

    private Steps() {
    }

    /** @return the number of steps of dt in duration; the trace has this many plus one points */
    static int of(double duration, double dt) {
        if (!(dt > 0) || !Double.isFinite(dt) || !(duration > 0) || !Double.isFinite(duration)) {
            throw new IllegalArgumentException(
                    "duration and dt must be positive numbers of ms (got duration " + duration + ", dt " + dt + ")");
        }
        long n = Grid.stepsFor(duration, dt);
        if (n >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many steps: duration/dt = " + n);
        }
        return (int) n;
    }
}
