#!/usr/bin/env bash
# Start-up benchmark: wall time from invoking a Spikeflow command to its exit.
# Usage: releng/benchmarks/startup.sh [COMMAND ARGS...]   (default: ./spikeflow nodes)
# Env:   RUNS (default 7) measured runs after one warm-up run; prints each run and the median in ms.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."

if [[ $# -eq 0 ]]; then set -- ./spikeflow nodes; fi
runs="${RUNS:-7}"

echo "command: $*"
rc=0
"$@" >/dev/null 2>&1 || rc=$?
echo "warm-up: exit code $rc"

times=()
for ((i = 1; i <= runs; i++)); do
  start=$(date +%s%N)
  rc=0
  "$@" >/dev/null 2>&1 || rc=$?
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms (exit code $rc)"
done

median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}')
echo "median: ${median} ms over ${runs} runs"
