package org.spikeflow.forecast;

import java.util.List;
import java.util.Locale;

import org.spikeflow.forecast.internal.Baseline;
import org.spikeflow.forecast.internal.ContextMedian;
import org.spikeflow.forecast.internal.HoltWinters;

/** The embedded forecasters. */
public final class Forecasters {

    private Forecasters() {
    }

    /** @return naive: the last value repeated ({@code Naive}) */
    public static Forecaster naive() {
        return new Baseline(Baseline.Kind.NAIVE, 0);
    }

    /** @return drift: the line through the first and last value extended ({@code Drift}) */
    public static Forecaster drift() {
        return new Baseline(Baseline.Kind.DRIFT, 0);
    }

    /** @return seasonal naive with the period detected by {@link PeriodDetection#detect} ({@code SeasonalNaive}) */
    public static Forecaster seasonalNaive() {
        return new Baseline(Baseline.Kind.SEASONAL_NAIVE, 0);
    }

    /** @return seasonal naive with a fixed period in steps */
    public static Forecaster seasonalNaive(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1, got " + period);
        }
        return new Baseline(Baseline.Kind.SEASONAL_NAIVE, period);
    }

    /** @return additive Holt–Winters / ETS(A,A,A) with the detected period ({@code ETS}) */
    public static Forecaster ets() {
        return new HoltWinters(0);
    }

    /** @return additive Holt–Winters with a fixed period (1: Holt's linear trend) */
    public static Forecaster ets(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be >= 1, got " + period);
        }
        return new HoltWinters(period);
    }

    /** @return the Izhikevich-fit forecaster with default settings ({@code IzhikevichFit}) */
    public static IzhikevichFitForecaster izhikevichFit() {
        return IzhikevichFitForecaster.create();
    }

    /**
     * @return the stochastic Izhikevich ensemble forecaster with default settings ({@code IzhikevichEnsemble}), the
     *         default model for membrane-potential traces
     */
    public static IzhikevichEnsembleForecaster izhikevichEnsemble() {
        return IzhikevichEnsembleForecaster.create();
    }

    /** @return the context's median repeated, with the context's percentiles as intervals ({@code ContextMedian}) */
    public static Forecaster contextMedian() {
        return new ContextMedian();
    }

    /** @return all embedded models with default settings */
    public static List<Forecaster> all() {
        return List.of(naive(), drift(), seasonalNaive(), contextMedian(), ets(), izhikevichFit(),
                izhikevichEnsemble());
    }

    /**
     * @return the forecaster of a model name (case-insensitive): naive, drift, seasonalnaive, contextmedian, ets,
     *         izhikevichfit, izhikevichensemble
     */
    public static Forecaster byName(String name) {
        String n = name == null
                ? ""
                : name.trim().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "")
                        .replace(" ", "");
        switch (n) {
            case "naive" :
                return naive();
            case "drift" :
                return drift();
            case "seasonalnaive" :
            case "snaive" :
                return seasonalNaive();
            case "ets" :
            case "holtwinters" :
                return ets();
            case "izhikevichensemble" :
            case "ensemble" :
                return izhikevichEnsemble();
            case "contextmedian" :
            case "median" :
                return contextMedian();
            case "izhikevichfit" :
            case "izhikevich" :
                return izhikevichFit();
            default :
                throw new IllegalArgumentException(
                        "Unknown model '" + name + "': expected Naive, Drift, SeasonalNaive, ContextMedian, ETS,"
                                + " IzhikevichFit or IzhikevichEnsemble");
        }
    }
}
