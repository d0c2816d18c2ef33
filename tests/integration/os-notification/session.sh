#!/usr/bin/env bash
# Runs inside `dbus-run-session`: a private session bus, a virtual X display (Xvfb), the dunst
# notification daemon on that bus, and dbus-monitor recording every Notify call to
# $MONITOR_LOG; then runs the command given as arguments (the emitter) and tears down.
set -euo pipefail
: "${MONITOR_LOG:?MONITOR_LOG must name the file dbus-monitor writes to}"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

display_file=$(mktemp)
Xvfb -displayfd 3 -screen 0 1024x768x24 -nolisten tcp 3>"$display_file" 2>/dev/null &
pids+=($!)
for _ in $(seq 100); do [[ -s "$display_file" ]] && break; sleep 0.05; done
[[ -s "$display_file" ]] || { echo "session: Xvfb did not start" >&2; exit 3; }
export DISPLAY=":$(head -n1 "$display_file")"

dbus-monitor --session "type='method_call',interface='org.freedesktop.Notifications',member='Notify'" >"$MONITOR_LOG" 2>&1 &
pids+=($!)
dunst >/dev/null 2>&1 &
pids+=($!)

# Wait until dunst owns the notification service name on this bus.
for _ in $(seq 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.Notifications 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  sleep 0.05
done

"$@"
sleep 0.5 # let dbus-monitor flush
