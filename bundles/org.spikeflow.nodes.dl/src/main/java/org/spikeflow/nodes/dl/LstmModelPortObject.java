package org.spikeflow.nodes.dl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.spikeflow.core.port.PortObjectSummary;
import org.spikeflow.core.port.PortType;
import org.spikeflow.dl.ResidualModel;

/** A trained LSTM residual model travelling between nodes. */
public final class LstmModelPortObject implements PortObjectSummary {
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

    /** Architecture, training set-up and validation, for the canvas's model view. */
    @Override
    public Map<String, Object> summaryFields() {
        var config = model.config();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("Layers", config.layers());
        fields.put("Hidden size", config.hiddenSize());
        fields.put("Bidirectional", config.bidirectional());
        fields.put("Lookback", config.lookback());
        fields.put("Output steps", config.outputSteps());
        fields.put("Per-step head", config.perStepHead());
        fields.put("Uses context", config.useContext());
        fields.put("Loss", config.lossName());
        fields.put("Dropout", config.dropout());
        fields.put("Learning rate", config.learningRate());
        fields.put("Batch size", config.batchSize());
        fields.put("Epochs trained", model.history().size());
        fields.put("Training windows", model.trainingWindows());
        fields.put("Validation", model.validation().toString());
        fields.put("Beats identity", model.beatsIdentity());
        return fields;
    }

    @Override
    public String toString() {
        return summary();
    }
}
