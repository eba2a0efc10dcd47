#!/usr/bin/env bash
# Start-up benchmark: wall time from invoking a Spikeflow command to its exit, and the CPU time it used (user + sys,
# all threads), which varies less than wall time on a busy machine.
# Each run is paired with a bare `java -version` right before it, the reference for how fast this machine starts a
# JVM at that moment (on a shared machine the load changes from minute to minute): the medians of both and the ratio
# are printed, with the load average.
# Usage: releng/benchmarks/startup.sh [COMMAND ARGS...]   (default: ./spikeflow nodes)
# Env:   RUNS (default 7) measured runs after one warm-up run; prints each run and the medians in ms.
#        JAVA (default: $JAVA_HOME/bin/java, else java) for the reference.
# `./spikeflow --timing COMMAND` prints where one start-up's time goes (JVM, framework, bundles, DS, command).
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."

if [[ $# -eq 0 ]]; then set -- ./spikeflow nodes; fi
runs="${RUNS:-7}"

echo "command: $*"
rc=0
"$@" >/dev/null 2>&1 || rc=$?
echo "warm-up: exit code $rc"
# The first command after a build makes the class-data sharing archive in the background (starting a second after
# the command ended): measure with it
sleep 2
for ((i = 0; i < 240; i++)); do
  pgrep -f -- '-XX:ArchiveClassesAtExit=' >/dev/null 2>&1 || break
  [[ $i -gt 0 ]] || echo "waiting for the class-data sharing archive to be made..."
  sleep 0.5
done

java_bin="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/java}}"
java_bin="${java_bin:-java}"
median() { sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
walls=()
cpus=()
ref_walls=()
ref_cpus=()
TIMEFORMAT='%R %U %S'
times_file="$(mktemp)"
trap 'rm -f "$times_file"' EXIT
# timed COMMAND...: sets ms, cpu and rc
timed() {
  rc=0
  { time "$@" >/dev/null 2>&1 || rc=$?; } 2>"$times_file"
  read -r real user sys <"$times_file"
  ms=$(awk -v r="$real" 'BEGIN { printf "%d", r * 1000 }')
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')
}
for ((i = 1; i <= runs; i++)); do
  timed "$java_bin" -version
  ref_walls+=("$ms")
  ref_cpus+=("$cpu")
  timed "$@"
  walls+=("$ms")
  cpus+=("$cpu")
  echo "run $i: ${ms} ms wall, ${cpu} ms CPU (exit code $rc); java -version ${ref_walls[$((i - 1))]} ms wall"
done

wall=$(printf '%s\n' "${walls[@]}" | median)
ref=$(printf '%s\n' "${ref_walls[@]}" | median)
echo "median: ${wall} ms wall, $(printf '%s\n' "${cpus[@]}" | median) ms CPU over ${runs} runs;" \
  "java -version ${ref} ms wall, $(printf '%s\n' "${ref_cpus[@]}" | median) ms CPU" \
  "(command / java -version: $(awk -v a="$wall" -v b="$ref" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }')x wall);" \
  "load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
