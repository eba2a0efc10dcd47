#!/usr/bin/env bash
# Reading a 10^6-row parameter file: `./spikeflow simulate --params` on 1,000,000 random neurons, reporting the
# command's own read_seconds (CSV reading and number parsing) next to simulation_seconds of the same run.
# Usage: releng/benchmarks/params-read.sh        Env: RUNS (default 5), ROWS (default 1000000),
#        DIGITS (default 6: awk's %.6g; 17 gives round-trip doubles, which take the slow exact parsing path),
#        DURATION (default 1000 ms at dt 0.1, as the kernel benchmark).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
runs="${RUNS:-5}"; rows="${ROWS:-1000000}"; digits="${DIGITS:-6}"; duration="${DURATION:-1000}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
params="$work/params.csv"
awk -v n="$rows" -v fmt="%.${digits}g" 'BEGIN { srand(14); print "a,b,c,d,I"
  for (k = 0; k < n; k++) printf fmt "," fmt "," fmt "," fmt "," fmt "\n",
    0.01 + 0.09 * rand(), 0.2 + 0.05 * rand(), -65 + 15 * rand(), 0.05 + 7.95 * rand(), 15 * rand() }' >"$params"
echo "file: $rows rows, $digits significant digits, $(du -h "$params" | cut -f1); simulate --duration $duration"
reads=()
for ((i = 1; i <= runs; i++)); do
  json="$("$root/spikeflow" simulate --params "$params" --duration "$duration" --out "$work/out.csv" 2>/dev/null)"
  read_s="$(grep -o '"read_seconds":[0-9.Ee-]*' <<<"$json" | cut -d: -f2)"
  sim_s="$(grep -o '"simulation_seconds":[0-9.Ee-]*' <<<"$json" | cut -d: -f2)"
  reads+=("$read_s")
  echo "run $i: read ${read_s} s, simulation ${sim_s} s"
done
printf '%s\n' "${reads[@]}" | sort -g | awk '{a[NR]=$1} END {printf "median read: %.3f s over %d runs\n", a[int((NR+1)/2)], NR}'
