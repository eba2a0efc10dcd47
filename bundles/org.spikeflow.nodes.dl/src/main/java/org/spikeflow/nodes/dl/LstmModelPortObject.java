package org.spikeflow.nodes.dl;

import java.util.Objects;

import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortType;
import org.spikeflow.dl.ResidualModel;

/** A trained LSTM residual model travelling between nodes. */
public final class LstmModelPortObject implements PortObject {
    /** The port type, registered with the platform when this class loads. */
    public static final PortType TYPE = PortType.create("org.spikeflow.dl.lstm-model", "LSTM Residual Model",
            LstmModelPortObject.class, LstmModelPortObjectSpec.class, "#8e44ad");
    public static final PortType TYPE_OPTIONAL = TYPE.asOptional();

    private final ResidualModel model;

    public LstmModelPortObject(ResidualModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    public ResidualModel getModel() {
        return model;
    }

    @Override
    public LstmModelPortObjectSpec getSpec() {
        return new LstmModelPortObjectSpec(model.config());
    }

    @Override
    public String summary() {
        return model.summary();
    }

    @Override
    public String toString() {
        return summary();
    }
}
