package org.spikeflow.benchmarks;

import java.util.Locale;
import java.util.SplittableRandom;

import org.spikeflow.plot.Figure;
import org.spikeflow.plot.FigureRenderer;
import org.spikeflow.plot.SpikeRasterChart;

/**
 * Issue 6: a spike raster of 10^5 neurons × 1000 ms renders in seconds. Spikes are Poisson trains (default 10 Hz, about
 * 10^6 spikes); the raster is rendered to PNG and to SVG (1600 × 1000 px at 150 dpi) several times and each run is
 * timed (wall clock, after one warm-up run). <p> Usage:
 * {@code java -cp benchmarks.jar org.spikeflow.benchmarks.RasterBenchmark [neurons] [durationMs] [rateHz] [runs]}
 */
public final class RasterBenchmark {
    private RasterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int neurons = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        double duration = args.length > 1 ? Double.parseDouble(args[1]) : 1000;
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;

        long t0 = System.nanoTime();
        // Poisson spike trains: exponential inter-spike intervals with mean 1000/rate ms
        SplittableRandom random = new SplittableRandom(42);
        int capacity = (int) (neurons * duration * rate / 1000 * 1.2) + 16;
        float[] times = new float[capacity];
        float[] ids = new float[capacity];
        int count = 0;
        double meanIsi = 1000 / rate;
        for (int n = 0; n < neurons; n++) {
            double t = -meanIsi * Math.log(1 - random.nextDouble());
            while (t < duration) {
                if (count == times.length) {
                    times = java.util.Arrays.copyOf(times, count * 2);
                    ids = java.util.Arrays.copyOf(ids, count * 2);
                }
                times[count] = (float) t;
                ids[count++] = n;
                t += -meanIsi * Math.log(1 - random.nextDouble());
            }
        }
        float[] spikeTimes = java.util.Arrays.copyOf(times, count);
        float[] spikeNeurons = java.util.Arrays.copyOf(ids, count);
        System.out.printf(Locale.ROOT, "%,d neurons x %.0f ms at %.1f Hz: %,d spikes (generated in %.2f s)%n", neurons,
                duration, rate, count, (System.nanoTime() - t0) / 1e9);

        for (int run = 0; run <= runs; run++) {
            long start = System.nanoTime();
            Figure figure = SpikeRasterChart.build("Spike raster", count + " spikes", spikeTimes, spikeNeurons,
                    neurons, 0, duration, "Time (ms)", "Neuron");
            long built = System.nanoTime();
            byte[] png = FigureRenderer.png(figure, 1600, 1000, 150);
            long pngDone = System.nanoTime();
            String svg = FigureRenderer.svg(figure, 1600, 1000, 150);
            long svgDone = System.nanoTime();
            System.out.printf(Locale.ROOT, "%s %d: chart %.3f s, PNG %.3f s (%,d bytes), SVG %.3f s (%,d chars),"
                    + " total %.3f s%n", run == 0 ? "warm-up" : "run", run, (built - start) / 1e9,
                    (pngDone - built) / 1e9, png.length, (svgDone - pngDone) / 1e9, svg.length(),
                    (svgDone - start) / 1e9);
        }
    }
}
