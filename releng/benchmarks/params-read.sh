#!/usr/bin/env bash
# Reading a 10^6-row parameter file: `./spikeflow simulate --params` on 1,000,000 random neurons, reporting the
# command's own read_seconds (opening, CSV reading, number parsing, building the population) next to
# simulation_seconds of the same process, and their ratio (issue 14: reading should take well under the simulation).
# References in the same run: the one-part read (`--threads 1`: one parser over the whole file, 10 ms simulated), and
# optionally another build's launcher (BASELINE, e.g. a worktree of main before a change), run alternately with this one.
# Usage: releng/benchmarks/params-read.sh        Env: RUNS (default 5), ROWS (default 1000000),
#        DIGITS (default 6: awk's %.6g; 17 gives round-trip doubles, which take the slow exact parsing path),
#        DURATION (default 1000 ms at dt 0.1, as the kernel benchmark), BASELINE (path of another spikeflow launcher),
#        COLD=1 (also reads without the background kernel warm-up, which competes with the reader threads for the
#        cores; these runs set SPIKEFLOW_JAVA_OPTS, so they also go without the launcher's CDS archive).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
runs="${RUNS:-5}"; rows="${ROWS:-1000000}"; digits="${DIGITS:-6}"; duration="${DURATION:-1000}"
baseline="${BASELINE:-}"; cold="${COLD:-}"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
params="$work/params.csv"
awk -v n="$rows" -v fmt="%.${digits}g" 'BEGIN { srand(14); print "a,b,c,d,I"
  for (k = 0; k < n; k++) printf fmt "," fmt "," fmt "," fmt "," fmt "\n",
    0.01 + 0.09 * rand(), 0.2 + 0.05 * rand(), -65 + 15 * rand(), 0.05 + 7.95 * rand(), 15 * rand() }' >"$params"
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?'; }
echo "file: $rows rows, $digits significant digits, $(du -h "$params" | cut -f1); simulate --duration $duration;" \
  "$(nproc) cores, load $(load)"
field() { grep -o "\"$1\":[0-9.Ee-]*" <<<"$2" | cut -d: -f2; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
one=(); all=(); share=(); base=(); base_share=(); nowarm=()
for ((i = 1; i <= runs; i++)); do
  json="$("$root/spikeflow" simulate --params "$params" --duration 10 --threads 1 --out "$work/out1.csv" 2>/dev/null)"
  one+=("$(field read_seconds "$json")")
  json="$("$root/spikeflow" simulate --params "$params" --duration "$duration" --out "$work/out.csv" 2>/dev/null)"
  all+=("$(field read_seconds "$json")")
  sim="$(field simulation_seconds "$json")"
  share+=("$(ratio "${all[-1]}" "$sim")")
  line="run $i: read ${one[-1]} s with --threads 1, ${all[-1]} s with $(field threads "$json") threads;"
  line+=" simulation $sim s; read/simulation ${share[-1]}"
  if [[ -n "$baseline" ]]; then
    json="$("$baseline" simulate --params "$params" --duration "$duration" --out "$work/out0.csv" 2>/dev/null)"
    base+=("$(field read_seconds "$json")")
    base_share+=("$(ratio "${base[-1]}" "$(field simulation_seconds "$json")")")
    line+="; baseline read ${base[-1]} s, read/simulation ${base_share[-1]}"
  fi
  if [[ -n "$cold" ]]; then
    json="$(SPIKEFLOW_JAVA_OPTS="-XX:+UseSerialGC -Xshare:auto -Dspikeflow.kernel.warmup=false" \
      "$root/spikeflow" simulate --params "$params" --duration 10 --out "$work/out2.csv" 2>/dev/null)"
    nowarm+=("$(field read_seconds "$json")")
    line+="; read without the kernel warm-up ${nowarm[-1]} s"
  fi
  echo "$line"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
m1="$(median "${one[@]}")"; ma="$(median "${all[@]}")"
awk -v a="$m1" -v b="$ma" -v n="$runs" -v s="$(median "${share[@]}")" 'BEGIN {
  printf "median read: %.3f s (--threads 1), %.3f s (default threads) over %d runs: %.2fx faster;", a, b, n, a / b
  printf " read/simulation %.3f\n", s }'
if [[ -n "$baseline" ]]; then
  awk -v a="$(median "${base[@]}")" -v b="$ma" -v s="$(median "${base_share[@]}")" 'BEGIN {
    printf "baseline median read: %.3f s, read/simulation %.3f; this build reads %.2fx faster\n", a, s, a / b }'
fi
if [[ -n "$cold" ]]; then
  awk -v a="$(median "${nowarm[@]}")" -v b="$ma" 'BEGIN {
    printf "median read without the kernel warm-up: %.3f s (with it: %.3f s)\n", a, b }'
fi
echo "load at the end: $(load)"
