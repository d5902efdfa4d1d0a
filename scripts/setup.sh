#!/usr/bin/env bash
# setup.sh: install every build, run and test dependency of pstmail from Debian 12 packages.
# Idempotent: apt-get only installs what is missing. Needs root (or sudo).
# --bench also installs what the benchmarks compare with (bench/run.sh).
set -euo pipefail

PACKAGES=(
  # build
  build-essential cmake pkg-config g++ git ca-certificates
  # libraries
  libcurl4-openssl-dev libboost-dev libsqlite3-dev libyaml-cpp-dev
  libcli11-dev libfmt-dev nlohmann-json3-dev libkainjow-mustache-dev libhowardhinnant-date-dev
  libsystemd-dev libssl-dev tzdata
  # tests
  libgtest-dev libgmock-dev sqlite3 openssl curl procps
  # tests: headless rating-page check (tests/web; skipped when absent)
  chromium fonts-dejavu-core
  # tests: the HTML report must be well-formed XML (tests/report)
  libxml2-utils
  dovecot-imapd postfix
  # packaging and install tests (tests/install): systemd-analyze, cpack's dpkg-shlibdeps and file,
  # lintian, man for the manual-page check
  systemd dpkg-dev file lintian man-db
  # tests: real editors in a real terminal (tests/integration/editor_test: pstq reply in tmux)
  tmux vim nano
  # fuzzing (clang's libFuzzer)
  clang libclang-rt-14-dev
)

# bench/run.sh (scripts/setup.sh --bench): the tools pstmail is compared with, and Python's email.
if [ "${1:-}" = "--bench" ]; then PACKAGES+=(isync python3); fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  # Postfix asks how it is used: a local-only install that starts nothing we rely on.
  echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
