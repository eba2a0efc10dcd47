#!/usr/bin/env bash
# Integration test of the bash launcher: it passes shellcheck, runs from an install folder whose path has spaces
# (the archive layout: the script beside org.spikeflow.launcher.jar), also through a symbolic link, with nothing
# on the PATH but bash, uname, readlink and java, and refuses a Java older than 17 with a clear message.
# Usage: launcher-portability.sh REPO_ROOT PRODUCT_DIR WORK_DIR
set -euo pipefail

root="$1"
product="$2"
work="$3"

fail() { echo "launcher-portability: FAILED: $*" >&2; exit 1; }

if ! command -v shellcheck >/dev/null 2>&1; then
  if [[ "$(id -u)" != "0" ]]; then
    fail "shellcheck is missing: run 'sudo apt-get install -y shellcheck' (or build with -DskipTests)"
  fi
  echo "Installing Debian's shellcheck for the launcher test..." >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends shellcheck >/dev/null \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends shellcheck >/dev/null; }
fi
shellcheck "$root/spikeflow" || fail "shellcheck reports problems in ./spikeflow"

rm -rf "$work"
install="$work/Spike Flow Install"
mkdir -p "$install" "$work/posix bin" "$work/link dir" "$work/home dir"
cp "$root/spikeflow" "$product/org.spikeflow.launcher.jar" "$install/"
ln -s "$product/plugins" "$install/plugins"
ln -s "$product/features" "$install/features"
ln -s "$install/spikeflow" "$work/link dir/spikeflow"
java_bin="$(command -v java)"
if [[ -n "${JAVA_HOME:-}" ]]; then java_bin="$JAVA_HOME/bin/java"; fi
for tool in bash uname readlink; do
  ln -s "$(command -v "$tool")" "$work/posix bin/$tool"
done
ln -s "$java_bin" "$work/posix bin/java"

run() { env -i PATH="$work/posix bin" HOME="$work/home dir" SPIKEFLOW_HOME="$work/home dir" "$@"; }

for launcher in "$install/spikeflow" "$work/link dir/spikeflow"; do
  out="$(run "$launcher" --version 2>/dev/null)" || fail "$launcher --version exited with $?"
  [[ "$out" == Spikeflow\ * ]] || fail "$launcher --version printed: $out"
  [[ "$out" == *"org.spikeflow.platform.feature"* ]] || fail "$launcher --version lists no features: $out"
done

set +e
err="$(run "$install/spikeflow" verison 2>&1 >/dev/null)"
code=$?
set -e
[[ $code == 2 ]] || fail "an unknown command exits with $code, expected 2"
[[ "$err" == *"did you mean 'version'"* ]] || fail "no suggestion for 'verison': $err"

fake="$work/old jdk"
mkdir -p "$fake/bin"
printf 'JAVA_VERSION="11.0.22"\n' > "$fake/release"
printf '#!/bin/sh\necho "the old java must not be started"\nexit 99\n' > "$fake/bin/java"
chmod +x "$fake/bin/java"
set +e
err="$(run JAVA_HOME="$fake" "$install/spikeflow" version 2>&1)"
code=$?
set -e
[[ $code == 2 && "$err" == *"needs Java 17 or newer"* ]] || fail "Java 11 gave exit $code: $err"

echo "launcher-portability: OK (shellcheck, spaces, symlink, POSIX PATH, Java version check)"
