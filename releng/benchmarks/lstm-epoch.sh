#!/usr/bin/env bash
# Training speed of the residual LSTM (issue 5): LSTM 2x64, windows of 50, 20k training windows, batch 64, Adam,
# MSE; seconds per epoch in Java (DJL 0.36 + PyTorch 2.7.1 CPU) and, when python3 can import torch, the same
# training in PyTorch from Python (lstm_epoch.py). One thread each by default (2-core machines).
# Usage: releng/benchmarks/lstm-epoch.sh [epochs] [threads]
# Env:   SKIP_BUILD=1 reuses releng/org.spikeflow.benchmarks/target/benchmarks.jar
#        PYTHON=/usr/bin/python3 picks the interpreter (Debian's python3-torch installs into /usr/bin/python3)
#        SPIKEFLOW_DL_CACHE=<folder> where the PyTorch natives are extracted (default ~/.spikeflow/djl)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."
epochs="${1:-3}"
threads="${2:-1}"

jar=releng/org.spikeflow.benchmarks/target/benchmarks.jar
if [[ -z "${SKIP_BUILD:-}" || ! -f "$jar" ]]; then
  ./mvnw -B -q -o package -DskipTests \
    -pl releng/org.spikeflow.target,bundles/org.spikeflow.izhikevich,bundles/org.spikeflow.forecast,bundles/org.spikeflow.dl,releng/org.spikeflow.benchmarks
fi
cache=()
[[ -n "${SPIKEFLOW_DL_CACHE:-}" ]] && cache=("-Dspikeflow.dl.cacheDir=$SPIKEFLOW_DL_CACHE")
echo "== Java"
java -Xmx2g "${cache[@]}" -cp "$jar:bundles/org.spikeflow.dl/lib/*" org.spikeflow.benchmarks.LstmEpochBenchmark \
  "$epochs" "$threads"
python="${PYTHON:-python3}"
if "$python" -c 'import torch' 2>/dev/null; then
  echo "== Python"
  "$python" releng/benchmarks/lstm_epoch.py --epochs "$epochs" --threads "$threads"
elif /usr/bin/python3 -c 'import torch' 2>/dev/null; then
  echo "== Python"
  /usr/bin/python3 releng/benchmarks/lstm_epoch.py --epochs "$epochs" --threads "$threads"
else
  echo "== Python: skipped (no python3 with torch; on Debian: apt-get install python3-torch)"
fi
