#!/usr/bin/env bash
# install_tree_test.sh BUILD_DIR SOURCE_DIR: `cmake --install` into a DESTDIR, then checks the tree
# (Debian layout, modes, no setgid left by cmake), the installed programs' --version, and that the
# installed configuration passes `pstmaild --check-config` with its paths moved into the DESTDIR
# and the passwords given as credentials. Needs no server.
set -euo pipefail
build=$1
src=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/pst-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
dest=$work/root
fail=0
check() { if ! "$@"; then echo "FAIL: $*"; fail=1; fi; }

DESTDIR=$dest cmake --install "$build" --prefix /usr >"$work/install.log"

expect_files=(
  usr/sbin/pstmaild
  usr/bin/pstq
  etc/pstmail/pstmail.yaml
  etc/pstmail/lexicon/institution-heads.txt
  etc/pstmail/lexicon/institutions.txt
  usr/share/pstmail/templates/acknowledgement.id.txt
  usr/share/pstmail/templates/acknowledgement.en.txt
  usr/share/pstmail/lexicon/organisation-heads.txt
  usr/share/pstmail/lexicon/organisations.txt
  usr/share/pstmail/lexicon/organisation-heads-last.txt
  usr/share/pstmail/holidays/id-2026.yaml
  usr/share/pstmail/holidays/id-2027.yaml
  usr/share/pstmail/holidays/bali-2026-2027.yaml
  lib/systemd/system/pstmaild.service
  usr/lib/sysusers.d/pstmail.conf
  usr/lib/tmpfiles.d/pstmail.conf
  usr/share/man/man8/pstmaild.8.gz
  usr/share/man/man1/pstq.1.gz
  usr/share/man/man5/pstmail.yaml.5.gz
  usr/share/doc/pstmail/copyright
  usr/share/doc/pstmail/changelog.Debian.gz
  usr/share/doc/pstmail/examples/pstmail.example.yaml
)
for f in "${expect_files[@]}"; do check test -f "$dest/$f"; done
# Every unit in systemd/ is installed (pstq-remind.* too once it exists).
for u in "$src"/systemd/*.service "$src"/systemd/*.timer; do
  [ -e "$u" ] || continue
  check test -f "$dest/lib/systemd/system/$(basename "$u")"
done
# Every template is installed.
for t in "$src"/templates/*.txt; do check test -f "$dest/usr/share/pstmail/templates/$(basename "$t")"; done
# Nothing outside the Debian layout; no state shipped (tmpfiles.d makes /var/lib/pstmail).
outside=$(cd "$dest" && find . -type f | grep -Ev '^\./(usr/(s?bin|share|lib)|etc/pstmail|lib/systemd/system)/' || true)
check test -z "$outside"
[ -z "$outside" ] || echo "unexpected files: $outside"
check test ! -e "$dest/var"
# Modes: programs 0755 (the package's postinst makes pstq setgid pst), config 0644.
check test "$(stat -c %a "$dest/usr/bin/pstq")" = 755
check test "$(stat -c %a "$dest/usr/sbin/pstmaild")" = 755
check test "$(stat -c %a "$dest/etc/pstmail/pstmail.yaml")" = 644
# The manual pages are gzip without a timestamp and format without warnings.
for m in usr/share/man/man8/pstmaild.8.gz usr/share/man/man1/pstq.1.gz usr/share/man/man5/pstmail.yaml.5.gz; do
  check gzip -t "$dest/$m"
  if command -v man >/dev/null; then
    warn=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$dest/$m" 2>&1 >/dev/null || true)
    check test -z "$warn"
    [ -z "$warn" ] || echo "$m: $warn"
  fi
done
# sysusers/tmpfiles content.
check grep -qx 'g pst -' "$dest/usr/lib/sysusers.d/pstmail.conf"
check grep -q '^u pstmail -:pst ' "$dest/usr/lib/sysusers.d/pstmail.conf"
check grep -q '^d /var/lib/pstmail 0770 pstmail pst' "$dest/usr/lib/tmpfiles.d/pstmail.conf"

# The installed programs run.
"$dest/usr/sbin/pstmaild" --version | tee "$work/v1"
check grep -Eq '^pstmaild [0-9]+\.[0-9]+\.[0-9]+$' "$work/v1"
"$dest/usr/bin/pstq" --version | tee "$work/v2"
check grep -Eq '^pstq (\(pstmail\) )?[0-9]+\.[0-9]+\.[0-9]+$' "$work/v2"

# The installed configuration is valid once its paths point into the DESTDIR; secrets as credentials.
mkdir -p "$work/creds" "$work/state"
printf 'imap-secret\n' >"$work/creds/imap-password"
printf 'smtp-secret\n' >"$work/creds/smtp-password"
printf '\n' >"$work/creds/rating-key"   # the unit's empty default: counts as absent
sed -e "s#/usr/share/pstmail#$dest/usr/share/pstmail#g" -e "s#/var/lib/pstmail#$work/state#g" \
  "$dest/etc/pstmail/pstmail.yaml" >"$work/pstmail.yaml"
out=$(CREDENTIALS_DIRECTORY=$work/creds "$dest/usr/sbin/pstmaild" --config "$work/pstmail.yaml" --check-config 2>&1) || true
echo "check-config (credentials): $out"
check test "$out" = OK
# Without the credentials the check names what is missing, and never prints a secret.
out=$(env -u CREDENTIALS_DIRECTORY "$dest/usr/sbin/pstmaild" --config "$work/pstmail.yaml" --check-config 2>&1) || true
echo "check-config (no credentials): $out"
check grep -q 'no password_file and no credential imap-password' <<<"$out"

if [ $fail -ne 0 ]; then echo "install tree: FAILED"; exit 1; fi
echo "install tree: $(cd "$dest" && find . -type f | wc -l) files, all expected ones present"
