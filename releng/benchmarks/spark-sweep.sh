#!/usr/bin/env bash
# Spark sweep benchmark (issue 17): the same random parameter table simulated by the local engine on 2 threads and by
# Spark on local[2] (a separate driver JVM, the same 2 cores), through ./spikeflow simulate. Reports the throughput of
# both, the overhead of Spark (whole command, and the job alone without JVM + Spark start-up), and checks that the two
# outputs are byte-identical.
# Usage: releng/benchmarks/spark-sweep.sh [NEURONS] [DURATION_MS]      (default 1000000 neurons, 1000 ms, dt 0.1)
# Needs the product: ./mvnw -B package -DskipTests -Dskip.web
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."

neurons=${1:-1000000}
duration=${2:-1000}
work=$(mktemp -d "${TMPDIR:-/tmp}/spark-sweep.XXXXXX")
trap 'rm -rf "$work"' EXIT

awk -v n="$neurons" 'BEGIN { srand(17); print "a,b,c,d,I";
  for (k = 0; k < n; k++) printf "%.6f,%.6f,%.4f,%.4f,%.4f\n", 0.02 + 0.08 * rand(), 0.2 + 0.05 * rand(),
    -65 + 15 * rand(), 2 + 6 * rand(), 15 * rand() }' > "$work/params.csv"

seconds() { date +%s.%N; }
t0=$(seconds)
./spikeflow simulate --params "$work/params.csv" --duration "$duration" --dt 0.1 --threads 2 \
  --out "$work/local.csv" > "$work/local.json" 2> "$work/local.log"
t1=$(seconds)
./spikeflow simulate --params "$work/params.csv" --duration "$duration" --dt 0.1 --spark 'local[2]' \
  --out "$work/spark.csv" > "$work/spark.json" 2> "$work/spark.log"
t2=$(seconds)

python3 - "$work" "$neurons" "$t0" "$t1" "$t2" <<'PY'
import json, sys
work, n, t0, t1, t2 = sys.argv[1], int(sys.argv[2]), *map(float, sys.argv[3:])
local = json.load(open(f"{work}/local.json"))
spark = json.load(open(f"{work}/spark.json"))
same = open(f"{work}/local.csv", "rb").read() == open(f"{work}/spark.csv", "rb").read()
updates = local["neurons"] * local["steps"]
print(f"{n} neurons x {local['steps']} steps = {updates:.3g} neuron-updates")
print(f"local engine, 2 threads : {local['simulation_seconds']:.2f} s integration, {t1 - t0:.2f} s command;"
      f" {local['neuron_updates_per_second']:.3g} updates/s")
print(f"Spark local[2]          : {spark['job_seconds']:.2f} s job, {t2 - t1:.2f} s command;"
      f" {spark['neuron_updates_per_second']:.3g} updates/s (job)")
print(f"overhead (Spark / local): job {spark['job_seconds'] / local['simulation_seconds']:.2f}x,"
      f" whole command {(t2 - t1) / (t1 - t0):.2f}x")
print("outputs byte-identical:", same)
sys.exit(0 if same else 1)
PY
