package org.spikeflow.izhikevich;

/** Trace and spikes of a single-neuron run. Arrays returned are copies; a series not recorded is null. */
public final class SimulationResult {

    private final Simulation simulation;
    private final double[] time;
    private final double[] v;
    private final double[] u;
    private final double[] current;
    private final double[] spikeTimes;
    private final double finalV;
    private final double finalU;

    SimulationResult(Simulation simulation, double[] time, double[] v, double[] u, double[] current,
            double[] spikeTimes, double finalV, double finalU) {
        this.simulation = simulation;
        this.time = time;
        this.v = v;
        this.u = u;
        this.current = current;
        this.spikeTimes = spikeTimes;
        this.finalV = finalV;
        this.finalU = finalU;
    }

    /** @return the request that produced this result */
    public Simulation simulation() {
        return simulation;
    }

    /** @return time of each trace point (ms) */
    public double[] time() {
        return time.clone();
    }

    /** @return membrane potential at each point (mV); spike points show vPeak (see {@link Scheme}) */
    public double[] v() {
        return v == null ? null : v.clone();
    }

    public double[] u() {
        return u == null ? null : u.clone();
    }

    /** @return input current at each point (pA) */
    public double[] current() {
        return current == null ? null : current.clone();
    }

    public double[] spikeTimes() {
        return spikeTimes.clone();
    }

    public int spikeCount() {
        return spikeTimes.length;
    }

    public int points() {
        return time.length;
    }

    public double finalV() {
        return finalV;
    }

    public double finalU() {
        return finalU;
    }

    /** @return the per-neuron statistics of this run (bursts: ISIs ≤ burstIsi ms, at least 2 spikes) */
    public NeuronSummary summary(double burstIsi) {
        return NeuronSummary.of(spikeTimes, 0, spikeTimes.length, simulation.duration(), burstIsi, 2);
    }
}
