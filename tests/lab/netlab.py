"""A client - router - server network in three Linux network namespaces, with nftables rules per scenario.

Nothing here touches the root namespace's network: the veth pairs are created directly inside the lab
namespaces (``ip -n ROUTER link add ... peer ... netns CLIENT``), so no interface, address or route ever
exists outside them and no packet can leave the machine.

Addresses (TEST-NET-3 stands for "the internet", so the lab looks like a real home network)::

    client 192.168.77.2 --- 192.168.77.1 router 203.0.113.1 --- 203.0.113.10 server
           (lab-lan)          (r-lan)           (r-wan)          (lab-wan)
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

CLIENT_ADDR = "192.168.77.2"
ROUTER_LAN_ADDR = "192.168.77.1"
ROUTER_WAN_ADDR = "203.0.113.1"
SERVER_ADDR = "203.0.113.10"
# An address a daemon behind NAT typically advertises: private, and no route to it from the client.
UNREACHABLE_ADDR = "10.99.0.5"

PREFIX = "ftplab"
_NAME_RE = re.compile(rf"^{PREFIX}-(?:client|router|server)-(\d+)$")


class LabUnavailable(Exception):
    """The lab cannot run on this machine; the message is the one line a skip shows."""


def why_unavailable() -> str | None:
    """None when the lab can run, else one line saying why not."""
    if os.name != "posix" or not os.path.isdir("/proc/self/ns"):
        return "lab needs Linux network namespaces"
    if os.geteuid() != 0:
        return "lab needs root (ip netns, nft)"
    for tool in ("ip", "nft", "ss", "unshare", "mount"):
        if shutil.which(tool) is None:
            return f"lab needs the '{tool}' command (apt-get install iproute2 nftables util-linux)"
    return None


def skip_module_if_unavailable() -> None:
    """Called at the top of each lab test module: one skip line per module, saying why.

    With FTPWIZARD_LAB=require (CI) nothing is skipped: the fixtures then fail with the reason.
    """
    import pytest

    why = why_unavailable()
    if why and os.environ.get("FTPWIZARD_LAB") != "require":
        pytest.skip(why, allow_module_level=True)


def run(cmd: Sequence[str], *, check: bool = True, input: str | None = None, timeout: float = 30) -> str:
    proc = subprocess.run(list(cmd), input=input, capture_output=True, text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()}")
    return proc.stdout


def list_namespaces() -> list[str]:
    out = run(["ip", "netns", "list"], check=False)
    return [line.split()[0] for line in out.splitlines() if line.strip()]


def temp_prefix(kind: str) -> str:
    """Prefix of the lab's temporary folders: with the pid, so a later run can remove a killed run's."""
    return f"{PREFIX}-{os.getpid()}-{kind}-"


def remove_stale_namespaces() -> list[str]:
    """Delete what a run whose process no longer exists (killed with SIGKILL) left: namespaces, the
    daemons still running inside them, temporary folders."""
    removed = []
    tmp = Path(tempfile.gettempdir())
    for path in tmp.glob(f"{PREFIX}-*-*-*"):
        pid = path.name.split("-")[1]
        if pid.isdigit() and not os.path.exists(f"/proc/{pid}") and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
    for name in list_namespaces():
        m = _NAME_RE.match(name)
        if m and not os.path.exists(f"/proc/{m.group(1)}"):
            # Daemons of that run live on inside it (they had their own session): end them by PID.
            for pid in run(["ip", "netns", "pids", name], check=False).split():
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except (ProcessLookupError, ValueError):
                    pass
            run(["ip", "netns", "del", name], check=False)
            removed.append(name)
    return removed


# ---------------------------------------------------------------- firewall rule sets (nft scripts)

# The client's own firewall: nothing new may come in (a Windows firewall, a personal firewall).
CLIENT_FIREWALL = """
table ip ftplab {
    chain input {
        type filter hook input priority filter; policy drop;
        iif "lo" accept
        ct state established,related accept
    }
}
"""

# A home router: masquerade the LAN, drop everything new coming from the internet.
ROUTER_NAT = """
table ip ftplab {
    chain postrouting {
        type nat hook postrouting priority srcnat;
        oifname "r-wan" masquerade
    }
    chain forward {
        type filter hook forward priority filter; policy accept;
        oifname "r-lan" ct state established,related accept
        oifname "r-lan" drop
    }
    chain input {
        type filter hook input priority filter; policy accept;
        iifname "r-wan" ct state established,related accept
        iifname "r-wan" drop
    }
}
"""

# The kernel's FTP helper (the "ALG") is never attached automatically: attach it to control traffic.
# It must be set in a chain at priority filter or later; at priority raw it silently does nothing.
_FTP_HELPER = """
table ip ftplab_helper {
    ct helper ftp-standard {
        type "ftp" protocol tcp;
        l3proto ip;
    }
    chain prerouting {
        type filter hook prerouting priority filter;
        tcp dport 21 ct helper set "ftp-standard"
    }
}
"""
ROUTER_FTP_HELPER = _FTP_HELPER
SERVER_FTP_HELPER = _FTP_HELPER

# A server (or a hosting firewall in front of it) that lets in nothing new except port 21.
SERVER_FIREWALL = """
table ip ftplab {
    chain input {
        type filter hook input priority filter; policy drop;
        iif "lo" accept
        ct state established,related accept
        tcp dport 21 accept
        ip protocol icmp accept
    }
}
"""

SERVER_PORT21_DROP = """
table ip ftplab {
    chain input {
        type filter hook input priority filter;
        tcp dport 21 drop
    }
}
"""

SERVER_PORT21_REJECT = """
table ip ftplab {
    chain input {
        type filter hook input priority filter;
        tcp dport 21 reject with tcp reset
    }
}
"""


@dataclass(frozen=True)
class Rules:
    """nft scripts for each namespace of one scenario."""

    client: tuple[str, ...] = ()
    router: tuple[str, ...] = ()
    server: tuple[str, ...] = ()


class Lab:
    """Creates the three namespaces on ``start()``; ``stop()`` removes everything, and may be called twice."""

    def __init__(self, suffix: str | None = None) -> None:
        suffix = suffix or str(os.getpid())
        self.client = f"{PREFIX}-client-{suffix}"
        self.router = f"{PREFIX}-router-{suffix}"
        self.server = f"{PREFIX}-server-{suffix}"
        self.namespaces = (self.client, self.router, self.server)
        self._created: list[str] = []

    # -------------------------------------------------------------- life cycle

    def start(self) -> Lab:
        why = why_unavailable()
        if why:
            raise LabUnavailable(why)
        remove_stale_namespaces()
        try:
            for ns in self.namespaces:
                run(["ip", "netns", "add", ns])
                self._created.append(ns)
            self._wire()
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            self.stop()
            raise LabUnavailable(f"could not build the lab network: {exc}") from exc
        return self

    def _wire(self) -> None:
        c, r, s = self.client, self.router, self.server
        # Both veth ends are born inside the lab namespaces: nothing appears in the root namespace.
        run(["ip", "-n", r, "link", "add", "r-lan", "type", "veth", "peer", "name", "lab-lan", "netns", c])
        run(["ip", "-n", r, "link", "add", "r-wan", "type", "veth", "peer", "name", "lab-wan", "netns", s])
        for ns, dev, addr in (
            (c, "lab-lan", f"{CLIENT_ADDR}/24"),
            (r, "r-lan", f"{ROUTER_LAN_ADDR}/24"),
            (r, "r-wan", f"{ROUTER_WAN_ADDR}/24"),
            (s, "lab-wan", f"{SERVER_ADDR}/24"),
        ):
            run(["ip", "-n", ns, "addr", "add", addr, "dev", dev])
            run(["ip", "-n", ns, "link", "set", dev, "up"])
        for ns in self.namespaces:
            run(["ip", "-n", ns, "link", "set", "lo", "up"])
        run(["ip", "-n", c, "route", "add", "default", "via", ROUTER_LAN_ADDR])
        run(["ip", "-n", s, "route", "add", "default", "via", ROUTER_WAN_ADDR])
        self.exec(r, ["sysctl", "-qw", "net.ipv4.ip_forward=1"])

    def stop(self) -> None:
        for ns in reversed(self._created):
            # Anything still running inside (a daemon that ignored SIGTERM) is killed by the caller
            # (lab_daemons.py); deleting the name makes the namespace vanish with its last process.
            run(["ip", "netns", "del", ns], check=False)
        self._created.clear()

    def __enter__(self) -> Lab:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -------------------------------------------------------------- helpers

    def exec_cmd(self, ns: str, cmd: Sequence[str]) -> list[str]:
        return ["ip", "netns", "exec", ns, *cmd]

    def exec(self, ns: str, cmd: Sequence[str], **kw: object) -> str:
        return run(self.exec_cmd(ns, cmd), **kw)  # type: ignore[arg-type]

    def apply(self, rules: Rules) -> None:
        """Replace every lab namespace's ruleset with the scenario's."""
        self.clear_rules()
        for ns, scripts in ((self.client, rules.client), (self.router, rules.router), (self.server, rules.server)):
            for script in scripts:
                run(["ip", "netns", "exec", ns, "nft", "-f", "-"], input=script)

    def clear_rules(self) -> None:
        for ns in self.namespaces:
            run(["ip", "netns", "exec", ns, "nft", "flush", "ruleset"])

    def ruleset(self, ns: str) -> str:
        return run(["ip", "netns", "exec", ns, "nft", "list", "ruleset"])

    def kill_sockets(self, ns: str) -> None:
        """Close every TCP socket left in a namespace after its daemon stopped.

        Never while a daemon runs: SOCK_DESTROY also closes listening sockets. Without it the next
        daemon's bind of port 20 (vsftpd's active data connections) fails with "address in use".
        """
        run(["ip", "netns", "exec", ns, "ss", "-K", "-t", "state", "all"], check=False)

    def wait_listening(self, port: int, timeout: float = 10.0, ns: str | None = None) -> None:
        ns = ns or self.server
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            out = run(["ip", "netns", "exec", ns, "ss", "-Hltn", f"sport = :{port}"], check=False)
            if out.strip():
                return
            time.sleep(0.05)
        raise RuntimeError(f"nothing listens on port {port} in {ns} after {timeout:.0f} s")
