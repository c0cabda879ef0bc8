#!/usr/bin/env bash
# Install the headless browser the end-to-end tests drive: Debian's chromium (+ chromium-driver),
# from the distribution's own packages. Playwright's own browser download is never used.
# Idempotent: does nothing when /usr/bin/chromium already runs. Needs root (CI and dev run as root).
set -euo pipefail

CHROMIUM="${KG_CHROMIUM:-/usr/bin/chromium}"

if [ -x "$CHROMIUM" ] && "$CHROMIUM" --headless --no-sandbox --version >/dev/null 2>&1; then
    echo "install-browser: $("$CHROMIUM" --version 2>/dev/null) already installed"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-browser: installing chromium and chromium-driver with apt-get"
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-liberation

if ! "$CHROMIUM" --headless --no-sandbox --version >/dev/null 2>&1; then
    echo "install-browser: $CHROMIUM still does not run after the install" >&2
    exit 1
fi
echo "install-browser: $("$CHROMIUM" --version 2>/dev/null) installed"
