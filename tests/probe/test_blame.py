"""One blame, read everywhere: the verdict, the handshake picture (live and finished), the reports, the JSON
and the command line say the same side for the same failure, because only the diagnosis decides it."""

from __future__ import annotations

import io
import json
import sys
from typing import Any

import pytest
from probe_handlers import HangsUpWhileActiveWaits, Refuses421WhileActiveWaits
from probe_servers import PASSWORD, Recorder, probe

from ftpwizard.commands.probe import run
from ftpwizard.core.diagnosis.messages import NOTES, TEXTS, render, render_blame
from ftpwizard.core.diagnosis.model import SIDES, Blame
from ftpwizard.core.diagnosis.verdict import (
    ALL_CODES,
    BLAME_RULES,
    CONTROL_CODES,
    NO_MODE_BLAME,
    NOTE_CODES,
    OK_CODES,
    diagnose,
    failure_code,
)
from ftpwizard.core.probe.model import (
    ControlResult,
    ErrorKind,
    ModeResult,
    ProbeFinished,
    ProbeResult,
    StepFinished,
    StepResult,
)
from ftpwizard.core.probe.target import parse_target
from ftpwizard.present.report.facts import mode_summary, words_for
from ftpwizard.present.report.model import build_report
from ftpwizard.present.report.render_text import to_text
from ftpwizard.present.wizard.handshake_state import FAILURE_STATUS, HandshakeState, Msg

pytestmark = pytest.mark.timeout(60)


def cli_json(url: str) -> dict[str, Any]:
    out, err = io.StringIO(), io.StringIO()
    real_stderr = sys.stderr
    sys.stderr = err
    try:
        run([url, "--json", "--timeout", "3", "--password-stdin"], stdin=io.StringIO(PASSWORD + "\n"),
            stdout=out, stderr=err)
    finally:
        sys.stderr = real_stderr
    return json.loads(out.getvalue())


def cli_text(url: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    real_stderr = sys.stderr
    sys.stderr = err
    try:
        run([url, "--lang", "en", "--timeout", "3", "--password-stdin"], stdin=io.StringIO(PASSWORD + "\n"),
            stdout=out, stderr=err)
    finally:
        sys.stderr = real_stderr
    return out.getvalue()


@pytest.mark.parametrize(
    ("handler", "code", "status", "note"),
    [
        # The review's contradiction: the verdict said "the server is refusing", the picture "your firewall".
        (Refuses421WhileActiveWaits, "server_refused_service", Msg.ST_SERVER_REFUSED, Msg.REFUSED_HERE),
        (HangsUpWhileActiveWaits, "server_closed_connection", Msg.ST_SERVER_HUNG_UP, Msg.HUNG_UP_HERE),
    ],
    ids=["421", "hangs-up"],
)
def test_a_server_stopping_active_mode_at_step_3_is_blamed_on_the_server_everywhere(
    ftp_server: Any, handler: Any, code: str, status: str, note: str
) -> None:
    server = ftp_server(handler)
    events = Recorder()
    result = probe(server.url(), PASSWORD, events, timeout=3.0)
    active = result.modes["active"]
    assert active is not None and active.failed_step == 3

    # The verdict: its code, its words and its blame.
    assert result.verdict is not None and result.verdict.code == code
    assert "active_blocked_client_side" not in result.verdict.findings
    assert "firewall or router blocks" not in render(result.verdict).headline
    if code == "server_refused_service":  # the words quote the step's own 421, not "no answer"
        assert "421 Too many users" in render(result.verdict).why
    blame = result.verdict.blame["active"]
    assert blame is not None
    assert (blame.step, blame.side, blame.firewall, blame.cause) == (3, "server", False, code)
    assert blame.client_port == active.step(1).detail["port"]  # the port the PC listened on, as recorded
    assert result.verdict.blame["passive"] is None  # passive worked

    # The picture, finished (with and without the verdict's blame) and live from the engine's events.
    live = HandshakeState("active")
    for event in events.events:
        live.apply(event)
    for picture in (HandshakeState.from_mode_result(active, blame=blame), HandshakeState.from_mode_result(active), live):
        assert (picture.culprit, picture.blocked_side) == ("server", "server")
        assert picture.culprit_note is not None and picture.culprit_note.key == note
        assert picture.status().caption.key == status
        assert picture.arrow(3).stopped_at is None  # not drawn stopping at the PC's wall

    # The reports: the diagram's mark and the words.
    report = build_report(result, None)
    summary = mode_summary(report, "active", words_for("en"))
    assert [row.culprit for row in summary.rows if row.status == "failed"] == ["server"]
    assert "Where it stopped: FTP server, at step ③" in to_text(report, "en")
    assert "멈춘 곳: FTP 서버, ③ 단계" in to_text(report, "ko")

    # The command line: the JSON field and the human words.
    document = cli_json(server.url())
    assert document["verdict"]["code"] == code
    assert document["verdict"]["blame"]["active"]["side"] == "server"
    assert document["verdict"]["blame"]["active"]["step"] == 3
    assert document["verdict"]["blame"]["passive"] is None
    assert "Where it stopped: FTP server, at step ③" in cli_text(server.url())


def test_json_blame_of_a_working_probe_is_null_for_both_modes(ftp_server: Any) -> None:
    server = ftp_server()
    document = cli_json(server.url())
    assert document["verdict"]["code"] == "both_ok"
    assert document["verdict"]["blame"] == {"active": None, "passive": None}


# ------------------------------------------------------------ every code is covered


def test_every_verdict_code_has_words_a_blame_rule_and_a_picture_state() -> None:
    missing_text = [c for c in ALL_CODES if c not in TEXTS]
    missing_note = [c for c in NOTE_CODES if c not in NOTES]
    assert not missing_text and not missing_note, (missing_text, missing_note)
    # Each code is a mode's cause (and has a rule) or is declared as never being one.
    unclassified = set(ALL_CODES) - set(BLAME_RULES) - set(NO_MODE_BLAME)
    assert not unclassified, f"no blame rule: {sorted(unclassified)}"
    assert not set(BLAME_RULES) & set(NO_MODE_BLAME)
    assert set(BLAME_RULES) <= set(ALL_CODES)
    # A mode's cause has a status line in the picture; the others have the picture's general states.
    assert set(FAILURE_STATUS) == set(BLAME_RULES)
    for code in NO_MODE_BLAME:
        assert code in CONTROL_CODES or code in OK_CODES or code in ("both_blocked", "passive_bad_address"), code
    for rule in BLAME_RULES.values():
        for side, _firewall in (rule.values() if isinstance(rule, dict) else [rule]):
            assert side in SIDES


# Every way a mode's step can fail, as the engine records it (replies the real servers send).
REPLIES = {
    ErrorKind.REJECTED: ["421 Too many users.", "421 Data connection timed out.", "500 Illegal PORT command.",
                         "502 Command not implemented.", "425 Can't open data connection.", "550 No such file."],
    ErrorKind.PROTOCOL: ["999 what"],
    ErrorKind.TIMEOUT: [None, "421 Timeout."],
    ErrorKind.RESET: [None],
    ErrorKind.REFUSED: [None],
    ErrorKind.UNREACHABLE: [None],
    ErrorKind.TLS: [None],
}
CASES = [
    (mode, n, error, reply)
    for mode in ("active", "passive")
    for n in (1, 2, 3, 4)
    for error, replies in REPLIES.items()
    for reply in replies
]


def _failed_mode(mode: str, n: int, error: ErrorKind, reply: str | None) -> ModeResult:
    result = ModeResult(mode, failed_step=n)
    for earlier in range(1, n):
        result.steps[earlier - 1] = StepResult(earlier, True)
    result.steps[n - 1] = StepResult(n, False, error, None, reply)
    return result


@pytest.mark.parametrize(("mode", "n", "error", "reply"), CASES)
def test_verdict_picture_and_report_agree_for_every_failed_step(
    mode: str, n: int, error: ErrorKind, reply: str | None
) -> None:
    failed = _failed_mode(mode, n, error, reply)
    other = "passive" if mode == "active" else "active"
    works = ModeResult(other, ok=True, steps=[StepResult(i, True) for i in range(1, 5)])
    result = ProbeResult(parse_target("127.0.0.1"), ControlResult(ok=True), {mode: failed, other: works})
    verdict = diagnose(result)
    blame = verdict.blame[mode]
    assert isinstance(blame, Blame) and verdict.blame[other] is None
    assert blame.cause == failure_code(mode, n, error, reply) == verdict.code  # one rule, one answer
    assert (blame.mode, blame.step) == (mode, n)

    live = HandshakeState(mode)  # type: ignore[arg-type]
    live.apply(StepFinished(mode, n, False, error, None, reply, 1.0, 2.0))  # type: ignore[arg-type]
    finished = HandshakeState.from_mode_result(failed, blame=blame)
    on_probe_finished = HandshakeState(mode)  # type: ignore[arg-type]
    on_probe_finished.apply(ProbeFinished(result))
    for picture in (live, finished, on_probe_finished):
        assert picture.blame is not None and picture.blame.side == blame.side and picture.blame.cause == blame.cause
        assert picture.culprit == blame.mark
        assert picture.blocked_side == (blame.side if blame.side in ("client", "server") else None)
        key = picture.status().caption.key
        assert key in (FAILURE_STATUS[blame.cause], Msg.ST_CLIENT_LOCAL, Msg.ST_BLOCKED_SERVER_NOPORT,
                       Msg.ST_LIST_REFUSED)
    row = next(r for r in mode_summary(build_report(result, None), mode, words_for("en")).rows if r.status == "failed")
    assert row.culprit == blame.mark
    assert render_blame(blame)  # has words


def test_every_blame_rule_is_reached_by_some_failed_step() -> None:
    causes = {failure_code(mode, n, error, reply) for mode, n, error, reply in CASES}
    assert causes == set(BLAME_RULES)


def test_a_blocked_pasv_port_with_a_working_epsv_is_blamed_as_the_picture_shows(ftp_server: Any) -> None:
    """Issue 14: the EPSV check found EPSV's port open, but passive mode (PASV, as the picture shows it) was
    blocked at the server's firewall: the verdict, its blame, the picture and the report still say that,
    and only a note adds that programs trying EPSV first can list in passive mode."""
    from probe_handlers import PasvOnlyTo
    from probe_servers import closed_port

    server = ftp_server(PasvOnlyTo, pasv_port=closed_port())
    events = Recorder()
    result = probe(server.url(), PASSWORD, events, timeout=3.0)
    verdict = result.verdict
    assert verdict is not None and "pasv_blocked_epsv_ok" in verdict.findings
    assert verdict.code == "passive_blocked_server_side" and verdict.recommended_mode == "active"
    blame = verdict.blame["passive"]
    assert blame is not None and (blame.step, blame.mark) == (3, "server_wall")
    passive = result.modes["passive"]
    live = HandshakeState("passive")
    for event in events.events:
        live.apply(event)
    for picture in (HandshakeState.from_mode_result(passive, blame=blame), live):
        assert picture.culprit == "server_wall"
        assert picture.status().caption.key == FAILURE_STATUS["passive_blocked_server_side"]
    assert "Where it stopped: the server's firewall, at step ③" in to_text(build_report(result, None), "en")
    assert any("EPSV" in note for note in render(verdict).notes)
    assert cli_json(server.url())["verdict"]["blame"]["passive"]["side"] == "server"
