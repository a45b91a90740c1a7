"""The lab's scenarios: firewall/NAT rules, daemon configuration, and what must come out.

Two expectations per scenario, and a third for some:

* ``network``: what a plain ftplib client sees (tests/lab/lab_ftplib_check.py) - proves that the lab's rules
  and daemons really produce the situation the scenario names, independently of ftpwizard.
* ``verdict``: what ``ftpwizard probe --json`` must answer.
* ``programs``: what the real curl and lftp do there (lab_programs.py), and so what ftpwizard must predict
  for them (test_lab_programs.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from lab_daemons import CP949_FILE_NAMES, CP949_FOLDER, LISTING, SUBDIR, DaemonOptions
from lab_programs import SETTINGS as PROGRAM_SETTINGS
from netlab import (
    CLIENT_FIREWALL,
    ROUTER_FTP_HELPER,
    ROUTER_NAT,
    SERVER_FIREWALL,
    SERVER_FTP_HELPER,
    SERVER_PORT21_DROP,
    SERVER_PORT21_REJECT,
    UNREACHABLE_ADDR,
    Rules,
)

ALL_DAEMONS = ("vsftpd", "proftpd", "pure-ftpd", "pyftpdlib")
OK = ("ok",)  # network expectation: the mode lists the folder

PLAIN = DaemonOptions()
BAD_PASV = DaemonOptions(pasv_address=UNREACHABLE_ADDR)
TLS = DaemonOptions(tls=True)
ONE_PER_IP = DaemonOptions(max_per_ip=1)
TWO_PER_IP = DaemonOptions(max_per_ip=2)
CP949_NAMES = DaemonOptions(folder=CP949_FOLDER)

# What a plain client's listing shows (the last word of each line): the lab's folder, and the CP949 folder,
# whose extra names are their CP949 bytes read as UTF-8 with surrogateescape (lab_ftplib_check.py).
NAMES = tuple(sorted((*LISTING, SUBDIR)))
CP949_LISTING = tuple(sorted((*NAMES, *(n.decode("utf-8", "surrogateescape") for n in CP949_FILE_NAMES))))
ALL_LIST = dict.fromkeys(PROGRAM_SETTINGS, True)  # every curl/lftp setting lists the folder


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    verdict: str  # the expected verdict code
    rules: Rules = Rules()
    opts: DaemonOptions = PLAIN
    daemons: tuple[str, ...] = ALL_DAEMONS
    probe_args: tuple[str, ...] = ()  # extra arguments for ftpwizard probe
    wrong_password: bool = False
    no_daemon: bool = False  # nothing listens on port 21
    # ftplib expectations: control error, or per mode ("ok",) / (failed step, error)
    control_error: str | None = None
    active: tuple[object, ...] | None = OK
    passive: tuple[object, ...] | None = OK
    tls_check: bool = False  # the ftplib check uses explicit TLS
    recommended: str | None = None  # expected verdict.recommended_mode when it matters
    failed_steps: dict[str, int] = field(default_factory=dict)  # mode -> failed step the probe must report
    silent_drop: bool = False  # packets vanish: time to verdict is what users wait through
    sequential: bool | None = None
    findings: tuple[str, ...] = ()  # codes verdict.findings must contain besides the main one
    params: dict[str, object] = field(default_factory=dict)  # entries verdict.params must have
    # Further network expectations (test_lab_network.py):
    names: tuple[str, ...] = NAMES  # the listing's names in both modes
    per_ip_limit: int | None = None  # this many logged-in connections at once work, one more gets 421
    session_reuse_required: bool = False  # a TLS data connection without session reuse gets 522
    # What the real curl and lftp did here (True: the listing came back), by setting (lab_programs.py).
    programs: dict[str, bool] = field(default_factory=dict)

    def for_daemon(self, daemon: str) -> Scenario:
        """This scenario with the expectations that differ for one daemon (see QUIRKS)."""
        changes = QUIRKS.get((daemon, self.id))
        return replace(self, **changes) if changes else self


CLIENT_NAT = Rules(router=(ROUTER_NAT,))
SCENARIOS: tuple[Scenario, ...] = (
    Scenario("open", "no firewall", "both_ok"),
    Scenario("client_firewall", "client firewall drops new inbound", "active_blocked_client_side",
             rules=Rules(client=(CLIENT_FIREWALL,)), active=(3, "timeout"), recommended="passive",
             failed_steps={"active": 3}, silent_drop=True),
    Scenario("client_nat", "client behind NAT", "active_rejected_nat",
             rules=CLIENT_NAT, active=(2, "rejected"), recommended="passive", failed_steps={"active": 2}),
    Scenario("client_nat_helper", "client NAT + router FTP helper", "both_ok",
             rules=Rules(router=(ROUTER_NAT, ROUTER_FTP_HELPER))),
    Scenario("server_firewall_helper", "server firewall (21 only) + FTP helper", "both_ok",
             rules=Rules(server=(SERVER_FIREWALL, SERVER_FTP_HELPER))),
    Scenario("server_firewall", "server firewall: port 21 only", "passive_blocked_server_side",
             rules=Rules(server=(SERVER_FIREWALL,)), passive=(3, "timeout"), recommended="active",
             failed_steps={"passive": 3}, silent_drop=True),
    Scenario("both_blocked", "client firewall + server firewall", "both_blocked",
             rules=Rules(client=(CLIENT_FIREWALL,), server=(SERVER_FIREWALL,)),
             active=(3, "timeout"), passive=(3, "timeout"), failed_steps={"active": 3, "passive": 3},
             silent_drop=True, findings=("active_blocked_client_side", "passive_blocked_server_side")),
    Scenario("port21_dropped", "DROP on port 21", "control_timeout",
             rules=Rules(server=(SERVER_PORT21_DROP,)), control_error="timeout", active=None, passive=None),
    Scenario("port21_rejected", "REJECT (tcp reset) on port 21", "control_refused",
             rules=Rules(server=(SERVER_PORT21_REJECT,)), control_error="refused", active=None, passive=None),
    Scenario("wrong_password", "wrong password", "login_failed",
             wrong_password=True, control_error="rejected", active=None, passive=None),
    Scenario("bad_pasv_address", f"daemon advertises {UNREACHABLE_ADDR}", "passive_bad_address",
             opts=BAD_PASV, passive=(3, "unreachable"), recommended="passive", findings=("both_ok",)),
    # vsftpd only: TLS and one connection per address
    Scenario("tls_required", "TLS required, probe without TLS", "tls_required",
             opts=TLS, daemons=("vsftpd",), control_error="rejected", active=None, passive=None),
    Scenario("tls_open", "FTPS, no firewall", "both_ok",
             opts=TLS, daemons=("vsftpd",), probe_args=("--tls", "explicit"), tls_check=True),
    Scenario("tls_client_firewall", "FTPS, client firewall", "active_blocked_client_side",
             opts=TLS, daemons=("vsftpd",), probe_args=("--tls", "explicit"), tls_check=True,
             rules=Rules(client=(CLIENT_FIREWALL,)), active=(3, "timeout"), recommended="passive",
             failed_steps={"active": 3}, silent_drop=True),
    Scenario("tls_server_firewall", "FTPS, server firewall: port 21 only", "passive_blocked_server_side",
             opts=TLS, daemons=("vsftpd",), probe_args=("--tls", "explicit"), tls_check=True,
             rules=Rules(server=(SERVER_FIREWALL,)), passive=(3, "timeout"), recommended="active",
             failed_steps={"passive": 3}, silent_drop=True),
    # The router's helper cannot read the encrypted PORT: it neither rewrites it nor opens the port.
    Scenario("tls_client_nat_helper", "FTPS, client NAT + router FTP helper", "active_rejected_nat",
             opts=TLS, daemons=("vsftpd",), probe_args=("--tls", "explicit"), tls_check=True,
             rules=Rules(router=(ROUTER_NAT, ROUTER_FTP_HELPER)), active=(2, "rejected"),
             recommended="passive", failed_steps={"active": 2}, findings=("tls_hides_port_from_router",)),
    # Likewise on the server side: the helper cannot read the encrypted 227 reply, passive stays blocked.
    Scenario("tls_server_firewall_helper", "FTPS, server firewall (21 only) + FTP helper",
             "passive_blocked_server_side",
             opts=TLS, daemons=("vsftpd",), probe_args=("--tls", "explicit"), tls_check=True,
             rules=Rules(server=(SERVER_FIREWALL, SERVER_FTP_HELPER)), passive=(3, "timeout"),
             recommended="active", failed_steps={"passive": 3}, silent_drop=True),
    Scenario("one_per_ip_open", "max_per_ip=1, no firewall", "both_ok",
             opts=ONE_PER_IP, daemons=("vsftpd",), sequential=True, findings=("sequential_probe", "connection_limit"),
             params={"limit": 1}),
    Scenario("one_per_ip_client_firewall", "max_per_ip=1, client firewall", "active_blocked_client_side",
             opts=ONE_PER_IP, daemons=("vsftpd",), rules=Rules(client=(CLIENT_FIREWALL,)),
             active=(3, "timeout"), recommended="passive", failed_steps={"active": 3}, silent_drop=True,
             sequential=True, findings=("sequential_probe", "connection_limit"), params={"limit": 1}),
    # Issue 14: the server policies that decide whether the customer's own program works.
    # vsftpd's default require_ssl_reuse=YES: the probe resumes the TLS session and lists in both modes,
    # a program that does not resume it gets 522 on the data connection. curl and lftp both resume it;
    # curl in active mode fails anyway: the data connection's TLS handshake never completes (curl 7.88).
    Scenario("tls_session_reuse", "FTPS, require_ssl_reuse=YES (default)", "both_ok",
             opts=TLS, daemons=("vsftpd",), probe_args=("--tls", "explicit"), tls_check=True,
             findings=("tls_session_reuse_required",), session_reuse_required=True,
             programs={**ALL_LIST, "curl -P -": False}),
    # vsftpd max_per_ip=2 / Pure-FTPd -C 2: curl and lftp list with one connection.
    Scenario("two_per_ip", "2 connections per address", "both_ok",
             opts=TWO_PER_IP, daemons=("vsftpd", "pure-ftpd"), findings=("connection_limit",),
             params={"limit": 2}, per_ip_limit=2, programs=ALL_LIST),
    # An old Korean server: curl and lftp pass the names' CP949 bytes through unchanged.
    Scenario("cp949_names", "file names in CP949", "both_ok",
             opts=CP949_NAMES, daemons=("vsftpd",), findings=("names_not_utf8",), params={"encoding": "cp949"},
             names=CP949_LISTING, programs=ALL_LIST),
    # No daemon at all: the kernel answers the SYN with a reset.
    Scenario("nothing_listening", "nothing listens on port 21", "control_refused",
             daemons=("none",), no_daemon=True, control_error="refused", active=None, passive=None),
)


# Where a daemon's real behaviour differs from the common case (measured in this lab).
QUIRKS: dict[tuple[str, str], dict[str, object]] = {
    # pyftpdlib connects back while handling PORT and answers it only then (421 after 30 s), so a plain
    # client times out waiting for the PORT reply; the probe watches its listening socket instead.
    ("pyftpdlib", "client_firewall"): {"active": (2, "timeout")},
    ("pyftpdlib", "both_blocked"): {"active": (2, "timeout")},
    # ProFTPD does not reject a PORT with a private address from a public peer: it connects to the
    # peer's (the router's) address instead, where the NAT router drops it. Active fails at step 3.
    ("proftpd", "client_nat"): {"active": (3, "timeout"), "verdict": "active_blocked_client_side",
                                "failed_steps": {"active": 3}, "silent_drop": True},
}


def cases() -> list[tuple[str, Scenario]]:
    """(daemon, scenario) pairs, grouped so that each daemon configuration is started once."""
    out: list[tuple[str, Scenario]] = []
    for daemon in (*ALL_DAEMONS, "none"):
        for opts in (PLAIN, BAD_PASV, TLS, ONE_PER_IP, TWO_PER_IP, CP949_NAMES):
            out += [(daemon, sc.for_daemon(daemon)) for sc in SCENARIOS if daemon in sc.daemons and sc.opts == opts]
    return out
