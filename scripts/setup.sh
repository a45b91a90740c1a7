#!/usr/bin/env bash
# Set up everything ftpwizard needs on a fresh machine: Debian packages (when run as root on
# Debian/Ubuntu), a virtual environment in .venv with the project installed, and compiled translations.
#   scripts/setup.sh run    what the program needs to run
#   scripts/setup.sh test   plus the FTP daemons, firewall tools and browser the tests use
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${1:-run}"

# Qt's runtime libraries (xcb for a real screen, offscreen for tests) and a Hangul font.
run_packages="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libxcb-cursor0
  libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 fonts-nanum"
# Tests: real FTP programs and daemons, network namespaces and nftables for the firewall lab,
# Chromium to open the HTML report, gcc/binutils/icu-devtools to trim Qt's ICU data in the bundle, and
# Xvfb with the Openbox window manager for the screen-size tests (a real X server with title bars and a
# work area, at the screen sizes and scalings of our customers' laptops).
test_packages="lftp curl iproute2 nftables openssl chromium gcc binutils icu-devtools xvfb openbox"

packages="$run_packages"
[ "$profile" = test ] && packages="$packages $test_packages"

missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    # FTP daemons must never start as system services on port 21: the tests start their own.
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d
      trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=600 $missing >/dev/null
  else
    echo "note: not root or not Debian: install these packages yourself if something is missing:$missing" >&2
  fi
fi

# The firewall lab (tests/lab) runs real FTP daemons: vsftpd, ProFTPD and Pure-FTPd (unpacked side by side,
# since Debian's daemon packages conflict). Root only; without it the lab tests skip with one line.
if [ "$profile" = test ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  sh scripts/lab/install_daemons.sh >/dev/null
fi

# The Python side is installed again only when pyproject.toml changed since the last set-up of this profile:
# scripts/run calls this on every start, which must neither wait for pip nor need the network each time.
installed="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -x .venv/bin/python ] || [ "$(cat ".venv/.installed-$profile" 2>/dev/null)" != "$installed" ]; then
  python3 -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  extras=""
  [ "$profile" = test ] && extras="[test,build]"
  .venv/bin/python -m pip install -q -e ".$extras"
  echo "$installed" > ".venv/.installed-$profile"
  [ "$profile" = test ] && echo "$installed" > .venv/.installed-run  # test installs everything run needs
fi
.venv/bin/python scripts/build_translations.py
