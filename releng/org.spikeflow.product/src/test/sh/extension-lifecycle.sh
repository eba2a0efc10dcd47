#!/usr/bin/env bash
# Integration test of extensions on the built product: installs the example extension's update site into a copy of
# the product with `spikeflow install`, lists it, runs a workflow that uses its node, checks that installing twice
# and an unresolvable site change nothing, uninstalls it, and checks the node is gone and the workflow then fails to
# load naming the feature and its update site.
# Usage: extension-lifecycle.sh REPO_ROOT WORK_DIR
set -euo pipefail

root="$(cd "$1" && pwd)"
work="$2"
product="$root/releng/org.spikeflow.product/target/products/org.spikeflow.product/linux/gtk/x86_64"
site="$root/releng/example-extension/target/repository"
workflow_src="$root/releng/example-extension/workflows/local-variation.spikeflow.json"
feature="org.example.spikeflow.lv.feature"
node_name="Spike Train Local Variation"

rm -rf "$work"
mkdir -p "$work"
cp -a "$product" "$work/product"
export SPIKEFLOW_PRODUCT="$work/product"
export SPIKEFLOW_HOME="$work/home"
cp "$workflow_src" "$work/local-variation.spikeflow.json"

step=""
fail() {
  echo "extension-lifecycle: $step: $*" >&2
  for f in "$work"/out.txt "$work"/err.txt; do
    [[ -f "$f" ]] && { echo "--- $(basename "$f"):" >&2; cat "$f" >&2; }
  done
  exit 1
}
# run EXPECTED_EXIT ARGS...: runs ./spikeflow, keeps stdout/stderr in out.txt/err.txt
run() {
  local expected="$1"; shift
  set +e
  "$root/spikeflow" "$@" >"$work/out.txt" 2>"$work/err.txt"
  local code=$?
  set -e
  [[ $code -eq $expected ]] || fail "'spikeflow $*' exited $code, expected $expected"
}
plugins_listing() { (cd "$work/product/plugins" && ls | sort); }

step="before install"
[[ -d "$site" ]] || fail "no update site at $site (build releng/example-extension first)"
run 0 nodes
grep -q "$node_name" "$work/out.txt" && fail "the node is listed before it is installed"

step="unresolvable site"
# A copy of the site whose bundle needs a Spikeflow API version that does not exist: p2 must refuse it and change nothing.
broken="$work/broken-site"
cp -r "$site" "$broken"
python3 - "$broken" <<'PY'
import sys, zipfile, lzma, os, re
site = sys.argv[1]
def patch(xml):
    patched = re.sub(r"(name='org\.spikeflow\.core\.data' range=')[^']*'", r"\g<1>[9.0.0,10.0.0)'", xml)
    assert patched != xml, "no import of org.spikeflow.core.data in the metadata"
    return patched
for name in os.listdir(site):
    path = os.path.join(site, name)
    if name == "content.jar":
        with zipfile.ZipFile(path) as z:
            xml = z.read("content.xml").decode()
        with zipfile.ZipFile(path, "w") as z:
            z.writestr("content.xml", patch(xml))
    elif name == "content.xml.xz":
        os.remove(path)  # p2 prefers the .xz file: keep only the patched content.jar
    elif name == "p2.index":
        os.remove(path)
PY
before="$(plugins_listing)"
run 4 install "$broken"
grep -q "cannot install" "$work/err.txt" || fail "no 'cannot install' reason"
grep -q "org.spikeflow.core.data" "$work/err.txt" || fail "the reason does not name the missing requirement"
grep -q "nothing was changed" "$work/err.txt" || fail "does not say that nothing changed"
[[ "$(plugins_listing)" == "$before" ]] || fail "plugins/ changed"

step="bad site argument"
run 2 install "$work/no-such-site"
grep -q "not found" "$work/err.txt" || fail "no clear message for a missing site"

step="install"
run 0 install "$site"
grep -q "feature $feature" "$work/out.txt" || fail "the report does not name the installed feature"
grep -q "bundle  org.example.spikeflow.lv " "$work/out.txt" || fail "the report does not name the bundle"
ls "$work/product/plugins" | grep -q '^org.example.spikeflow.lv_' || fail "the bundle is not in plugins/"
[[ -f "$work/product/features/$(ls "$work/product/features" | grep "^${feature}_")/feature.xml" ]] \
  || fail "the feature is not in features/"

step="install again"
after_install="$(plugins_listing)"
run 0 install "$site" "$feature"
grep -q "Nothing to install" "$work/out.txt" || fail "a second install is not a no-op"
zip="$(ls "$root"/releng/example-extension/target/*.zip | head -1)"
run 0 install "$zip"
grep -q "Nothing to install" "$work/out.txt" || fail "installing the zipped site again is not a no-op"
[[ "$(plugins_listing)" == "$after_install" ]] || fail "plugins/ changed on the second install"

step="list-installed"
run 0 list-installed
grep -E "^$feature +1\.0\.0\.[^ ]+ +$site\$" "$work/out.txt" >/dev/null || fail "the extension is not listed with its site"
grep -E "^org\.spikeflow\.platform\.feature .* product\$" "$work/out.txt" >/dev/null || fail "product features are not listed"

step="nodes after install"
run 0 nodes
grep -q "$node_name" "$work/out.txt" || fail "the new node is not listed"

step="update"
run 0 update
grep -q "up to date" "$work/out.txt" || fail "update of an up-to-date extension"

step="run a workflow using the node"
run 0 run "$work/local-variation.spikeflow.json" --progress none --output-dir "$work/run"
lv_csv="$(find "$work/run" "$work" -name lv.csv | head -1)"
[[ -n "$lv_csv" ]] || fail "no lv.csv written"
[[ "$(head -1 "$lv_csv")" == "Neuron,Spike count,Local variation" ]] || fail "lv.csv header: $(head -1 "$lv_csv")"
[[ "$(wc -l <"$lv_csv")" -eq 5 ]] || fail "lv.csv should have 4 neurons: $(cat "$lv_csv")"

step="uninstall a product feature"
run 2 uninstall org.spikeflow.neuro.feature
grep -q "part of the Spikeflow product" "$work/err.txt" || fail "no clear refusal"

step="uninstall"
run 0 uninstall "$feature"
ls "$work/product/plugins" | grep -q '^org.example.spikeflow.lv_' && fail "the bundle is still in plugins/"
run 0 list-installed
grep -q "$feature" "$work/out.txt" && fail "the feature is still listed"

step="nodes after uninstall"
run 0 nodes
grep -q "$node_name" "$work/out.txt" && fail "the node is still listed"

step="workflow after uninstall"
run 3 run "$work/local-variation.spikeflow.json" --progress none --output-dir "$work/run2"
grep -q "feature '$feature'" "$work/err.txt" || fail "the load error does not name the feature"
grep -q "https://example.org/spikeflow/lv/updates" "$work/err.txt" || fail "the load error does not name the update site"

step="uninstall again"
run 2 uninstall "$feature"
grep -q "is not installed" "$work/err.txt" || fail "no clear message"

echo "extension-lifecycle: install, no-op reinstall, unresolvable site refused, list-installed, nodes, run, update," \
  "uninstall, node gone, workflow names the missing feature: all passed"
