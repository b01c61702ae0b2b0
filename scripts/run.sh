#!/usr/bin/env bash
# The one command: installs what is missing, builds, runs the main job.
# With a display: the InverSize application. Without one: the headless demo of the pipeline.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
./scripts/build.sh
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x build/app/inversize ]; then
  exec build/app/inversize "$@"
fi
exec build/app/inversize-cli demo "$@"
