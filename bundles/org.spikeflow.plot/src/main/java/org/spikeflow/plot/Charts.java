package org.spikeflow.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Building blocks of all Spikeflow charts: line series from arrays, axes with units, the shared style. */
public final class Charts {
    static final Font PANEL_TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);
    static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    static final Color GRID = new Color(0xDDDDDD);
    /** Line width of data series, in points. */
    public static final float LINE_WIDTH = 1.0f;

    private Charts() {
    }

    /**
     * A line series from arrays; points keep their order (trajectories may go back in x). NaN values are not accepted:
     * callers report them with the column they came from.
     */
    public static XYSeries series(String name, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("Series '" + name + "' has " + x.length + " x values but " + y.length
                    + " y values");
        }
        XYSeries series = new XYSeries(name, false, true);
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i], false);
        }
        return series;
    }

    /** @return a collection of the series, in order */
    public static XYSeriesCollection collection(List<XYSeries> series) {
        XYSeriesCollection collection = new XYSeriesCollection();
        for (XYSeries s : series) {
            collection.addSeries(s);
        }
        return collection;
    }

    /** @return an axis with its label (which should carry the unit, e.g. "Time (ms)") */
    public static NumberAxis axis(String label, boolean includeZero) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(includeZero);
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        return axis;
    }

    /** @return a renderer drawing lines (no markers) in the given colours */
    public static XYLineAndShapeRenderer lines(Paint... colors) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < colors.length; i++) {
            renderer.setSeriesPaint(i, colors[i]);
            renderer.setSeriesStroke(i, new BasicStroke(LINE_WIDTH, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        renderer.setDrawSeriesLineAsPath(true);
        return renderer;
    }

    /** @return a renderer drawing lines with markers in the given colours */
    public static XYLineAndShapeRenderer linesWithMarkers(Paint... colors) {
        XYLineAndShapeRenderer renderer = lines(colors);
        renderer.setDefaultShapesVisible(true);
        renderer.setDrawSeriesLineAsPath(false);
        return renderer;
    }

    /** @return the qualitative colours for {@code n} unordered series */
    public static Color[] qualitative(int n) {
        Color[] colors = new Color[n];
        for (int i = 0; i < n; i++) {
            colors[i] = Palettes.qualitative(i);
        }
        return colors;
    }

    /**
     * A chart of one plot in the Spikeflow style. The legend is shown when the plot has more than one series (or when
     * {@code legend} forces it).
     */
    public static JFreeChart chart(String panelTitle, XYPlot plot, Boolean legend) {
        style(plot);
        int series = 0;
        for (int i = 0; i < plot.getDatasetCount(); i++) {
            series += plot.getDataset(i) == null ? 0 : plot.getDataset(i).getSeriesCount();
        }
        boolean showLegend = legend != null ? legend : series > 1;
        JFreeChart chart = new JFreeChart(null, PANEL_TITLE_FONT, plot, showLegend);
        if (panelTitle != null && !panelTitle.isEmpty()) {
            chart.setTitle(new TextTitle(panelTitle, PANEL_TITLE_FONT));
        }
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(LEGEND_FONT);
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.5f));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlinePaint(Color.GRAY);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    /** A line chart of series (x, y) with labelled axes. */
    public static JFreeChart lineChart(String panelTitle, String xLabel, String yLabel, List<XYSeries> series,
            Color[] colors) {
        XYPlot plot = new XYPlot(collection(series), axis(xLabel, false), axis(yLabel, false), lines(colors));
        return chart(panelTitle, plot, null);
    }
}
