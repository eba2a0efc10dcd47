package org.spikeflow.nodes.dl.internal.corrector;

import java.util.ArrayList;
import java.util.List;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataColumnSpec;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.dl.ResidualModel;
import org.spikeflow.dl.ResidualSeries;
import org.spikeflow.nodes.dl.LstmModelPortObject;
import org.spikeflow.nodes.dl.LstmModelPortObjectSpec;
import org.spikeflow.nodes.dl.internal.common.ForecastTables;
import org.spikeflow.nodes.dl.internal.common.ResidualInputs;

/**
 * Adds {@code <Model>-corrected} = forecast + predicted residual, and the interval bounds shifted by the same residual
 * ({@code <Model>-corrected-lo-80}, ...), to a forecast table.
 */
public class ResidualCorrectorNodeModel extends NodeModel<ResidualCorrectorNodeSettings> {
    static final String SUFFIX = "-corrected";

    public ResidualCorrectorNodeModel() {
        super(new PortType[] {LstmModelPortObject.TYPE_OPTIONAL, DataTable.TYPE, DataTable.TYPE_OPTIONAL},
                new PortType[] {DataTable.TYPE}, ResidualCorrectorNodeSettings.class);
    }

    private DataTableSpec outSpec(DataTableSpec in) throws InvalidSettingsException {
        String model = ResidualInputs.checkBaseSpec(in, getSettings());
        DataTableSpec out = in;
        for (String column : correctedColumns(in, model)) {
            if (in.containsColumn(column)) {
                throw new InvalidSettingsException("The " + ResidualInputs.BASE_TABLE + " already has a column '"
                        + column + "'");
            }
            out = out.append(new DataColumnSpec(column, DataType.DOUBLE));
        }
        return out;
    }

    /** The corrected column names, matching {@link #sourceColumns}. */
    private static List<String> correctedColumns(DataTableSpec in, String model) {
        List<String> out = new ArrayList<>();
        for (String source : sourceColumns(in, model)) {
            out.add(model + SUFFIX + source.substring(model.length()));
        }
        return out;
    }

    private static List<String> sourceColumns(DataTableSpec in, String model) {
        List<String> out = new ArrayList<>();
        out.add(model);
        out.addAll(ForecastTables.intervalColumns(in, model));
        return out;
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        ResidualInputs.checkTraceSpec((DataTableSpec) inSpecs[2], ResidualInputs.CONTEXT_TABLE, getSettings());
        if (inSpecs[0] instanceof LstmModelPortObjectSpec model && model.getConfig().useContext()
                && inSpecs[2] == null) {
            // The context port may simply not be known yet; execute checks again.
            getLogger().info("The model uses the context trace: connect the context table");
        }
        DataTableSpec in = (DataTableSpec) inSpecs[1];
        return new PortObjectSpec[] {in == null ? null : outSpec(in)};
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        ResidualCorrectorNodeSettings s = getSettings();
        // no model yet (e.g. the first cycle of a loop that feeds the trained model back): identity correction
        ResidualModel model = inObjects[0] == null ? null : ((LstmModelPortObject) inObjects[0]).getModel();
        DataTable base = (DataTable) inObjects[1];
        String forecastColumn = ResidualInputs.checkBaseSpec(base.getSpec(), s);
        DataTableSpec spec = outSpec(base.getSpec());
        List<ForecastTables.Segment> segments = ForecastTables.segments(base, ResidualInputs.BASE_TABLE,
                s.timeColumn, s.seriesColumn, forecastColumn, true);
        double[] residual = new double[base.getRowCount()];
        boolean identity = model == null || !model.beatsIdentity() && s.fallBackToIdentity;
        // falling back to the identity is what the workflow asked for (information); applying a model that does
        // not beat it is something to act on (a warning)
        if (model == null) {
            setInfoMessage("No LSTM model (input 0 is not connected or carries none yet): the corrected columns"
                    + " repeat the base forecast");
        } else if (!model.beatsIdentity() && identity) {
            setInfoMessage("The LSTM model does not beat the identity correction on its validation data ("
                    + model.validation() + "); the corrected columns repeat the base forecast");
        } else if (!model.beatsIdentity()) {
            setWarningMessage("The LSTM model does not beat the identity correction on its validation data ("
                    + model.validation() + "); its correction is applied anyway (fallBackToIdentity is off)");
        }
        if (!identity && !segments.isEmpty()) {
            exec.setProgress(0.1, "Predicting residuals of " + segments.size() + " forecast(s)");
            exec.checkCanceled();
            List<ResidualSeries> series = ResidualInputs.series(segments, null, (DataTable) inObjects[2], s,
                    model.config().useContext(), model.config().lookback());
            List<double[]> predicted = model.predictResiduals(series);
            for (int i = 0; i < segments.size(); i++) {
                int[] rows = segments.get(i).rows();
                for (int k = 0; k < rows.length; k++) {
                    residual[rows[k]] = predicted.get(i)[k];
                }
            }
        }
        List<String> sources = sourceColumns(base.getSpec(), forecastColumn);
        List<Column> columns = new ArrayList<>(base.getColumns());
        for (String source : sources) {
            Column in = base.getColumn(source);
            double[] out = new double[base.getRowCount()];
            for (int r = 0; r < out.length; r++) {
                out[r] = ForecastTables.number(in, r, ResidualInputs.BASE_TABLE, source) + residual[r];
            }
            columns.add(DoubleColumn.of(out));
        }
        exec.setProgress(1, identity
                ? "Identity correction (" + (model == null ? "no model" : "model does not beat it")
                        + ")"
                : "Corrected " + segments.size() + " forecast(s)");
        return new PortObject[] {new DataTable(spec, columns)};
    }
}
