#!/usr/bin/env bash
# Keeps one server running: whenever it exits it is started again, after 1 s, then 2, 4… up to
# 30 s between attempts (back to 1 s once it had stayed up a minute). Ctrl+C or TERM stops it with
# every process it started. Its output and these notes go to $LOG_DIR/<name>.log.
# Usage: scripts/supervise.sh <name> <command> [args…]
# Env: LOG_DIR (default: logs/ at the repo root), SUPERVISE_BACKOFF_MAX (seconds, 30),
#      SUPERVISE_STABLE (seconds up after which the back-off starts again from 1 s, 60).
set -uo pipefail

if [ $# -lt 2 ]; then
  echo "Usage: $0 <name> <command> [args…]" >&2
  exit 2
fi
name="$1"
shift
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log_dir="${LOG_DIR:-$ROOT/logs}"
max="${SUPERVISE_BACKOFF_MAX:-30}"
stable="${SUPERVISE_STABLE:-60}"
log_file="$log_dir/$name.log"
# Logs are for this machine's operators only: a new folder and file are private to the user.
(umask 077 && mkdir -p "$log_dir" && touch "$log_file") || exit 1

note() { printf '[%s] supervise: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" | tee -a "$log_file" >&2; }

# Job control puts each server in a process group of its own: stopping the group reaches every
# process it started (pnpm → tsx → node), and a Ctrl+C in the terminal reaches only this script.
set -m
child=""
sleeper=""

# Ends what is left of the server's process group: TERM, then KILL after 10 s.
end_group() {
  [ -n "$child" ] || return 0
  kill -TERM -- "-$child" 2>/dev/null || return 0
  for _ in $(seq 1 100); do
    kill -0 -- "-$child" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL -- "-$child" 2>/dev/null || true
}

stop() {
  trap '' INT TERM
  [ -z "$sleeper" ] || kill "$sleeper" 2>/dev/null
  end_group
  note "$name stopped"
  exit 0
}
trap stop INT TERM

delay=1
while :; do
  started=$SECONDS
  note "starting $name: $*"
  "$@" >>"$log_file" 2>&1 </dev/null &
  child=$!
  wait "$child"
  code=$?
  # A process the server started may outlive it and hold its port.
  end_group
  if [ $((SECONDS - started)) -ge "$stable" ]; then delay=1; fi
  note "$name exited (code $code); restarting in $delay s"
  sleep "$delay" &
  sleeper=$!
  wait "$sleeper"
  sleeper=""
  delay=$((delay * 2 > max ? max : delay * 2))
done
