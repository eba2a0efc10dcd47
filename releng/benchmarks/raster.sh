#!/usr/bin/env bash
# Spike raster benchmark (issue 6): 10^5 neurons x 1000 ms of 10 Hz Poisson spikes (~10^6 spikes) rendered to PNG
# and SVG (1600 x 1000 px, 150 dpi) by the plotting library, headless; prints the time of each run.
# Usage: releng/benchmarks/raster.sh [neurons] [durationMs] [rateHz] [runs]
# Env:   SKIP_BUILD=1 reuses releng/org.spikeflow.benchmarks/target/benchmarks.jar
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."

jar=releng/org.spikeflow.benchmarks/target/benchmarks.jar
if [[ -z "${SKIP_BUILD:-}" || ! -f "$jar" ]]; then
  ./mvnw -B -q package -DskipTests -pl releng/org.spikeflow.target,bundles/org.spikeflow.izhikevich,bundles/org.spikeflow.forecast,bundles/org.spikeflow.plot,releng/org.spikeflow.benchmarks
fi
java -Djava.awt.headless=true -XX:+UseSerialGC -Xmx1g -cp "$jar" org.spikeflow.benchmarks.RasterBenchmark "$@"
