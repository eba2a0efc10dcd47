package org.spikeflow.nodes.forecast.internal.parameterupdate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableBuilder;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.data.DoubleColumn;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.node.NodeModel;
import org.spikeflow.core.port.PortObject;
import org.spikeflow.core.port.PortObjectSpec;
import org.spikeflow.core.port.PortType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.forecast.IzhikevichFitForecaster;
import org.spikeflow.izhikevich.NeuronParameters;
import org.spikeflow.nodes.forecast.internal.common.Traces;
import org.spikeflow.nodes.forecast.internal.common.Traces.Series;

/**
 * Computes the next cycle's parameter table (a, b, c, d, I, v0, u0 per neuron) from the Izhikevich Simulator's summary
 * (its parameters and final state), the forecast (seed rule) or the actual trace (refit), and pushes the first neuron's
 * new a, b, c, d and I as flow variables.
 */
public class ParameterUpdateNodeModel extends NodeModel<ParameterUpdateNodeSettings> {

    static final String NEURON = "Neuron";
    static final String FINAL_V = "Final v (mV)";
    static final String FINAL_U = "Final u";
    static final String[] PARAMETERS = {"a", "b", "c", "d", "I"};
    /** The output: what the simulator reads from a parameter table. */
    static final DataTableSpec OUT_SPEC = DataTableSpec.of("a", DataType.DOUBLE, "b", DataType.DOUBLE, "c",
            DataType.DOUBLE, "d", DataType.DOUBLE, "I", DataType.DOUBLE, "v0", DataType.DOUBLE, "u0", DataType.DOUBLE);

    public ParameterUpdateNodeModel() {
        super(new PortType[] {DataTable.TYPE, DataTable.TYPE_OPTIONAL, DataTable.TYPE_OPTIONAL},
                new PortType[] {DataTable.TYPE}, ParameterUpdateNodeSettings.class);
    }

    @Override
    protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        if (inSpecs[0] != null) {
            checkSummary((DataTableSpec) inSpecs[0]);
        }
        ParameterUpdateNodeSettings s = getSettings();
        if (s.rule == UpdateRule.CURRENT_FROM_FORECAST && inSpecs[1] != null) {
            forecastColumn((DataTableSpec) inSpecs[1]);
        }
        if (s.rule == UpdateRule.REFIT && inSpecs[2] != null) {
            Traces.checkSpec((DataTableSpec) inSpecs[2], "actual trace (input 2)", s.timeColumn, s.valueColumn,
                    s.seriesColumn);
        }
        for (String name : PARAMETERS) {
            pushFlowVariableDouble(name, Double.NaN); // declared at configure so downstream settings can bind them
        }
        return new PortObjectSpec[] {OUT_SPEC};
    }

    private static void checkSummary(DataTableSpec spec) throws InvalidSettingsException {
        for (String name : new String[] {"a", "b", "c", "d", "I", FINAL_V, FINAL_U}) {
            int index = spec.findColumnIndex(name);
            if (index < 0 || !spec.getColumnSpec(index).type().isNumeric()) {
                throw new InvalidSettingsException("The simulation summary (input 0) needs a numeric column '" + name
                        + "' (connect the Izhikevich Simulator's summary output); its columns: "
                        + spec.columnNames());
            }
        }
    }

    private String forecastColumn(DataTableSpec forecast) throws InvalidSettingsException {
        String column = getSettings().forecastColumn;
        if (column.isBlank()) {
            List<Traces.ModelColumns> models = Traces.detectModels(forecast);
            if (models.isEmpty()) {
                throw new InvalidSettingsException("The forecast table (input 1) has no model column (a column M with"
                        + " M-lo-L and M-hi-L companions); set 'forecastColumn'. Its columns: "
                        + forecast.columnNames());
            }
            return models.get(0).name();
        }
        int index = forecast.findColumnIndex(column);
        if (index < 0 || !forecast.getColumnSpec(index).type().isNumeric()) {
            throw new InvalidSettingsException("Setting 'forecastColumn': the forecast table (input 1) has no numeric"
                    + " column '" + column + "'; its columns: " + forecast.columnNames());
        }
        return column;
    }

    @Override
    protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
        ParameterUpdateNodeSettings s = getSettings();
        DataTable summary = (DataTable) inObjects[0];
        checkSummary(summary.getSpec());
        int neurons = summary.getRowCount();
        if (neurons == 0) {
            throw new IllegalArgumentException("The simulation summary (input 0) has no rows");
        }
        Map<String, Series> byNeuron = switch (s.rule) {
            case CURRENT_FROM_FORECAST -> seriesByNeuron(require(inObjects[1], "forecast table (input 1)", "seed"),
                    "forecast table (input 1)", forecastColumn(((DataTable) inObjects[1]).getSpec()), neurons);
            case REFIT -> seriesByNeuron(require(inObjects[2], "actual trace (input 2)", "refit"),
                    "actual trace (input 2)", s.valueColumn, neurons);
            case KEEP -> Map.of();
        };
        Column ids = summary.getSpec().containsColumn(NEURON) ? summary.getColumn(NEURON) : null;
        DataTableBuilder out = new DataTableBuilder(OUT_SPEC);
        double[] first = null;
        for (int row = 0; row < neurons; row++) {
            exec.checkCanceled();
            exec.setProgress((double) row / neurons, "Neuron " + (row + 1) + " of " + neurons);
            double[] p = new double[PARAMETERS.length];
            for (int k = 0; k < p.length; k++) {
                p[k] = summary.getDoubleColumn(PARAMETERS[k]).get(row);
            }
            String key = neurons == 1 ? null : String.valueOf(ids == null ? row : ids.getObject(row));
            Series series = s.rule == UpdateRule.KEEP ? null : byNeuron.get(key == null ? "" : key);
            if (s.rule != UpdateRule.KEEP && series == null) {
                throw new IllegalArgumentException("No "
                        + (s.rule == UpdateRule.CURRENT_FROM_FORECAST ? "forecast" : "actual trace")
                        + " rows for neuron "
                        + key + " (matched by the '" + s.seriesColumn + "' column)");
            }
            if (s.rule == UpdateRule.CURRENT_FROM_FORECAST) {
                p[4] = seedCurrent(series.values(), s.gain, s.offset);
            } else if (s.rule == UpdateRule.REFIT) {
                p = refit(series, p, key);
            }
            double v0 = s.continueState ? summary.getDoubleColumn(FINAL_V).get(row) : s.restartPotential;
            double u0 = s.continueState ? summary.getDoubleColumn(FINAL_U).get(row) : p[1] * v0;
            out.appendRow(p[0], p[1], p[2], p[3], p[4], v0, u0);
            if (first == null) {
                first = p;
            }
        }
        for (int k = 0; k < PARAMETERS.length; k++) {
            pushFlowVariableDouble(PARAMETERS[k], first[k]);
        }
        return new PortObject[] {out.build()};
    }

    private static DataTable require(PortObject input, String what, String rule) {
        if (input == null) {
            throw new IllegalArgumentException("Rule '" + rule + "' needs the " + what + ": connect it");
        }
        return (DataTable) input;
    }

    /** @return the series of {@code valueColumn} keyed by neuron ("" for a table without a series column) */
    private Map<String, Series> seriesByNeuron(DataTable table, String what, String valueColumn, int neurons)
            throws InvalidSettingsException {
        ParameterUpdateNodeSettings s = getSettings();
        Traces.checkSpec(table.getSpec(), what, s.timeColumn, valueColumn, s.seriesColumn);
        boolean hasSeries = table.getSpec().containsColumn(s.seriesColumn);
        if (!hasSeries && neurons > 1) {
            throw new IllegalArgumentException("The " + what + " has no '" + s.seriesColumn + "' column but the"
                    + " summary has " + neurons + " neurons: which rows belong to which neuron?");
        }
        Map<String, Series> map = new HashMap<>();
        for (Series series : Traces.read(table, s.timeColumn, valueColumn, s.seriesColumn)) {
            map.put(neurons == 1 ? "" : series.label(), series);
        }
        return map;
    }

    /** The seed's update_neuron_parameters: I = mean(|forecast|)·gain + offset. */
    static double seedCurrent(double[] forecast, double gain, double offset) {
        if (forecast.length == 0) {
            throw new IllegalArgumentException("The forecast has no values");
        }
        double sum = 0;
        for (double x : forecast) {
            sum += Math.abs(x);
        }
        return sum / forecast.length * gain + offset;
    }

    private double[] refit(Series series, double[] current, String key) {
        ParameterUpdateNodeSettings s = getSettings();
        NeuronParameters template = NeuronParameters.of(current[0], current[1], current[2], current[3]);
        IzhikevichFitForecaster.FittedNeuron fit;
        try {
            fit = IzhikevichFitForecaster.builder().template(template)
                    .timeLimitMillis(Math.round(s.fitTimeLimitSeconds * 1000)).build()
                    .fit(series.values(), s.dt(series));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Refit of neuron " + (key == null ? "0" : key) + " failed: "
                    + e.getMessage(), e);
        }
        NeuronParameters p = fit.parameters();
        getLogger().info("Refit " + (key == null ? "" : "of neuron " + key + " ") + fit.describe());
        return new double[] {p.a(), p.b(), p.c(), p.d(), fit.current()};
    }
}
