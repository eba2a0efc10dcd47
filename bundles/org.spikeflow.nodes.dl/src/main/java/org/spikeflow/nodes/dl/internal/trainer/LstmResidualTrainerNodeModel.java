package org.spikeflow.nodes.dl.internal.trainer;

import java.util.List;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.ColumnBuilder;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.node.CanceledExecutionException;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.dl.EpochResult;
import org.spikeflow.dl.ResidualModel;
import org.spikeflow.dl.ResidualModelConfig;
import org.spikeflow.dl.ResidualSeries;
import org.spikeflow.dl.ResidualTrainer;
import org.spikeflow.dl.TrainingCanceledException;
import org.spikeflow.dl.TrainingMonitor;
import org.spikeflow.nodes.dl.LstmModelPortObject;
import org.spikeflow.nodes.dl.LstmModelPortObjectSpec;
import org.spikeflow.nodes.dl.internal.common.ForecastTables;
import org.spikeflow.nodes.dl.internal.common.ResidualInputs;

/** Trains (or continues training) an LSTM on the residuals actual − base forecast. */
public class LstmResidualTrainerNodeModel extends NodeModel<LstmResidualTrainerNodeSettings> {
    static final int BASE_PORT = 0;
    static final int ACTUAL_PORT = 1;
    static final int MODEL_PORT = 2;
    static final int CONTEXT_PORT = 3;

    public static final DataTableSpec HISTORY_SPEC = DataTableSpec.of("Epoch", DataType.INT, "Train loss",
            DataType.DOUBLE, "Validation loss", DataType.DOUBLE, "Time (s)", DataType.DOUBLE);

    public LstmResidualTrainerNodeModel() {
        super(new PortType[] {DataTable.TYPE, DataTable.TYPE, LstmModelPortObject.TYPE_OPTIONAL,
                DataTable.TYPE_OPTIONAL}, new PortType[] {LstmModelPortObject.TYPE, DataTable.TYPE},
                LstmResidualTrainerNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        LstmResidualTrainerNodeSettings s = getSettings();
        ResidualModelConfig config = s.config();
        if (inSpecs[BASE_PORT] != null) {
            ResidualInputs.checkBaseSpec((DataTableSpec) inSpecs[BASE_PORT], s);
        }
        ResidualInputs.checkTraceSpec((DataTableSpec) inSpecs[ACTUAL_PORT], ResidualInputs.ACTUAL_TABLE, s);
        ResidualInputs.checkTraceSpec((DataTableSpec) inSpecs[CONTEXT_PORT], ResidualInputs.CONTEXT_TABLE, s);
        if (inSpecs[MODEL_PORT] instanceof LstmModelPortObjectSpec previous
                && !previous.getConfig().sameArchitecture(config)) {
            throw new InvalidSettingsException("The incoming model (" + previous.summary() + ") does not match the"
                    + " settings (" + new LstmModelPortObjectSpec(config).summary() + "): to continue training,"
                    + " set the same lookback, output steps, context, residual feedback, layers and hidden size");
        }
        return new PortObjectSpec[] {new LstmModelPortObjectSpec(config), HISTORY_SPEC};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        LstmResidualTrainerNodeSettings s = getSettings();
        ResidualModelConfig config = s.config();
        DataTable base = (DataTable) inObjects[BASE_PORT];
        String forecastColumn = ResidualInputs.checkBaseSpec(base.getSpec(), s);
        exec.setProgress(0, "Reading the forecasts and actual values");
        List<ForecastTables.Segment> segments = ForecastTables.segments(base, ResidualInputs.BASE_TABLE,
                s.timeColumn, s.seriesColumn, forecastColumn, true);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("The " + ResidualInputs.BASE_TABLE + " has no rows");
        }
        List<ResidualSeries> data = ResidualInputs.series(segments, (DataTable) inObjects[ACTUAL_PORT],
                (DataTable) inObjects[CONTEXT_PORT], s, config.useContext(), config.lookback());
        TrainingMonitor monitor = new TrainingMonitor() {
            @Override
            public void epochFinished(EpochResult r, int maxEpochs) {
                exec.setProgress((double) r.epoch() / (maxEpochs + offset()), String.format(java.util.Locale.ROOT,
                        "Epoch %d: train loss %.4g, validation loss %.4g (%.1f s)", r.epoch(), r.trainLoss(),
                        r.validationLoss(), r.seconds()));
            }

            private int offset() {
                return inObjects[MODEL_PORT] instanceof LstmModelPortObject p ? p.getModel().history().size() : 0;
            }

            @Override
            public boolean isCanceled() {
                return exec.isCanceled();
            }
        };
        ResidualModel model;
        try {
            if (inObjects[MODEL_PORT] instanceof LstmModelPortObject previous) {
                model = ResidualTrainer.continueTraining(previous.getModel(), config, data, monitor);
            } else {
                model = ResidualTrainer.train(config, data, monitor);
            }
        } catch (TrainingCanceledException e) {
            throw new CanceledExecutionException(e.getMessage());
        }
        if (!model.beatsIdentity()) {
            // the Residual Corrector decides what to do about it (and warns if it applies the model anyway)
            setInfoMessage("The LSTM does not beat the identity correction on the validation data ("
                    + model.validation() + "); the Residual Corrector can fall back to the identity");
        }
        exec.setProgress(1, model.summary());
        return new PortObject[] {new LstmModelPortObject(model), history(model.history())};
    }

    static DataTable history(List<EpochResult> history) {
        ColumnBuilder epoch = Column.builder(DataType.INT, history.size());
        ColumnBuilder train = Column.builder(DataType.DOUBLE, history.size());
        ColumnBuilder validation = Column.builder(DataType.DOUBLE, history.size());
        ColumnBuilder seconds = Column.builder(DataType.DOUBLE, history.size());
        for (EpochResult r : history) {
            epoch.appendObject(r.epoch());
            train.appendObject(r.trainLoss());
            validation.appendObject(r.validationLoss());
            seconds.appendObject(r.seconds());
        }
        return new DataTable(HISTORY_SPEC, epoch.build(), train.build(), validation.build(), seconds.build());
    }
}
