package org.spikeflow.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;

/**
 * The phase plane of a two-variable neuron: the (v, u) trajectory, the v-nullcline (where v' = 0), the u-nullcline
 * (where u' = 0) and the spike cutoff v = vPeak, where v is reset to c and u increased by d. The nullclines come from
 * the model (for Izhikevich's, {@code org.spikeflow.izhikevich.analysis.PhasePlane}); the chart only draws them.
 */
public final class PhasePlaneChart {
    public static final String TRAJECTORY = "Trajectory";
    public static final String V_NULLCLINE = "v-nullcline (v' = 0)";
    public static final String U_NULLCLINE = "u-nullcline (u' = 0)";
    static final int NULLCLINE_POINTS = 400;

    /**
     * The nullclines sampled at v: u on the v-nullcline and on the u-nullcline at each v. When the u-nullcline is a
     * vertical line, {@code uNullcline} is NaN and {@code verticalUNullcline} is its v (else NaN).
     */
    public record Nullclines(double[] v, double[] vNullcline, double[] uNullcline, double verticalUNullcline) {
    }

    /** Samples the model's nullclines at {@code points} values of v from vMin to vMax. */
    @FunctionalInterface
    @org.osgi.annotation.versioning.ConsumerType
    public interface NullclineSampler {
        Nullclines sample(double vMin, double vMax, int points);
    }

    private PhasePlaneChart() {
    }

    /** @return the name of the spike-cutoff series, e.g. "Spike cutoff (v = 30 mV)" */
    public static String cutoffName(double vPeak) {
        return "Spike cutoff (v = " + ComparisonChart.levelText(vPeak) + " mV)";
    }

    /**
     * @param v
     *            the membrane potential (mV) along the trajectory
     * @param u
     *            the recovery variable along the trajectory
     */
    public static Figure build(String title, String subtitle, double[] v, double[] u, double c, double vPeak,
            NullclineSampler nullclines, String vLabel, String uLabel) {
        if (v.length == 0) {
            throw new IllegalArgumentException("The trajectory has no points");
        }
        double vMin = Math.min(min(v), c) - 10;
        double vMax = vPeak + 5;
        double uMin = min(u);
        double uMax = max(u);
        double pad = Math.max(1, 0.15 * (uMax - uMin));
        uMin -= pad;
        uMax += pad;

        List<XYSeries> series = new ArrayList<>();
        series.add(Charts.series(TRAJECTORY, v, u));
        Nullclines n = nullclines.sample(vMin, vMax, NULLCLINE_POINTS);
        series.add(Charts.series(V_NULLCLINE, n.v(), n.vNullcline()));
        double vertical = n.verticalUNullcline();
        series.add(Double.isNaN(vertical)
                ? Charts.series(U_NULLCLINE, n.v(), n.uNullcline())
                : Charts.series(U_NULLCLINE, new double[] {vertical, vertical}, new double[] {uMin, uMax}));
        series.add(Charts.series(cutoffName(vPeak), new double[] {vPeak, vPeak}, new double[] {uMin, uMax}));

        Color[] colors = {Palettes.qualitative(0), Palettes.qualitative(1), Palettes.qualitative(2), Color.GRAY};
        XYLineAndShapeRenderer renderer = Charts.lines(colors);
        renderer.setSeriesStroke(3, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {5f, 3f}, 0f));
        renderer.setSeriesStroke(1, new BasicStroke(1.4f));
        renderer.setSeriesStroke(2, new BasicStroke(1.4f));
        var vAxis = Charts.axis(vLabel, false);
        vAxis.setRange(vMin, vMax);
        var uAxis = Charts.axis(uLabel, false);
        uAxis.setRange(uMin, uMax);
        XYPlot plot = new XYPlot(Charts.collection(series), vAxis, uAxis, renderer);
        return new Figure(title, subtitle, List.of(Charts.chart(null, plot, true)), 1);
    }

    static double min(double[] x) {
        double m = Double.POSITIVE_INFINITY;
        for (double d : x) {
            m = Math.min(m, d);
        }
        return m;
    }

    static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double d : x) {
            m = Math.max(m, d);
        }
        return m;
    }
}
