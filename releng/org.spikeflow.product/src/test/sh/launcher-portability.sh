#!/usr/bin/env bash
# Integration test of the bash launcher: it passes shellcheck, runs from an install folder whose path has spaces
# (the archive layout: the script beside org.spikeflow.launcher.jar), also through a symbolic link and from a source
# tree (path with spaces too), with nothing on the PATH but bash, uname, readlink and java, where uname and readlink
# accept only what POSIX and macOS's BSD tools have in common (uname -s/-m, readlink without options: no GNU-only
# option such as readlink -f), and refuses a Java older than 17 with a clear message.
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
ln -s "$(command -v bash)" "$work/posix bin/bash"
ln -s "$java_bin" "$work/posix bin/java"
# uname and readlink as a POSIX/BSD userland has them: an option outside ALLOWED is recorded and refused.
non_portable="$work/non-portable options.txt"
guard() { # TOOL ALLOWED (a case pattern)
  cat > "$work/posix bin/$1" <<EOF
#!/bin/sh
for arg in "\$@"; do
  case "\$arg" in
    $2) ;;
    -*) echo "$1 \$arg" >> "$non_portable"; echo "$1: option \$arg is not portable" >&2; exit 64 ;;
  esac
done
exec "$(command -v "$1")" "\$@"
EOF
  chmod +x "$work/posix bin/$1"
}
guard uname '-s|-m'
guard readlink '--'
if "$work/posix bin/readlink" -f "$work" >/dev/null 2>&1 || [[ ! -s "$non_portable" ]]; then
  fail "the readlink guard lets 'readlink -f' through"
fi
rm -f "$non_portable"

run() { env -i PATH="$work/posix bin" HOME="$work/home dir" SPIKEFLOW_HOME="$work/home dir" "$@"; }

# The source-tree layout too (the script at the root, the product under releng/.../target/products/<os>/<ws>/<arch>):
# there the launcher finds the platform's product with uname.
tree="$work/source tree"
products_rel="${product#*/target/products/}"
mkdir -p "$tree/releng/org.spikeflow.product/target/products/$(dirname "$products_rel")"
ln -s "$product" "$tree/releng/org.spikeflow.product/target/products/$products_rel"
cp "$root/spikeflow" "$tree/"

for launcher in "$install/spikeflow" "$work/link dir/spikeflow" "$tree/spikeflow"; do
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
[[ ! -e "$non_portable" ]] || fail "the launcher used options a POSIX/BSD userland lacks: $(cat "$non_portable")"

echo "launcher-portability: OK (shellcheck, spaces, symlink, POSIX PATH and options, Java version check)"
