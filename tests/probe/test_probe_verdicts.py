"""Every verdict code, each produced by a real server behaving that way (pyftpdlib or a raw TCP server)."""

from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from probe_handlers import (
    ActiveConnectsToClosedPort,
    ActiveDisabled502,
    ActiveNotImplemented504,
    ActiveSilent,
    ActiveUnreachablePasvRefused,
    Banner120,
    Banner421,
    BothBlocked,
    ClosesOnPasv,
    HangsUpWhileActiveWaits,
    LoginOrder,
    NoAnswerToUser,
    PasvGarbage,
    PasvRefused,
    PasvTo,
    Port500,
    Port500BadAddress,
    Port500PasvRefused,
    Port501,
    SecondConnectionClosed,
    UserNeedsTls530,
    UserNeedsTls534,
)
from probe_servers import (
    PASSWORD,
    ActiveDTP,
    Blackhole,
    FTPHandler,
    closed_port,
    probe,
    says,
    silent,
)

from ftpwizard.core.diagnosis.messages import render
from ftpwizard.core.diagnosis.verdict import ALL_CODES
from ftpwizard.core.probe.model import ErrorKind

ROOT = Path(__file__).resolve().parents[2]
SEEN_CODES: set[str] = set()  # what the running test's results said; emptied before each test

# Which test proves each code (the verdict's code or a finding). Checked two ways, neither depending on test
# order nor on running the whole file: every documented code has a test here (a static check), and each
# test named here fails unless its real server really produced that code (checked when the test ends).
PRODUCED_BY: dict[str, str] = {
    "both_ok": "test_both_ok_and_recommends_passive",
    "active_ok": "test_single_mode_ok[active]",
    "passive_ok": "test_single_mode_ok[passive]",
    "active_rejected_nat": "test_port_rejected_500_501_means_nat[Port500]",
    "active_refused_by_server": "test_port_refused_502_504[ActiveDisabled502]",
    "active_blocked_client_side": "test_server_never_connects_back_and_stays_silent",
    "passive_blocked_server_side": "test_passive_port_closed",
    "passive_refused_by_server": "test_passive_refused_by_server_tries_epsv",
    "passive_bad_address": "test_passive_bad_address_connects_to_control_peer[10.1.2.3-private]",
    "both_blocked": "test_both_blocked",
    "data_transfer_failed": "test_list_refused_550_is_data_transfer_failed",
    "control_dns_failed": "test_dns_failure_without_leaving_the_machine",
    "control_refused": "test_connection_refused",
    "control_timeout": "test_login_never_answered_is_a_timeout",
    "login_failed": "test_wrong_password",
    "tls_required": "test_tls_required[UserNeedsTls530]",
    "tls_failed": "test_auth_tls_not_offered_is_tls_failed",
    "not_ftp_server": "test_ssh_server",
    "server_refused_service": "test_banner_421",
    "control_protocol_error": "test_passive_garbage_reply_is_a_protocol_error",
    "server_closed_connection": "test_a_server_hanging_up_while_active_waits_is_not_blamed_on_the_pc[closed]",
    "sequential_probe": "test_second_connection_refused_with_421_runs_sequentially",
}


@pytest.fixture(autouse=True)
def _test_produced_its_codes(request: pytest.FixtureRequest) -> Iterator[None]:
    SEEN_CODES.clear()
    yield
    promised = {code for code, test in PRODUCED_BY.items() if test == request.node.name}
    missing = promised - SEEN_CODES
    assert not missing, f"{request.node.name} is named in PRODUCED_BY for {sorted(missing)} but did not produce it"


def verdict_of(result: Any) -> str:
    assert result.verdict is not None, "a finished probe always has a verdict"
    SEEN_CODES.add(result.verdict.code)
    SEEN_CODES.update(result.verdict.findings)
    return str(result.verdict.code)


# ---------------------------------------------------------------- working servers


def test_both_ok_and_recommends_passive(ftp_server: Any) -> None:
    server = ftp_server()
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "both_ok"
    assert result.verdict.recommended_mode == "passive"
    assert result.verdict.findings == ["both_ok"]
    assert not result.sequential
    for mode in result.modes.values():
        assert mode is not None and mode.ok and mode.failed_step is None
        assert [s.ok for s in mode.steps] == [True, True, True, True]
        assert mode.data_bytes > 0
    assert result.modes["passive"].command_used == "PASV"
    assert result.modes["active"].command_used == "PORT"
    assert result.modes["passive"].advertised_usable is True
    assert result.control.features and "EPSV" in result.control.features and "UTF8" in result.control.features


@pytest.mark.parametrize("mode", ["active", "passive"])
def test_single_mode_ok(ftp_server: Any, mode: str) -> None:
    server = ftp_server()
    result = probe(server.url(), PASSWORD, mode=mode)
    assert verdict_of(result) == f"{mode}_ok"
    other = "passive" if mode == "active" else "active"
    assert result.modes[other] is None
    assert result.verdict.recommended_mode == mode


def test_ipv6_uses_epsv_and_eprt(ftp_server: Any) -> None:
    server = ftp_server(host="::1")
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "both_ok"
    assert result.modes["passive"].command_used == "EPSV"
    assert result.modes["active"].command_used == "EPRT"
    assert result.modes["active"].step(1).command.startswith("EPRT |2|::1|")
    assert result.control.peer == "::1"


def test_anonymous_login(ftp_server: Any) -> None:
    server = ftp_server()
    result = probe(f"ftp://{server.hostport}")
    assert verdict_of(result) == "both_ok"
    assert any(line.line == "USER anonymous" for line in result.transcript)


# ---------------------------------------------------------------- active mode failures


@pytest.mark.parametrize("handler", [Port500, Port501])
def test_port_rejected_500_501_means_nat(ftp_server: Any, handler: type) -> None:
    server = ftp_server(handler)
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "active_rejected_nat"
    active = result.modes["active"]
    assert active.failed_step == 2 and active.step(2).error is ErrorKind.REJECTED
    assert active.step(2).reply[:3] in ("500", "501")
    assert active.announced == f"127.0.0.1:{active.step(1).detail['port']}"
    assert result.verdict.recommended_mode == "passive"
    assert result.modes["passive"].ok


@pytest.mark.parametrize("handler", [ActiveDisabled502, ActiveNotImplemented504])
def test_port_refused_502_504(ftp_server: Any, handler: type) -> None:
    server = ftp_server(handler)
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "active_refused_by_server"
    assert result.modes["active"].failed_step == 2
    assert result.verdict.recommended_mode == "passive"


def test_server_never_connects_back_and_stays_silent(ftp_server: Any) -> None:
    server = ftp_server(ActiveSilent)
    result = probe(server.url(), PASSWORD, timeout=1.0)
    assert verdict_of(result) == "active_blocked_client_side"
    active = result.modes["active"]
    assert active.failed_step == 3
    assert active.step(3).error is ErrorKind.TIMEOUT
    assert active.step(2).ok and active.step(4).ok is None
    assert result.data_wait_s == 1.0  # max(3 s, 10 RTT), capped by the 1 s timeout
    assert 900 <= active.step(3).elapsed_ms < 2500


def test_server_connect_fails_with_425(ftp_server: Any) -> None:
    server = ftp_server(ActiveConnectsToClosedPort)
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "active_blocked_client_side"
    step3 = result.modes["active"].step(3)
    assert step3.ok is False and step3.reply.startswith("425")


def test_server_connect_times_out_with_421(ftp_server: Any) -> None:
    """pyftpdlib's real 'Active data channel timed out' after its connect to a dropping port."""
    hole = Blackhole()
    if not hole.drops_connections():
        hole.close()
        pytest.skip("this system refuses instead of dropping connections to a full backlog")

    class ToBlackhole(FTPHandler):
        def _make_eport(self, ip: str, port: int) -> None:
            super()._make_eport(ip, hole.port)

    try:
        server = ftp_server(ToBlackhole, active_dtp=type("ShortActiveDTP", (ActiveDTP,), {"timeout": 0.5}))
        result = probe(server.url(), PASSWORD, timeout=2.0)
    finally:
        hole.close()
    assert verdict_of(result) == "active_blocked_client_side"
    step3 = result.modes["active"].step(3)
    assert step3.reply.startswith("421") and step3.error is ErrorKind.TIMEOUT


# ---------------------------------------------------------------- passive mode failures


def test_passive_port_silently_dropped(ftp_server: Any) -> None:
    hole = Blackhole()
    if not hole.drops_connections():
        hole.close()
        pytest.skip("this system refuses instead of dropping connections to a full backlog")
    try:
        server = ftp_server(PasvTo, pasv_port=hole.port)
        result = probe(server.url(), PASSWORD, timeout=1.0)
    finally:
        hole.close()
    assert verdict_of(result) == "passive_blocked_server_side"
    passive = result.modes["passive"]
    assert passive.failed_step == 3 and passive.step(3).error is ErrorKind.TIMEOUT
    assert result.verdict.recommended_mode == "active"
    assert result.verdict.params["passive_port"] == hole.port


def test_passive_port_closed(ftp_server: Any) -> None:
    server = ftp_server(PasvTo, pasv_port=closed_port())
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "passive_blocked_server_side"
    assert result.modes["passive"].step(3).error is ErrorKind.REFUSED
    assert result.modes["active"].ok


def test_passive_refused_by_server_tries_epsv(ftp_server: Any) -> None:
    server = ftp_server(PasvRefused)
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "passive_refused_by_server"
    passive = result.modes["passive"]
    assert passive.failed_step == 2 and passive.step(2).reply.startswith("502")
    assert passive.step(1).command == "PASV, EPSV"
    assert result.verdict.recommended_mode == "active"


@pytest.mark.parametrize(
    ("address", "cls"),
    [
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("127.0.0.2", "loopback"),
        ("0.0.0.0", "unspecified"),
        ("169.254.10.20", "link-local"),
        ("192.0.2.7", "documentation"),
        ("100.64.1.1", "shared"),
        ("8.8.8.8", "public"),
    ],
)
def test_passive_bad_address_connects_to_control_peer(ftp_server: Any, address: str, cls: str) -> None:
    server = ftp_server(masquerade_address=address)
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "passive_bad_address"
    passive = result.modes["passive"]
    assert passive.ok
    assert passive.advertised.startswith(address + ":")
    assert passive.advertised_class == cls
    assert passive.advertised_usable is False
    # The probe never connects anywhere but the control connection's peer.
    port = passive.step(2).detail["port"]
    assert passive.connected_to == f"127.0.0.1:{port}"
    assert passive.step(3).detail["address"] == "127.0.0.1"
    assert result.verdict.recommended_mode == "passive"
    assert "both_ok" in result.verdict.findings


def test_passive_garbage_reply_is_a_protocol_error(ftp_server: Any) -> None:
    server = ftp_server(PasvGarbage)
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "control_protocol_error"
    assert result.modes["passive"].step(2).error is ErrorKind.PROTOCOL


@pytest.mark.parametrize("reset", [False, True], ids=["closed", "reset"])
def test_a_server_hanging_up_while_active_waits_is_not_blamed_on_the_pc(ftp_server: Any, reset: bool) -> None:
    from ftpwizard.present.report.facts import mode_summary, words_for
    from ftpwizard.present.report.model import build_report
    from ftpwizard.present.wizard.handshake_state import HandshakeState

    server = ftp_server(HangsUpWhileActiveWaits, reset=reset)
    result = probe(server.url(), PASSWORD, timeout=3.0)
    assert verdict_of(result) == "server_closed_connection"
    assert "active_blocked_client_side" not in result.verdict.findings
    active = result.modes["active"]
    assert active.failed_step == 3 and active.step(3).error is ErrorKind.RESET
    assert active.step(3).elapsed_ms < 1500, "a hang-up is seen at once, not after the data wait"
    assert result.verdict.recommended_mode == "passive"  # passive still worked
    words = render(result.verdict)
    assert "hung up" in words.headline and "firewall does not do that" in words.why
    # The picture and the report blame the same side as the verdict: the server, not the PC's wall.
    picture = HandshakeState.from_mode_result(active)
    assert picture.culprit == "server" and picture.blocked_side == "server"
    assert picture.status().caption.key == "The server hung up instead of connecting back"
    summary = mode_summary(build_report(result, None), "active", words_for("en"))
    assert [row.culprit for row in summary.rows if row.status == "failed"] == ["server"]


def test_a_server_killed_while_active_waits_at_step_3(tmp_path: Path) -> None:
    """The issue's own case: the real demo server process dies while active mode waits for it at ③."""
    from ftpwizard.core.probe.model import ModeFinished, StepStarted

    proc = subprocess.Popen(
        [sys.executable, "-m", "ftpwizard", "demo-server", "--scenario", "client-firewall", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT), TMPDIR=str(tmp_path)),
    )
    try:
        assert proc.stdout is not None
        url = re.search(r"ftp://\S+", proc.stdout.readline()).group(0)  # type: ignore[union-attr]
        seen: set[str] = set()

        def on_event(event: Any) -> None:
            if isinstance(event, ModeFinished) and event.result.mode == "passive":
                seen.add("passive done")
            if isinstance(event, StepStarted) and event.phase == "active" and event.step == 3:
                seen.add("active waits")
            if seen == {"passive done", "active waits"} and proc.poll() is None:
                proc.kill()

        result = probe(url, "demo-password", on_event=on_event, timeout=8.0)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate()
    assert seen == {"passive done", "active waits"}
    assert verdict_of(result) == "server_closed_connection"
    assert result.modes["active"].step(3).elapsed_ms < 3000  # not the 3 s data wait of a blocked PC


# ---------------------------------------------------------------- both modes fail, ordering


def test_both_blocked(ftp_server: Any) -> None:
    hole = Blackhole()
    try:
        server = ftp_server(BothBlocked, pasv_port=hole.port)
        result = probe(server.url(), PASSWORD, timeout=1.0)
    finally:
        hole.close()
    assert verdict_of(result) == "both_blocked"
    assert result.modes["active"].failed_step == 3 and result.modes["passive"].failed_step == 3
    assert result.verdict.recommended_mode is None
    assert "active_blocked_client_side" in result.verdict.findings
    assert "passive_blocked_server_side" in result.verdict.findings


def test_both_fail_differently_names_the_more_specific_cause(ftp_server: Any) -> None:
    server = ftp_server(Port500PasvRefused)
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "active_rejected_nat"
    assert set(result.verdict.findings) == {"active_rejected_nat", "passive_refused_by_server"}
    assert result.verdict.recommended_mode is None


def test_the_verdict_quotes_the_reply_of_the_mode_it_is_about(ftp_server: Any) -> None:
    server = ftp_server(ActiveUnreachablePasvRefused)
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "passive_refused_by_server"
    assert result.modes["active"].failed_step == 3 and result.modes["active"].step(3).reply.startswith("425")
    why = render(result.verdict).why
    assert "502 Passive mode disabled" in why and "425" not in why


def test_failing_mode_comes_before_bad_address(ftp_server: Any) -> None:
    server = ftp_server(Port500BadAddress)
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "active_rejected_nat"
    assert "passive_bad_address" in result.verdict.findings
    assert result.verdict.recommended_mode == "passive"


def test_with_a_wrong_passive_address_old_programs_are_set_to_active(ftp_server: Any) -> None:
    """The verdict says AlFTP and Internet Explorer hang on the wrong address: the program page agrees."""
    from ftpwizard.core.diagnosis.messages import render
    from ftpwizard.core.i18n import translator
    from ftpwizard.present.wizard.flow import WizardState

    state = WizardState()
    state.result = probe(ftp_server(masquerade_address="10.1.2.3").url(), PASSWORD)
    assert verdict_of(state.result) == "passive_bad_address" and state.recommended_mode == "passive"
    assert [state.mode_for_program(p) for p in ("filezilla", "winscp", "alftp", "internet-options")] == [
        "passive", "passive", "active", "active"]
    advice = render(state.result.verdict, translator("ko")).advice
    assert "알FTP" in advice and "액티브 모드를 쓰세요" in advice and "pasv_address" not in advice
    state.result = probe(ftp_server().url(), PASSWORD)  # a healthy server: passive everywhere
    assert state.mode_for_program("alftp") == "passive"


def test_list_refused_550_is_data_transfer_failed(ftp_server: Any) -> None:
    server = ftp_server()
    result = probe(server.url(path="/no-such-folder"), PASSWORD)
    assert verdict_of(result) == "data_transfer_failed"
    for mode in result.modes.values():
        assert mode is not None and mode.failed_step == 4
        assert mode.step(4).error is ErrorKind.REJECTED and "550" in mode.step(4).reply
    # pyftpdlib connects back while handling PORT, so active step 3 had already worked.
    assert result.modes["active"].step(3).ok is True and result.modes["active"].step(3).detail["early"]


def test_list_of_existing_subfolder(ftp_server: Any) -> None:
    server = ftp_server()
    result = probe(server.url(path="/docs"), PASSWORD)
    assert verdict_of(result) == "both_ok"
    assert any(line.line == "LIST /docs" for line in result.transcript)


# ---------------------------------------------------------------- control phase failures


def test_dns_failure_without_leaving_the_machine(tmp_path: Path) -> None:
    """A name under .invalid (RFC 6761), resolved in a network namespace with no network at all.

    The machine's resolver is a real DNS server: asking it would send traffic out. In an empty network
    namespace the lookup fails at once and nothing leaves the machine.
    """
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-n", "true"], capture_output=True).returncode != 0:
        pytest.skip("needs `unshare -n` (root, util-linux) to resolve without any network")
    proc = subprocess.run(
        [unshare, "-n", sys.executable, "-m", "ftpwizard", "probe", "no-such-server.invalid", "--json", "--timeout", "3"],
        capture_output=True, text=True, timeout=30, cwd=ROOT, env=_env(),
    )
    assert proc.returncode == 2, proc.stderr
    data = json.loads(proc.stdout)
    assert data["verdict"]["code"] == "control_dns_failed"
    SEEN_CODES.add("control_dns_failed")
    assert data["control"]["failed_step"] == "resolve" and data["control"]["error"] == "dns"
    assert data["control"]["steps"]["resolve"]["elapsed_ms"] < 3000


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT)
    env.pop("FTPWIZARD_PASSWORD", None)
    return env


def test_connection_refused() -> None:
    port = closed_port()
    result = probe(f"127.0.0.1:{port}")
    assert verdict_of(result) == "control_refused"
    assert result.control.failed_step == "connect" and result.control.error is ErrorKind.REFUSED
    assert "banner" not in result.control.steps  # never reached
    assert result.modes == {"active": None, "passive": None}


def test_connect_timeout() -> None:
    hole = Blackhole()
    if not hole.drops_connections():
        hole.close()
        pytest.skip("this system refuses instead of dropping connections to a full backlog")
    try:
        result = probe(f"127.0.0.1:{hole.port}", timeout=1.0)
    finally:
        hole.close()
    assert verdict_of(result) == "control_timeout"
    assert result.control.failed_step == "connect" and result.control.error is ErrorKind.TIMEOUT
    assert 900 <= result.control.steps["connect"].elapsed_ms < 2000


def test_login_never_answered_is_a_timeout(ftp_server: Any) -> None:
    server = ftp_server(NoAnswerToUser)
    result = probe(server.url(), PASSWORD, timeout=1.0)
    assert verdict_of(result) == "control_timeout"
    assert result.control.failed_step == "login" and result.control.error is ErrorKind.TIMEOUT


def test_wrong_password(ftp_server: Any) -> None:
    server = ftp_server()
    result = probe(server.url(), "not-the-password")
    assert verdict_of(result) == "login_failed"
    assert result.control.failed_step == "login" and result.control.reply.startswith("530")
    assert result.modes == {"active": None, "passive": None}


@pytest.mark.parametrize("handler", [UserNeedsTls530, UserNeedsTls534])
def test_tls_required(ftp_server: Any, handler: type) -> None:
    server = ftp_server(handler)
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "tls_required"
    assert result.control.failed_step == "login"


def test_auth_tls_not_offered_is_tls_failed(ftp_server: Any) -> None:
    server = ftp_server()  # plain pyftpdlib: "500 Command AUTH not understood"
    result = probe(server.url(), PASSWORD, tls="explicit")
    assert verdict_of(result) == "tls_failed"
    assert result.control.failed_step == "tls" and result.control.reply.startswith("500")
    assert result.control.certificate is None


def test_ssh_server(raw_server: Any) -> None:
    server = raw_server(says(b"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n"))
    result = probe(server.hostport)
    assert verdict_of(result) == "not_ftp_server"
    assert result.control.other_protocol == "ssh"
    assert result.verdict.params["other"] == "ssh"


def test_smtp_server(raw_server: Any) -> None:
    server = raw_server(says(b"220 mail.example.com ESMTP Postfix (Debian/GNU)\r\n"))
    result = probe(server.hostport)
    assert verdict_of(result) == "not_ftp_server"
    assert result.control.other_protocol == "smtp"


def test_http_server() -> None:
    """Python's real HTTP server: silent until asked, then an HTTP reply to the probe's poke."""

    class Quiet(http.server.BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        result = probe(f"127.0.0.1:{httpd.server_address[1]}", timeout=1.0)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)
    assert verdict_of(result) == "not_ftp_server"
    assert result.control.other_protocol == "http"


def test_silent_server(raw_server: Any) -> None:
    server = raw_server(silent)
    result = probe(server.hostport, timeout=1.0)
    assert verdict_of(result) == "not_ftp_server"
    assert result.control.other_protocol == "silent"
    assert result.control.failed_step == "banner" and result.control.error is ErrorKind.TIMEOUT


def test_banner_421(ftp_server: Any) -> None:
    server = ftp_server(Banner421)
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "server_refused_service"
    assert result.control.failed_step == "banner" and result.control.reply.startswith("421")


def test_banner_120_not_ready(ftp_server: Any) -> None:
    server = ftp_server(Banner120)
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "server_refused_service"


def test_closed_right_after_the_banner(raw_server: Any) -> None:
    server = raw_server(says(b"220 hello\r\n", then_close=True))
    result = probe(server.hostport)
    assert verdict_of(result) == "server_refused_service"
    assert result.control.failed_step == "login" and result.control.error is ErrorKind.RESET


def test_closed_without_a_banner(raw_server: Any) -> None:
    server = raw_server(says(b"", then_close=True))
    result = probe(server.hostport)
    assert verdict_of(result) == "server_refused_service"
    assert result.control.failed_step == "banner"


def test_421_and_close_during_a_mode(ftp_server: Any) -> None:
    server = ftp_server(ClosesOnPasv)
    result = probe(server.url(), PASSWORD, mode="passive")
    assert verdict_of(result) == "server_refused_service"
    assert result.modes["passive"].failed_step == 2


@pytest.mark.parametrize(
    "banner",
    [b"hello there\r\n", b"999 what\r\n", b"22 short\r\n", b"\x80\xff\xfe\r\n"],
    ids=["words", "code-999", "short-code", "undecodable"],
)
def test_nonsense_banner_is_a_protocol_error(raw_server: Any, banner: bytes) -> None:
    server = raw_server(says(banner))
    result = probe(server.hostport, timeout=1.0)
    assert verdict_of(result) == "control_protocol_error"
    assert result.control.failed_step == "banner" and result.control.error is ErrorKind.PROTOCOL


# ---------------------------------------------------------------- the second connection


def test_second_connection_refused_with_421_runs_sequentially(ftp_server: Any) -> None:
    server = ftp_server(max_cons_per_ip=1)
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "both_ok"
    assert result.sequential is True
    assert "421" in (result.sequential_reason or "")
    assert "sequential_probe" in result.verdict.findings
    assert result.modes["active"].ok and result.modes["passive"].ok
    # Both modes ran on the first connection.
    assert {line.conn for line in result.transcript if line.line.startswith(("PORT", "PASV"))} == {1}


def test_second_connection_closed_runs_sequentially(ftp_server: Any) -> None:
    server = ftp_server(SecondConnectionClosed)
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "both_ok"
    assert result.sequential is True and result.sequential_reason


def test_parallel_when_the_server_allows(ftp_server: Any) -> None:
    server = ftp_server()
    result = probe(server.url(), PASSWORD)
    assert result.sequential is False
    conns = {line.line.split()[0]: line.conn for line in result.transcript if line.dir == ">"
             and line.line.startswith(("PORT", "PASV"))}
    assert conns == {"PASV": 1, "PORT": 2}


def _seen_by_server(log: list[tuple[int, str]], conn: int, until: tuple[int, str] | None = None) -> list[str]:
    """What connection ``conn`` received and sent, as the server logged it (up to ``until``)."""
    end = log.index(until) if until is not None else len(log)
    return [what for n, what in log[:end] if n == conn]


def test_second_connection_greets_while_the_first_logs_in_and_logs_in_after_it(ftp_server: Any) -> None:
    """Issue 17, counted in round trips: the second connection costs none of its own before the first
    login (its connect and banner overlap the first's USER and PASS), and sends its credentials only
    after the first login succeeded (a wrong password costs one failed login)."""
    log: list[tuple[int, str]] = []
    server = ftp_server(LoginOrder, order=log, arrived=[0])
    result = probe(server.url(), PASSWORD)
    assert verdict_of(result) == "both_ok" and result.sequential is False
    first_login = (1, "< 230")
    # The first connection arrived first: a per-address limit refuses the second, not the first.
    assert log[0] == (1, "accepted")
    # Before the first login: the second connection was open, greeted, and had sent nothing.
    assert _seen_by_server(log, 2, until=first_login) == ["accepted", "< 220"]
    assert _seen_by_server(log, 1, until=first_login) == ["accepted", "< 220", "> USER", "< 331", "> PASS"]
    # After it: the second logs in at once, and its first command after that is the active mode's.
    assert _seen_by_server(log, 2)[2:6] == ["> USER", "< 331", "> PASS", "< 230"]
    assert _seen_by_server(log, 2)[6] == "> PORT"


def test_wrong_password_is_tried_once(ftp_server: Any) -> None:
    log: list[tuple[int, str]] = []
    server = ftp_server(LoginOrder, order=log, arrived=[0])
    result = probe(server.url(), "wrong-password")
    assert verdict_of(result) == "login_failed"
    assert [what for _n, what in log].count("> PASS") == 1
    # The second connection was opened ahead, greeted, and closed without a word.
    assert _seen_by_server(log, 2) == ["accepted", "< 220"]


def test_every_documented_code_has_a_test_that_produces_it() -> None:
    """Static, so it holds under -k and in any order: each code has a test in PRODUCED_BY, and it exists."""
    wanted = set(ALL_CODES) | {"sequential_probe"}
    # tls_failed / tls_hides_port_from_router with certificates are proven in test_probe_tls.py.
    assert not wanted - PRODUCED_BY.keys(), f"no test named for: {sorted(wanted - PRODUCED_BY.keys())}"
    assert not PRODUCED_BY.keys() - wanted, f"not a documented code: {sorted(PRODUCED_BY.keys() - wanted)}"
    module = sys.modules[__name__]
    for code, test in PRODUCED_BY.items():
        assert callable(getattr(module, test.partition("[")[0], None)), f"{code}: no test called {test}"
