package org.spikeflow.forecast.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spikeflow.forecast.Forecast;
import org.spikeflow.forecast.Forecasters;
import org.spikeflow.forecast.Metrics;
import org.spikeflow.izhikevich.Presets;
import org.spikeflow.izhikevich.Scheme;

/**
 * Independent reference: the seed's published TimeGPT forecasts (seed/forecast_*.csv, copied from the seed's outputs)
 * scored against the true continuation (points 2000–2199 of the seed-scheme run) must give the numbers the seed
 * published (seed README): MAE 8.12 / 6.86 / 1.57 / 22.41 and 80 % coverage 0.29 / 0.49 / 0.51 / 0.09 (RS / FS / IB /
 * CH), to 2 decimals (|ours − published| ≤ 0.005). FS's coverage is 99/200 = 0.495, which the seed printed as 0.49
 * (binary 0.495 rounds down). The RMSEs quoted in issue 4 (18.17 / 14.86 / 3.95 / 25.44) agree within 0.006: CH's is
 * 25.43498, quoted as 25.44.
 */
class SeedTimeGptReferenceTest {

    static final String[] KEYS = {"RS", "FS", "IB", "CH"};
    static final double[] MAE = {8.12, 6.86, 1.57, 22.41};
    static final double[] RMSE = {18.17, 14.86, 3.95, 25.44};
    static final double[] COV80 = {0.29, 0.49, 0.51, 0.09};

    static double[] run(String key) {
        return Presets.get("seed/" + key).simulation().scheme(Scheme.SINGLE_NEURON_PY).dt(0.25).duration(550).build()
                .run().v();
    }

    Forecast read(String file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<String> header;
        try (InputStream in = getClass().getResourceAsStream("seed/" + file);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            header = Arrays.asList(r.readLine().split(","));
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split(",");
                double[] row = new double[f.length];
                for (int i = 1; i < f.length; i++) {
                    row[i] = Double.parseDouble(f[i]);
                }
                rows.add(row);
            }
        }
        assertEquals(List.of("timestamp", "TimeGPT", "TimeGPT-hi-80", "TimeGPT-hi-90", "TimeGPT-lo-80",
                "TimeGPT-lo-90"), header);
        double[][] c = new double[header.size()][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            for (int k = 1; k < header.size(); k++) {
                c[k][i] = rows.get(i)[k];
            }
        }
        return new Forecast("TimeGPT", 0.25, c[1], new double[] {80, 90}, new double[][] {c[4], c[5]},
                new double[][] {c[2], c[3]});
    }

    @Test
    void publishedTimeGptScoresAreReproduced() throws IOException {
        for (int k = 0; k < KEYS.length; k++) {
            double[] v = run(KEYS[k]);
            assertEquals(2200, v.length);
            double[] truth = Arrays.copyOfRange(v, 2000, 2200);
            Forecast f = read("forecast_" + Presets.get("seed/" + KEYS[k]).fileName() + ".csv");
            assertEquals(200, f.horizon());
            assertEquals(f.columnNames().subList(1, 5), List.of("TimeGPT-hi-80", "TimeGPT-hi-90", "TimeGPT-lo-80",
                    "TimeGPT-lo-90"));
            assertEquals(MAE[k], Metrics.mae(truth, f.mean()), 0.005 + 1e-9, KEYS[k] + " MAE");
            assertEquals(RMSE[k], Metrics.rmse(truth, f.mean()), 0.006, KEYS[k] + " RMSE");
            assertEquals(COV80[k], Metrics.coverage(truth, f.lower(80), f.upper(80)), 0.005 + 1e-9,
                    KEYS[k] + " coverage 80");
        }
    }

    @Test
    void izhikevichFitReachesTheMaeTargetOnTheSeedSetup() {
        for (int k = 0; k < KEYS.length; k++) {
            double[] v = run(KEYS[k]);
            double[] truth = Arrays.copyOfRange(v, 2000, 2200);
            // its speed (< 10 s per series) is measured by releng/benchmarks/forecast-accuracy.sh, not here
            Forecast f = Forecasters.izhikevichFit().forecast(Arrays.copyOf(v, 2000), 0.25, 200, 80, 90);
            double mae = Metrics.mae(truth, f.mean());
            assertTrue(mae <= MAE[k] / 5, KEYS[k] + " MAE " + mae);
            assertEquals(1.0, Metrics.traceCoincidenceFactor(truth, f.mean(), 0.25, 2), 1e-12);
        }
    }
}
