#!/usr/bin/env bash
# Screenshots of every main view in English, German and Portuguese into docs/screenshots/<language>/
# (offscreen: no display needed). Builds what it needs in ./build first (BUILD_DIR to change).
# CI runs it after the tests; look at the PNGs before committing new ones: the user guide
# (Help → User guide) shows schematic, exploration and export.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
OUT=${1:-docs/screenshots}
[ -f "$BUILD_DIR/build.ninja" ] || ./scripts/build.sh
cmake --build "$BUILD_DIR" -j "${JOBS:-2}" --target make_screenshots inversize-worker
QT_QPA_PLATFORM=offscreen "$BUILD_DIR/tests/ui/make_screenshots" "$OUT"
