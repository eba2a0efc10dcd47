package org.spikeflow.nodes.plot.internal.isi;

import java.util.Arrays;
import java.util.Map;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.statistics.HistogramDataset;
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

/** Histogram of the inter-spike intervals of every neuron's spike train, pooled. */
public class IsiHistogramNodeModel extends PlotNodeModel<IsiHistogramNodeSettings> {
    static final String SPIKES = "spike table (input 0)";

    public IsiHistogramNodeModel() {
        super(IsiHistogramNodeSettings.class, TableInput.required(SPIKES));
    }

    @Override
    protected void checkInputs(DataTableSpec[] in) throws InvalidSettingsException {
        if (in[0] != null) {
            ColumnChecks.requireNumeric(in[0], SPIKES, getSettings().timeColumn, "spike time column");
        }
    }

    /** @return the intervals between consecutive spikes of each neuron (max-ISI filter applied) */
    double[] intervals(DataTable spikes) throws InvalidSettingsException {
        IsiHistogramNodeSettings s = getSettings();
        double[] all = new double[spikes.getRowCount()];
        int count = 0;
        for (int[] rows : Columns.groups(spikes, s.neuronColumn, SPIKES).values()) {
            double[] t = Columns.finite(spikes, SPIKES, s.timeColumn, rows);
            Arrays.sort(t);
            for (int i = 1; i < t.length; i++) {
                double isi = t[i] - t[i - 1];
                if (s.maxIsi <= 0 || isi <= s.maxIsi) {
                    all[count++] = isi;
                }
            }
        }
        return Arrays.copyOf(all, count);
    }

    @Override
    protected Figure draw(DataTable[] in, ExecutionContext exec) throws Exception {
        IsiHistogramNodeSettings s = getSettings();
        DataTable spikes = in[0];
        double[] isi = intervals(spikes);
        if (isi.length == 0) {
            throw new InvalidSettingsException("The " + SPIKES + " has no neuron with two or more spikes (column '"
                    + s.timeColumn + "'" + (s.maxIsi > 0 ? ", intervals up to " + s.maxIsi + " ms" : "")
                    + "): there are no intervals to plot");
        }
        Map<String, int[]> neurons = Columns.groups(spikes, s.neuronColumn, SPIKES);
        HistogramDataset dataset = new HistogramDataset();
        double min = Arrays.stream(isi).min().getAsDouble();
        double max = Arrays.stream(isi).max().getAsDouble();
        if (max <= min) {
            max = min + 1;
        }
        dataset.addSeries("ISI", isi, s.bins, 0, max);
        XYBarRenderer renderer = new XYBarRenderer(0.05);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, Palettes.viridis(0.35));
        XYPlot plot = new XYPlot(dataset, Charts.axis("Inter-spike interval (ms)", true),
                Charts.axis("Count", true), renderer);
        String subtitle = String.format(java.util.Locale.ROOT, "%,d intervals from %,d neuron(s); mean %.2f ms",
                isi.length, neurons.size(), Arrays.stream(isi).average().getAsDouble());
        return new Figure(s.title, subtitle, java.util.List.of(Charts.chart(null, plot, false)), 1);
    }
}
