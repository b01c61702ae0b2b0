#!/usr/bin/env bash
# Configures and builds InverSize in ./build (Release with debug info, Ninja).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
# Two cores, and LibTorch translation units need ~1.5 GiB each: two jobs at most.
cmake --build "$BUILD_DIR" -j "${JOBS:-2}"
