package org.spikeflow.forecast;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.spikeflow.forecast.internal.Stats;

/**
 * Column names of a forecast, shared with the TimeGPT client: {@code <Model>}, then the interval columns
 * {@code <Model>-lo-<level>} / {@code <Model>-hi-<level>} in the order of the sorted interval keys, as Nixtla's SDK
 * names them (e.g. {@code TimeGPT, TimeGPT-hi-80, TimeGPT-hi-90, TimeGPT-lo-80, TimeGPT-lo-90}).
 */
public final class ForecastColumns {

    /** Name of single_neuron.py's timestamp column. */
    public static final String TIMESTAMP = "timestamp";

    /** single_neuron.py relabelled every sample as one 25 ms step. */
    public static final long SEED_STEP_MS = 25;

    private static final DateTimeFormatter SEED_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final LocalDateTime SEED_START = LocalDateTime.of(2023, 1, 1, 0, 0);

    private ForecastColumns() {
    }

    /**
     * @return single_neuron.py's label of sample {@code step} (0 = first sample of the series): 25 ms per step from
     *         2023-01-01 00:00:00.000, e.g. step 2000 &rarr; {@code 2023-01-01 00:00:50.000}
     */
    public static String seedTimestamp(long step) {
        return SEED_FORMAT.format(SEED_START.plusNanos(step * SEED_STEP_MS * 1_000_000L));
    }

    /**
     * @return the level as the SDK writes it: integral levels without a fraction ({@code 80}), else e.g. {@code 80.5}
     */
    public static String levelKey(double level) {
        Stats.checkLevel(level);
        if (level == Math.rint(level)) {
            return Long.toString((long) level);
        }
        return BigDecimal.valueOf(level).stripTrailingZeros().toPlainString();
    }

    /** @return {@code lo-<level>} */
    public static String loKey(double level) {
        return "lo-" + levelKey(level);
    }

    /** @return {@code hi-<level>} */
    public static String hiKey(double level) {
        return "hi-" + levelKey(level);
    }

    /** @return {@code <model>-lo-<level>} */
    public static String lo(String model, double level) {
        return model + "-" + loKey(level);
    }

    /** @return {@code <model>-hi-<level>} */
    public static String hi(String model, double level) {
        return model + "-" + hiKey(level);
    }

    /**
     * @return the interval keys ({@code lo-80}, {@code hi-80}, ...) of the levels, sorted as strings (duplicates
     *         removed)
     */
    public static List<String> intervalKeys(double... levels) {
        List<String> keys = new ArrayList<>();
        for (double l : levels) {
            for (String k : new String[] {loKey(l), hiKey(l)}) {
                if (!keys.contains(k)) {
                    keys.add(k);
                }
            }
        }
        Collections.sort(keys);
        return keys;
    }

    /** @return {@code model} followed by {@code model-<key>} for each sorted interval key */
    public static List<String> names(String model, double... levels) {
        List<String> names = new ArrayList<>();
        names.add(model);
        for (String k : intervalKeys(levels)) {
            names.add(model + "-" + k);
        }
        return names;
    }
}
