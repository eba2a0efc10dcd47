#!/usr/bin/env bash
# Forecast accuracy benchmark (issue 4): the seed's TimeGPT study offline. RS, FS, IB, CH (seed parameters, I = 10),
# seed scheme at dt = 0.25 ms, context = points 0-1999 (T = 500 ms), h = 200, compared with points 2000-2199 of the
# same run. Prints MAE / RMSE / 80 % and 90 % coverage / Γ (±2 ms) / seconds per model and neuron, the seed's
# published TimeGPT forecasts scored with the same metrics, the seed's published numbers, and whether the
# Izhikevich-fit target is met. Then (issue 13) realistic neurons: noisy RS and FS Izhikevich neurons (OU input,
# measurement noise) and AdEx and Hodgkin-Huxley neurons (model mismatch), every embedded model and the oracle side by side per type
# (MAE, coverage 80/90, Γ, spike-count error, CPU seconds per series), and whether the default model's targets are met.
# Usage: releng/benchmarks/forecast-accuracy.sh [seed-forecasts-dir]   (default: the copies in the forecast test bundle)
# Env:   SKIP_BUILD=1 reuses releng/org.spikeflow.benchmarks/target/benchmarks.jar
#        FORECAST_VERBOSE=1 also prints each fitted model
#        REALISATIONS=8 realisations per type of the realistic neurons; FORECAST_MODELS=a,b limits the models there
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."

jar=releng/org.spikeflow.benchmarks/target/benchmarks.jar
if [[ -z "${SKIP_BUILD:-}" || ! -f "$jar" ]]; then
  ./mvnw -B -q -o package -DskipTests \
    -pl releng/org.spikeflow.target,bundles/org.spikeflow.izhikevich,bundles/org.spikeflow.forecast,bundles/org.spikeflow.dl,bundles/org.spikeflow.plot,releng/org.spikeflow.benchmarks
fi
seed_forecasts=test-bundles/org.spikeflow.forecast.tests/src/test/java/org/spikeflow/forecast/tests/seed
java -XX:+UseSerialGC -Xmx512m -cp "$jar" org.spikeflow.benchmarks.ForecastAccuracy "${1:-$seed_forecasts}"
java -XX:+UseSerialGC -Xmx512m -cp "$jar" org.spikeflow.benchmarks.NoisyForecastAccuracy "${REALISATIONS:-8}"
