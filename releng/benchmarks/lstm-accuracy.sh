#!/usr/bin/env bash
# Accuracy of the LSTM residual correction (issue 5) on the seed's RS/FS/IB/CH setup: many independent trials per
# type (I, v0/u0 and observation noise varied), MAE of the base and of the corrected forecast on held-out test
# trials, seasonal-naive and Izhikevich-fit bases, and whether the identity fallback triggered (ResidualAccuracy).
# Usage: releng/benchmarks/lstm-accuracy.sh [izhikevichfit-trials [noise-mV]]
#        (defaults 32 and 0.5; 0 trials skips the Izhikevich-fit base)
# Env:   SKIP_BUILD=1 reuses releng/org.spikeflow.benchmarks/target/benchmarks.jar
#        SPIKEFLOW_DL_CACHE=<folder> where the PyTorch natives are extracted (default ~/.spikeflow/djl)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."

jar=releng/org.spikeflow.benchmarks/target/benchmarks.jar
if [[ -z "${SKIP_BUILD:-}" || ! -f "$jar" ]]; then
  ./mvnw -B -q -o package -DskipTests \
    -pl releng/org.spikeflow.target,bundles/org.spikeflow.izhikevich,bundles/org.spikeflow.forecast,bundles/org.spikeflow.dl,releng/org.spikeflow.benchmarks
fi
cache=()
[[ -n "${SPIKEFLOW_DL_CACHE:-}" ]] && cache=("-Dspikeflow.dl.cacheDir=$SPIKEFLOW_DL_CACHE")
java -Xmx2g "${cache[@]}" -cp "$jar:bundles/org.spikeflow.dl/lib/*" org.spikeflow.benchmarks.ResidualAccuracy "$@"
