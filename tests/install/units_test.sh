#!/usr/bin/env bash
# units_test.sh SOURCE_DIR PSTMAILD PSTQ: `systemd-analyze verify` on every unit in systemd/ (with
# /usr/sbin/pstmaild and /usr/bin/pstq pointed at the built programs, which are not installed here)
# and `systemd-analyze security --offline=true` on each service: its exposure is printed and must
# be 2.0 or lower.
set -euo pipefail
src=$1
pstmaild=$2
pstq=$3
work=$(mktemp -d "${TMPDIR:-/tmp}/pst-units.XXXXXX")
trap 'rm -rf "$work"' EXIT
if ! command -v systemd-analyze >/dev/null; then echo "systemd-analyze missing (scripts/setup.sh installs systemd)"; exit 1; fi
fail=0
for u in "$src"/systemd/*.service "$src"/systemd/*.timer; do
  [ -e "$u" ] || continue
  sed -e "s#/usr/sbin/pstmaild#$pstmaild#g" -e "s#/usr/bin/pstq#$pstq#g" "$u" >"$work/$(basename "$u")"
done
for u in "$work"/*; do
  name=$(basename "$u")
  # A timer needs its service beside it (it is); --man=no: the manual pages are not installed here.
  if out=$(cd "$work" && systemd-analyze verify --man=no "$name" 2>&1) && [ -z "$out" ]; then
    echo "$name: verify clean"
  else
    echo "$name: verify FAILED:"; echo "$out"; fail=1
  fi
done
for u in "$src"/systemd/*.service; do
  name=$(basename "$u")
  line=$(systemd-analyze security --offline=true "$u" 2>&1 | grep 'Overall exposure level' || true)
  score=$(sed -E 's/.*: ([0-9.]+) .*/\1/' <<<"$line")
  echo "$name: exposure ${score:-?} ($line)"
  if [ -z "$score" ] || ! awk -v s="$score" 'BEGIN { exit !(s <= 2.0) }'; then
    echo "$name: exposure above 2.0"; fail=1
  fi
done
# The credentials the daemon reads are all passed; the optional ones have a default.
svc=$src/systemd/pstmaild.service
all_credentials="imap-password smtp-password rating-key imap-oauth2-refresh-token imap-oauth2-client-secret
  smtp-oauth2-refresh-token smtp-oauth2-client-secret"
for c in $all_credentials; do
  grep -q "^LoadCredential=$c:/etc/pstmail/credentials/$c\$" "$svc" || { echo "no LoadCredential for $c"; fail=1; }
done
for c in $all_credentials; do
  grep -q "^SetCredential=$c:" "$svc" || { echo "no SetCredential default for optional $c"; fail=1; }
done
grep -q '^UMask=0007$' "$svc" && grep -q '^Group=pst$' "$svc" || { echo "UMask=0007 / Group=pst missing"; fail=1; }
exit $fail
