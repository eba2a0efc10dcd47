package org.spikeflow.plot;

import java.awt.Color;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;

/** A population spike raster as a figure (see {@link SpikeRasterPlot}). */
public final class SpikeRasterChart {
    private SpikeRasterChart() {
    }

    /**
     * @param times
     *            spike times (ms)
     * @param neurons
     *            the neuron of each spike
     * @param neuronCount
     *            neurons shown (the y axis runs from -0.5 to neuronCount - 0.5); at least max(neurons) + 1
     * @param tStart
     *            start of the time axis (ms)
     * @param tEnd
     *            end of the time axis (ms)
     */
    public static Figure build(String title, String subtitle, float[] times, float[] neurons, int neuronCount,
            double tStart, double tEnd, String timeLabel, String neuronLabel) {
        if (times.length != neurons.length) {
            throw new IllegalArgumentException(times.length + " spike times but " + neurons.length + " neurons");
        }
        if (!(tEnd > tStart)) {
            throw new IllegalArgumentException("The time axis must end after it starts: " + tStart + " .. " + tEnd);
        }
        NumberAxis timeAxis = Charts.axis(timeLabel, false);
        timeAxis.setRange(tStart, tEnd);
        NumberAxis neuronAxis = Charts.axis(neuronLabel, false);
        neuronAxis.setRange(-0.5, Math.max(1, neuronCount) - 0.5);
        neuronAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        SpikeRasterPlot plot = new SpikeRasterPlot(new float[][] {times, neurons}, timeAxis, neuronAxis, Color.BLACK);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        JFreeChart chart = new JFreeChart(null, Charts.PANEL_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return new Figure(title, subtitle, List.of(chart), 1);
    }
}
