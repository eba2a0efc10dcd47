#!/usr/bin/env bash
# Start-up benchmark: wall time from invoking a Spikeflow command to its exit, and the CPU time it used (user + sys,
# all threads), which varies less than wall time on a busy machine.
# Usage: releng/benchmarks/startup.sh [COMMAND ARGS...]   (default: ./spikeflow nodes)
# Env:   RUNS (default 7) measured runs after one warm-up run; prints each run and the medians in ms.
# `./spikeflow --timing COMMAND` prints where one start-up's time goes (JVM, framework, bundles, DS, command).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."

if [[ $# -eq 0 ]]; then set -- ./spikeflow nodes; fi
runs="${RUNS:-7}"

echo "command: $*"
rc=0
"$@" >/dev/null 2>&1 || rc=$?
echo "warm-up: exit code $rc"

median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
walls=()
cpus=()
TIMEFORMAT='%R %U %S'
times_file="$(mktemp)"
trap 'rm -f "$times_file"' EXIT
for ((i = 1; i <= runs; i++)); do
  rc=0
  { time "$@" >/dev/null 2>&1 || rc=$?; } 2>"$times_file"
  read -r real user sys <"$times_file"
  ms=$(awk -v r="$real" 'BEGIN { printf "%d", r * 1000 }')
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')
  walls+=("$ms")
  cpus+=("$cpu")
  echo "run $i: ${ms} ms wall, ${cpu} ms CPU (exit code $rc)"
done

echo "median: $(printf '%s\n' "${walls[@]}" | median) ms wall, $(printf '%s\n' "${cpus[@]}" | median) ms CPU" \
  "over ${runs} runs"
