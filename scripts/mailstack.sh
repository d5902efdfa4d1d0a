#!/usr/bin/env bash
# mailstack.sh: a private Dovecot (IMAP + IMAPS) and Postfix smtp-sink on 127.0.0.1, in one folder.
# The one harness behind scripts/demo.sh and the C++ tests (tests/harness/mailstack.h).
#
#   mailstack.sh start DIR                   create DIR (if needed), config, test CA + cert, user, start both
#   mailstack.sh deliver DIR [--mtime EPOCH] FILE...
#                                            put mails into the Maildir (tmp -> new), then let Dovecot
#                                            assign UIDs in the order given; --mtime sets the arrival
#                                            time (Dovecot's INTERNALDATE is the file's mtime)
#   mailstack.sh seen DIR UID                set \Seen on INBOX UID as another client would
#   mailstack.sh doveadm DIR ARGS...         doveadm against this instance (-u is up to the caller)
#   mailstack.sh stop-smtp DIR               stop smtp-sink
#   mailstack.sh start-smtp DIR [FLAG...]    start smtp-sink on the same port, extra smtp-sink flags
#                                            (fault injection: -Q . / -r RCPT / -f DATA / -A 0 ...)
#   mailstack.sh stop-imap DIR | start-imap DIR   stop / restart Dovecot on the same ports
#   mailstack.sh stop DIR                    stop everything (idempotent; no stray processes)
#
# DIR/env (shell-sourceable) names IMAP_PORT, IMAPS_PORT, SMTP_PORT, IMAP_USER, IMAP_PASSWORD_FILE,
# CA_FILE, SINK_DIR, MAILDIR (+ DOVECOT_CONF, DOVECOT_LOG). Each received mail is one file in
# SINK_DIR in smtp-sink's dump format (X-* trace lines, Received, then the message with LF endings).
#
# Runs as root on Debian 12 with the packages of scripts/setup.sh; touches nothing in /etc and not
# the system's Dovecot or Postfix. DIR and its parents must be traversable by user "mail" (DIR is
# made 0755 here); keep DIR short (Dovecot's sockets live in DIR/run, UNIX socket paths are ≤107 bytes).
# SECURITY: loopback only, plaintext auth allowed, throw-away CA whose key stays in DIR. Tests only.
set -euo pipefail

# shellcheck source=scripts/harness_lib.sh
. "$(dirname "$0")/harness_lib.sh"
# Daemons started here must not inherit the caller's descriptors (a test's sockets, a pipe).
close_inherited_descriptors

die() { echo "mailstack.sh: $*" >&2; exit 1; }
usage() { sed -n '4,17p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 64; }

MAIL_UID=$(id -u mail 2>/dev/null) || die "user 'mail' is missing"
MAIL_GID=$(id -g mail)
USER_NAME=pst@example.test

# --- helpers ----------------------------------------------------------------------------------------


stop_pids() { # TERM, wait up to 5 s, then KILL
  local p i left
  [ $# -gt 0 ] || return 0
  kill -TERM "$@" 2>/dev/null || true
  for i in $(seq 1 100); do
    left=0
    for p in "$@"; do alive "$p" && left=1; done
    [ $left = 0 ] && return 0
    sleep 0.05
  done
  for p in "$@"; do alive "$p" && kill -KILL "$p" 2>/dev/null; done
  return 0
}

wait_listening() { # wait_listening PORT PIDFILE: until PORT listens, the process dies, or 10 s
  local i pid
  for i in $(seq 1 200); do
    port_listening "$1" && return 0
    pid=$(cat "$2" 2>/dev/null || true)
    # The daemonised master writes its pid file a moment after `dovecot` returns: no pid yet is no verdict.
    if [ -n "$pid" ] && ! alive "$pid"; then return 1; fi
    sleep 0.05
  done
  return 1
}

load_env() {
  [ -f "$D/env" ] || die "$D: not a mailstack folder (no env file; run start first)"
  # shellcheck disable=SC1091
  . "$D/env"
}

# --- Dovecot --------------------------------------------------------------------------------------

write_dovecot_conf() { # write_dovecot_conf IMAP_PORT IMAPS_PORT
  cat >"$D/etc/dovecot.conf" <<EOF
# Private test instance written by scripts/mailstack.sh; not the system Dovecot.
protocols = imap
listen = 127.0.0.1
base_dir = $D/run
state_dir = $D/state
instance_name = pstmail-$(basename "$D")
log_path = $D/log/dovecot.log
info_log_path = $D/log/dovecot.log
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = $MAIL_UID
first_valid_gid = $MAIL_GID
mail_location = maildir:~/Maildir
mail_fsync = never
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
auth_failure_delay = 0
mail_max_userip_connections = 100
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $D/etc/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $D/etc/users
}
ssl = yes
ssl_cert = <$D/tls/cert.pem
ssl_key = <$D/tls/key.pem
ssl_dh = </usr/share/dovecot/dh.pem
namespace inbox {
  inbox = yes
  separator = /
  mailbox Processed {
    auto = create
  }
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = $1
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $2
    ssl = yes
  }
}
# A test's own settings (capabilities, mechanisms, ACLs), read after these (later settings win).
!include_try $D/etc/extra.conf
EOF
}

make_tls() { # test CA and a server certificate for localhost / 127.0.0.1 (EC keys: fast)
  local t=$D/tls
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 3650 \
    -subj "/CN=pstmail test CA" -addext "basicConstraints=critical,CA:TRUE" \
    -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$t/ca.key" -out "$t/ca.pem" 2>/dev/null
  openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=localhost" \
    -keyout "$t/key.pem" -out "$t/cert.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
    >"$t/ext.cnf"
  openssl x509 -req -in "$t/cert.csr" -CA "$t/ca.pem" -CAkey "$t/ca.key" -CAcreateserial \
    -days 3650 -extfile "$t/ext.cnf" -out "$t/cert.pem" 2>/dev/null
  chmod 600 "$t/ca.key" "$t/key.pem"
  chmod 644 "$t/ca.pem" "$t/cert.pem"
}

dovecot_pid() { cat "$D/run/master.pid" 2>/dev/null || true; }

start_dovecot() { # start_dovecot: uses IMAP_PORT/IMAPS_PORT from env; returns 2 on a port clash
  local out
  write_dovecot_conf "$IMAP_PORT" "$IMAPS_PORT"
  # Output to a file: the daemonised master keeps inherited fds, so $(...) would wait for it.
  if ! dovecot -c "$D/etc/dovecot.conf" </dev/null >"$D/log/dovecot.start" 2>&1; then
    out=$(cat "$D/log/dovecot.start")
    case "$out" in *"in use"*) return 2 ;; esac
    die "dovecot did not start: $out"
  fi
  wait_listening "$IMAP_PORT" "$D/run/master.pid" && wait_listening "$IMAPS_PORT" "$D/run/master.pid" && return 0
  stop_dovecot
  grep -q "in use" "$D/log/dovecot.log" 2>/dev/null && return 2
  die "dovecot is not listening on $IMAP_PORT/$IMAPS_PORT (see $D/log/dovecot.log)"
}

stop_dovecot() {
  local pid kids
  pid=$(dovecot_pid)
  alive "$pid" || { rm -f "$D/run/master.pid"; return 0; }
  kids=$(descendants "$pid")
  # shellcheck disable=SC2086
  stop_pids "$pid" $kids
  rm -f "$D/run/master.pid"
}

nudge_dovecot() { # let Dovecot see new mail now, so UIDs follow the delivery order
  alive "$(dovecot_pid)" || return 0
  doveadm -c "$D/etc/dovecot.conf" mailbox status -u "$USER_NAME" uidnext INBOX >/dev/null \
    || die "doveadm mailbox status failed"
}

# --- smtp-sink ------------------------------------------------------------------------------------

smtp_pid() { cat "$D/run/smtp-sink.pid" 2>/dev/null || true; }

start_sink() { # start_sink [FLAG...]: uses SMTP_PORT; returns 2 on a port clash
  local pid
  alive "$(smtp_pid)" && die "smtp-sink is already running (pid $(smtp_pid))"
  port_listening "$SMTP_PORT" && return 2
  # Every fd redirected: a caller reading our output through a pipe must not wait for the sink.
  setsid smtp-sink -4 -u mail -h sink.example.test -d "$SINK_DIR/%Y%m%d-%H%M%S." "$@" \
    "127.0.0.1:$SMTP_PORT" 256 </dev/null >>"$D/log/smtp-sink.log" 2>&1 &
  pid=$!
  echo "$pid" >"$D/run/smtp-sink.pid"
  wait_listening "$SMTP_PORT" "$D/run/smtp-sink.pid" && return 0
  stop_sink
  return 2
}

stop_sink() {
  local pid
  pid=$(smtp_pid)
  alive "$pid" && stop_pids "$pid"
  rm -f "$D/run/smtp-sink.pid"
}

# --- commands -------------------------------------------------------------------------------------

cmd_start() {
  local attempt rc pw
  if [ -f "$D/env" ] && { alive "$(dovecot_pid)" || alive "$(smtp_pid)"; }; then
    die "$D: already running (use stop first)"
  fi
  mkdir -p "$D"
  chmod 755 "$D"
  # Every parent must let "mail" (Dovecot's mail processes, smtp-sink) pass.
  setpriv --reuid="$MAIL_UID" --regid="$MAIL_GID" --clear-groups test -x "$D" \
    || die "$D is not traversable by user mail; choose a folder under /tmp"
  mkdir -p "$D/etc" "$D/run" "$D/state" "$D/log" "$D/tls" "$D/sink" \
           "$D/mail/pst/Maildir/cur" "$D/mail/pst/Maildir/new" "$D/mail/pst/Maildir/tmp"
  chmod 700 "$D/tls"
  chmod 755 "$D/run" "$D/log" "$D/etc"
  chown -R mail:mail "$D/mail" "$D/sink"

  [ -f "$D/imap.password" ] || { umask 077; openssl rand -hex 16 >"$D/imap.password"; umask 022; }
  pw=$(cat "$D/imap.password")
  printf '%s:{PLAIN}%s:%s:%s::%s/mail/pst::\n' "$USER_NAME" "$pw" "$MAIL_UID" "$MAIL_GID" "$D" \
    >"$D/etc/users"
  chmod 640 "$D/etc/users"
  chgrp dovecot "$D/etc/users" 2>/dev/null || true
  [ -f "$D/tls/cert.pem" ] || make_tls

  SINK_DIR=$D/sink
  for attempt in 1 2 3 4 5 6 7 8; do
    IMAP_PORT=$(free_port)
    IMAPS_PORT=$(free_port "$IMAP_PORT")
    SMTP_PORT=$(free_port "$IMAP_PORT" "$IMAPS_PORT")
    rc=0; start_dovecot || rc=$?
    [ $rc = 2 ] && continue
    rc=0; start_sink || rc=$?
    [ $rc = 2 ] && { stop_dovecot; continue; }
    cat >"$D/env" <<EOF
IMAP_PORT=$IMAP_PORT
IMAPS_PORT=$IMAPS_PORT
SMTP_PORT=$SMTP_PORT
IMAP_USER=$USER_NAME
IMAP_PASSWORD_FILE=$D/imap.password
CA_FILE=$D/tls/ca.pem
SINK_DIR=$D/sink
MAILDIR=$D/mail/pst/Maildir
DOVECOT_CONF=$D/etc/dovecot.conf
DOVECOT_LOG=$D/log/dovecot.log
EOF
    return 0
  done
  die "could not find free ports after $attempt attempts"
}

cmd_deliver() {
  local mtime="" f n=0 t name now
  local -a names=()
  if [ "${1:-}" = --mtime ]; then mtime=$2; shift 2; fi
  [ $# -gt 0 ] || die "deliver: no files"
  load_env
  # Dovecot orders new mail by the time in the Maildir file name (sec.Musec): give each file a
  # later one. Write into tmp/, then rename into new/ (the Maildir protocol).
  now=$(date +%s%N); t=$((now / 1000))
  for f in "$@"; do
    [ -f "$f" ] || die "deliver: $f: no such file"
    n=$((n + 1))
    name="$((t / 1000000)).M$((t % 1000000))P$$Q$n.mailstack"
    t=$((t + 1))
    cp -- "$f" "$MAILDIR/tmp/$name"
    names+=("$MAILDIR/tmp/$name")
  done
  printf '%s\0' "${names[@]}" | xargs -0 chown mail:mail
  [ -z "$mtime" ] || printf '%s\0' "${names[@]}" | xargs -0 touch -d "@$mtime"
  printf '%s\0' "${names[@]}" | xargs -0 mv -t "$MAILDIR/new/"
  nudge_dovecot
}

cmd_seen() {
  [ $# = 1 ] || die "seen: need one UID"
  load_env
  doveadm -c "$DOVECOT_CONF" flags add -u "$USER_NAME" '\Seen' mailbox INBOX uid "$1"
}

case "${1:-}" in
  start|deliver|seen|doveadm|stop-smtp|start-smtp|stop-imap|start-imap|stop) ;;
  *) usage ;;
esac
[ $# -ge 2 ] || usage
cmd=$1
D=$(abs_dir "$2")
D=${D%/}
shift 2

case "$cmd" in
  start) cmd_start ;;
  deliver) cmd_deliver "$@" ;;
  seen) cmd_seen "$@" ;;
  doveadm) load_env; doveadm -c "$DOVECOT_CONF" "$@" ;;
  stop-smtp) load_env; stop_sink ;;
  start-smtp) load_env; rc=0; start_sink "$@" || rc=$?
              [ $rc = 0 ] || die "smtp-sink did not start on port $SMTP_PORT (see $D/log/smtp-sink.log)" ;;
  stop-imap) load_env; stop_dovecot ;;
  start-imap) load_env; alive "$(dovecot_pid)" && die "dovecot is already running"
              rc=0; start_dovecot || rc=$?
              [ $rc = 0 ] || die "dovecot did not start on ports $IMAP_PORT/$IMAPS_PORT (in use)" ;;
  stop) [ -d "$D" ] || exit 0; stop_sink; stop_dovecot ;;
esac
