package org.spikeflow.nodes.dl;

import java.util.Objects;

import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.dl.ResidualModelConfig;

/** What is known of an LSTM model before it is trained or read: its configuration. */
public final class LstmModelPortObjectSpec implements PortObjectSpec {
    private final ResidualModelConfig config;

    public LstmModelPortObjectSpec(ResidualModelConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public ResidualModelConfig getConfig() {
        return config;
    }

    @Override
    public String summary() {
        return "LSTM " + config.layers() + "×" + config.hiddenSize() + ", lookback " + config.lookback() + ", "
                + config.outputSteps() + " output step(s)" + (config.useContext() ? ", with context" : "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LstmModelPortObjectSpec other && config.equals(other.config);
    }

    @Override
    public int hashCode() {
        return config.hashCode();
    }

    @Override
    public String toString() {
        return summary();
    }
}
