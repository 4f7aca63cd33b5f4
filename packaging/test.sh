#!/usr/bin/env bash
# Installs everything, builds Proviso and runs the whole test suite: core unit tests, every
# rule's own examples, and the integration tests against a real headless LibreOffice.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
cmake --preset default
cmake --build --preset default
ctest --preset default
