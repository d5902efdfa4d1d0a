#!/usr/bin/env bash
# build.sh: configure and build pstmail in ./build (RelWithDebInfo). Used by demo.sh and test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
