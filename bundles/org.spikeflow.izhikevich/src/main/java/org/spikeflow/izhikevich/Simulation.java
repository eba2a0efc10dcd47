package org.spikeflow.izhikevich;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.spikeflow.izhikevich.protocol.Protocol;

/**
 * Single-neuron simulation with full traces and spike times.
 *
 * <pre> SimulationResult r = Simulation.builder(NeuronParameters.of(0.02, 0.2, -65, 8)) .protocol(Protocol.step(10,
 * 14)).duration(100).dt(0.25).build().run(); SimulationResult p =
 * Presets.get("2004/A-tonic-spiking").simulation().build().run(); </pre>
 *
 * It runs as a population of one through the general integrator, so it is bit-identical to the same neuron in a
 * population run.
 */
public final class Simulation {

    private final NeuronParameters parameters;
    private final Protocol protocol;
    private final double duration;
    private final double dt;
    private final Scheme scheme;
    private final Precision precision;
    private final Set<TraceVariable> variables;
    private final int decimation;
    private final SimulationMonitor monitor;
    private final long memoryLimit;

    private Simulation(Builder b) {
        parameters = b.parameters;
        protocol = b.protocol;
        duration = b.duration;
        dt = b.dt;
        scheme = b.scheme;
        precision = b.precision;
        variables = Set.copyOf(b.variables);
        decimation = b.decimation;
        monitor = b.monitor;
        memoryLimit = b.memoryLimit;
    }

    public static Builder builder(NeuronParameters parameters) {
        return new Builder(parameters);
    }

    public NeuronParameters parameters() {
        return parameters;
    }

    public Protocol protocol() {
        return protocol;
    }

    public double duration() {
        return duration;
    }

    public double dt() {
        return dt;
    }

    public Scheme scheme() {
        return scheme;
    }

    public Precision precision() {
        return precision;
    }

    private PopulationSimulation population() {
        Population pop = Population.builder(1).a(parameters.a()).b(parameters.b()).c(parameters.c())
                .d(parameters.d()).quadratic(parameters.k2(), parameters.k1(), parameters.k0())
                .vPeak(parameters.vPeak()).recovery(parameters.recovery()).v0(parameters.v0())
                .u0(parameters.hasExplicitU0() ? new double[] {parameters.u0()} : null).current(0)
                .protocols(new Protocol[] {protocol}).build();
        RecordingOptions.Builder rec = RecordingOptions.builder().spikeTimes(true).expectedRateHz(0)
                .decimation(decimation);
        rec.trace(variables.toArray(new TraceVariable[0]));
        return PopulationSimulation.builder(pop).duration(duration).dt(dt).scheme(scheme).precision(precision)
                .threads(1).kernel(Kernel.GENERIC).recording(rec.build()).monitor(monitor).memoryLimit(memoryLimit)
                .build();
    }

    /** @return what the run will allocate */
    public MemoryEstimate estimateMemory() {
        return population().estimateMemory();
    }

    /**
     * @throws NumericalBlowUpException
     *             if the state becomes NaN or infinite (neuron index 0)
     * @throws InsufficientMemoryException
     *             if the traces do not fit into the heap
     */
    public SimulationResult run() {
        PopulationResult r = population().run();
        TraceData t = r.traces().orElseThrow();
        return new SimulationResult(this, t.times(), series(t, TraceVariable.V), series(t, TraceVariable.U),
                series(t, TraceVariable.I), r.spikeTimes(0), r.finalV()[0], r.finalU()[0]);
    }

    private static double[] series(TraceData t, TraceVariable v) {
        return t.variables().contains(v) ? t.series(v, 0) : null;
    }

    /** Builder; defaults: no input (0 pA), 1000 ms, dt 0.1 ms, euler, double, traces of v, u and I. */
    public static final class Builder extends RunBuilder<Builder> {
        private final NeuronParameters parameters;
        private Protocol protocol = Protocol.constant(0);
        private final EnumSet<TraceVariable> variables = EnumSet.allOf(TraceVariable.class);
        private int decimation = 1;

        private Builder(NeuronParameters parameters) {
            this.parameters = Objects.requireNonNull(parameters, "parameters");
        }

        public Builder protocol(Protocol value) {
            protocol = Objects.requireNonNull(value, "protocol");
            return this;
        }

        /** Constant input current (pA). */
        public Builder current(double value) {
            protocol = Protocol.constant(value);
            return this;
        }

        /** Variables to trace (default v, u, I). */
        public Builder record(TraceVariable... values) {
            variables.clear();
            variables.addAll(java.util.Arrays.asList(values));
            return this;
        }

        public Builder decimation(int n) {
            decimation = n;
            return this;
        }

        public Simulation build() {
            return new Simulation(this);
        }
    }
}
