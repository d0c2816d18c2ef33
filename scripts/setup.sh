#!/usr/bin/env bash
# Prepares a fresh machine: Node >= 22.12, the npm packages, and with --test what the test
# suite needs (Debian's Chromium for Playwright, Xvfb, a D-Bus session and a notification
# daemon for the OS-notification test). Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
[[ "${1:-}" == "--test" ]] && want_tests=1

is_root() { [[ "$(id -u)" == "0" ]]; }

node_ok() {
  command -v node >/dev/null 2>&1 && node -e '
    const [a, b] = process.versions.node.split(".").map(Number);
    process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1);'
}

if ! node_ok; then
  echo "setup: Node $(node -v 2>/dev/null || echo none) is older than 22.12; installing Node 22 from the npm registry"
  if ! is_root; then
    echo "setup: please install Node.js 22.12 or newer (https://nodejs.org) and run this again." >&2
    exit 1
  fi
  npm install --prefix /opt/node22 --no-audit --no-fund node@22 >/dev/null
  ln -sf /opt/node22/node_modules/node/bin/node /usr/local/bin/node
  hash -r
  node_ok || { echo "setup: Node 22 install failed" >&2; exit 1; }
fi
echo "setup: node $(node -v), npm $(npm -v)"

if [[ $want_tests == 1 ]]; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
  command -v dunst >/dev/null 2>&1 || missing+=(dunst)
  command -v dbus-run-session >/dev/null 2>&1 || missing+=(dbus dbus-x11)
  command -v dbus-monitor >/dev/null 2>&1 || missing+=(dbus-bin)
  command -v notify-send >/dev/null 2>&1 || missing+=(libnotify-bin)
  # The backup test opens a backup with the standard age tool, as an owner would (issue 11).
  command -v age >/dev/null 2>&1 || missing+=(age)
  # No grep -q here: with pipefail, fc-list's SIGPIPE would read as "missing".
  fc-list 2>/dev/null | grep -i 'cjk' >/dev/null || missing+=(fonts-noto-cjk)
  if (( ${#missing[@]} )); then
    if is_root; then
      echo "setup: installing ${missing[*]}"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "setup: missing ${missing[*]}; install them with your package manager (sudo apt-get install ${missing[*]})" >&2
      exit 1
    fi
  fi
  # Electron's binary cannot be downloaded everywhere; the real-Electron suite skips (and says
  # why) when it is absent, so the test install never tries.
  export ELECTRON_SKIP_BINARY_DOWNLOAD=1
fi

npm ci --no-audit --no-fund
