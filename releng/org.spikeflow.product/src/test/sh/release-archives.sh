#!/usr/bin/env bash
# Checks the release archives built by -Prelease (part of `./mvnw -B verify -Prelease`, which CI runs):
#  - one archive per platform, spikeflow-VERSION-<os>-<arch>.tar.gz (.zip for Windows), every entry inside the
#    folder spikeflow-VERSION/;
#  - its launcher: `spikeflow` executable in the tar.gz archives (Linux, macOS), `spikeflow.cmd` in the zip, and not
#    the other one;
#  - its content (ReleaseArchiveCheck.java): Equinox, the launcher jars, every Spikeflow feature, the p2 profile, no
#    SWT, and its own platform's PyTorch natives and no other platform's, searched in every jar;
#  - the archive of this machine's platform, unpacked into a path with spaces, runs: --version, and one cycle of the
#    main job (the LSTM on PyTorch, offline) from the unpacked folder.
# Usage: release-archives.sh TARGET_DIR VERSION THIS_PLATFORM WORK_DIR     (THIS_PLATFORM e.g. linux-x86_64)
set -euo pipefail

target="$1"
version="$2"
this="$3"
work="$4"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../../.." && pwd)"
checker="$here/../java/ReleaseArchiveCheck.java"
java_bin="java"
if [[ -n "${JAVA_HOME:-}" ]]; then java_bin="$JAVA_HOME/bin/java"; fi

fail() { echo "release-archives: FAILED: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
top="spikeflow-$version"
checked=0
for platform in linux-x86_64 linux-aarch64 macosx-aarch64 win32-x86_64; do
  os="${platform%-*}"
  arch="${platform#*-}"
  unpacked="$work/$platform dir"
  mkdir -p "$unpacked"
  if [[ "$os" == win32 ]]; then
    archive="$target/$top-$platform.zip"
    [[ -f "$archive" ]] || fail "no $archive"
    (cd "$unpacked" && jar xf "$archive")
    [[ -f "$unpacked/$top/spikeflow.cmd" ]] || fail "$archive has no $top/spikeflow.cmd"
    [[ ! -e "$unpacked/$top/spikeflow" ]] || fail "$archive holds the bash launcher"
  else
    archive="$target/$top-$platform.tar.gz"
    [[ -f "$archive" ]] || fail "no $archive"
    listing="$(tar -tzvf "$archive")"
    launcher_line="$(grep -E " $top/spikeflow\$" <<<"$listing" || true)"
    [[ "$launcher_line" == -rwxr-xr-x* ]] || fail "$archive: $top/spikeflow is not an executable file: '$launcher_line'"
    tar -xzf "$archive" -C "$unpacked"
    [[ -x "$unpacked/$top/spikeflow" ]] || fail "$archive: spikeflow is not executable once unpacked"
    [[ ! -e "$unpacked/$top/spikeflow.cmd" ]] || fail "$archive holds the Windows launcher"
  fi
  others="$(find "$unpacked" -mindepth 1 -maxdepth 1 ! -name "$top")"
  [[ -z "$others" ]] || fail "$archive has entries outside $top/: $others"
  summary="$("$java_bin" "$checker" "$unpacked/$top" "$os" "$arch")" || fail "$archive: content check failed"
  size_mb=$(( $(wc -c < "$archive") / 1048576 ))
  echo "release-archives: $(basename "$archive") (${size_mb} MB): $summary"

  if [[ "$platform" == "$this" ]]; then
    install="$unpacked/$top"
    home="$work/home dir"
    out="$(SPIKEFLOW_HOME="$home" "$install/spikeflow" --version 2>&1)" || fail "$install/spikeflow --version: $out"
    [[ "$out" == Spikeflow\ * && "$out" == *org.spikeflow.dl.feature* ]] || fail "--version printed: $out"
    # The LSTM nodes load PyTorch from the archive's natives fragment (DJL_CACHE_DIR may hold them already: DJL
    # still finds them on the class path first, or it would try to download them and fail offline).
    SPIKEFLOW_HOME="$home" "$install/spikeflow" run "$root/workflows/generative-loop.spikeflow.json" --var cycles=1 \
      --progress none --output-dir "$work/main-job" > "$work/main-job.txt" 2>&1 \
      || { cat "$work/main-job.txt" >&2; fail "the main job does not run from the unpacked $platform archive"; }
    written="$work/main-job/output/generative-loop"
    [[ -s "$written/lstm-residual-model.zip" ]] || fail "the main job trained and saved no LSTM model"
    grep -q "ETS-corrected" "$written/metrics.csv" || fail "no LSTM-corrected row in the main job's metrics.csv"
    echo "release-archives: $platform unpacked into a path with spaces: --version and one cycle of the main job (LSTM on PyTorch) run"
  fi
  rm -rf "$unpacked"
  checked=$((checked + 1))
done
echo "release-archives: OK ($checked archives)"
