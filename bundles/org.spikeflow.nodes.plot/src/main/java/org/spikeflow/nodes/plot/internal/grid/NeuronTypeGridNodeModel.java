package org.spikeflow.nodes.plot.internal.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
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

/** Small multiples: one trace panel per neuron (or preset), all with the same y range. */
public class NeuronTypeGridNodeModel extends PlotNodeModel<NeuronTypeGridNodeSettings> {
    static final String TRACES = "traces table (input 0)";
    static final String LABELS = "labels table (input 1)";

    public NeuronTypeGridNodeModel() {
        super(NeuronTypeGridNodeSettings.class, TableInput.required(TRACES), TableInput.optional(LABELS));
    }

    @Override
    protected int[] defaultSize() {
        return new int[] {1200, 1500};
    }

    @Override
    protected void checkInputs(DataTableSpec[] in) throws InvalidSettingsException {
        NeuronTypeGridNodeSettings s = getSettings();
        if (in[0] != null) {
            ColumnChecks.requireNumeric(in[0], TRACES, s.timeColumn, "time column");
            ColumnChecks.requireNumeric(in[0], TRACES, s.valueColumn, "value column");
            ColumnChecks.requireColumn(in[0], TRACES, s.panelColumn, "panel column");
        }
        if (in[1] != null) {
            ColumnChecks.requireColumn(in[1], LABELS, s.panelColumn, "panel column");
            ColumnChecks.requireColumn(in[1], LABELS, s.labelColumn, "label column");
        }
    }

    @Override
    protected Figure draw(DataTable[] in, ExecutionContext exec) throws Exception {
        NeuronTypeGridNodeSettings s = getSettings();
        DataTable traces = in[0];
        DataTable labels = in[1];
        // panel titles from the labels table, else from the traces' own label column, else none
        DataTable titleSource = labels != null
                ? labels
                : Columns.has(traces.getSpec(), s.labelColumn) ? traces : null;
        Map<String, String> titles = new HashMap<>();
        if (titleSource != null) {
            Column key = titleSource.getColumn(s.panelColumn);
            Column label = titleSource.getColumn(s.labelColumn);
            for (int r = 0; r < titleSource.getRowCount(); r++) {
                titles.putIfAbsent(key.format(r), label.format(r));
            }
        }
        List<JFreeChart> panels = new ArrayList<>();
        int index = 0;
        for (Map.Entry<String, int[]> group : Columns.groups(traces, s.panelColumn, TRACES).entrySet()) {
            exec.checkCanceled();
            String title = titles.getOrDefault(group.getKey(), s.panelColumn + " " + group.getKey());
            XYSeries series = Columns.series(title, traces, TRACES, group.getValue(), s.timeColumn, s.valueColumn);
            // one series per panel: the panel title names it, colours tell panels apart
            JFreeChart chart = Charts.lineChart(title, s.timeColumn, s.valueLabel, List.of(series),
                    new java.awt.Color[] {Palettes.qualitative(index++)});
            ((XYPlot) chart.getPlot()).getRangeAxis().setRange(s.yMin, s.yMax);
            panels.add(chart);
        }
        return new Figure(s.title, null, panels, s.columns);
    }
}
