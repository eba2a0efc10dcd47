#!/usr/bin/env bash
# Reading a 10^6-row parameter file: `./spikeflow simulate --params` on 1,000,000 random neurons, reporting the
# command's own read_seconds (CSV reading and number parsing) next to simulation_seconds of the same run. The
# reference in the same run is the one-part read (`--threads 1`: one Commons CSV parser over the whole file, the
# reading path before the file was cut into parts); the other run uses the default threads (one per core).
# Usage: releng/benchmarks/params-read.sh        Env: RUNS (default 5), ROWS (default 1000000),
#        DIGITS (default 6: awk's %.6g; 17 gives round-trip doubles, which take the slow exact parsing path),
#        DURATION (default 1000 ms at dt 0.1, as the kernel benchmark; the --threads 1 reference simulates 10 ms).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
runs="${RUNS:-5}"; rows="${ROWS:-1000000}"; digits="${DIGITS:-6}"; duration="${DURATION:-1000}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
params="$work/params.csv"
awk -v n="$rows" -v fmt="%.${digits}g" 'BEGIN { srand(14); print "a,b,c,d,I"
  for (k = 0; k < n; k++) printf fmt "," fmt "," fmt "," fmt "," fmt "\n",
    0.01 + 0.09 * rand(), 0.2 + 0.05 * rand(), -65 + 15 * rand(), 0.05 + 7.95 * rand(), 15 * rand() }' >"$params"
echo "file: $rows rows, $digits significant digits, $(du -h "$params" | cut -f1); simulate --duration $duration;" \
  "$(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
field() { grep -o "\"$1\":[0-9.Ee-]*" <<<"$2" | cut -d: -f2; }
one=(); all=()
for ((i = 1; i <= runs; i++)); do
  json="$("$root/spikeflow" simulate --params "$params" --duration 10 --threads 1 --out "$work/out1.csv" 2>/dev/null)"
  one+=("$(field read_seconds "$json")")
  json="$("$root/spikeflow" simulate --params "$params" --duration "$duration" --out "$work/out.csv" 2>/dev/null)"
  all+=("$(field read_seconds "$json")")
  echo "run $i: read ${one[-1]} s with --threads 1, ${all[-1]} s with $(field threads "$json") threads;" \
    "simulation $(field simulation_seconds "$json") s"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m1="$(median "${one[@]}")"; ma="$(median "${all[@]}")"
awk -v a="$m1" -v b="$ma" -v n="$runs" 'BEGIN { printf "median read: %.3f s (--threads 1), %.3f s (default threads) over %d runs: %.2fx faster\n", a, b, n, a / b }'
