package org.spikeflow.nodes.plot.internal.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataTableSpec;
import org.spikeflow.core.node.ColumnChecks;
import org.spikeflow.core.node.ExecutionContext;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.plot.internal.common.Columns;
import org.spikeflow.nodes.plot.internal.common.PlotNodeModel;
import org.spikeflow.plot.Charts;
import org.spikeflow.plot.Figure;

/** Metrics per cycle of a loop (e.g. MAE of base and corrected forecast), one panel per metric. */
public class LoopSummaryNodeModel extends PlotNodeModel<LoopSummaryNodeSettings> {
    static final String METRICS = "metrics table (input 0)";

    public LoopSummaryNodeModel() {
        super(LoopSummaryNodeSettings.class, TableInput.required(METRICS));
    }

    @Override
    protected void checkInputs(DataTableSpec[] in) throws InvalidSettingsException {
        LoopSummaryNodeSettings s = getSettings();
        if (s.metricColumns == null || s.metricColumns.isEmpty()) {
            throw new InvalidSettingsException("No metric columns are set");
        }
        if (in[0] != null) {
            ColumnChecks.requireNumeric(in[0], METRICS, s.cycleColumn, "cycle column");
            for (String m : s.metricColumns) {
                ColumnChecks.requireNumeric(in[0], METRICS, m, "metric column");
            }
        }
    }

    @Override
    protected Figure draw(DataTable[] in, ExecutionContext exec) throws Exception {
        LoopSummaryNodeSettings s = getSettings();
        DataTable table = in[0];
        Map<String, int[]> groups = Columns.groups(table, s.groupColumn, METRICS);
        List<JFreeChart> panels = new ArrayList<>();
        for (String metric : s.metricColumns) {
            List<XYSeries> series = new ArrayList<>();
            for (Map.Entry<String, int[]> g : groups.entrySet()) {
                series.add(Columns.series(g.getKey().isEmpty() ? metric : g.getKey(), table, METRICS, g.getValue(),
                        s.cycleColumn, metric));
            }
            // the column's name when it says what it is; "Cycle (Iteration)" when it is only the loop's counter
            NumberAxis cycles = Charts.axis(s.cycleColumn.equalsIgnoreCase("Cycle")
                    ? s.cycleColumn
                    : "Cycle (" + s.cycleColumn + ")", false);
            cycles.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            XYPlot plot = new XYPlot(Charts.collection(series), cycles, Charts.axis(metric, true),
                    Charts.linesWithMarkers(Charts.qualitative(series.size())));
            panels.add(Charts.chart(s.metricColumns.size() > 1 ? metric : null, plot, null));
        }
        return new Figure(s.title, null, panels, 1);
    }
}
