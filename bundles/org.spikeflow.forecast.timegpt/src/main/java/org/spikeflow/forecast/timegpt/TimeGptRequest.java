package org.spikeflow.forecast.timegpt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Parameters of a forecast request ({@code POST v2/forecast}). Defaults as in Nixtla's SDK: model {@code timegpt-1},
 * levels 80 and 90, no fine-tuning, depth 1, loss {@code default}, {@code clean_ex_first} true, frequency derived from
 * the sampling interval ({@link TimeConvention#DERIVED}).
 */
public final class TimeGptRequest {

    public static final String MODEL_TIMEGPT_1 = "timegpt-1";
    public static final String MODEL_LONG_HORIZON = "timegpt-1-long-horizon";
    /** Finetune losses accepted by the API. */
    public static final Set<String> FINETUNE_LOSSES = Set.of("default", "mae", "mse", "rmse", "mape", "smape");

    private final List<TimeGptSeries> series;
    private final int h;
    private final String model;
    private final double[] levels;
    private final int finetuneSteps;
    private final int finetuneDepth;
    private final String finetuneLoss;
    private final boolean cleanExFirst;
    private final String freq;
    private final TimeConvention convention;
    private final int modelInputSize;

    private TimeGptRequest(Builder b) {
        this.series = List.copyOf(b.series);
        this.h = b.h;
        this.model = b.model;
        this.levels = b.levels.clone();
        this.finetuneSteps = b.finetuneSteps;
        this.finetuneDepth = b.finetuneDepth;
        this.finetuneLoss = b.finetuneLoss;
        this.cleanExFirst = b.cleanExFirst;
        this.freq = b.freq;
        this.convention = b.convention;
        this.modelInputSize = b.modelInputSize;
    }

    public static Builder builder(int h) {
        return new Builder(h);
    }

    public List<TimeGptSeries> series() {
        return series;
    }

    public int h() {
        return h;
    }

    public String model() {
        return model;
    }

    public double[] levels() {
        return levels.clone();
    }

    public int finetuneSteps() {
        return finetuneSteps;
    }

    public int finetuneDepth() {
        return finetuneDepth;
    }

    public String finetuneLoss() {
        return finetuneLoss;
    }

    public boolean cleanExFirst() {
        return cleanExFirst;
    }

    /** @return the explicit frequency, or {@code null} when it is derived from the convention */
    public String explicitFreq() {
        return freq;
    }

    public TimeConvention convention() {
        return convention;
    }

    /** @return the model's input size assumed by the length check, see {@link Builder#modelInputSize(int)} */
    public int modelInputSize() {
        return modelInputSize;
    }

    /**
     * @return the frequency string sent: the explicit one, else {@code 25ms} for {@link TimeConvention#LEGACY_PYTHON},
     *         else derived from the first series' sampling interval
     */
    public String freq() {
        if (freq != null) {
            return freq;
        }
        if (convention == TimeConvention.LEGACY_PYTHON) {
            return Frequencies.SEED_FREQ;
        }
        if (series.isEmpty()) {
            return null;
        }
        return Frequencies.fromIntervalMs(series.get(0).dtMs());
    }

    /**
     * Length rule (from the SDK's {@code _validate_input_size}, which needs {@code input_size + horizon} points when
     * intervals are requested or the model is fine-tuned): with {@code level} non-empty or {@code finetune_steps > 0}
     * every series needs at least {@code modelInputSize + h} values ({@code modelInputSize} defaults to {@code h}, so
     * {@code 2h}); otherwise at least one value.
     *
     * @return the minimum number of values per series
     */
    public int minSeriesLength() {
        if (levels.length > 0 || finetuneSteps > 0) {
            return (modelInputSize > 0 ? modelInputSize : h) + h;
        }
        return 1;
    }

    /**
     * Validates everything the SDK checks before sending.
     *
     * @throws IllegalArgumentException
     *             with a message naming the problem
     */
    public void validate() {
        if (h <= 0) {
            throw new IllegalArgumentException("Forecast horizon h must be > 0, got " + h);
        }
        if (series.isEmpty()) {
            throw new IllegalArgumentException("No series to forecast");
        }
        String f;
        try {
            f = freq();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Frequency missing: " + e.getMessage(), e);
        }
        if (f == null || f.isBlank()) {
            throw new IllegalArgumentException("Frequency (freq) is missing");
        }
        if (freq == null && convention == TimeConvention.DERIVED) {
            double dt0 = series.get(0).dtMs();
            for (TimeGptSeries s : series) {
                if (Math.abs(s.dtMs() - dt0) > 1e-9 * dt0) {
                    throw new IllegalArgumentException("All series must share one sampling interval (one freq per "
                            + "request): '" + s.id() + "' has " + s.dtMs() + " ms, expected " + dt0 + " ms");
                }
            }
        }
        int min = minSeriesLength();
        for (TimeGptSeries s : series) {
            if (s.size() < min) {
                throw new IllegalArgumentException("Series '" + s.id() + "' is too short: " + s.size()
                        + " values, at least "
                        + min + " needed"
                        + (min > 1 ? " (model input size + h when intervals or fine-tuning are requested)" : ""));
            }
            for (int i = 0; i < s.size(); i++) {
                if (!Double.isFinite(s.value(i))) {
                    throw new IllegalArgumentException(
                            "Series '" + s.id() + "' has a missing or non-finite value at index " + i);
                }
            }
        }
    }

    /** Builder. */
    public static final class Builder {
        private final List<TimeGptSeries> series = new ArrayList<>();
        private final int h;
        private String model = MODEL_TIMEGPT_1;
        private double[] levels = {80, 90};
        private int finetuneSteps;
        private int finetuneDepth = 1;
        private String finetuneLoss = "default";
        private boolean cleanExFirst = true;
        private String freq;
        private TimeConvention convention = TimeConvention.DERIVED;
        private int modelInputSize;

        private Builder(int h) {
            this.h = h;
        }

        public Builder series(TimeGptSeries s) {
            series.add(Objects.requireNonNull(s, "series"));
            return this;
        }

        public Builder series(List<TimeGptSeries> s) {
            s.forEach(this::series);
            return this;
        }

        /**
         * @param m
         *            {@code timegpt-1}, {@code timegpt-1-long-horizon} or another model name the API knows
         */
        public Builder model(String m) {
            if (m == null || m.isBlank()) {
                throw new IllegalArgumentException("model must not be blank");
            }
            this.model = m;
            return this;
        }

        /**
         * @param l
         *            interval levels in percent, each in (0, 100); none for no intervals
         */
        public Builder levels(double... l) {
            for (double v : l) {
                if (!(v > 0 && v < 100)) {
                    throw new IllegalArgumentException("Interval level must be in (0, 100), got " + v);
                }
            }
            this.levels = l.clone();
            return this;
        }

        public Builder finetuneSteps(int n) {
            this.finetuneSteps = Arguments.atLeast("finetune_steps", n, 0);
            return this;
        }

        public Builder finetuneDepth(int d) {
            if (d < 1 || d > 5) {
                throw new IllegalArgumentException("finetune_depth must be in 1..5, got " + d);
            }
            this.finetuneDepth = d;
            return this;
        }

        public Builder finetuneLoss(String loss) {
            if (!FINETUNE_LOSSES.contains(loss)) {
                throw new IllegalArgumentException("finetune_loss must be one of " + FINETUNE_LOSSES + ", got " + loss);
            }
            this.finetuneLoss = loss;
            return this;
        }

        public Builder cleanExFirst(boolean b) {
            this.cleanExFirst = b;
            return this;
        }

        /**
         * @param f
         *            explicit pandas-style frequency (overrides the convention's), or {@code null}
         */
        public Builder freq(String f) {
            this.freq = f;
            return this;
        }

        public Builder convention(TimeConvention c) {
            this.convention = Objects.requireNonNull(c, "convention");
            return this;
        }

        /**
         * @param n
         *            model input size assumed by the length check (0 = use h)
         */
        public Builder modelInputSize(int n) {
            this.modelInputSize = Arguments.atLeast("modelInputSize", n, 0);
            return this;
        }

        public TimeGptRequest build() {
            return new TimeGptRequest(this);
        }
    }
}
