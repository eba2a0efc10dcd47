package org.spikeflow.izhikevich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.spikeflow.izhikevich.internal.Arithmetic;
import org.spikeflow.izhikevich.internal.Control;
import org.spikeflow.izhikevich.internal.Grid;
import org.spikeflow.izhikevich.internal.NeuronSink;
import org.spikeflow.izhikevich.internal.NeuronSpec;
import org.spikeflow.izhikevich.internal.schemes.ForwardEuler;
import org.spikeflow.izhikevich.internal.schemes.Izhikevich2003Network;
import org.spikeflow.izhikevich.internal.schemes.Izhikevich2004Figure;
import org.spikeflow.izhikevich.internal.schemes.RungeKutta4;
import org.spikeflow.izhikevich.internal.schemes.SingleNeuronPy;
import org.spikeflow.izhikevich.protocol.CurrentSource;

/**
 * An integration scheme: one object that owns its update rule (written once, for both precisions), its time grid
 * (number of points, time of point k) and its documentation, registered by its stable name (as Brian2's
 * {@code StateUpdateMethod.register}). Each implementation is written exactly as its class documents it: every
 * operation on the state is one rounded operation of the run's {@link Arithmetic}, in the order of the documented
 * expression (no fused multiply-add; the order is the order of the rounding steps). Notation: k2, k1, k0, vPeak from
 * {@link NeuronParameters}; the accommodation form replaces {@code a*(b*v - u)} by {@code a*(b*(v + 65))}.
 *
 * <p>Time grid, unless a scheme overrides it: with {@code n = duration/dt} intervals (rounded to the nearest integer
 * when within 1e-9 relative of it, else truncated), the trace has the points {@code t_k = k*dt}, k = 0..n, and n
 * updates.
 *
 * <p>Adding a scheme: one subclass in {@code org.spikeflow.izhikevich.internal.schemes} (its rule, grid and
 * documentation), one {@code register} line below, and its test.
 */
public abstract class Scheme {

    private static final Map<String, Scheme> BY_ID = new LinkedHashMap<>();

    /** Forward Euler from the old values, then threshold, then reset: the default ({@link ForwardEuler}). */
    public static final Scheme EULER = register(new ForwardEuler());
    /** The network code of Izhikevich 2003 ({@link Izhikevich2003Network}). */
    public static final Scheme IZHIKEVICH2003 = register(new Izhikevich2003Network());
    /** The figure code of Izhikevich 2004 ({@link Izhikevich2004Figure}). */
    public static final Scheme IZHIKEVICH2004 = register(new Izhikevich2004Figure());
    /** The original single_neuron.py, to reproduce its files ({@link SingleNeuronPy}); named "seed" in files. */
    public static final Scheme SINGLE_NEURON_PY = register(new SingleNeuronPy());
    /** Classical Runge-Kutta 4 with in-step threshold crossing ({@link RungeKutta4}). */
    public static final Scheme RK4 = register(new RungeKutta4());

    private final String id;
    private final String description;
    private final String source;

    protected Scheme(String id, String description, String source) {
        this.id = id;
        this.description = description;
        this.source = source;
    }

    private static Scheme register(Scheme scheme) {
        if (BY_ID.putIfAbsent(scheme.id, scheme) != null) {
            throw new IllegalStateException("Two schemes named " + scheme.id);
        }
        return scheme;
    }

    /** @return every registered scheme, in registration order (the default first) */
    public static List<Scheme> all() {
        return Collections.unmodifiableList(new ArrayList<>(BY_ID.values()));
    }

    /** @return the stable names of all schemes, in registration order */
    public static List<String> ids() {
        return List.copyOf(BY_ID.keySet());
    }

    /** Parses a scheme name, case-insensitive. */
    public static Scheme parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        Scheme scheme = BY_ID.get(t);
        if (scheme == null) {
            List<String> ids = ids();
            throw new IllegalArgumentException("Unknown scheme '" + text + "': expected "
                    + String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1));
        }
        return scheme;
    }

    /** @return the stable name used in settings, on the command line and in files */
    public final String id() {
        return id;
    }

    /** @return one line saying what the scheme does */
    public final String description() {
        return description;
    }

    /** @return where the scheme comes from (papers, codes) */
    public final String source() {
        return source;
    }

    @Override
    public String toString() {
        return id;
    }

    // ---- time grid --------------------------------------------------------------------------------------------

    /**
     * @return the number of intervals n of the grid: duration/dt rounded to the nearest integer when it is within 1e-9
     *         (relative) of it, else truncated
     * @throws IllegalArgumentException
     *             if the grid cannot be built (too many points, or too few for the scheme)
     */
    public long intervals(double duration, double dt) {
        return Grid.stepsFor(duration, dt);
    }

    /** @return the number of trace points of a grid of n intervals */
    public long points(long intervals) {
        return intervals + 1;
    }

    /** @return the number of integration updates of a grid of n intervals */
    public long updates(long intervals) {
        return intervals;
    }

    /** @return the time (ms) of trace point k of a grid with the given number of points */
    public double pointTime(long k, double duration, double dt, long points) {
        return k * dt;
    }

    /** @return a duration (ms) whose trace has exactly {@code points} points at step dt */
    public double durationFor(long points, double dt) {
        return (points - 1) * dt;
    }

    /**
     * @return the number of trace points of a run of {@code duration} ms at step dt
     * @throws IllegalArgumentException
     *             for a dt, duration or grid the scheme cannot use
     */
    public final long points(double duration, double dt) {
        return new Grid(this, duration, dt).points;
    }

    // ---- integration ------------------------------------------------------------------------------------------

    /**
     * Runs one neuron over the whole grid in the given precision (called by the library's integrators; the parameter
     * types are internal to this bundle, so schemes are implemented here).
     *
     * @param out
     *            receives the final state (v, u) after the last reset
     */
    public final void integrate(Precision precision, NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink,
            Control ctl, double[] out) {
        integrate(Arithmetic.of(precision), n, src, g, sink, ctl, out);
    }

    /**
     * The rule, once for both precisions: every point to the sink in order, spikes in time order, final (v, u) to out.
     * Parameters, dt and inputs enter rounded to the precision ({@code ar.round}) and every operation on them and on
     * the state is one of {@code ar}'s (so a float run is float arithmetic bit for bit); times stay double.
     */
    protected abstract void integrate(Arithmetic ar, NeuronSpec n, CurrentSource src, Grid g, NeuronSink sink,
            Control ctl, double[] out);
}
