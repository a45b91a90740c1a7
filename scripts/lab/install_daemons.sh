#!/bin/sh
# Installs what the namespace lab (tests/lab) needs on Debian 12, as root:
#   iproute2, nftables, util-linux (unshare), openssl, vsftpd (apt-get install), and ProFTPD + Pure-FTPd
#   unpacked with apt-get download + dpkg -x into $FTPLAB_DAEMON_ROOT (default /opt/ftpwizard-lab):
#   Debian's FTP daemon packages conflict with each other ("ftp-server"), and the lab runs them itself.
# No FTP service is left running: service starts are forbidden during the install (policy-rc.d) and
# vsftpd's system service is stopped and disabled afterwards.
set -eu
ROOT="${FTPLAB_DAEMON_ROOT:-/opt/ftpwizard-lab}"
APT="apt-get -o DPkg::Lock::Timeout=600"

# Forbid service starts during the install, unless the machine already does (Docker images do).
POLICY=/usr/sbin/policy-rc.d
OWN_POLICY=""
if [ ! -e "$POLICY" ]; then
    printf '#!/bin/sh\nexit 101\n' > "$POLICY"
    chmod 755 "$POLICY"
    OWN_POLICY=1
fi
cleanup() { [ -z "$OWN_POLICY" ] || rm -f "$POLICY"; }
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
# vsftpd, plus the libraries the unpacked ProFTPD and Pure-FTPd link against.
PACKAGES="iproute2 nftables util-linux openssl vsftpd
  libhiredis0.14 libmemcached11 libmemcachedutil2 libpcre2-posix3 libsodium23 libidn2-0 libwrap0"
MISSING=""
for p in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || MISSING="$MISSING $p"
done
if [ -n "$MISSING" ]; then
    $APT update -qq
    # shellcheck disable=SC2086
    $APT install -y -qq --no-install-recommends $MISSING >/dev/null
fi

# vsftpd's package may have enabled its system service (systemd machines): stop and disable it.
if command -v systemctl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
    systemctl disable --now vsftpd.service >/dev/null 2>&1 || true
fi

if [ -x "$ROOT/usr/sbin/proftpd" ] && [ -x "$ROOT/usr/sbin/pure-ftpd" ]; then
    echo "lab daemons already in $ROOT"
    exit 0
fi
TMP="$(mktemp -d)"
chown _apt "$TMP" 2>/dev/null || chmod 755 "$TMP"  # apt-get download writes as _apt
(cd "$TMP" && $APT download proftpd-core pure-ftpd) || { $APT update -qq && (cd "$TMP" && $APT download proftpd-core pure-ftpd); }
mkdir -p "$ROOT"
for deb in "$TMP"/*.deb; do dpkg -x "$deb" "$ROOT"; done
rm -rf "$TMP"

"$ROOT/usr/sbin/proftpd" -v
"$ROOT/usr/sbin/pure-ftpd" --help 2>&1 | head -n 1
dpkg-query -W vsftpd
echo "lab daemons ready in $ROOT (vsftpd from apt)"
