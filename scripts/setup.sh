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
  libsystemd-dev libssl-dev tzdata libmimetic-dev
  # build data: Indonesian stems for telling a name from a verb (parsers/indonesian_words.h), and
  # English words for telling the language of a short mail (parsers/language.h)
  hunspell-id wamerican
  # tests
  libgtest-dev libgmock-dev sqlite3 openssl curl procps
  # tests: outgoing mail must parse with Python's email without a defect (tests/compose/check_mime.py)
  python3
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

# bench/run.sh (scripts/setup.sh --bench): the tools pstmail is compared with, and Python's email; bench/branches.sh:
# valgrind (callgrind's branch and cache simulation).
if [ "${1:-}" = "--bench" ]; then PACKAGES+=(isync python3 valgrind); fi

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

# The IMAP server matrix of the integration tests (scripts/imapserver.sh): Cyrus IMAP and Courier-IMAP
# conflict with dovecot-imapd as installed packages, so only their .debs are kept (unpacked per test),
# and the libraries they link are installed — taken from the .debs' own Depends, not typed here.
SERVER_DEBS_DIR=${PST_SERVER_DEBS:-/var/cache/pstmail/test-servers}
SERVER_DEBS=(cyrus-common cyrus-imapd sasl2-bin
             courier-base courier-imap courier-authlib courier-authdaemon courier-authlib-userdb gamin)
$SUDO mkdir -p "$SERVER_DEBS_DIR"
absent=()
for p in "${SERVER_DEBS[@]}"; do
  compgen -G "$SERVER_DEBS_DIR/${p}_*.deb" >/dev/null || absent+=("$p")
done
if [ ${#absent[@]} -gt 0 ]; then
  download() { (cd "$SERVER_DEBS_DIR" && $SUDO apt-get download -qq -o APT::Sandbox::User=root "${absent[@]}"); }
  download || { $SUDO apt-get update -qq && download; }
fi
libs=()
for f in "$SERVER_DEBS_DIR"/*.deb; do
  # "libfoo (>= 1), bar | libbaz, ..." -> the first alternative of each, when it is a library
  for d in $(dpkg-deb -f "$f" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/:any//; s/ //g' | grep '^lib'); do
    dpkg-query -W -f='${Status}' "$d" 2>/dev/null | grep -q "install ok installed" || libs+=("$d")
  done
done
if [ ${#libs[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y -qq --no-install-recommends $(printf '%s\n' "${libs[@]}" | sort -u)
fi
