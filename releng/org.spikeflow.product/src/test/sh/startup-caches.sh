#!/usr/bin/env bash
# Integration test of the start-up caches on a copy of the built product: the class-data sharing archive that
# ./spikeflow makes in the background after a first command, and Felix SCR's component description cache in the OSGi
# storage. Checks that the archive appears (and no lock, temporary file or training storage is left), that the
# commands then print exactly what they printed without it, that an updated bundle is seen at once (a changed class
# and a changed component description, neither taken from a cache), that restoring the bundle is seen too, and that
# a newer launcher jar makes the script remake the archive.
# Usage: startup-caches.sh REPO_ROOT PRODUCT_DIR WORK_DIR
set -euo pipefail

root="$(cd "$1" && pwd)"
product="$2"
work="$3"

step=""
fail() {
  echo "startup-caches: $step: $*" >&2
  for f in "$work"/out.txt "$work"/err.txt; do
    [[ -f "$f" ]] && { echo "--- $(basename "$f"):" >&2; cat "$f" >&2; }
  done
  exit 1
}
run() {
  local expected="$1"; shift
  set +e
  "$root/spikeflow" "$@" >"$work/out.txt" 2>"$work/err.txt"
  local code=$?
  set -e
  [[ $code -eq $expected ]] || fail "'spikeflow $*' exited $code, expected $expected"
}
# waits until the archive exists and is newer than the given file, and nothing is being made any more
wait_for_archive() {
  local newer_than="$1" i
  for ((i = 0; i < 600; i++)); do
    archive=""
    for archive in "$SPIKEFLOW_HOME"/cds/*.jsa; do break; done
    if [[ -f "$archive" && "$archive" -nt "$newer_than" && ! -e "$archive.lock" ]]; then
      return 0
    fi
    sleep 0.5
  done
  fail "no class-data sharing archive in $SPIKEFLOW_HOME/cds after 300 s: $(ls -la "$SPIKEFLOW_HOME/cds" 2>&1)"
}

rm -rf "$work"
mkdir -p "$work"
cp -a "$product" "$work/product"
export SPIKEFLOW_PRODUCT="$work/product"
export SPIKEFLOW_HOME="$work/home"
unset SPIKEFLOW_JAVA_OPTS SPIKEFLOW_CDS

step="without an archive"
run 0 nodes
cp "$work/out.txt" "$work/nodes-plain.txt"
run 0 help
cp "$work/out.txt" "$work/help-plain.txt"
wait_for_archive "$work/product/org.spikeflow.launcher.jar"
for f in "$SPIKEFLOW_HOME"/cds/* "$SPIKEFLOW_HOME"/cds/.[!.]*; do
  [[ ! -e "$f" || "$f" == *.jsa ]] || fail "left behind in the cache folder: $f"
done

step="with the archive"
export JAVA_TOOL_OPTIONS="-Xlog:class+load:file=$work/classes.txt"
run 0 nodes
unset JAVA_TOOL_OPTIONS
shared="$(grep -c 'shared objects file (top)' "$work/classes.txt" || true)"
((shared > 1000)) || fail "only $shared classes came from the archive"
cmp -s "$work/out.txt" "$work/nodes-plain.txt" || fail "nodes prints something else with the archive"
run 0 help
cmp -s "$work/out.txt" "$work/help-plain.txt" || fail "help prints something else with the archive"
[[ ! -s "$work/err.txt" ]] || fail "messages on stderr with the archive"

step="updated bundle"
batch="$(ls "$work/product/plugins"/org.spikeflow.batch_*.jar)"
cp -p "$batch" "$work/batch-original.jar"
# A changed class (the nodes command's summary, same length) and a changed component description (the version
# command now declares another name, so `version` is no longer found): both must be read from the new jar.
python3 - "$batch" <<'PY'
import sys, zipfile
path = sys.argv[1]
with zipfile.ZipFile(path) as z:
    entries = [(info, z.read(info.filename)) for info in z.infolist()]
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for info, data in entries:
        if info.filename == "org/spikeflow/batch/internal/NodesCommand.class":
            assert b"List the node repository" in data
            data = data.replace(b"List the node repository", b"LIST THE NODE REPOSITORY")
        elif info.filename == "OSGI-INF/org.spikeflow.batch.internal.VersionCommand.xml":
            assert b'value="version"' in data
            data = data.replace(b'value="version"', b'value="renamed"')
        z.writestr(info, data)
PY
run 0 help
grep -q "LIST THE NODE REPOSITORY" "$work/out.txt" || fail "the changed class was not loaded from the updated bundle"
run 2 version
grep -q "unknown command 'version'" "$work/err.txt" || fail "the changed component description was not read"

step="restored bundle"
cp -p "$work/batch-original.jar" "$batch"
touch "$batch"   # a new modification time, as a rebuilt or reinstalled jar has
run 0 help
cmp -s "$work/out.txt" "$work/help-plain.txt" || fail "help does not print the original summary again"
run 0 version
grep -q "^Spikeflow " "$work/out.txt" || fail "version does not work again"

step="newer launcher"
sleep 1   # modification times of the file system may have a resolution of one second
touch "$work/product/org.spikeflow.launcher.jar"
run 0 nodes
cmp -s "$work/out.txt" "$work/nodes-plain.txt" || fail "nodes prints something else after the launcher changed"
wait_for_archive "$work/product/org.spikeflow.launcher.jar"

echo "startup-caches: archive made in the background and used, same output, updated and restored bundle seen" \
  "(class and component description), archive remade for a newer launcher: all passed"
