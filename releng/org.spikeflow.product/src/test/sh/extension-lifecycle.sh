#!/usr/bin/env bash
# Integration test of extensions on the built product: installs the example extension's update site into a copy of
# the product with `spikeflow install`, lists it, runs a workflow that uses its node, checks that installing twice
# and an unresolvable site change nothing, uninstalls it, and checks the node is gone and the workflow then fails to
# load naming the feature and its update site. Then: installs from an https: site on 127.0.0.1 (a self-signed
# certificate trusted only by this test) and updates to a genuinely newer release (1.0.1, made from the site by
# p2-site-tools.py) served over http:; installs for the user only (`install --user`) and, with the product folder
# really read-only (run as an unprivileged user when this runs as root, else chmod), into the per-user extension
# location, where the launcher starts it, `update` and `uninstall` find it.
# Usage: extension-lifecycle.sh REPO_ROOT WORK_DIR
set -euo pipefail

root="$(cd "$1" && pwd)"
work="$2"
product="$root/releng/org.spikeflow.product/target/products/org.spikeflow.product/linux/gtk/x86_64"
site="$root/releng/example-extension/target/repository"
workflow_src="$root/releng/example-extension/workflows/local-variation.spikeflow.json"
feature="org.example.spikeflow.lv.feature"
node_name="Spike Train Local Variation"

[[ -d "$work" ]] && chmod -R u+w "$work"
rm -rf "$work"
mkdir -p "$work"
tools="$(dirname "${BASH_SOURCE[0]}")/p2-site-tools.py"
servers=()
cleanup() {
  for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; done
  return 0
}
trap cleanup EXIT
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
# serve DIR NAME [https]: serves DIR on 127.0.0.1 and sets $url
serve() {
  local port_file="$work/$2.port"
  if [[ "${3:-}" == https ]]; then
    python3 "$tools" serve "$1" "$port_file" "$work/tls/cert.pem" "$work/tls/key.pem" &
  else
    python3 "$tools" serve "$1" "$port_file" &
  fi
  servers+=($!)
  for _ in $(seq 100); do [[ -s "$port_file" ]] && break; sleep 0.1; done
  [[ -s "$port_file" ]] || fail "the $2 server did not start"
  url="${3:-http}://127.0.0.1:$(cat "$port_file")/"
}
# check_lv_run DIR: the workflow ran and wrote 4 neurons
check_lv_run() {
  local csv
  csv="$(find "$1" -name lv.csv | head -1)"
  [[ -n "$csv" ]] || fail "no lv.csv written"
  [[ "$(head -1 "$csv")" == "Neuron,Spike count,Local variation" ]] || fail "lv.csv header: $(head -1 "$csv")"
  [[ "$(wc -l <"$csv")" -eq 5 ]] || fail "lv.csv should have 4 neurons: $(cat "$csv")"
}

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

step="https site with a certificate the JVM does not trust"
mkdir -p "$work/tls"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1 -subj "/CN=127.0.0.1" \
  -addext "subjectAltName=IP:127.0.0.1" -keyout "$work/tls/key.pem" -out "$work/tls/cert.pem" 2>/dev/null \
  || fail "openssl could not make a test certificate"
keytool -importcert -noprompt -alias spikeflow-test -file "$work/tls/cert.pem" -keystore "$work/tls/trust.p12" \
  -storetype PKCS12 -storepass spikeflow-test >/dev/null 2>&1 || fail "keytool could not make a trust store"
serve "$site" https-site https
https_site="$url"
before="$(plugins_listing)"
run 2 install "$https_site"
grep -q "cannot read update site" "$work/err.txt" || fail "an untrusted certificate is not reported"
[[ "$(plugins_listing)" == "$before" ]] || fail "plugins/ changed"

step="install from an https site"
JAVA_TOOL_OPTIONS="-Djavax.net.ssl.trustStore=$work/tls/trust.p12 -Djavax.net.ssl.trustStorePassword=spikeflow-test" \
  run 0 install "$https_site"
grep -q "feature $feature 1.0.0" "$work/out.txt" || fail "the https install does not report the feature"
run 0 list-installed
grep -E "^$feature +1\.0\.0\.[^ ]+ +${https_site//./\\.}\$" "$work/out.txt" >/dev/null \
  || fail "the extension is not listed with its https site"

step="update to a newer release from an http site"
python3 "$tools" bump "$site" "$work/site-1.0.1" 1.0.1 >"$work/new-version.txt" || fail "could not make the 1.0.1 site"
new_version="$(cat "$work/new-version.txt")"
serve "$work/site-1.0.1" http-site
http_site="$url"
run 0 update "$http_site"
grep -q "$feature 1\.0\.0\.[^ ]* -> $new_version" "$work/out.txt" || fail "update does not report 1.0.0 -> $new_version"
ls "$work/product/plugins" | grep -q "^org.example.spikeflow.lv_$new_version.jar\$" || fail "the new bundle is not in plugins/"
ls "$work/product/plugins" | grep -q '^org.example.spikeflow.lv_1\.0\.0\.' && fail "the old bundle is still in plugins/"
run 0 list-installed
grep -E "^$feature +${new_version//./\\.} +${http_site//./\\.}\$" "$work/out.txt" >/dev/null \
  || fail "list-installed does not show $new_version from $http_site"
run 0 update
grep -q "up to date" "$work/out.txt" || fail "a second update is not a no-op"
run 0 nodes
grep -q "$node_name" "$work/out.txt" || fail "the node is not listed after the update"
run 0 run "$work/local-variation.spikeflow.json" --progress none --output-dir "$work/run-updated"
check_lv_run "$work/run-updated"
run 0 uninstall "$feature"

step="the canvas sees nodes installed and removed while it runs"
mkdir -p "$work/workspace"
"$root/spikeflow" ui --no-browser --port 0 --workspace "$work/workspace" >"$work/ui-out.txt" 2>"$work/ui-err.txt" &
servers+=($!)
for _ in $(seq 600); do grep -q '^Spikeflow canvas: ' "$work/ui-out.txt" && break; sleep 0.1; done
ui_url="$(sed -n 's/^Spikeflow canvas: //p' "$work/ui-out.txt")"
[[ -n "$ui_url" ]] || fail "the canvas did not start: $(cat "$work/ui-err.txt")"
curl -s -c "$work/ui-cookies.txt" -o /dev/null "$ui_url" || fail "cannot open $ui_url"   # the token becomes a cookie
node_type="org.example.spikeflow.lv.localvariation"
# canvas_lists yes|no: waits (up to 30 s) until the canvas's node list has the node, or no longer has it
canvas_lists() {
  local list
  for _ in $(seq 60); do
    list="$(curl -s -b "$work/ui-cookies.txt" "${ui_url%%\?*}api/nodes")"
    [[ "$list" == *'"type"'* ]] || fail "the canvas's /api/nodes answered: $list"
    if [[ "$list" == *"\"$node_type\""* ]]; then [[ $1 == yes ]] && return 0; else [[ $1 == no ]] && return 0; fi
    sleep 0.5
  done
  return 1
}
canvas_lists no || fail "the canvas lists the node before it is installed"
run 0 install "$site"
canvas_lists yes || fail "the canvas does not list the node installed while it runs: $(cat "$work/ui-err.txt")"
grep -q "node list updated" "$work/ui-err.txt" || fail "the canvas does not say that it picked up the new bundles"
run 0 uninstall "$feature"
canvas_lists no || fail "the canvas still lists the uninstalled node"
kill "${servers[-1]}"

step="install for this user only (--user)"
user_root="$SPIKEFLOW_HOME/data/extensions"
before="$(plugins_listing)"
run 0 install --user "$site"
grep -q "for this user, into $user_root/product-" "$work/out.txt" || fail "the report does not name the per-user location"
[[ "$(plugins_listing)" == "$before" ]] || fail "plugins/ of the product changed"
user_location="$(ls -d "$user_root"/product-*)"
ls "$user_location/plugins" | grep -q '^org.example.spikeflow.lv_1\.0\.0\.' || fail "the bundle is not in $user_location/plugins"
run 0 install "$site"
grep -q "Nothing to install" "$work/out.txt" || fail "installing what this user has is not a no-op"
run 0 list-installed
grep -E "^$feature +1\.0\.0\.[^ ]+ +$site \(for this user\)\$" "$work/out.txt" >/dev/null \
  || fail "the extension is not listed as this user's"
run 0 nodes
grep -q "$node_name" "$work/out.txt" || fail "the launcher does not start the per-user bundle"
run 0 version
grep -q "$feature" "$work/out.txt" || fail "version does not list the feature installed for this user"
run 0 run "$work/local-variation.spikeflow.json" --progress none --output-dir "$work/run-user"
check_lv_run "$work/run-user"
run 0 update "$work/site-1.0.1"
grep -q "$feature 1\.0\.0\.[^ ]* -> $new_version (for this user)" "$work/out.txt" || fail "the per-user extension is not updated"
ls "$user_location/plugins" | grep -q "^org.example.spikeflow.lv_$new_version.jar\$" || fail "the new bundle is not in $user_location"
ls "$user_location/plugins" | grep -q '^org.example.spikeflow.lv_1\.0\.0\.' && fail "the old bundle is still in $user_location"
run 0 uninstall "$feature"
grep -q "installed for this user" "$work/out.txt" || fail "uninstall does not say it removed this user's extension"
ls "$user_location/plugins" | grep -q '^org.example.spikeflow.lv_' && fail "the bundle is still in $user_location/plugins"
run 0 nodes
grep -q "$node_name" "$work/out.txt" && fail "the node is still listed"

step="read-only product folder"
# The product folder must really be read-only for the user running Spikeflow: root writes anywhere, so as root the
# commands run as the unprivileged user 'nobody'; otherwise the folder is made read-only with chmod.
ro_home="$work/home-read-only"
mkdir -p "$ro_home"
as_user=()
if [[ "$(id -u)" -eq 0 ]]; then
  chown nobody "$ro_home" && chmod o+rx "$work" || fail "cannot prepare a folder for user nobody"
  as_user=(runuser -u nobody --)
else
  chmod -R a-w "$work/product"
fi
run_ro() {
  local expected="$1"; shift
  set +e
  (cd "$ro_home" && "${as_user[@]}" env HOME="$ro_home" SPIKEFLOW_HOME="$ro_home" SPIKEFLOW_PRODUCT="$work/product" \
    "$root/spikeflow" "$@") >"$work/out.txt" 2>"$work/err.txt"
  local code=$?
  set -e
  [[ $code -eq $expected ]] || fail "'spikeflow $*' (product read-only) exited $code, expected $expected"
}
before="$(plugins_listing)"
run_ro 0 install "$site"
grep -q "is read-only" "$work/out.txt" || fail "the report does not say why it installed for the user"
[[ "$(plugins_listing)" == "$before" ]] || fail "plugins/ of the read-only product changed"
ls "$ro_home"/data/extensions/product-*/plugins | grep -q '^org.example.spikeflow.lv_' || fail "not installed for the user"
run_ro 0 nodes
grep -q "$node_name" "$work/out.txt" || fail "the node is not listed"
run_ro 0 run "$work/local-variation.spikeflow.json" --progress none --output-dir "$ro_home/run"
check_lv_run "$ro_home/run"
run_ro 0 uninstall "$feature"
run_ro 0 nodes
grep -q "$node_name" "$work/out.txt" && fail "the node is still listed"
[[ "$(id -u)" -eq 0 ]] || chmod -R u+w "$work/product"

echo "extension-lifecycle: install, no-op reinstall, unresolvable site refused, list-installed, nodes, run, update," \
  "uninstall, node gone, workflow names the missing feature, https site (untrusted refused), update to $new_version" \
  "over http, per-user install (--user and read-only product): all passed"
