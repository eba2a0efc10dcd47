package org.spikeflow.nodes.plot.internal.sweep;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.spikeflow.core.data.Column;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.ColumnChecks;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.plot.internal.common.Columns;
import org.spikeflow.nodes.plot.internal.common.PlotNodeModel;
import org.spikeflow.plot.Charts;
import org.spikeflow.plot.Figure;
import org.spikeflow.plot.Palettes;

/**
 * One panel per swept parameter with the traces of its neurons overlaid, coloured (viridis) by the parameter's value,
 * titled like single_neuron.py's figure: "Effect of Varying 'a' (Recovery time scale)".
 */
public class ParameterSweepPlotNodeModel extends PlotNodeModel<ParameterSweepPlotNodeSettings> {
    static final String TRACES = "traces table (input 0)";
    static final String PARAMETERS = "parameter table (input 1)";

    /** What each Izhikevich parameter means, for the panel titles. */
    static final Map<String, String> MEANINGS = Map.of("a", "Recovery time scale", "b", "Recovery sensitivity", "c",
            "Reset potential", "d", "Recovery reset increment", "I", "Input current", "v0", "Initial potential");

    public ParameterSweepPlotNodeModel() {
        super(ParameterSweepPlotNodeSettings.class, TableInput.required(TRACES), TableInput.required(PARAMETERS));
    }

    /** @return single_neuron.py's panel title for a parameter */
    public static String panelTitle(String parameter) {
        String meaning = MEANINGS.get(parameter);
        return "Effect of Varying '" + parameter + "'" + (meaning == null ? "" : " (" + meaning + ")");
    }

    @Override
    protected int[] defaultSize() {
        return new int[] {1000, 1800};
    }

    @Override
    protected void checkInputs(DataTableSpec[] in) throws InvalidSettingsException {
        ParameterSweepPlotNodeSettings s = getSettings();
        if (in[0] != null) {
            ColumnChecks.requireNumeric(in[0], TRACES, s.timeColumn, "time column");
            ColumnChecks.requireNumeric(in[0], TRACES, s.valueColumn, "value column");
            ColumnChecks.requireNumeric(in[0], TRACES, s.neuronColumn, "neuron column");
        }
        if (in[1] != null) {
            DataTableSpec params = in[1];
            if (!Columns.has(params, s.parameterColumn)) {
                if (s.sweptParameters.isEmpty()) {
                    throw new InvalidSettingsException("The " + PARAMETERS + " has no parameter column '"
                            + s.parameterColumn + "' and no swept parameters are set; its columns: "
                            + params.columnNames());
                }
                for (String p : s.sweptParameters) {
                    ColumnChecks.requireNumeric(params, PARAMETERS, p, "swept parameter column");
                }
            }
        }
    }

    @Override
    protected Figure draw(DataTable[] in, ExecutionContext exec) throws Exception {
        ParameterSweepPlotNodeSettings s = getSettings();
        DataTable traces = in[0];
        DataTable params = in[1];
        // neuron id -> parameter-table row
        Map<String, Integer> rowOfNeuron = new LinkedHashMap<>();
        boolean byColumn = Columns.has(params.getSpec(), s.neuronColumn);
        Column neuronIds = byColumn ? params.getColumn(s.neuronColumn) : null;
        for (int r = 0; r < params.getRowCount(); r++) {
            rowOfNeuron.put(byColumn ? neuronIds.format(r) : Integer.toString(r), r);
        }
        // parameter -> rows of the parameter table in that panel
        Map<String, List<Integer>> panelRows = new LinkedHashMap<>();
        if (Columns.has(params.getSpec(), s.parameterColumn)) {
            Column parameter = params.getColumn(s.parameterColumn);
            for (int r = 0; r < params.getRowCount(); r++) {
                panelRows.computeIfAbsent(parameter.format(r), k -> new ArrayList<>()).add(r);
            }
            for (String p : panelRows.keySet()) {
                ColumnChecks.requireNumeric(params.getSpec(), PARAMETERS, p, "column of the swept parameter");
            }
        } else {
            List<Integer> all = new ArrayList<>();
            for (int r = 0; r < params.getRowCount(); r++) {
                all.add(r);
            }
            for (String p : s.sweptParameters) {
                panelRows.put(p, all);
            }
        }
        Map<String, int[]> traceRows = Columns.groups(traces, s.neuronColumn, TRACES);
        Map<Integer, String> neuronOfRow = new LinkedHashMap<>();
        rowOfNeuron.forEach((neuron, row) -> neuronOfRow.put(row, neuron));

        List<JFreeChart> panels = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> panel : panelRows.entrySet()) {
            exec.checkCanceled();
            String parameter = panel.getKey();
            int[] rows = panel.getValue().stream().mapToInt(Integer::intValue).toArray();
            double[] values = Columns.finite(params, PARAMETERS, parameter, rows);
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            List<XYSeries> series = new ArrayList<>();
            List<Color> colors = new ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                int[] tr = traceRows.get(neuronOfRow.get(rows[i]));
                if (tr == null) {
                    continue; // a neuron whose trace was not recorded
                }
                series.add(Columns.series(parameter + " = " + format(values[i]), traces, TRACES, tr, s.timeColumn,
                        s.valueColumn));
                colors.add(Palettes.ordered(values[i], min, max));
            }
            if (series.isEmpty()) {
                throw new InvalidSettingsException("The " + TRACES + " has no trace of the neurons that vary '"
                        + parameter + "' (column '" + s.neuronColumn + "'; the parameter table's rows "
                        + neuronOfRow.values().stream().limit(5).toList() + "...)");
            }
            panels.add(Charts.lineChart(panelTitle(parameter), s.timeColumn, s.valueLabel, series,
                    colors.toArray(new Color[0])));
        }
        return new Figure(s.title, null, panels, 1);
    }

    static String format(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
