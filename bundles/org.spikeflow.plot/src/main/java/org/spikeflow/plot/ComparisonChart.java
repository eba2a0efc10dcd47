package org.spikeflow.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The forecast comparison figure: the context (the last points of the simulation before the forecast), the actual
 * continuation, the base forecast with its prediction intervals shaded (wider levels lighter) and an optional corrected
 * forecast, on one time axis; optionally a second panel with the whole simulation and the forecast window.
 */
public final class ComparisonChart {
    static final Color CONTEXT = new Color(0x555555);
    static final Color ACTUAL = Color.BLACK;
    static final Color BASE = Palettes.qualitative(0);
    static final Color CORRECTED = Palettes.qualitative(1);

    /** One prediction interval: {@code level} percent, lower and upper bounds at the forecast's times. */
    public record Band(double level, double[] lower, double[] upper) {
    }

    /**
     * What the comparison shows. {@code actual}, {@code corrected} and {@code wholeSimulation} may be null.
     */
    public record Data(Trace context, Trace actual, Trace base, List<Band> bands, Trace corrected,
            Trace wholeSimulation) {
    }

    private ComparisonChart() {
    }

    /**
     * @param xLabel
     *            e.g. "Time (ms)"
     * @param yLabel
     *            e.g. "Membrane Potential (mV)"
     */
    public static Figure build(String title, String subtitle, Data data, String xLabel, String yLabel) {
        List<JFreeChart> panels = new ArrayList<>();
        panels.add(forecastPanel(data, xLabel, yLabel, data.wholeSimulation() == null ? null : "Forecast window"));
        if (data.wholeSimulation() != null) {
            panels.add(simulationPanel(data, xLabel, yLabel));
        }
        return new Figure(title, subtitle, panels, 1);
    }

    private static JFreeChart forecastPanel(Data data, String xLabel, String yLabel, String panelTitle) {
        List<XYSeries> lines = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        List<Stroke> strokes = new ArrayList<>();
        Stroke solid = new BasicStroke(Charts.LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        Stroke dashed = new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {4f, 2f},
                0f);
        if (data.context() != null) {
            lines.add(Charts.series(data.context().name(), data.context().x(), data.context().y()));
            colors.add(CONTEXT);
            strokes.add(solid);
        }
        if (data.actual() != null) {
            lines.add(Charts.series(data.actual().name(), data.actual().x(), data.actual().y()));
            colors.add(ACTUAL);
            strokes.add(solid);
        }
        lines.add(Charts.series(data.base().name(), data.base().x(), data.base().y()));
        colors.add(BASE);
        strokes.add(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        if (data.corrected() != null) {
            lines.add(Charts.series(data.corrected().name(), data.corrected().x(), data.corrected().y()));
            colors.add(CORRECTED);
            strokes.add(dashed);
        }
        XYLineAndShapeRenderer lineRenderer = Charts.lines(colors.toArray(new Color[0]));
        for (int i = 0; i < strokes.size(); i++) {
            lineRenderer.setSeriesStroke(i, strokes.get(i));
        }
        XYPlot plot = new XYPlot(Charts.collection(lines), Charts.axis(xLabel, false), Charts.axis(yLabel, false),
                lineRenderer);

        // bands: widest first so that narrower ones are drawn on top, each with the same translucent fill
        List<Band> bands = new ArrayList<>(data.bands());
        bands.sort((p, q) -> Double.compare(q.level(), p.level()));
        YIntervalSeriesCollection intervals = new YIntervalSeriesCollection();
        DeviationRenderer bandRenderer = new DeviationRenderer(false, false);
        bandRenderer.setAlpha(1f);
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < lines.size(); i++) {
            legend.add(lineItem((String) lines.get(i).getKey(), colors.get(i), strokes.get(i)));
        }
        for (int i = 0; i < bands.size(); i++) {
            Band band = bands.get(i);
            YIntervalSeries series = new YIntervalSeries(data.base().name() + " " + levelText(band.level())
                    + "% interval", false, true);
            double[] t = data.base().x();
            if (band.lower().length != t.length || band.upper().length != t.length) {
                throw new IllegalArgumentException("The " + levelText(band.level()) + "% interval has "
                        + band.lower().length + " lower and " + band.upper().length + " upper bounds for " + t.length
                        + " forecast points");
            }
            for (int k = 0; k < t.length; k++) {
                series.add(t[k], data.base().y()[k], band.lower()[k], band.upper()[k]);
            }
            intervals.addSeries(series);
            // 0.15 for the widest band, up to 0.3 for the narrowest: nested bands darken towards the centre
            Color fill = Palettes.withAlpha(BASE, 0.15 + 0.15 * i / Math.max(1, bands.size() - 1));
            bandRenderer.setSeriesFillPaint(i, fill);
            bandRenderer.setSeriesPaint(i, fill);
            legend.add(new LegendItem((String) series.getKey(), fill));
        }
        plot.setDataset(1, intervals);
        plot.setRenderer(1, bandRenderer);
        plot.setFixedLegendItems(legend);
        return Charts.chart(panelTitle, plot, true);
    }

    private static JFreeChart simulationPanel(Data data, String xLabel, String yLabel) {
        List<XYSeries> lines = new ArrayList<>();
        lines.add(Charts.series(data.wholeSimulation().name(), data.wholeSimulation().x(), data.wholeSimulation().y()));
        lines.add(Charts.series(data.base().name(), data.base().x(), data.base().y()));
        return Charts.lineChart("Whole simulation", xLabel, yLabel, lines, new Color[] {CONTEXT, BASE});
    }

    static LegendItem lineItem(String label, Paint paint, Stroke stroke) {
        Shape line = new Line2D.Double(-7, 0, 7, 0);
        return new LegendItem(label, null, null, null, false, new Rectangle2D.Double(-4, -4, 8, 8), false, paint,
                false, paint, stroke, true, line, stroke, paint);
    }

    static String levelText(double level) {
        return level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level);
    }
}
