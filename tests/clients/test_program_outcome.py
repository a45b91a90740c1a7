"""The per-program outcome on the findings the probe makes (or will make): works / fails / cannot_work /
unknown, the reasons, the fixes, and what rests on unverified facts. The real-program oracle for curl and
lftp is test_real_programs.py; this file covers the other programs and the other findings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from probe_handlers import ActiveSilent
from probe_servers import PASSWORD, FtpServer, probe

from ftpwizard.clients.capabilities import load_capabilities
from ftpwizard.clients.model import ClientStatus, SiteSetting
from ftpwizard.clients.outcome import Fix, ProgramSetting, ServerFacts, predict_outcome, setting_from_status
from ftpwizard.core.diagnosis.findings import (
    CONNECTION_LIMIT,
    EPSV_BLOCKED,
    LISTING_UNPARSED,
    NAMES_NOT_UTF8,
    SERVER_POLICY_CODES,
    TLS_SESSION_REUSE_REQUIRED,
)
from ftpwizard.core.diagnosis.verdict import ALL_CODES, NOTE_CODES


def facts(**changes: Any) -> ServerFacts:
    """A healthy server reached over IPv4 at a public address; ``changes`` make it behave otherwise."""
    base: dict[str, Any] = dict(control_ok=True, active="ok", pasv="ok", epsv="ok", epsv_tested=True,
                                server_class="public")
    base.update(changes)
    if "findings" in base:
        base["findings"] = frozenset(base["findings"])
    return ServerFacts(**base)


def outcome(program: str, server: ServerFacts, mode: str = "default", **options: Any):  # type: ignore[no-untyped-def]
    return predict_outcome(server, load_capabilities(program), ProgramSetting(mode, options))  # type: ignore[arg-type]


ACTIVE_BLOCKED = dict(active="data_timeout", active_reason="active_blocked_client_side",
                      findings={"active_blocked_client_side"})


def test_finding_codes_are_new_and_unique() -> None:
    assert len(set(SERVER_POLICY_CODES)) == len(SERVER_POLICY_CODES)
    assert not set(SERVER_POLICY_CODES) & (set(ALL_CODES) | set(NOTE_CODES))


def test_windows_ftp_command_cannot_work_where_the_real_probe_finds_active_mode_blocked(tmp_path: Path) -> None:
    server = FtpServer(ActiveSilent, root=tmp_path / "ftp")
    try:
        result = probe(server.url(), password=PASSWORD, timeout=3.0, min_data_wait=1.0)
    finally:
        server.stop()
    found = ServerFacts.from_probe(result)
    assert found.active == "data_timeout" and found.pasv == "ok"
    ftp_exe = predict_outcome(found, load_capabilities("ftp-exe"), ProgramSetting("default"))
    assert ftp_exe.outcome == "cannot_work"
    assert ftp_exe.reasons == ("active_blocked_client_side",) and ftp_exe.fixes == ()
    # The same server is fine for a program that uses passive mode.
    assert predict_outcome(found, load_capabilities("filezilla")).outcome == "works"


def test_windows_ftp_command_works_where_active_mode_works() -> None:
    assert outcome("ftp-exe", facts(pasv="data_timeout")).outcome == "works"


def test_filezilla_set_to_active_fails_and_is_switched_to_passive_by_us() -> None:
    result = outcome("filezilla", facts(**ACTIVE_BLOCKED), "active")
    assert result.outcome == "fails"
    assert result.reasons == ("active_blocked_client_side",)
    assert result.fixes == (Fix("mode", "passive", True),)  # ftpwizard changes FileZilla's mode itself


def test_a_guide_only_program_gets_the_mode_fix_but_not_the_button() -> None:
    result = outcome("wsftp", facts(**ACTIVE_BLOCKED), "active")
    assert result.outcome == "fails" and result.fixes == (Fix("mode", "passive", False),)


def test_curl_with_epsv_blocked_is_told_to_turn_epsv_off_rather_than_to_go_active() -> None:
    server = facts(epsv="data_timeout", epsv_reason=EPSV_BLOCKED, findings={EPSV_BLOCKED})
    result = outcome("curl", server)
    assert result.outcome == "fails" and result.reasons == (EPSV_BLOCKED,)
    assert result.fixes == (Fix("disable-epsv", True, True),)  # ftpwizard can write it (apply_fix)
    assert outcome("curl", server, **{"disable-epsv": True}).outcome == "works"


def test_a_setting_that_already_works_needs_no_fix_even_when_another_would_fail() -> None:
    server = facts(epsv="data_timeout", epsv_reason=EPSV_BLOCKED, findings={EPSV_BLOCKED})
    result = outcome("lftp", server)  # PASV on IPv4: never meets the blocked EPSV port
    assert result.outcome == "works" and result.fixes == () and result.mode_used == "passive"


def test_until_the_probe_tests_epsv_its_result_is_assumed_and_said_so() -> None:
    result = outcome("curl", facts(epsv_tested=False))
    assert result.outcome == "works" and "epsv_assumed" in result.unverified
    assert "epsv_assumed" not in outcome("lftp", facts(epsv_tested=False)).unverified  # lftp sends PASV


def test_tls_session_reuse_required_rules_out_programs_that_do_not_resume() -> None:
    server = facts(tls=True, findings={TLS_SESSION_REUSE_REQUIRED})
    ftp_kr = outcome("vscode-ftp-kr", server)
    assert ftp_kr.outcome == "cannot_work" and ftp_kr.reasons == (TLS_SESSION_REUSE_REQUIRED,)
    assert "tls_session_reuse" in ftp_kr.unverified  # the library's behaviour is reported, not checked
    assert outcome("winscp", server).outcome == "works"  # read in its source: resumes the session
    unknown = outcome("cyberduck", server)
    assert unknown.outcome == "unknown" and unknown.reasons == (TLS_SESSION_REUSE_REQUIRED,)


def test_a_connection_limit_fails_programs_that_open_more_and_names_the_number_to_set() -> None:
    server = facts(findings={CONNECTION_LIMIT}, params={"limit": 2})
    filezilla = outcome("filezilla", server)
    assert filezilla.outcome == "fails" and filezilla.reasons == (CONNECTION_LIMIT,)
    assert filezilla.fixes == (Fix("max_connections", 2, True),)
    assert outcome("curl", server).outcome == "works"
    assert outcome("vscode-ftp-simple", server).outcome == "unknown"  # how many it opens is not known
    assert outcome("ftp-exe", facts(findings={CONNECTION_LIMIT}, params={"limit": 1})).outcome == "works"


def test_names_in_cp949_are_fine_for_programs_using_the_korean_pcs_character_set() -> None:
    server = facts(findings={NAMES_NOT_UTF8}, params={"encoding": "cp949"})
    assert outcome("winscp", server).outcome == "works"
    assert outcome("curl", server).outcome == "works"  # prints the bytes as they are
    ftp_kr = outcome("vscode-ftp-kr", server)
    assert ftp_kr.outcome == "cannot_work" and ftp_kr.reasons == (NAMES_NOT_UTF8,)
    assert "charset" in ftp_kr.unverified
    latin = facts(findings={NAMES_NOT_UTF8}, params={"encoding": "iso-8859-1"})
    assert outcome("filezilla", latin).fixes == (Fix("charset", "iso-8859-1", True),)


def test_an_unparsed_listing_leaves_programs_that_parse_it_unknown() -> None:
    server = facts(findings={LISTING_UNPARSED}, params={"sample": "01-02-26  10:00AM  <DIR>  자료"})
    assert outcome("curl", server).outcome == "works"
    filezilla = outcome("filezilla", server)
    assert filezilla.outcome == "unknown" and filezilla.reasons == (LISTING_UNPARSED,)


def test_a_login_failure_fails_every_program_and_no_setting_is_blamed() -> None:
    server = ServerFacts(False, "login_failed", findings=frozenset({"login_failed"}))
    for program in ("filezilla", "curl", "ftp-exe", "vscode-sftp"):
        result = outcome(program, server)
        assert result.outcome == "fails" and result.reasons == ("login_failed",) and result.fixes == ()


@pytest.mark.parametrize(("changes", "expected", "fixes"), [
    ({}, "works", ()),
    (ACTIVE_BLOCKED, "unknown", (Fix("mode", "passive", False),)),
    ({"active": "data_timeout", "pasv": "data_timeout", "epsv": "data_timeout"}, "cannot_work", ()),
])
def test_a_setting_that_cannot_be_read_is_judged_for_every_mode(changes: dict[str, Any], expected: str,
                                                                  fixes: tuple[Fix, ...]) -> None:
    result = outcome("editplus", facts(**changes), "unknown")
    assert result.outcome == expected and result.fixes == fixes


@pytest.mark.parametrize(("program", "server_class", "expected"), [
    ("filezilla", "public", "works"),  # a private 227 address from a public server: uses the server's
    ("filezilla", "private", "fails"),  # both private: it follows the 227 address
    ("curl", "private", "works"),  # always the server's address (since 7.74)
    ("alftp", "public", "fails"),  # reported to follow it
])
def test_an_unusable_227_address(program: str, server_class: str, expected: str) -> None:
    server = facts(bad_address=True, advertised_class="private", server_class=server_class,
                   findings={"passive_bad_address"})
    result = outcome(program, server, "passive", **({"disable-epsv": True} if program == "curl" else {}))
    assert result.outcome == expected
    if expected == "fails":
        auto = program == "filezilla"  # ftpwizard changes FileZilla's mode itself, not ALFTP's
        assert result.reasons == ("passive_bad_address",) and result.fixes == (Fix("mode", "active", auto),)


def test_the_json_shape_of_an_outcome() -> None:
    result = outcome("filezilla", facts(**ACTIVE_BLOCKED), "active")
    assert result.to_json() == {"outcome": "fails", "reasons": ["active_blocked_client_side"],
                                "fix": [{"setting": "mode", "value": "passive", "auto": True}]}


@pytest.mark.parametrize(("status", "expected"), [
    (ClientStatus("filezilla", "FileZilla", mode="passive", mode_is_default=True), "default"),
    (ClientStatus("filezilla", "FileZilla", mode="active"), "active"),
    (ClientStatus("filezilla", "FileZilla", mode="passive", mode_is_default=True,
                  sites=[SiteSetting("home", "ftp.example.com", "active")]), "active"),  # the site's value wins
    (ClientStatus("cuteftp", "CuteFTP", mode="auto"), "default"),
    (ClientStatus("alftp", "ALFTP", mode="unknown"), "unknown"),
])
def test_the_setting_detection_read_in_the_outcomes_terms(status: ClientStatus, expected: str) -> None:
    assert setting_from_status(status).mode == expected
