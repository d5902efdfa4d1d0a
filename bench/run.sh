#!/usr/bin/env bash
# run.sh: the benchmark command. Installs (scripts/setup.sh --bench: adds isync and python3),
# builds, and runs bench/run.py, which writes bench/results.json and prints a table.
# Takes about 10 minutes on 2 cores; options go to bench/run.py (--runs N, --skip STAGE, ...).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --bench
bash scripts/build.sh
exec /usr/bin/python3 bench/run.py "$@"
