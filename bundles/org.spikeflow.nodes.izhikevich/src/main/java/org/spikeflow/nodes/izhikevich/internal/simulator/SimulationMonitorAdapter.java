package org.spikeflow.nodes.izhikevich.internal.simulator;

import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.izhikevich.SimulationMonitor;

/**
 * Reports a simulation's progress to the node's {@link ExecutionContext} and passes the user's cancel on to it. A run
 * made of several parts (one per group of neurons) maps each part onto its share of the node's progress.
 */
final class SimulationMonitorAdapter implements SimulationMonitor {
    private final ExecutionContext exec;
    private final double start;
    private final double share;
    private final String message;

    SimulationMonitorAdapter(ExecutionContext exec, double start, double share, String message) {
        this.exec = exec;
        this.start = start;
        this.share = share;
        this.message = message;
    }

    @Override
    public void progress(double fraction) {
        exec.setProgress(start + share * Math.max(0, Math.min(1, fraction)), message);
    }

    @Override
    public boolean isCancelled() {
        return exec.isCanceled();
    }
}
