#!/usr/bin/env bash
# Population kernel vs. the blocked C reference (issue 14): the same random population (a, b, c, d, I as in
# population.sh), 1000 ms at dt 0.1 ms, euler, spike counts. For 100k and 1M neurons, double and float, it runs the C
# reference (kernel_reference.c: gcc -O3 -march=native -ffp-contract=off, 64-byte aligned, blocks of 400) and
# `./spikeflow simulate --params` with 1 and 2 threads, alternating (C, Java 1 thread, Java 2 threads, C, ...), and
# prints medians with their spread (min-max) and the Java/C speed ratio of the medians (C integration seconds / Java
# `simulation_seconds`; 2 threads are compared with single-thread C), then Java's float/double speed ratio (double's
# median over float's). Java's time includes any wait for the kernel's background warm-up (started while the
# parameter file is read). Both sides must report the same spikes_total (same arithmetic), else the row is marked
# MISMATCH. Per Java run, the wall time of the whole command is split into start-up + read + simulation + write
# (+ the rest).
# Usage: releng/benchmarks/kernel-vs-c.sh            (needs ./mvnw -B package -DskipTests -Dskip.web and gcc)
# Env:   RUNS (default 5) alternating rounds; SIZES (default "100000 1000000"); PRECISIONS (default "double float")
#        COLD=1 also runs Java without the background warm-up (-Dspikeflow.kernel.warmup=false), as "1 cold"
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
runs="${RUNS:-5}"

gcc -O3 -march=native -ffp-contract=off -o "$work/kernel_reference" "$root/releng/benchmarks/kernel_reference.c"

field() { sed -n "s/.*\"$1\"[[:space:]]*:[[:space:]]*\([0-9.eE+-]*\).*/\1/p" <<<"$2"; }
# median, min and max of the numbers on stdin, as "median min max"
stats() { sort -g | awk '{ x[NR] = $1 } END { m = NR % 2 ? x[(NR + 1) / 2] : (x[NR / 2] + x[NR / 2 + 1]) / 2
  printf "%.3f %.3f %.3f\n", m, x[1], x[NR] }'; }
now() { date +%s.%N; }

modes=("1" "2")
[[ -n "${COLD:-}" ]] && modes+=("1cold")
default_opts="-XX:+UseSerialGC -Xshare:auto"

printf '%-8s %-7s %-7s %-22s %-22s %-6s %-34s %s\n' neurons prec threads "c_s median (min-max)" \
  "java_s median (min-max)" java/c "java wall: median total = read+sim+write+rest" spikes
for n in ${SIZES:-100000 1000000}; do
  params="$work/params-$n.csv"
  awk -v n="$n" 'BEGIN { srand(14); print "a,b,c,d,I"
    for (i = 0; i < n; i++) printf "%.17g,%.17g,%.17g,%.17g,%.17g\n",
      0.01 + 0.09 * rand(), 0.2 + 0.05 * rand(), -65 + 15 * rand(), 0.05 + 7.95 * rand(), 15 * rand() }' >"$params"
  for precision in ${PRECISIONS:-double float}; do
    : >"$work/c"
    for m in "${modes[@]}"; do : >"$work/java-$m"; : >"$work/wall-$m"; done
    c_spikes="" ; check=""
    for ((r = 0; r < runs; r++)); do
      out="$("$work/kernel_reference" "$params" "$precision")"
      sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' <<<"$out" >>"$work/c"
      c_spikes="$(sed -n 's/.*spikes_total=\([0-9]*\).*/\1/p' <<<"$out")"
      for m in "${modes[@]}"; do
        threads="${m%cold}"
        opts="$default_opts"
        [[ "$m" == *cold ]] && opts="$default_opts -Dspikeflow.kernel.warmup=false"
        t0="$(now)"
        json="$(SPIKEFLOW_JAVA_OPTS="$opts" "$root/spikeflow" simulate --params "$params" --precision "$precision" \
          --threads "$threads" --out "$work/counts.csv" 2>/dev/null)"
        t1="$(now)"
        field simulation_seconds "$json" >>"$work/java-$m"
        echo "$t0 $t1 $(field read_seconds "$json") $(field simulation_seconds "$json") $(field write_seconds "$json")" \
          >>"$work/wall-$m"
        s="$(field spikes_total "$json")"
        [[ "$s" == "$c_spikes" ]] || check="MISMATCH (C $c_spikes, Java $s)"
      done
    done
    read -r c_med c_min c_max < <(stats <"$work/c")
    for m in "${modes[@]}"; do
      read -r j_med j_min j_max < <(stats <"$work/java-$m")
      wall="$(awk '{ w = $2 - $1; print w, $3, $4, $5, w - $3 - $4 - $5 }' "$work/wall-$m" | sort -g | awk '
        { row[NR] = $0 } END { split(row[int((NR + 1) / 2)], x, " ")
          printf "%.2f = %.2f+%.2f+%.2f+%.2f", x[1], x[2], x[3], x[4], x[5] }')"
      printf '%-8s %-7s %-7s %-22s %-22s %-6s %-34s %s\n' "$n" "$precision" "$m" "$c_med ($c_min-$c_max)" \
        "$j_med ($j_min-$j_max)" "$(awk -v c="$c_med" -v j="$j_med" 'BEGIN { printf "%.2f", c / j }')" "$wall" \
        "${check:-$c_spikes}"
      echo "$n $m $precision $j_med" >>"$work/medians"
    done
  done
done
# float's speed-up over double in Java (the issue's "float >= 2x the double figure"), from the medians above
awk '{ t[$1 " " $2 " " $3] = $4; k[$1 " " $2] = 1 } END {
  for (x in k) if ((x " double") in t && (x " float") in t)
    printf "java float/double speed: %s neurons, %s thread(s): %.2f\n", substr(x, 1, index(x, " ") - 1),
      substr(x, index(x, " ") + 1), t[x " double"] / t[x " float"] }' "$work/medians" 2>/dev/null | sort -k5,5n -k7,7 || true
