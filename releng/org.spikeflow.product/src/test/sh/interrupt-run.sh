#!/usr/bin/env bash
# Integration test of the built product: a signal to `./spikeflow run` cancels the workflow.
# Usage: interrupt-run.sh REPO_ROOT WORK_DIR SIGNAL      (SIGNAL: INT or TERM)
# Starts a long counting loop that rewrites a CSV file, waits until the file has been written once, sends the
# signal and checks: exit code 130, "cancelled" on stderr, no temporary (.tmp) file, run.json says "cancelled".
set -euo pipefail
set -m   # job control: the background run must not start with SIGINT ignored, as non-interactive shells do

root="$1"
work="$2"
signal="$3"
fixture="$root/test-bundles/org.spikeflow.batch.tests/src/test/java/org/spikeflow/batch/tests/fixtures/endless/endless.spikeflow.json"

rm -rf "$work"
mkdir -p "$work"
cp "$fixture" "$work/endless.spikeflow.json"

"$root/spikeflow" run "$work/endless.spikeflow.json" --progress none >"$work/stdout.txt" 2>"$work/stderr.txt" &
pid=$!
# Guard against a hang (a failure, not a time limit on the feature): kill the run if it never ends.
# Its own output goes nowhere: Maven waits until every process holding the script's stdout has ended.
( sleep 300; kill -KILL "$pid" ) >/dev/null 2>&1 &
guard=$!
disown "$guard"   # no job-control notice when it is killed

while [[ ! -f "$work/out/iteration.csv" ]] && kill -0 "$pid" 2>/dev/null; do
  sleep 0.05
done
kill "-$signal" "$pid" 2>/dev/null || true
set +e
wait "$pid"
code=$?
set -e
kill -- "-$guard" 2>/dev/null || true   # the guard's process group (job control): the sleep, too

fail() {
  echo "interrupt-run ($signal): $*" >&2
  echo "--- stderr of the run:" >&2
  cat "$work/stderr.txt" >&2
  exit 1
}
[[ $code -eq 130 ]] || fail "exit code $code, expected 130"
grep -q "cancelled" "$work/stderr.txt" || fail "no 'cancelled' on stderr"
leftovers="$(find "$work" -name '*.tmp')"
[[ -z "$leftovers" ]] || fail "temporary files left: $leftovers"
grep -q '"status" : "cancelled"' "$work/run.json" || fail "run.json does not say cancelled: $(head -c 400 "$work/run.json")"
[[ ! -s "$work/run.lock" ]] || fail "run.lock still names a holder"
echo "interrupt-run ($signal): exit 130, cancelled, no temporary file, run.json status cancelled"
