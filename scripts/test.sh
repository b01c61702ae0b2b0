#!/usr/bin/env bash
# Builds and runs every test (unit, integration, widget tests offscreen). Benchmarks are
# built but not run: see tests/benchmarks/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure -j 2 --timeout 900
