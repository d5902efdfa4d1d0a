#!/usr/bin/env bash
# deb_test.sh BUILD_DIR: builds the Debian package with CPack (into a temporary folder), checks its
# control data (Depends from dpkg-shlibdeps, conffiles, maintainer scripts, file modes) and runs
# lintian: errors fail the test, warnings are printed. Slow (cpack strips and packs; lintian).
set -euo pipefail
build=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/pst-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail=0
check() { if ! "$@"; then echo "FAIL: $*"; fail=1; fi; }

(cd "$work" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) ||
  { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/pstmail_*.deb)
echo "package: $(basename "$deb")"
dpkg-deb --field "$deb"
control=$(dpkg-deb --field "$deb")
# pstmaild links libmimetic.so.0 (compose/mime_entity), so dpkg-shlibdeps must name libmimetic0v5.
for dep in libcurl4 libsqlite3-0 libyaml-cpp0.7 libfmt9 libsystemd0 libssl3 libdate-tz3 libmimetic0v5 tzdata; do
  check grep -q "Depends:.*\b$dep\b" <<<"$control"
done
check grep -q 'systemd-sysusers' <<<"$control"
mkdir "$work/ctl"
dpkg-deb --control "$deb" "$work/ctl"
check grep -qx '/etc/pstmail/pstmail.yaml' "$work/ctl/conffiles"
for s in postinst prerm postrm; do check test -x "$work/ctl/$s"; done
check grep -q 'dpkg-statoverride --update --add root pst 2755 /usr/bin/pstq' "$work/ctl/postinst"
check grep -q 'systemd-sysusers' "$work/ctl/postinst"
contents=$(dpkg-deb --contents "$deb")
check grep -q ' ./usr/sbin/pstmaild$' <<<"$contents"
check grep -q '^-rwxr-xr-x root/root .* ./usr/bin/pstq$' <<<"$contents"
check grep -q ' ./lib/systemd/system/pstmaild.service$' <<<"$contents"
check grep -q ' ./etc/pstmail/pstmail.yaml$' <<<"$contents"

if command -v lintian >/dev/null; then
  # lintian leaves its own temporary files (mldbm-elf-*) in $TMPDIR: keep them in the work folder.
  TMPDIR="$work" lintian --tag-display-limit 0 "$deb" >"$work/lintian.txt" 2>&1 || true
  echo "lintian: $(grep -c '^E:' "$work/lintian.txt" || true) errors, $(grep -c '^W:' "$work/lintian.txt" || true) warnings, $(grep -c '^[IP]:' "$work/lintian.txt" || true) info/pedantic"
  cat "$work/lintian.txt"
  if grep -q '^E:' "$work/lintian.txt"; then fail=1; fi
else
  echo "lintian missing (scripts/setup.sh installs it)"; fail=1
fi
exit $fail
