package org.spikeflow.nodes.plot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.spikeflow.nodes.plot.tests.Harness.TIME;
import static org.spikeflow.nodes.plot.tests.Harness.V;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.statistics.HistogramDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.spikeflow.core.data.DataTable;
import org.spikeflow.core.data.DataType;
import org.spikeflow.core.settings.InvalidSettingsException;
import org.spikeflow.nodes.plot.internal.comparison.ComparisonPlotterNodeFactory;
import org.spikeflow.nodes.plot.internal.fi.FiCurveNodeFactory;
import org.spikeflow.nodes.plot.internal.grid.NeuronTypeGridNodeFactory;
import org.spikeflow.nodes.plot.internal.isi.IsiHistogramNodeFactory;
import org.spikeflow.nodes.plot.internal.loop.LoopSummaryNodeFactory;
import org.spikeflow.nodes.plot.internal.phase.PhasePlaneNodeFactory;
import org.spikeflow.nodes.plot.internal.raster.SpikeRasterNodeFactory;
import org.spikeflow.nodes.plot.internal.sweep.ParameterSweepPlotNodeFactory;
import org.spikeflow.plot.Figure;
import org.spikeflow.plot.PhasePlaneChart;
import org.spikeflow.plot.SpikeRasterPlot;
import org.spikeflow.testing.NodeTesting;

/** The data each chart holds (series names, point counts, ranges) against the input tables. */
class ChartDataTest {
    static final String[] TYPES = {"Regular_Spiking_RS", "Intrinsically_Bursting_IB", "Chattering_CH",
            "Fast_Spiking_FS", "Low-Threshold_Spiking_LTS", "Phasic_Spiking", "Spike_Latency", "Rebound_Spiking",
            "Rebound_Burst", "Bistable", "Mixed_Mode", "Threshold_Variability"};

    static XYSeriesCollection lines(JFreeChart chart) {
        return (XYSeriesCollection) ((XYPlot) chart.getPlot()).getDataset(0);
    }

    /** The seed's RS trace as simulation and a forecast over its last 200 points (the seed's TimeGPT values). */
    static DataTable[] forecastFixture(boolean corrected) throws Exception {
        DataTable sim = Harness.csv("Regular_Spiking_RS.csv");
        double[] t = sim.getDoubleColumn(TIME).toArray();
        double[] v = sim.getDoubleColumn(V).toArray();
        DataTable seed = Harness.csv("forecast_Regular_Spiking_RS_numeric.csv");
        double[] base = seed.getDoubleColumn("TimeGPT").toArray();
        double[] ft = Arrays.copyOfRange(t, 600, 800);
        List<Object> cols = new ArrayList<>(List.of(TIME, DataType.DOUBLE, ft, "TimeGPT", DataType.DOUBLE, base));
        for (String c : new String[] {"TimeGPT-hi-80", "TimeGPT-hi-90", "TimeGPT-lo-80", "TimeGPT-lo-90"}) {
            cols.addAll(List.of(c, DataType.DOUBLE, seed.getDoubleColumn(c).toArray()));
        }
        if (corrected) {
            // a corrected forecast halfway between base and actual
            double[] c = new double[200];
            for (int i = 0; i < 200; i++) {
                c[i] = (base[i] + v[600 + i]) / 2;
            }
            cols.addAll(List.of("TimeGPT-corrected", DataType.DOUBLE, c));
        }
        return new DataTable[] {Harness.table(cols.toArray()), sim};
    }

    /**
     * Forecast times a few ulps off the simulation's sample times (a forecaster adding k·dt to the last context time,
     * against a simulation on numpy.linspace, as in the forecasting example) still pair with the simulation samples:
     * every sample of the window is in the actual continuation, none of them in the context.
     */
    @Test
    void comparisonPairsForecastTimesThatDifferByRoundOff() throws Exception {
        DataTable[] in = forecastFixture(false);
        double[] t = in[1].getDoubleColumn(TIME).toArray();
        double[] v = in[1].getDoubleColumn(V).toArray();
        for (int ulps : new int[] {-2, 2}) {
            List<Object> cols = new ArrayList<>();
            for (String name : in[0].getSpec().columnNames()) {
                double[] values = in[0].getDoubleColumn(name).toArray();
                if (name.equals(TIME)) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = t[600 + i] + ulps * Math.ulp(t[600 + i]);
                    }
                }
                cols.addAll(List.of(name, DataType.DOUBLE, values));
            }
            Figure f = Harness.figure(NodeTesting.node(new ComparisonPlotterNodeFactory(), "{'name':'RS'}"),
                    Harness.table(cols.toArray()), in[1], null);
            XYSeriesCollection lines = lines(f.getPanels().get(0));
            assertEquals(200, lines.getSeries(1).getItemCount(), ulps + " ulps: the actual continuation");
            assertEquals(t[600], lines.getSeries(1).getMinX(), 0, ulps + " ulps: first actual sample");
            assertEquals(t[799], lines.getSeries(1).getMaxX(), 0, ulps + " ulps: last actual sample");
            assertEquals(v[799], lines.getSeries(1).getY(199).doubleValue(), 0);
            assertEquals(t[599], lines.getSeries(0).getMaxX(), 0, ulps + " ulps: the context ends before");
            assertTrue(f.getSubtitle().endsWith(" 200 points"), f.getSubtitle());
        }
    }

    @Test
    void comparisonHoldsContextActualForecastBandsAndCorrected() throws Exception {
        DataTable[] in = forecastFixture(true);
        Figure f = Harness.figure(NodeTesting.node(new ComparisonPlotterNodeFactory(),
                "{'name':'RS','contextPoints':150,'showWholeSimulation':true}"), in[0], in[1], null);
        assertEquals(2, f.getPanels().size(), "forecast panel and whole-simulation panel");
        XYPlot plot = (XYPlot) f.getPanels().get(0).getPlot();
        XYSeriesCollection lines = (XYSeriesCollection) plot.getDataset(0);
        assertEquals(List.of("Context", "Actual", "TimeGPT forecast", "Corrected forecast"),
                lines.getSeries().stream().map(s -> ((org.jfree.data.xy.XYSeries) s).getKey()).toList());
        double[] t = in[1].getDoubleColumn(TIME).toArray();
        double[] v = in[1].getDoubleColumn(V).toArray();
        assertEquals(150, lines.getSeries(0).getItemCount(), "last 150 points before the forecast");
        assertEquals(t[450], lines.getSeries(0).getMinX(), 0);
        assertEquals(t[599], lines.getSeries(0).getMaxX(), 0);
        assertEquals(200, lines.getSeries(1).getItemCount(), "actual continuation = simulation in the window");
        assertEquals(v[700], lines.getSeries(1).getY(100).doubleValue(), 0);
        double[] base = in[0].getDoubleColumn("TimeGPT").toArray();
        assertEquals(Arrays.stream(base).min().getAsDouble(), lines.getSeries(2).getMinY(), 0);
        assertEquals(Arrays.stream(base).max().getAsDouble(), lines.getSeries(2).getMaxY(), 0);
        YIntervalSeriesCollection bands = (YIntervalSeriesCollection) plot.getDataset(1);
        assertEquals(2, bands.getSeriesCount());
        assertEquals("TimeGPT forecast 90% interval", bands.getSeriesKey(0), "widest band first");
        assertEquals(in[0].getDoubleColumn("TimeGPT-lo-90").get(17), bands.getStartYValue(0, 17), 0);
        assertEquals(in[0].getDoubleColumn("TimeGPT-hi-80").get(42), bands.getEndYValue(1, 42), 0);
        assertEquals(800, lines(f.getPanels().get(1)).getSeries(0).getItemCount(), "whole simulation");

        // subtitle metrics computed independently
        double mae = 0;
        int inside80 = 0;
        double[] lo80 = in[0].getDoubleColumn("TimeGPT-lo-80").toArray();
        double[] hi80 = in[0].getDoubleColumn("TimeGPT-hi-80").toArray();
        for (int i = 0; i < 200; i++) {
            mae += Math.abs(base[i] - v[600 + i]);
            inside80 += v[600 + i] >= lo80[i] && v[600 + i] <= hi80[i] ? 1 : 0;
        }
        String subtitle = f.getSubtitle();
        assertTrue(subtitle.startsWith(String.format(java.util.Locale.ROOT, "MAE %.3g (corrected %.3g)", mae / 200,
                mae / 400)), subtitle);
        assertTrue(subtitle.contains(String.format(java.util.Locale.ROOT, "80%% coverage %.2f", inside80 / 200.0)),
                subtitle);
        assertEquals("RS: forecast vs. simulation", f.getTitle());
    }

    @Test
    void neuronTypeGridHasOnePanelPerTypeWithSharedRange() throws Exception {
        List<Object> time = new ArrayList<>();
        List<Object> value = new ArrayList<>();
        List<Object> neuron = new ArrayList<>();
        for (int k = 0; k < TYPES.length; k++) {
            DataTable t = Harness.csv(TYPES[k] + ".csv");
            for (int r = 0; r < t.getRowCount(); r++) {
                time.add(t.getDoubleColumn(TIME).get(r));
                value.add(t.getDoubleColumn(V).get(r));
                neuron.add(k);
            }
        }
        DataTable traces = Harness.table(TIME, DataType.DOUBLE, time.toArray(), V, DataType.DOUBLE, value.toArray(),
                "Neuron", DataType.INT, neuron.toArray());
        int[] ids = new int[TYPES.length];
        Arrays.setAll(ids, i -> i);
        DataTable labels = Harness.table("Neuron", DataType.INT, ids, "Label", DataType.STRING, TYPES);
        Figure f = Harness.figure(NodeTesting.node(new NeuronTypeGridNodeFactory(), null), traces, labels);
        assertEquals(12, f.getPanels().size());
        assertEquals(2, f.getColumns());
        assertEquals(6, f.getRows());
        for (int k = 0; k < TYPES.length; k++) {
            JFreeChart panel = f.getPanels().get(k);
            assertEquals(TYPES[k], panel.getTitle().getText());
            assertEquals(800, lines(panel).getSeries(0).getItemCount());
            XYPlot plot = (XYPlot) panel.getPlot();
            assertEquals(-80, plot.getRangeAxis().getLowerBound(), 0);
            assertEquals(35, plot.getRangeAxis().getUpperBound(), 0);
            assertEquals(Arrays.stream(Harness.csv(TYPES[k] + ".csv").getDoubleColumn(V).toArray()).max()
                    .getAsDouble(), lines(panel).getSeries(0).getMaxY(), 0);
        }
    }

    @Test
    void parameterSweepHasOnePanelPerParameterColouredByValue() throws Exception {
        // one-at-a-time: rows 0-2 vary a, rows 3-5 vary I (as the Parameter Sweep Generator lays them out)
        String[] parameter = {"a", "a", "a", "I", "I", "I"};
        double[] a = {0.02, 0.05, 0.08, 0.02, 0.02, 0.02};
        double[] current = {10, 10, 10, 5, 10, 15};
        DataTable params = Harness.table("Parameter", DataType.STRING, parameter, "a", DataType.DOUBLE, a, "I",
                DataType.DOUBLE, current);
        List<Object> time = new ArrayList<>();
        List<Object> value = new ArrayList<>();
        List<Object> neuron = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            for (int i = 0; i < 50; i++) {
                time.add(i * 0.5);
                value.add(-65.0 + n + Math.sin(i));
                neuron.add(n);
            }
        }
        DataTable traces = Harness.table(TIME, DataType.DOUBLE, time.toArray(), V, DataType.DOUBLE, value.toArray(),
                "Neuron", DataType.INT, neuron.toArray());
        Figure f = Harness.figure(NodeTesting.node(new ParameterSweepPlotNodeFactory(), null), traces, params);
        assertEquals(2, f.getPanels().size());
        assertEquals("Effect of Varying 'a' (Recovery time scale)", f.getPanels().get(0).getTitle().getText());
        assertEquals("Effect of Varying 'I' (Input current)", f.getPanels().get(1).getTitle().getText());
        XYSeriesCollection iPanel = lines(f.getPanels().get(1));
        assertEquals(3, iPanel.getSeriesCount());
        assertEquals("I = 5", iPanel.getSeriesKey(0));
        assertEquals("I = 15", iPanel.getSeriesKey(2));
        assertEquals(50, iPanel.getSeries(2).getItemCount());
        assertEquals(-65 + 5 + Math.sin(3), iPanel.getSeries(2).getY(3).doubleValue(), 1e-12, "neuron 5's trace");
        XYItemRenderer r = ((XYPlot) f.getPanels().get(1).getPlot()).getRenderer();
        java.awt.Color low = (java.awt.Color) r.getSeriesPaint(0);
        java.awt.Color high = (java.awt.Color) r.getSeriesPaint(2);
        assertNotEquals(low, high);
        assertTrue(brightness(low) < brightness(high), "viridis: smallest value darkest");
    }

    private static double brightness(java.awt.Color c) {
        return 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
    }

    @Test
    void phasePlaneHasTrajectoryNullclinesAndCutoffWithParametersFromTable() throws Exception {
        double[] t = Harness.range(0, 0.5, 100);
        double[] v = new double[100];
        double[] u = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = -70 + 40 * Math.sin(i / 10.0);
            u[i] = -14 + 3 * Math.cos(i / 10.0);
        }
        DataTable traces = Harness.table(TIME, DataType.DOUBLE, t, V, DataType.DOUBLE, v, "u", DataType.DOUBLE, u);
        DataTable params = Harness.table("b", DataType.DOUBLE, new double[] {0.25}, "c", DataType.DOUBLE,
                new double[] {-55}, "I", DataType.DOUBLE, new double[] {4});
        Figure f = Harness.figure(NodeTesting.node(new PhasePlaneNodeFactory(), null), traces, params);
        XYSeriesCollection s = lines(f.getPanels().get(0));
        assertEquals(List.of(PhasePlaneChart.TRAJECTORY, PhasePlaneChart.V_NULLCLINE, PhasePlaneChart.U_NULLCLINE,
                "Spike cutoff (v = 30 mV)"),
                s.getSeries().stream().map(x -> ((org.jfree.data.xy.XYSeries) x)
                        .getKey()).toList());
        assertEquals(100, s.getSeries(0).getItemCount());
        assertEquals(v[37], s.getSeries(0).getX(37).doubleValue(), 0);
        assertEquals(u[37], s.getSeries(0).getY(37).doubleValue(), 0);
        for (int i = 0; i < s.getSeries(1).getItemCount(); i += 50) {
            double x = s.getSeries(1).getX(i).doubleValue();
            assertEquals(0.04 * x * x + 5 * x + 140 + 4, s.getSeries(1).getY(i).doubleValue(), 1e-9, "v-nullcline");
            assertEquals(0.25 * x, s.getSeries(2).getY(i).doubleValue(), 1e-12, "u-nullcline from the table's b");
        }
        assertEquals(30, s.getSeries(3).getMinX(), 0);
        assertEquals(30, s.getSeries(3).getMaxX(), 0);
        assertTrue(s.getSeries(1).getMinX() <= -110 + 1e-9, "nullclines reach below the trajectory and c");
    }

    @Test
    void phasePlaneOfTheAccommodationFormHasTheVerticalUNullcline() throws Exception {
        double[] t = Harness.range(0, 0.5, 50);
        double[] v = new double[50];
        double[] u = new double[50];
        for (int i = 0; i < 50; i++) {
            v[i] = -70 + 0.2 * i;
            u[i] = -10 + 0.1 * i;
        }
        DataTable traces = Harness.table(TIME, DataType.DOUBLE, t, V, DataType.DOUBLE, v, "u", DataType.DOUBLE, u);
        Figure f = Harness
                .figure(NodeTesting.node(new PhasePlaneNodeFactory(), "{'recovery': 'accommodation', 'b': 0.26,"
                        + " 'current': 0}"), traces, null);
        XYSeriesCollection s = lines(f.getPanels().get(0));
        // u' = a·b·(v + 65) (Izhikevich 2004, Fig. 1 R) vanishes on the line v = -65, whatever u
        assertEquals(2, s.getSeries(2).getItemCount());
        assertEquals(-65, s.getSeries(2).getMinX(), 0);
        assertEquals(-65, s.getSeries(2).getMaxX(), 0);
        assertTrue(s.getSeries(2).getMinY() < -10 && s.getSeries(2).getMaxY() > -5.1, "spans the plotted u range");
        double x = s.getSeries(1).getX(123).doubleValue();
        assertEquals(0.04 * x * x + 5 * x + 140, s.getSeries(1).getY(123).doubleValue(), 1e-9, "v-nullcline");
        assertThrows(InvalidSettingsException.class,
                () -> NodeTesting.node(new PhasePlaneNodeFactory(), "{'recovery': 'adaptive'}"));
    }

    @Test
    void rasterKeepsEverySpikeInArraysAndDrawsThem() throws Exception {
        int n = 5000;
        int[] neuron = new int[n];
        double[] time = new double[n];
        for (int i = 0; i < n; i++) {
            neuron[i] = i % 1000;
            time[i] = (i * 7919) % 1000 * 0.5;
        }
        DataTable spikes = Harness.table("Neuron", DataType.INT, neuron, "Spike time (ms)", DataType.DOUBLE, time);
        Figure f = Harness.figure(NodeTesting.node(new SpikeRasterNodeFactory(), null), spikes);
        SpikeRasterPlot plot = (SpikeRasterPlot) f.getPanels().get(0).getPlot();
        assertEquals(n, plot.getSpikeCount());
        assertEquals(-0.5, plot.getRangeAxis().getLowerBound(), 0);
        assertEquals(999.5, plot.getRangeAxis().getUpperBound(), 0);
        assertEquals(Arrays.stream(time).max().getAsDouble(), plot.getDomainAxis().getUpperBound(), 1e-9);
        assertEquals(time[123], plot.getData()[0][123], 1e-4);
        assertEquals("5,000 spikes of 1,000 neurons", f.getSubtitle());
    }

    @Test
    void fiCurveSortsByCurrentPerGroup() throws Exception {
        DataTable summary = Harness.table("I", DataType.DOUBLE, new double[] {10, 0, 5, 10, 0, 5}, "Firing rate (Hz)",
                DataType.DOUBLE, new double[] {40, 0, 20, 80, 0, 50}, "Label", DataType.STRING,
                new String[] {"RS", "RS", "RS", "FS", "FS", "FS"});
        Figure f = Harness.figure(NodeTesting.node(new FiCurveNodeFactory(), "{'groupColumn':'Label'}"), summary);
        XYSeriesCollection s = lines(f.getPanels().get(0));
        assertEquals(2, s.getSeriesCount());
        assertEquals("RS", s.getSeriesKey(0));
        assertEquals(3, s.getSeries(1).getItemCount());
        assertEquals(0, s.getSeries(1).getX(0).doubleValue(), 0);
        assertEquals(50, s.getSeries(1).getY(1).doubleValue(), 0);
        assertEquals(80, s.getSeries(1).getY(2).doubleValue(), 0);
        assertTrue(f.getPanels().get(0).getLegend() != null, "legend with two series");
    }

    @Test
    void isiHistogramCountsIntervalsWithinEachNeuron() throws Exception {
        // neuron 0: 0, 10, 20 (ISIs 10, 10); neuron 1: 25, 5 (unsorted, ISI 20)
        DataTable spikes = Harness.table("Neuron", DataType.INT, new int[] {0, 0, 0, 1, 1}, "Spike time (ms)",
                DataType.DOUBLE, new double[] {0, 10, 20, 25, 5});
        Figure f = Harness.figure(NodeTesting.node(new IsiHistogramNodeFactory(), "{'bins':4}"), spikes);
        HistogramDataset h = (HistogramDataset) ((XYPlot) f.getPanels().get(0).getPlot()).getDataset();
        assertEquals(4, h.getItemCount(0));
        double total = 0;
        for (int i = 0; i < 4; i++) {
            total += h.getYValue(0, i);
        }
        assertEquals(3, total, 0, "three intervals");
        assertEquals(2, h.getYValue(0, 2), 0, "10 ms twice, in the bin [10, 15)");
        assertEquals(1, h.getYValue(0, 3), 0, "20 ms in the last bin");
        assertTrue(f.getSubtitle().startsWith("3 intervals from 2 neuron(s)"), f.getSubtitle());
    }

    @Test
    void loopSummaryHasAPanelPerMetricAndALinePerModel() throws Exception {
        DataTable metrics = Harness.table("Iteration", DataType.INT, new int[] {0, 0, 1, 1, 2, 2}, "Model",
                DataType.STRING, new String[] {"TimeGPT", "TimeGPT-corrected", "TimeGPT", "TimeGPT-corrected",
                        "TimeGPT", "TimeGPT-corrected"},
                "MAE", DataType.DOUBLE, new double[] {8, 6, 7, 5, 6.5, 4}, "RMSE", DataType.DOUBLE,
                new double[] {10, 8, 9, 7, 8, 6});
        Figure f = Harness.figure(NodeTesting.node(new LoopSummaryNodeFactory(), "{'metricColumns':['MAE','RMSE']}"),
                metrics);
        assertEquals(2, f.getPanels().size());
        XYSeriesCollection mae = lines(f.getPanels().get(0));
        assertEquals(List.of("TimeGPT", "TimeGPT-corrected"), List.of(mae.getSeriesKey(0), mae.getSeriesKey(1)));
        assertEquals(3, mae.getSeries(1).getItemCount());
        assertEquals(4, mae.getSeries(1).getY(2).doubleValue(), 0);
        assertEquals(2, mae.getSeries(1).getMaxX(), 0);
        assertEquals(6, lines(f.getPanels().get(1)).getSeries(1).getMinY(), 0);
    }
}
