#!/usr/bin/env bash
# Population kernel vs. the blocked C reference (issue 14): the same random population (a, b, c, d, I as in
# population.sh), 1000 ms at dt 0.1 ms, euler, spike counts. For 100k and 1M neurons, double and float, it runs the C
# reference (kernel_reference.c: gcc -O3 -march=native -ffp-contract=off, 64-byte aligned, blocks of 400) and
# `./spikeflow simulate --params` with 1 and 2 threads, alternating, and prints Java/C speed ratios
# (C integration seconds / Java `simulation_seconds`; 2 threads are compared with single-thread C). Both sides must
# report the same spikes_total (same arithmetic), else the row is marked MISMATCH.
# Usage: releng/benchmarks/kernel-vs-c.sh            (needs ./mvnw -B package -DskipTests and gcc)
# Env:   RUNS (default 3) alternating rounds, the best of each is kept; SIZES (default "100000 1000000")
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
runs="${RUNS:-3}"

gcc -O3 -march=native -ffp-contract=off -o "$work/kernel_reference" "$root/releng/benchmarks/kernel_reference.c"

field() { sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\([0-9.eE+-]*\).*/\1/p" <<<"$2"; }
min() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b + 0 < a + 0) ? b : a }'; }

printf '%-9s %-9s %-7s %-10s %-12s %-8s %s\n' neurons precision threads c_seconds java_seconds java/c spikes
for n in ${SIZES:-100000 1000000}; do
  params="$work/params-$n.csv"
  awk -v n="$n" 'BEGIN { srand(14); print "a,b,c,d,I"
    for (i = 0; i < n; i++) printf "%.17g,%.17g,%.17g,%.17g,%.17g\n",
      0.01 + 0.09 * rand(), 0.2 + 0.05 * rand(), -65 + 15 * rand(), 0.05 + 7.95 * rand(), 15 * rand() }' >"$params"
  for precision in double float; do
    c_best="" ; j1="" ; j2="" ; c_spikes="" ; j_spikes=()
    for ((r = 0; r < runs; r++)); do
      out="$("$work/kernel_reference" "$params" "$precision")"
      c_best="$(min "$c_best" "$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' <<<"$out")")"
      c_spikes="$(sed -n 's/.*spikes_total=\([0-9]*\).*/\1/p' <<<"$out")"
      for threads in 1 2; do
        json="$("$root/spikeflow" simulate --params "$params" --precision "$precision" --threads "$threads" \
          --out "$work/counts.csv")"
        s="$(field simulation_seconds "$json")"
        j_spikes+=("$(field spikes_total "$json")")
        if [[ $threads == 1 ]]; then j1="$(min "$j1" "$s")"; else j2="$(min "$j2" "$s")"; fi
      done
    done
    check="$c_spikes"
    for s in "${j_spikes[@]}"; do [[ "$s" == "$c_spikes" ]] || check="MISMATCH (C $c_spikes, Java $s)"; done
    for threads in 1 2; do
      if [[ $threads == 1 ]]; then j="$j1"; else j="$j2"; fi
      printf '%-9s %-9s %-7s %-10s %-12s %-8s %s\n' "$n" "$precision" "$threads" "$c_best" "$j" \
        "$(awk -v c="$c_best" -v j="$j" 'BEGIN { printf "%.2f", c / j }')" "$check"
    done
  done
done
