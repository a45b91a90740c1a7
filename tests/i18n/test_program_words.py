"""The per-program outcome in words (ftpwizard/present/program_words.py): every reason code the outcome can
produce and every fix setting any program's capabilities name has its words, in every language, so a new
code or setting without words fails here rather than showing a raw code to the customer."""

from __future__ import annotations

import re

import pytest

from ftpwizard.clients.outcome import Fix, ProgramOutcome
from ftpwizard.clients.program_reports import ProgramReport
from ftpwizard.clients.programs import PROGRAMS
from ftpwizard.core.diagnosis.findings import SERVER_POLICY_CODES
from ftpwizard.core.diagnosis.verdict import CONTROL_CODES, MODE_CODES
from ftpwizard.core.i18n import KOREAN, LANGUAGES
from ftpwizard.present import program_words as words

HANGUL = re.compile("[\uac00-\ud7a3]")
# Every code predict_outcome can give as a reason: the control failures (for every program alike), the
# mode failures failure_code() names, the server policies, and curl's FTPS-in-active-mode failure.
OUTCOME_REASONS = sorted({*CONTROL_CODES, *MODE_CODES, *SERVER_POLICY_CODES, "tls_failed"})
PARAMS = {"host": "ftp.example.com", "port": 21, "reply": "530 Login incorrect.", "limit": 2,
          "encoding": "cp949", "step_reply": "500 Illegal PORT command."}


def _fix_settings() -> list[tuple[str, Fix]]:
    """(program, fix) for every setting a program's capabilities can be fixed with, and the mode."""
    out = []
    for program in PROGRAMS:
        caps = program.capabilities()
        for mode in caps.modes:
            out.append((program.id, Fix("mode", mode, False)))
        for option in caps.options:
            value = {"max_connections": 2, "charset": "cp949"}.get(option.setting, option.value)
            out.append((program.id, Fix(option.setting, value, option.auto)))
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("code", OUTCOME_REASONS)
def test_every_reason_the_outcome_can_give_has_words(code: str, lang: str) -> None:
    text = words.reason_text(code, PARAMS, lang)
    assert text and "{" not in text and code not in text
    if lang == KOREAN:
        assert HANGUL.search(text), text


def test_reasons_that_are_verdict_codes_reuse_the_verdicts_words() -> None:
    from ftpwizard.core.diagnosis import messages

    assert words.reason_text("login_failed", {}, "en") == messages.TEXTS["login_failed"][0]
    assert words.reason_text("control_timeout", {"port": 2121}, "en") == "The server did not answer on port 2121."


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("program", "fix"), _fix_settings(), ids=lambda v: getattr(v, "setting", v))
def test_every_fix_setting_has_words_in_the_programs_terms(program: str, fix: Fix, lang: str) -> None:
    text = words.fix_text(program, fix, lang)
    generic = words.fill(words._tr(lang, words.FIXES["other"]), program=words.program_name(program, lang),
                         setting=fix.setting, value=words._value(fix.value))
    assert text and text != generic and "{" not in text, text
    assert words.short_fix(fix, lang) != words.fill(words._tr(lang, words.SHORT_FIXES["other"]),
                                                     setting=fix.setting, value=words._value(fix.value))
    if lang == KOREAN:
        assert HANGUL.search(text), text


def _report(program: str, mode: str, outcome: ProgramOutcome, detected: bool = True,
            scope: str = "site") -> ProgramReport:
    return ProgramReport(program, program, detected, mode, scope, None, outcome)  # type: ignore[arg-type]


def test_headlines_name_the_program_its_setting_and_the_change() -> None:
    filezilla = _report("filezilla", "active",
                        ProgramOutcome("fails", ("active_blocked_client_side",), (Fix("mode", "passive", True),)))
    assert words.outcome_headline(filezilla, "en") == (
        "Your FileZilla is set to active mode: it will fail here. Your PC's firewall or router blocks "
        "active mode. Switch it to passive mode.")
    assert words.outcome_headline(filezilla, "ko").startswith("내 PC의 FileZilla 설정이 액티브 모드라서")
    curl = _report("curl", "default", ProgramOutcome("fails", ("epsv_blocked",), (Fix("disable-epsv", True, False),)),
                   scope="global")
    assert words.outcome_headline(curl, "en") == (
        "Your curl will fail here. This server's EPSV port is blocked; the PASV command works. Turn EPSV off.")
    ftp_exe = _report("ftp-exe", "default", ProgramOutcome("cannot_work", ("active_blocked_client_side",)))
    assert words.outcome_headline(ftp_exe, "en").endswith("Use File Explorer or FileZilla instead: they can use passive mode.")
    assert words.outcome_headline(ftp_exe, "en").startswith("Your Windows ftp command cannot work here.")
    assert words.outcome_headline(_report("winscp", "passive", ProgramOutcome("works")), "en") == "Your WinSCP will work here."
    probably = _report("xftp", "default", ProgramOutcome("works", unverified=("passive_command",)), detected=False)
    assert words.outcome_headline(probably, "en") == "Xftp (not on this PC) will probably work here."
    assert "것으로 보입니다" in words.outcome_headline(probably, "ko")
    unsure_fail = _report("lftp", "default", ProgramOutcome(
        "fails", ("passive_blocked_server_side",), (Fix("mode", "active", True),), ("epsv_assumed",)), scope="global")
    assert words.outcome_headline(unsure_fail, "en").startswith(
        "Your lftp uses passive mode, its default: it will probably fail here.")  # the mark and the words agree
    assert words.outcome_label("fails", "en", probably=True) == "will probably fail"
    unknown = _report("lftp", "unknown", ProgramOutcome("unknown", ("pasv_blocked_epsv_ok",)))
    assert words.outcome_headline(unknown, "en").startswith("Whether your lftp works here cannot be told. Its setting")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_fixes_use_the_programs_own_menu_names(lang: str) -> None:
    site = words.fix_text("filezilla", Fix("mode", "passive", True), lang, "site")
    if lang == KOREAN:
        assert "사이트 관리자 > 전송 설정 > 전송 모드: 수동형" in site  # FileZilla's Korean labels, from its guide
    else:
        assert site.endswith("Site Manager > Transfer Settings > Transfer mode: Passive")
    limit = words.fix_text("filezilla", Fix("max_connections", 2, False), lang, "site")
    assert ("동시 연결 수 제한: 2" if lang == KOREAN else "Limit number of simultaneous connections: 2") in limit
    assert "set ftp:prefer-epsv off" in words.fix_text("lftp", Fix("ftp:prefer-epsv", False, False), lang)
    assert "--disable-epsv" in words.fix_text("curl", Fix("disable-epsv", True, False), lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_outcome_has_a_mark(lang: str) -> None:
    marks = {words.outcome_label(o, lang) for o in ("works", "fails", "cannot_work", "unknown")}
    assert len(marks) == 4
    assert words.outcome_label("works", lang, probably=True) != words.outcome_label("works", lang)
