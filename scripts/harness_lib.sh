# harness_lib.sh: what the test-server scripts share (sourced by mailstack.sh and imapserver.sh):
# absolute folder names, listening ports from /proc, a free loopback port, whether a process is
# alive, its descendants, closing inherited descriptors. `die` must be defined by the caller before
# a function that uses it runs.

close_inherited_descriptors() { # every descriptor above 2 of this shell
  local fd
  for fd in /proc/$$/fd/*; do
    fd=${fd##*/}
    [ "$fd" -gt 2 ] 2>/dev/null && eval "exec $fd>&-" 2>/dev/null || true
  done
}

abs_dir() { # abs_dir DIR -> absolute path (DIR need not exist yet)
  case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s/%s\n' "$PWD" "$1" ;; esac
}

# TCP ports in LISTEN state, from /proc (no iproute2 needed), one per line.
listening_ports() {
  local line
  cat /proc/net/tcp /proc/net/tcp6 2>/dev/null | awk '$4 == "0A" { n = split($2, a, ":"); print a[n] }' |
    while read -r line; do echo $((16#$line)); done
}

port_listening() { listening_ports | grep -qx "$1"; }

# A free TCP port on 127.0.0.1 not in the given list. Races with other starters are caught by
# the bind failing, and start retries with new ports.
free_port() {
  local taken p i
  taken=" $* $(listening_ports | tr '\n' ' ') "
  for i in $(seq 1 200); do
    p=$(( 20000 + (SRANDOM % 40000) ))
    case "$taken" in *" $p "*) continue ;; esac
    printf '%s\n' "$p"; return 0
  done
  die "no free port found"
}

alive() { # alive PID: true while the process exists and is not a zombie
  local st
  [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null || return 1
  st=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) || return 1
  [ "$st" != Z ]
}

descendants() { # all descendant pids of PID (depth first)
  local c
  for c in $(ps -o pid= --ppid "$1" 2>/dev/null); do
    echo "$c"; descendants "$c"
  done
}
