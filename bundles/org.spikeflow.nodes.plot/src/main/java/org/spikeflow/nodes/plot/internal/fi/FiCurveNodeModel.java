package org.spikeflow.nodes.plot.internal.fi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

/** Firing rate against input current, one row per neuron (the simulator's summary of a current sweep). */
public class FiCurveNodeModel extends PlotNodeModel<FiCurveNodeSettings> {
    static final String SUMMARY = "summary table (input 0)";

    public FiCurveNodeModel() {
        super(FiCurveNodeSettings.class, TableInput.required(SUMMARY));
    }

    @Override
    protected void checkInputs(DataTableSpec[] in) throws InvalidSettingsException {
        FiCurveNodeSettings s = getSettings();
        if (in[0] != null) {
            ColumnChecks.requireNumeric(in[0], SUMMARY, s.currentColumn, "current column");
            ColumnChecks.requireNumeric(in[0], SUMMARY, s.rateColumn, "rate column");
        }
    }

    @Override
    protected Figure draw(DataTable[] in, ExecutionContext exec) throws Exception {
        FiCurveNodeSettings s = getSettings();
        DataTable table = in[0];
        List<XYSeries> series = new ArrayList<>();
        for (Map.Entry<String, int[]> g : Columns.groups(table, s.groupColumn, SUMMARY).entrySet()) {
            series.add(Columns.series(g.getKey().isEmpty() ? s.rateColumn : g.getKey(), table, SUMMARY, g.getValue(),
                    s.currentColumn, s.rateColumn));
        }
        XYPlot plot = new XYPlot(Charts.collection(series), Charts.axis(s.currentLabel, false),
                Charts.axis(s.rateColumn, true), Charts.linesWithMarkers(Charts.qualitative(series.size())));
        return Figure.of(s.title, Charts.chart(null, plot, null));
    }
}
