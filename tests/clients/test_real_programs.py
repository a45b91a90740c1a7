"""Real programs are the oracle: the real curl and the real lftp list a folder on servers that behave the way
that splits FTP programs, and the outcome ftpwizard predicts for each setting must be what the program did.

Each scenario runs ftpwizard's own probe against the server first: it must find exactly the server policies
the scenario declares (EPSV and PASV apart, TLS session reuse, connections at once: issue 14 section 1), with
their params, and the prediction is made from what it found. Every connection goes to 127.0.0.1 only: the "unusable 227 address" is one
that fails locally (127.0.0.2, where nothing listens, or 0.0.0.0), and a "blocked" port is either refused
(nothing listens) or dropped (a full listen backlog: the SYNs go unanswered, like a firewall's DROP).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from probe_handlers import (
    ActiveSilent,
    EpsvRefused,
    EpsvTo,
    PasvOnlyTo,
    PasvRefused,
    Port500,
    requires_session_reuse,
)
from probe_servers import (
    PASSWORD,
    USER,
    Blackhole,
    FTPHandler,
    FtpServer,
    closed_port,
    fingerprint,
    make_self_signed,
    probe,
)

from ftpwizard.clients import curl, lftp
from ftpwizard.clients.capabilities import load_capabilities
from ftpwizard.clients.env import Environment
from ftpwizard.clients.outcome import ProgramSetting, ServerFacts, predict_outcome
from ftpwizard.clients.program_options import read_setting
from ftpwizard.core.diagnosis.findings import (
    CONNECTION_LIMIT,
    EPSV_BLOCKED,
    EPSV_REFUSED,
    NAMES_NOT_UTF8,
    PASV_BLOCKED_EPSV_OK,
    TLS_SESSION_REUSE_REQUIRED,
)

CURL = shutil.which("curl")
LFTP = shutil.which("lftp")
pytestmark = pytest.mark.skipif(not (CURL and LFTP), reason="needs the real curl and lftp (apt install curl lftp)")

# Short waits so the failing cases end quickly. lftp's retries matter: its fallbacks ("EPSV failed, will
# try PASV", "Switching passive mode on") reconnect and count as a retry, so one retry would hide them.
CURL_WAITS = ["--connect-timeout", "2", "--max-time", "8"]
LFTP_WAITS = "set net:timeout 2; set net:max-retries 3; set net:reconnect-interval-base 1; "

# (program, setting name shown in failures, the program's setting for ftpwizard)
SETTINGS: dict[str, tuple[str, ProgramSetting]] = {
    "curl": ("curl", ProgramSetting("default")),
    "curl -P -": ("curl", ProgramSetting("active")),
    "curl --disable-epsv": ("curl", ProgramSetting("default", {"disable-epsv": True})),
    "lftp": ("lftp", ProgramSetting("default")),
    "lftp passive-mode off": ("lftp", ProgramSetting("active")),
    "lftp prefer-epsv on": ("lftp", ProgramSetting("default", {"ftp:prefer-epsv": True})),
}
CURL_ARGS = {"curl": [], "curl -P -": ["-P", "-"], "curl --disable-epsv": ["--disable-epsv"]}
LFTP_SETS = {"lftp": "", "lftp passive-mode off": "set ftp:passive-mode off; ",
             "lftp prefer-epsv on": "set ftp:prefer-epsv on; "}


def run_curl(server: FtpServer, name: str, tls: bool = False) -> bool:
    """True when curl printed the folder's listing. -q: no .curlrc of the machine's user. With ``tls``:
    explicit FTPS, the test's self-signed certificate accepted (-k)."""
    url = f"ftp://{USER}:{PASSWORD}@{server.hostport}/"
    ftps = ["--ssl-reqd", "-k"] if tls else []
    done = subprocess.run([CURL or "curl", "-q", "-sS", *CURL_WAITS, *ftps, *CURL_ARGS[name], url],
                          capture_output=True, text=True, timeout=30)
    return "index.html" in done.stdout


def run_lftp(server: FtpServer, name: str, tls: bool = False) -> bool:
    """True when lftp printed the folder's listing. --norc: no rc file of the machine's user."""
    ftps = ("set ftp:ssl-force yes; set ftp:ssl-protect-data yes; set ssl:verify-certificate no; "
            if tls else "")
    script = (LFTP_WAITS + ftps + LFTP_SETS[name]
              + f"open -u {USER},{PASSWORD} -p {server.port} {server.host}; ls")
    done = subprocess.run([LFTP or "lftp", "--norc", "-c", script], capture_output=True, text=True, timeout=60)
    return "index.html" in done.stdout


# The servers that behave each way are the probe tests' own (tests/probe/probe_handlers.py): EpsvTo (EPSV
# names a refusing or dropping port, PASV works), PasvOnlyTo (the reverse), EpsvRefused, PasvRefused, Port500,
# ActiveSilent, and requires_session_reuse() (vsftpd's require_ssl_reuse=YES).


@dataclass
class Scenario:
    handler: Callable[[int, int], tuple[type[FTPHandler], dict[str, Any]]]  # (closed port, dropped port)
    # The server-policy findings the probe must make here, exactly, and their params.
    findings: tuple[str, ...] = ()
    params: dict[str, Any] = field(default_factory=dict)
    # What the real programs did here (curl 7.88.1, lftp 4.9.2): True = the listing came back.
    measured: dict[str, bool] = field(default_factory=dict)
    slow: bool = False
    tls: bool = False  # explicit FTPS with the test certificate


ALL_WORK = dict.fromkeys(SETTINGS, True)
SCENARIOS: dict[str, Scenario] = {
    "healthy": Scenario(lambda closed, dropped: (FTPHandler, {}), measured=ALL_WORK),
    "EPSV's port dropped, PASV works": Scenario(
        lambda closed, dropped: (EpsvTo, {"epsv_port": dropped}),
        (EPSV_BLOCKED,), {"epsv_error": "timeout"}, slow=True,
        measured={**ALL_WORK, "curl": False, "lftp prefer-epsv on": False}),
    "EPSV's port refuses, PASV works": Scenario(
        lambda closed, dropped: (EpsvTo, {"epsv_port": closed}),
        (EPSV_BLOCKED,), {"epsv_error": "refused"}, slow=True,
        measured={**ALL_WORK, "lftp prefer-epsv on": False}),
    "PASV's port dropped, EPSV works": Scenario(
        lambda closed, dropped: (PasvOnlyTo, {"pasv_port": dropped}),
        (PASV_BLOCKED_EPSV_OK,), {"pasv_error": "timeout"}, slow=True,
        measured={**ALL_WORK, "curl --disable-epsv": False, "lftp": False}),
    "PASV's port refuses, EPSV works": Scenario(
        lambda closed, dropped: (PasvOnlyTo, {"pasv_port": closed}),
        (PASV_BLOCKED_EPSV_OK,), {"pasv_error": "refused"}, slow=True,
        measured={**ALL_WORK, "curl --disable-epsv": False, "lftp": False}),
    "PORT answered with 500 (NAT)": Scenario(
        lambda closed, dropped: (Port500, {}), measured={**ALL_WORK, "curl -P -": False}),
    "the server never connects back": Scenario(
        lambda closed, dropped: (ActiveSilent, {}), slow=True,
        measured={**ALL_WORK, "curl -P -": False, "lftp passive-mode off": False}),
    "227 names 127.0.0.2, where nothing listens": Scenario(
        lambda closed, dropped: (FTPHandler, {"masquerade_address": "127.0.0.2"}), measured=ALL_WORK),
    "227 names 0.0.0.0": Scenario(
        lambda closed, dropped: (FTPHandler, {"masquerade_address": "0.0.0.0"}), measured=ALL_WORK),
    "EPSV refused (500), PASV works": Scenario(
        lambda closed, dropped: (EpsvRefused, {}), (EPSV_REFUSED,), measured=ALL_WORK),
    "PASV and EPSV refused (502)": Scenario(
        lambda closed, dropped: (PasvRefused, {}),
        measured={**ALL_WORK, "curl": False, "curl --disable-epsv": False}),
    "one connection at a time from this address": Scenario(
        lambda closed, dropped: (FTPHandler, {"max_cons_per_ip": 1}), (CONNECTION_LIMIT,), {"limit": 1},
        measured=ALL_WORK),
    # FTPS where the data connection must resume the TLS session (Python's ftplib fails here with 522).
    "FTPS, TLS session reuse required": Scenario(
        lambda closed, dropped: (requires_session_reuse(), {}), (TLS_SESSION_REUSE_REQUIRED,), tls=True,
        slow=True, measured={**ALL_WORK, "curl -P -": False}),
}


# The finding codes of this file's scenarios, and the param each one carries (outcome.ServerFacts reads them).
POLICY_PARAMS = {EPSV_BLOCKED: "epsv_error", PASV_BLOCKED_EPSV_OK: "pasv_error", CONNECTION_LIMIT: "limit",
                 EPSV_REFUSED: None, TLS_SESSION_REUSE_REQUIRED: None}


def policy_findings(result: Any) -> tuple[set[str], dict[str, Any]]:
    """The probe's own server-policy findings (issue 14 section 1) and their params."""
    found = {code for code in result.verdict.findings if code in POLICY_PARAMS}
    params = {key: result.verdict.params[key] for code in found if (key := POLICY_PARAMS[code])}
    return found, params


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_self_signed(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def blackhole() -> Iterator[Blackhole]:
    hole = Blackhole()
    if not hole.drops_connections():
        hole.close()
        pytest.skip("this system answers connections to a full backlog: no dropped port to test with")
    yield hole
    hole.close()


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.slow) if s.slow else n
                                  for n, s in SCENARIOS.items()])
def test_the_predicted_outcome_is_what_the_real_program_did(name: str, tmp_path: Path, blackhole: Blackhole,
                                                             certificate: Path) -> None:
    scenario = SCENARIOS[name]
    handler, attrs = scenario.handler(closed_port(), blackhole.port)
    tls: dict[str, Any] = {}
    if scenario.tls:
        attrs["certfile"] = str(certificate)
        tls = {"tls": "explicit", "accept_certificate": fingerprint(certificate)}
    server = FtpServer(handler, root=tmp_path / "ftp", **attrs)
    try:
        result = probe(server.url(), password=PASSWORD, timeout=3.0, min_data_wait=1.0, **tls)
        assert result.verdict is not None and result.control.ok
        # The probe itself found exactly the server's policies this scenario has, and the prediction is
        # made from what it found, nothing added.
        assert policy_findings(result) == (set(scenario.findings), scenario.params), result.policies
        facts = ServerFacts.from_probe(result)
        real = {label: (run_curl if program == "curl" else run_lftp)(server, label, scenario.tls)
                for label, (program, _) in SETTINGS.items()}
    finally:
        server.stop()
    predicted = {label: predict_outcome(facts, load_capabilities(program), setting).outcome
                 for label, (program, setting) in SETTINGS.items()}
    # The real programs still behave as recorded in their capabilities' sources...
    assert real == scenario.measured
    # ...and ftpwizard predicts each one: "works" exactly where the listing came back.
    assert {label: outcome == "works" for label, outcome in predicted.items()} == real, predicted
    assert all(outcome in ("works", "fails") for outcome in predicted.values()), predicted


@pytest.mark.slow
@pytest.mark.parametrize(("program", "config", "lists"), [
    ("curl", "disable-epsv\n", True),
    ("curl", "disable-epsv\n--epsv\n", False),  # the last one wins
    ("lftp", "set ftp:prefer-epsv/127.0.0.1 on\n", False),
    ("lftp", "set ftp:prefer-epsv on\nset ftp:prefer-epsv/127.0.0.1 off\n", True),  # the host's line wins
])
def test_the_setting_read_from_the_programs_own_file_predicts_what_it_does(
        program: str, config: str, lists: bool, tmp_path: Path, blackhole: Blackhole) -> None:
    """The user's own .curlrc / .lftprc, read by ftpwizard and by the real program: EPSV's port dropped."""
    home = tmp_path / "home"
    home.mkdir()
    (home / (".curlrc" if program == "curl" else ".lftprc")).write_text(config, encoding="utf-8")
    server = FtpServer(EpsvTo, root=tmp_path / "ftp", epsv_port=blackhole.port)
    try:
        result = probe(server.url(), password=PASSWORD, timeout=3.0, min_data_wait=1.0)
        environ = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
        url = f"ftp://{USER}:{PASSWORD}@{server.hostport}/"
        if program == "curl":  # no -q: curl reads $HOME/.curlrc
            done = subprocess.run([CURL or "curl", "-sS", *CURL_WAITS, url], capture_output=True, text=True,
                                  timeout=30, env=environ)
        else:  # no --norc: lftp reads ~/.lftprc
            script = LFTP_WAITS + f"open -u {USER},{PASSWORD} -p {server.port} {server.host}; ls"
            done = subprocess.run([LFTP or "lftp", "-c", script], capture_output=True, text=True, timeout=60,
                                  env=environ)
    finally:
        server.stop()
    assert ("index.html" in done.stdout) is lists

    env = Environment(platform="linux", home=home, vars={"HOME": str(home)}, which=shutil.which)
    status = (curl if program == "curl" else lftp).detect(env, "127.0.0.1")
    assert status is not None
    setting = read_setting(env, status, "127.0.0.1")
    assert result.verdict is not None
    assert policy_findings(result) == ({EPSV_BLOCKED}, {"epsv_error": "timeout"})
    facts = ServerFacts.from_probe(result)
    predicted = predict_outcome(facts, load_capabilities(program), setting)
    assert (predicted.outcome == "works") is lists, (setting, predicted)


@pytest.mark.parametrize("program", ["curl", "lftp"])
def test_cp949_names_come_out_as_the_servers_own_bytes(program: str, tmp_path: Path) -> None:
    """An old Korean server's listing in CP949: the probe names it (names_not_utf8, cp949); both programs
    pass the bytes through (charset "raw"), so the listing comes back and the prediction is "works"."""
    server = FtpServer(FTPHandler, root=tmp_path / "ftp", files={"index.html": "home", "자료.txt": "data"},
                       encoding="cp949")
    try:
        result = probe(server.url(), password=PASSWORD, timeout=3.0, min_data_wait=1.0)
        if program == "curl":
            done = subprocess.run([CURL or "curl", "-q", "-sS", *CURL_WAITS,
                                   f"ftp://{USER}:{PASSWORD}@{server.hostport}/"], capture_output=True, timeout=30)
        else:
            script = LFTP_WAITS + f"open -u {USER},{PASSWORD} -p {server.port} {server.host}; ls"
            done = subprocess.run([LFTP or "lftp", "--norc", "-c", script], capture_output=True, timeout=60)
    finally:
        server.stop()
    assert b"index.html" in done.stdout and "자료.txt".encode("cp949") in done.stdout
    # The probe itself names the character set from the listing it read: the finding is its own.
    assert result.verdict is not None and NAMES_NOT_UTF8 in result.verdict.findings
    assert result.verdict.params["encoding"] == "cp949"
    facts = ServerFacts.from_probe(result)
    assert predict_outcome(facts, load_capabilities(program)).outcome == "works"
