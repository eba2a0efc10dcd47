#!/usr/bin/env bash
# Makes sure Debian's chromium is installed for the canvas browser tests (playwright-core drives /usr/bin/chromium;
# browser downloads by Playwright are impossible here). Installs it with apt-get when running as root.
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then
  exit 0
fi
if [[ "$(id -u)" != "0" ]]; then
  echo "The canvas browser tests need /usr/bin/chromium: run 'sudo apt-get install -y chromium' (or build with -DskipTests)." >&2
  exit 1
fi
echo "Installing Debian's chromium for the canvas browser tests..." >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
test -x /usr/bin/chromium
