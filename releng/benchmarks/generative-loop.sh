#!/usr/bin/env bash
# Generative-loop benchmark (issue 13, part 2): does the LSTM-corrected forecast beat its generic base out of sample,
# for other noise than the default's? Runs the README's main job offline for several realisations of the noise
# (--var realisation=K; 0 is the default run) and prints per realisation the mean MAE over cycles 2..N of the base
# (ETS offline), the corrected forecast and the physics-based reference, the ratio corrected / base (the reference is
# the base of the same run), the wall time and the load average; then how many realisations the correction won.
# Usage: releng/benchmarks/generative-loop.sh            (needs the product: ./mvnw -B package -DskipTests)
# Env:   REALISATIONS (default 8), CYCLES (default 3), BASE (default ETS: the base model's column name)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.."

realisations="${REALISATIONS:-8}"
cycles="${CYCLES:-3}"
base="${BASE:-ETS}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%-11s %8s %10s %8s %7s %7s  %s\n' realisation "$base" corrected physics ratio wall load
won=0
for ((r = 0; r < realisations; r++)); do
  out="$work/r$r"
  start=$(date +%s.%N)
  rc=0
  ./spikeflow run workflows/generative-loop.spikeflow.json --var "realisation=$r" --var "cycles=$cycles" \
    --output-dir "$out" >"$work/r$r.log" 2>&1 || rc=$?
  wall=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')
  load=$(cut -d' ' -f1 /proc/loadavg)
  if [[ $rc -ne 0 ]]; then
    echo "realisation $r: exit code $rc (log: $work/r$r.log)"; tail -5 "$work/r$r.log"; exit 1
  fi
  line=$(awk -F, -v base="$base" '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $col["Cycle"] >= 2 {
      m = $col["Model"]; v = $col["MAE"]
      if (m == base) { b += v; n++ } else if (m == base "-corrected") { c += v } else { p += v }
    }
    END { if (n == 0) { print "none"; exit } printf "%.3f %.3f %.3f %.2f", b / n, c / n, p / n, c / b }
  ' "$out/output/generative-loop/metrics.csv")
  read -r b c p ratio <<<"$line"
  printf '%-11s %8s %10s %8s %7s %6.1fs  %s\n' "$r" "$b" "$c" "$p" "$ratio" "$wall" "$load"
  if awk -v c="$c" -v b="$b" 'BEGIN { exit !(c < b) }'; then won=$((won + 1)); fi
done
echo "corrected < $base (mean MAE over cycles 2..$cycles) in $won of $realisations realisations"
