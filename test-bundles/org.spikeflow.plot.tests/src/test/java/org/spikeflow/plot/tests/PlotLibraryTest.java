package org.spikeflow.plot.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.spikeflow.plot.Charts;
import org.spikeflow.plot.Figure;
import org.spikeflow.plot.FigureRenderer;
import org.spikeflow.plot.PhasePlaneChart;

/** The plotting library on its own: series, the phase-plane chart's geometry, PNG and SVG output. */
class PlotLibraryTest {

    private static final double[] V = {-70, -60, -50, -40};
    private static final double[] U = {-14, -13, -11, -12};

    /** Nullclines of the standard Izhikevich model with b = 0.2, I = 0, sampled where the chart asks. */
    private static final PhasePlaneChart.NullclineSampler STANDARD = (vMin, vMax, points) -> {
        double[] v = new double[points];
        double[] vNull = new double[points];
        double[] uNull = new double[points];
        for (int i = 0; i < points; i++) {
            v[i] = vMin + (vMax - vMin) * i / (points - 1);
            vNull[i] = 0.04 * v[i] * v[i] + 5 * v[i] + 140;
            uNull[i] = 0.2 * v[i];
        }
        return new PhasePlaneChart.Nullclines(v, vNull, uNull, Double.NaN);
    };

    private static XYSeriesCollection lines(Figure figure) {
        return (XYSeriesCollection) ((XYPlot) figure.getPanels().get(0).getPlot()).getDataset();
    }

    @Test
    void seriesOfUnequalLengthsAreRefusedNamingTheSeries() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Charts.series("Trace", new double[3], new double[2]));
        assertEquals("Series 'Trace' has 3 x values but 2 y values", e.getMessage());
    }

    @Test
    void phasePlaneSpansTheTrajectoryAndTheResetAndDrawsTheGivenNullclines() {
        Figure f = PhasePlaneChart.build("Phase plane", null, V, U, -65, 30, STANDARD, "v (mV)", "u");
        XYPlot plot = (XYPlot) f.getPanels().get(0).getPlot();
        // v from min(trajectory, c) - 10 to vPeak + 5, as documented
        assertEquals(-80, plot.getDomainAxis().getLowerBound(), 1e-12);
        assertEquals(35, plot.getDomainAxis().getUpperBound(), 1e-12);
        XYSeriesCollection s = lines(f);
        assertEquals(-80, s.getSeries(1).getMinX(), 1e-12);
        assertEquals(35, s.getSeries(1).getMaxX(), 1e-12);
        assertEquals(0.2 * -80, s.getSeries(2).getY(0).doubleValue(), 1e-12);
        assertEquals(PhasePlaneChart.cutoffName(30), s.getSeries(3).getKey());
        assertEquals("Spike cutoff (v = 30 mV)", PhasePlaneChart.cutoffName(30));
    }

    @Test
    void aVerticalUNullclineIsDrawnAcrossThePlottedURange() {
        PhasePlaneChart.NullclineSampler accommodation = (vMin, vMax, points) -> {
            PhasePlaneChart.Nullclines n = STANDARD.sample(vMin, vMax, points);
            return new PhasePlaneChart.Nullclines(n.v(), n.vNullcline(), new double[points], -65);
        };
        Figure f = PhasePlaneChart.build("Phase plane", null, V, U, -65, 30, accommodation, "v (mV)", "u");
        XYSeriesCollection s = lines(f);
        assertEquals(2, s.getSeries(2).getItemCount());
        assertEquals(-65, s.getSeries(2).getMinX(), 0);
        assertEquals(-65, s.getSeries(2).getMaxX(), 0);
        // u range: the trajectory's, padded by max(1, 15 % of its span) on both sides
        assertEquals(-14 - 1, s.getSeries(2).getMinY(), 1e-12);
        assertEquals(-11 + 1, s.getSeries(2).getMaxY(), 1e-12);
    }

    @Test
    void pngAndSvgHaveTheRequestedSize() throws IOException {
        Figure f = PhasePlaneChart.build("Phase plane", "b = 0.2", V, U, -65, 30, STANDARD, "v (mV)", "u");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(FigureRenderer.png(f, 320, 200, 144)));
        assertEquals(320, png.getWidth());
        assertEquals(200, png.getHeight());
        String svg = FigureRenderer.svg(f, 320, 200, 144);
        assertTrue(svg.contains("width='320") && svg.contains("height='200"), svg.substring(0, 300));
        assertTrue(svg.getBytes(StandardCharsets.UTF_8).length > 1000, "the SVG holds the drawing");
        assertThrows(IllegalArgumentException.class, () -> FigureRenderer.png(f, 8, 200, 144));
    }
}
