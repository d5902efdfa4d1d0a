#!/usr/bin/env bash
# imapserver.sh: Cyrus IMAP or Courier-IMAP on 127.0.0.1, run from their Debian packages unpacked into
# one folder — the other servers of the integration tests' server matrix (tests/harness/imap_server.h;
# Dovecot comes from mailstack.sh). Both conflict with dovecot-imapd as installed packages, so
# scripts/setup.sh only downloads their .debs (apt-get download) into $PST_SERVER_DEBS (default
# /var/cache/pstmail/test-servers) and installs the libraries they link; this script unpacks them
# (dpkg -x) into DIR and starts them with private configs.
#
#   imapserver.sh start DIR cyrus|courier   unpack, configure, create user "pst" with a random
#                                           password (DIR/imap.password), start on a free port
#   imapserver.sh imap DIR COMMAND [MAILBOX]  one IMAP command as that user (curl); prints the
#                                           server's untagged answers
#   imapserver.sh append DIR MAILBOX FILE... APPEND each file in this order (line ends made CRLF)
#   imapserver.sh stop DIR                  stop the server (idempotent; no stray processes)
#
# DIR/env (shell-sourceable): SERVER, IMAP_PORT, IMAP_USER, IMAP_PASSWORD_FILE, SERVER_LOG. `imap`
# and `append` need only IMAP_PORT, IMAP_USER and IMAP_PASSWORD_FILE, so they work on a mailstack.sh
# folder (Dovecot) as well.
#
# Cyrus: its own master process, running as user "mail", password in a private sasldb.
# Courier: its paths are compiled in (/etc/courier, /run/courier, /usr/lib/courier-authlib), so it runs
# in a private mount namespace (unshare -m), chrooted into its unpacked tree with the system's
# libraries bound in; the namespace ends with the server. Nothing outside DIR is written.
# Runs as root. SECURITY: loopback only, plaintext login, throw-away password. Tests only.
set -euo pipefail

# shellcheck source=scripts/harness_lib.sh
. "$(dirname "$0")/harness_lib.sh"
# Daemons started here must not inherit the caller's descriptors (a test's sockets, a pipe).
close_inherited_descriptors

die() { echo "imapserver.sh: $*" >&2; exit 1; }
usage() { sed -n '8,16p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 64; }

DEBS=${PST_SERVER_DEBS:-/var/cache/pstmail/test-servers}
CYRUS_DEBS=(cyrus-common cyrus-imapd sasl2-bin)
COURIER_DEBS=(courier-base courier-imap courier-authlib courier-authdaemon courier-authlib-userdb gamin)
USER_NAME=pst


load_env() {
  [ -f "$D/env" ] || die "$D: no env file (run start first)"
  # shellcheck disable=SC1091
  . "$D/env"
}

# unpack NAME...: dpkg -x each package's .deb from $DEBS into DIR/root.
unpack() {
  local p f
  mkdir -p "$D/root"
  for p in "$@"; do
    f=$(ls "$DEBS/${p}"_*.deb 2>/dev/null | head -1 || true)
    [ -n "$f" ] || die "$DEBS has no ${p}_*.deb: run scripts/setup.sh (it downloads the test servers)"
    dpkg-deb -x "$f" "$D/root"
  done
}

# ldd_check BINARY [LIBDIR]: every library found, else say which package setup.sh lacks.
ldd_check() {
  local missing
  missing=$(LD_LIBRARY_PATH=${2:-} ldd "$1" 2>/dev/null | awk '/not found/ {print $1}' | tr '\n' ' ')
  [ -z "$missing" ] || die "$1 needs $missing: run scripts/setup.sh"
}

wait_listening() { # wait_listening PORT PID: until PORT listens (10 s), or the process dies
  local i
  for i in $(seq 1 200); do
    port_listening "$1" && return 0
    alive "$2" || return 1
    sleep 0.05
  done
  return 1
}

# --- Cyrus ------------------------------------------------------------------------------------------

start_cyrus() { # start_cyrus PORT PASSWORD -> pid of master on stdout
  local R=$D/root bin=$D/root/usr/lib/cyrus/bin lib=$D/root/usr/lib/x86_64-linux-gnu
  mkdir -p "$D/cyrus/conf" "$D/cyrus/spool" "$D/etc"
  chown -R mail:mail "$D/cyrus"
  cat >"$D/etc/imapd.conf" <<EOF
# Private test instance written by scripts/imapserver.sh.
configdirectory: $D/cyrus/conf
partition-default: $D/cyrus/spool
cyrus_user: mail
cyrus_group: mail
admins: cyrusadmin
allowplaintext: yes
sasl_pwcheck_method: auxprop
sasl_auxprop_plugin: sasldb
sasl_sasldb_path: $D/etc/sasldb2
sasl_mech_list: PLAIN LOGIN
autocreate_quota: 0
# IDLE without idled: look at the mailbox every 2 s (default 60 s)
imapidlepoll: 2
syslog_prefix: pstmail-test-cyrus
EOF
  cat >"$D/etc/cyrus.conf" <<EOF
START {
  recover cmd="$bin/ctl_cyrusdb -C $D/etc/imapd.conf -r"
}
SERVICES {
  imap cmd="$bin/imapd -C $D/etc/imapd.conf" listen="127.0.0.1:$1" prefork=0
}
EVENTS {
}
EOF
  printf '%s' "$2" | LD_LIBRARY_PATH=$lib "$R/usr/sbin/saslpasswd2" -p -f "$D/etc/sasldb2" -c "$USER_NAME"
  chown mail:mail "$D/etc/sasldb2"
  chmod 600 "$D/etc/sasldb2"
  ldd_check "$bin/imapd" "$lib"
  LD_LIBRARY_PATH=$lib setsid "$bin/master" -C "$D/etc/imapd.conf" -M "$D/etc/cyrus.conf" \
    -p "$D/cyrus/master.pid" </dev/null >>"$D/log/server.log" 2>&1 &
  echo $!
}

# --- Courier ----------------------------------------------------------------------------------------

prepare_courier() { # prepare_courier PASSWORD: the chroot tree, the user database, the Maildir
  local R=$D/root
  # The chroot sees the system's libraries and loader through bind mounts (made in start_courier);
  # /lib64/ld-linux-x86-64.so.2 links to /lib/x86_64-linux-gnu/..., so /lib must lead to usr/lib.
  rm -rf "$R/lib"
  ln -s usr/lib "$R/lib"
  ln -sfn usr/lib64 "$R/lib64"
  mkdir -p "$R/usr/lib/x86_64-linux-gnu" "$R/usr/lib64" "$R/run" "$R/dev" "$R/proc" "$R/tmp" "$R/home/$USER_NAME"
  chmod 1777 "$R/tmp"
  cp /etc/passwd /etc/group "$R/etc/"
  sed -i 's/^authmodulelist=.*/authmodulelist="authuserdb"/' "$R/etc/courier/authdaemonrc"
  local makedat=$R/usr/lib/courier/courier-authlib/makedatprog uid gid
  uid=$(id -u mail); gid=$(id -g mail)
  ldd_check "$makedat" "$R/usr/lib"
  ldd_check "$R/usr/bin/imapd" "$R/usr/lib"
  printf '%s\tuid=%s|gid=%s|home=/home/%s|mail=/home/%s/Maildir|_=\n.\n' \
    "$USER_NAME" "$uid" "$gid" "$USER_NAME" "$USER_NAME" |
    LD_LIBRARY_PATH=$R/usr/lib "$makedat" - "$R/etc/courier/userdb.tmp" "$R/etc/courier/userdb.dat"
  printf '%s\tsystempw=%s\n.\n' "$USER_NAME" "$(printf '%s' "$1" | openssl passwd -6 -stdin)" |
    LD_LIBRARY_PATH=$R/usr/lib "$makedat" - "$R/etc/courier/userdbshadow.tmp" "$R/etc/courier/userdbshadow.dat"
  chmod 600 "$R/etc/courier/userdbshadow.dat"
  LD_LIBRARY_PATH=$R/usr/lib "$R/usr/bin/maildirmake.courier" "$R/home/$USER_NAME/Maildir"
  chown -R mail:mail "$R/home/$USER_NAME"
}

start_courier() { # start_courier PORT -> pid of the namespace's first process on stdout
  local R=$D/root
  cat >"$D/etc/courier-run.sh" <<EOF
# Runs inside "unshare --mount --pid" (written by scripts/imapserver.sh): bind the system's libraries
# into the chroot, give it a private /run and its own /proc, start authdaemond and couriertcpd, wait.
set -e
mount --bind /usr/lib/x86_64-linux-gnu '$R/usr/lib/x86_64-linux-gnu'
mount --bind /usr/lib64 '$R/usr/lib64'
mount --bind /dev '$R/dev'
mount -t tmpfs -o mode=0755 tmpfs '$R/run'
mount -t proc proc '$R/proc'
mkdir -p '$R/run/courier/authdaemon'
env -i LD_LIBRARY_PATH=/usr/lib /usr/sbin/chroot '$R' /usr/lib/courier/courier-authlib/authdaemond &
for i in \$(seq 1 100); do [ -S '$R/run/courier/authdaemon/socket' ] && break; sleep 0.05; done
# Debian's settings for imapd, then this instance's: PLAIN login without TLS (loopback), and IDLE
# polling the folder every 2 s while idle (the Debian default is 60 s).
set -a
. '$R/etc/courier/imapd'
IMAP_CAPABILITY="\$IMAP_CAPABILITY AUTH=PLAIN"
IMAP_IDLE_TIMEOUT=2
LD_LIBRARY_PATH=/usr/lib
set +a
/usr/sbin/chroot '$R' /usr/sbin/couriertcpd -address=127.0.0.1 -nodnslookup -noidentlookup \
  -stderr=syslog $1 /usr/lib/courier/courier/imaplogin /usr/bin/imapd Maildir &
wait
EOF
  # A private PID namespace too: whatever the server leaves running (imapd starts gam_server, which
  # detaches) dies with the namespace's first process when the test stops it.
  # unshare makes every mount private in the new namespace, so nothing mounted there shows outside.
  # In a chroot (CI's fresh tree) "/" is no mount point and that step fails: go on without it only
  # when no mount is shared (then none propagates anyway).
  local propagation=()
  if ! unshare --mount true 2>/dev/null; then
    grep -q ' shared:' /proc/self/mountinfo \
      && die "cannot keep Courier's mounts private here (a chroot with shared mounts)"
    propagation=(--propagation unchanged)
  fi
  setsid unshare --mount "${propagation[@]}" --pid --fork --kill-child bash "$D/etc/courier-run.sh" \
    </dev/null >>"$D/log/server.log" 2>&1 &
  echo $!
}

# --- commands ---------------------------------------------------------------------------------------

cmd_start() {
  local server=$1 pw port pid attempt
  case "$server" in cyrus|courier) ;; *) die "start: server must be cyrus or courier" ;; esac
  [ -f "$D/env" ] && die "$D: already started (use stop first)"
  mkdir -p "$D/log" "$D/etc"
  chmod 755 "$D"
  setpriv --reuid="$(id -u mail)" --regid="$(id -g mail)" --clear-groups test -x "$D" \
    || die "$D is not traversable by user mail; choose a folder under /tmp"
  (umask 077; openssl rand -hex 12 >"$D/imap.password")
  pw=$(cat "$D/imap.password")
  if [ "$server" = cyrus ]; then unpack "${CYRUS_DEBS[@]}"; else unpack "${COURIER_DEBS[@]}"; prepare_courier "$pw"; fi
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if [ "$server" = cyrus ]; then pid=$(start_cyrus "$port" "$pw"); else pid=$(start_courier "$port"); fi
    echo "$pid" >"$D/server.pid"
    if wait_listening "$port" "$pid"; then
      cat >"$D/env" <<EOF
SERVER=$server
IMAP_PORT=$port
IMAP_USER=$USER_NAME
IMAP_PASSWORD_FILE=$D/imap.password
SERVER_LOG=$D/log/server.log
EOF
      return 0
    fi
    stop_server
  done
  die "$server did not start (see $D/log/server.log): $(tail -5 "$D/log/server.log" 2>/dev/null)"
}

stop_server() {
  local pid kids k i left
  pid=$(cat "$D/server.pid" 2>/dev/null || true)
  [ -n "$pid" ] || return 0
  kids=$(descendants "$pid")
  # The server's session (setsid): master or the namespace's shell, and everything they started.
  kill -TERM -- "-$pid" $kids 2>/dev/null || true
  for i in $(seq 1 100); do
    left=0
    for k in "$pid" $kids; do if alive "$k"; then left=1; fi; done
    [ $left = 0 ] && break
    sleep 0.05
  done
  kill -KILL -- "-$pid" $kids 2>/dev/null || true
  rm -f "$D/server.pid"
}

# curl_as_user ARGS...: curl with the user's login from a config on standard input (not argv).
curl_as_user() {
  printf 'user = "%s:%s"\n' "$IMAP_USER" "$(cat "$IMAP_PASSWORD_FILE")" |
    curl -sS --max-time 20 -K - "$@"
}

cmd_imap() {
  [ $# -ge 1 ] || die "imap: need a command"
  load_env
  curl_as_user "imap://127.0.0.1:$IMAP_PORT/${2:-}" -X "$1"
}

cmd_append() {
  local box=$1 f
  shift
  [ $# -gt 0 ] || die "append: no files"
  load_env
  for f in "$@"; do
    [ -f "$f" ] || die "append: $f: no such file"
    sed 's/\r*$/\r/' "$f" >"$f.crlf"
    curl_as_user -T "$f.crlf" "imap://127.0.0.1:$IMAP_PORT/$box"
    rm -f "$f.crlf"
  done
}

case "${1:-}" in start|imap|append|stop) ;; *) usage ;; esac
[ $# -ge 2 ] || usage
cmd=$1
D=$(abs_dir "$2"); D=${D%/}
shift 2
case "$cmd" in
  start) [ $# = 1 ] || usage; cmd_start "$1" ;;
  imap) cmd_imap "$@" ;;
  append) cmd_append "$@" ;;
  stop) [ -d "$D" ] || exit 0; stop_server ;;
esac
