package org.spikeflow.plot;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.FastScatterPlot;
import org.jfree.chart.plot.PlotRenderingInfo;

/**
 * A spike raster (time on x, neuron on y) for populations of up to millions of spikes. No object per spike: spikes stay
 * in two float arrays, and rendering writes them straight into the pixels of one off-screen image at the device
 * resolution, which is then drawn once (an SVG embeds it as a single image instead of millions of elements). Each spike
 * is a vertical tick one neuron-row high (at least one device pixel).
 */
public final class SpikeRasterPlot extends FastScatterPlot {
    private static final long serialVersionUID = 1L;
    private static final int MAX_DEVICE_PIXELS = 40_000_000;

    private final int spikeCount;
    private final Color spikeColor;

    /**
     * @param data
     *            {@code data[0]} spike times, {@code data[1]} neuron indices (as floats: exact up to 2^24)
     */
    public SpikeRasterPlot(float[][] data, ValueAxis timeAxis, ValueAxis neuronAxis, Color spikeColor) {
        super(data, timeAxis, neuronAxis);
        this.spikeCount = data[0].length;
        this.spikeColor = spikeColor;
        setDomainGridlinesVisible(false);
        setRangeGridlinesVisible(false);
    }

    public int getSpikeCount() {
        return spikeCount;
    }

    @Override
    public void render(Graphics2D g2, Rectangle2D dataArea, PlotRenderingInfo info, CrosshairState crosshairState) {
        float[][] data = getData();
        if (data == null || spikeCount == 0) {
            return;
        }
        AffineTransform device = g2.getTransform();
        double scaleX = Math.hypot(device.getScaleX(), device.getShearY());
        double scaleY = Math.hypot(device.getShearX(), device.getScaleY());
        int width = Math.max(1, (int) Math.ceil(dataArea.getWidth() * scaleX));
        int height = Math.max(1, (int) Math.ceil(dataArea.getHeight() * scaleY));
        if ((long) width * height > MAX_DEVICE_PIXELS) {
            double shrink = Math.sqrt((double) MAX_DEVICE_PIXELS / ((long) width * height));
            width = Math.max(1, (int) (width * shrink));
            height = Math.max(1, (int) (height * shrink));
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ValueAxis timeAxis = getDomainAxis();
        ValueAxis neuronAxis = getRangeAxis();
        double t0 = timeAxis.getLowerBound();
        double tSpan = timeAxis.getUpperBound() - t0;
        double n0 = neuronAxis.getLowerBound();
        double nSpan = neuronAxis.getUpperBound() - n0;
        if (!(tSpan > 0) || !(nSpan > 0)) {
            return;
        }
        double pxPerMs = width / tSpan;
        double pxPerNeuron = height / nSpan;
        // a tick covers 80% of a neuron's row, but at least one pixel
        int tick = Math.max(1, (int) Math.floor(0.8 * pxPerNeuron));
        int argb = spikeColor.getRGB();
        float[] times = data[0];
        float[] neurons = data[1];
        for (int i = 0; i < spikeCount; i++) {
            int x = (int) ((times[i] - t0) * pxPerMs);
            // neuron axis grows upwards; image rows grow downwards
            int yTop = (int) ((neuronAxis.getUpperBound() - neurons[i]) * pxPerNeuron - tick / 2.0);
            if (x < 0 || x >= width) {
                continue;
            }
            int from = Math.max(0, yTop);
            int to = Math.min(height, yTop + tick);
            for (int y = from; y < to; y++) {
                pixels[y * width + x] = argb;
            }
        }
        g2.drawImage(image, new AffineTransform(dataArea.getWidth() / width, 0, 0, dataArea.getHeight() / height,
                dataArea.getX(), dataArea.getY()), null);
    }
}
