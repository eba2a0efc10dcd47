#!/usr/bin/env bash
# Population engine benchmark (issue 3): 1,000,000 Izhikevich neurons, random parameters, 1000 ms at dt 0.1 ms,
# euler, spike counts only; double and float, 1 and 2 threads. JMH times one full run (single shot, s/op); the
# summary converts it to neuron-updates per second. Then the heap of the 1M-neuron run under -Xmx200m.
# Usage: releng/benchmarks/population.sh [extra JMH args]     e.g. -p precision=FLOAT -p threads=2
# Env:   SKIP_BUILD=1 reuses releng/org.spikeflow.benchmarks/target/benchmarks.jar
#        JMH_OPTS (default: -f 1 -wi 1 -i 3) forks, warm-up and measurement iterations (one iteration = one run)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."

jar=releng/org.spikeflow.benchmarks/target/benchmarks.jar
if [[ -z "${SKIP_BUILD:-}" || ! -f "$jar" ]]; then
  ./mvnw -B -q package -DskipTests -pl releng/org.spikeflow.target,bundles/org.spikeflow.izhikevich,releng/org.spikeflow.benchmarks
fi

jvm=(--add-modules jdk.incubator.vector -XX:+UseSerialGC -Xms1g -Xmx1g)
# shellcheck disable=SC2206
opts=(${JMH_OPTS:--f 1 -wi 1 -i 3})
out=releng/org.spikeflow.benchmarks/target/jmh-population.txt
java "${jvm[@]}" -jar "$jar" PopulationBenchmark "${opts[@]}" -jvmArgs "${jvm[*]}" -rf json \
  -rff releng/org.spikeflow.benchmarks/target/jmh-population.json "$@" | tee "$out"

echo
echo "Neuron-updates per second (neurons x duration/dt / JMH time per run):"
awk '$1 ~ /PopulationBenchmark.spikeCounts/ && $7 == "ss" {
  printf "  %-6s %s thread(s), kernel %s: %.3g neuron-updates/s (%.2f s per run)\n", $5, $6, $3, $4 * $2 / 0.1 / $9, $9
}' "$out"

echo
echo "Heap of the 1M-neuron spike-count run (double, 2 threads) under -Xmx200m:"
java --add-modules jdk.incubator.vector -XX:+UseSerialGC -Xmx200m -cp "$jar" org.spikeflow.benchmarks.HeapCheck \
  1000000 1000 double 2 2>/dev/null
java --add-modules jdk.incubator.vector -XX:+UseSerialGC -Xmx200m -cp "$jar" org.spikeflow.benchmarks.HeapCheck \
  1000000 1000 float 2 2>/dev/null
