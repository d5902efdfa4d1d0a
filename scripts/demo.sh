#!/usr/bin/env bash
# demo.sh: the README's first command. Installs the dependencies, builds pstmail, starts a private
# Dovecot (IMAPS) and smtp-sink on 127.0.0.1 in a temporary folder, writes a config for them,
# delivers three sample requests into the mailbox, runs `pstmaild --once`, and prints the tickets
# and the acknowledgements the SMTP receiver got. Everything is removed at the end
# (KEEP=1 keeps the folder for a look).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
bash scripts/setup.sh
bash scripts/build.sh

DIR=$(mktemp -d /tmp/pstdemo.XXXXXX)
chmod 0755 "$DIR"
cleanup() {
  bash "$ROOT/scripts/mailstack.sh" stop "$DIR/stack" >/dev/null 2>&1 || true
  if [ "${KEEP:-0}" = 1 ]; then echo "kept: $DIR"; else rm -rf "$DIR"; fi
}
trap cleanup EXIT

bash scripts/mailstack.sh start "$DIR/stack" >/dev/null
# shellcheck disable=SC1091
. "$DIR/stack/env"

cat >"$DIR/pstmail.yaml" <<YAML
# Demo configuration written by scripts/demo.sh: a private Dovecot and smtp-sink on loopback.
office:
  name: "BPS Kabupaten Jembrana"
  mailbox: bps5101@bps.go.id
  timezone: Asia/Makassar
  hours: {mon: "08:00-15:30", tue: "08:00-15:30", wed: "08:00-15:30", thu: "08:00-15:30", fri: "08:00-15:30"}
  holidays: [$ROOT/config/holidays/id-2026.yaml, $ROOT/config/holidays/id-2027.yaml]
sla: {mode: working_days, days: 3}
imap:
  url: "imaps://127.0.0.1:$IMAPS_PORT/INBOX"
  user: "$IMAP_USER"
  password_file: $IMAP_PASSWORD_FILE
  ca_file: $CA_FILE
  poll_seconds: 60
smtp:
  url: "smtp://127.0.0.1:$SMTP_PORT"
  from: "PST BPS Kabupaten Jembrana <bps5101@bps.go.id>"
  allow_insecure: true        # smtp-sink speaks no TLS; loopback only
database: $DIR/pstmail.db
templates: $ROOT/templates
tickets: {prefix: PST}
officers:
  - {login: made, name: "I Made Sudarma", email: made@example.test, role: officer}
  - {login: ayu, name: "Ni Luh Ayu", email: ayu@example.test, role: supervisor}
YAML

echo "== configuration check"
build/daemon/pstmaild --config "$DIR/pstmail.yaml" --check-config

echo "== delivering three sample requests to $IMAP_USER (IMAPS 127.0.0.1:$IMAPS_PORT)"
bash scripts/mailstack.sh deliver "$DIR/stack" scripts/demo-mail/*.eml >/dev/null

echo "== pstmaild --once"
build/daemon/pstmaild --config "$DIR/pstmail.yaml" --once

echo
echo "== tickets (pstq list --all; root counts as a supervisor)"
PSTMAIL_CONFIG="$DIR/pstmail.yaml" build/pstq/pstq list --all

echo
echo "== mail received by the SMTP receiver ($SINK_DIR)"
for f in "$SINK_DIR"/*; do
  [ -f "$f" ] || continue
  echo "---------------------------------------------------------------------------------------------"
  # From the Received: line on is the message; join quoted-printable soft breaks and decode =XX.
  sed -n '/^Received:/,$p' "$f" | tr -d '\r' | sed -e '1d' -e '/^\t/d' \
    | sed -e ':a' -e '/=$/{N;s/=\n//;ba' -e '}' | perl -pe 's/=([0-9A-F]{2})/chr(hex($1))/ge'
done
echo "---------------------------------------------------------------------------------------------"
