#!/usr/bin/env bash
# test.sh: the README's test command. Installs the dependencies (apt-get), builds, and runs every
# test that is not labelled slow (unit tests and integration tests against a real Dovecot and
# smtp-sink on 127.0.0.1). Long runs: scripts/test.sh -L slow (fuzzing and benchmarks have their own
# commands, see tests/fuzz/README.md and bench/README.md). Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cd build
if [ $# -eq 0 ]; then set -- -LE "slow|mimetic_probe"; fi
ctest --output-on-failure -j2 --timeout 600 "$@"
