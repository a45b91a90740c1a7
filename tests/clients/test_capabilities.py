"""Every program's capabilities in its JSON: complete, typed, each fact with its confidence and source."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ftpwizard.clients.capabilities import (
    FACT_NAMES,
    CapabilitiesError,
    load_capabilities,
    parse_capabilities,
    validate_capabilities,
)
from ftpwizard.clients.guides import validate_guide
from ftpwizard.clients.programs import CLIENT_IDS, GUIDE_IDS
from ftpwizard.core.resources import resources_root

NEW_PROGRAMS = ("ftp-exe", "xftp", "vscode-sftp", "vscode-ftp-simple", "vscode-ftp-kr")


def _doc(program: str) -> dict[str, Any]:
    return json.loads((resources_root() / "clients" / f"{program}.json").read_text(encoding="utf-8"))


def test_every_program_of_the_registry_has_capabilities() -> None:
    assert set(NEW_PROGRAMS) <= set(CLIENT_IDS)
    for program in CLIENT_IDS:
        caps = load_capabilities(program)
        assert set(caps.facts) == set(FACT_NAMES), program


@pytest.mark.parametrize("program", CLIENT_IDS)
def test_capabilities_are_the_last_key_of_the_file(program: str) -> None:
    """At the end: another branch edits the Korean texts above it, and the two must merge cleanly."""
    assert list(_doc(program))[-1] == "capabilities"


def test_verified_facts_name_the_test_that_verified_them() -> None:
    for program in CLIENT_IDS:
        for name, fact in load_capabilities(program).facts.items():
            if fact.confidence == "verified":
                assert "verified here: tests/" in fact.source or "measured here" in fact.source, (program, name)


def test_curl_and_lftp_rest_on_the_real_programs_for_every_mode_fact() -> None:
    for program in ("curl", "lftp"):
        caps = load_capabilities(program)
        for name in ("default_mode", "passive_command", "command_fallback", "mode_fallback", "pasv_address"):
            assert caps.fact(name).confidence == "verified", (program, name)
            assert "tests/clients/test_real_programs.py" in caps.fact(name).source


def test_windows_ftp_command_can_only_do_active_mode() -> None:
    caps = load_capabilities("ftp-exe")
    assert caps.modes == ("active",)
    assert caps.value("default_mode") == "active"


def test_vscode_extensions_connect_in_passive_mode_only() -> None:
    for program in ("vscode-sftp", "vscode-ftp-simple", "vscode-ftp-kr"):
        assert load_capabilities(program).modes == ("passive",)


@pytest.mark.parametrize("program", NEW_PROGRAMS)
def test_new_programs_are_wired_in_with_a_valid_guide(program: str) -> None:
    doc = _doc(program)
    assert doc["id"] == program
    assert program in GUIDE_IDS
    assert validate_guide(doc) == []


def test_an_option_changes_a_fact_only_while_it_is_set() -> None:
    curl = load_capabilities("curl")
    assert curl.value("passive_command") == "epsv_first"
    assert curl.with_options({"disable-epsv": True}).value("passive_command") == "epsv_ipv6_only"
    assert curl.with_options({"disable-epsv": False}).value("passive_command") == "epsv_first"
    # The confidence and source of the fact stay the program's.
    assert curl.with_options({"disable-epsv": True}).fact("passive_command").source == curl.fact("passive_command").source


@pytest.mark.parametrize(("change", "problem"), [
    ({"modes": []}, "modes"),
    ({"pasv_address": {"value": "maybe", "confidence": "source", "source": "x"}}, "pasv_address"),
    ({"connections": {"value": 0, "confidence": "docs", "source": "x"}}, "connections"),
    ({"tls_session_reuse": {"value": 1, "confidence": "docs", "source": "x"}}, "tls_session_reuse"),
    ({"charset": {"value": None, "confidence": "source", "source": "x"}}, "must be marked unverified"),
    ({"mode_fallback": {"value": "never", "confidence": "sure", "source": "x"}}, "confidence"),
    ({"default_mode": {"value": "passive", "confidence": "docs", "source": ""}}, "default_mode: source"),
    ({"options": [{"setting": "x", "value": 1, "changes": {"colour": "red"}}]}, "options[0]"),
])
def test_malformed_capabilities_are_refused_with_the_fact_named(change: dict[str, Any], problem: str) -> None:
    doc = {**_doc("curl")["capabilities"], **change}
    problems = validate_capabilities(doc)
    assert any(problem in p for p in problems), problems
    with pytest.raises(CapabilitiesError, match="curl"):
        parse_capabilities("curl", doc)


def test_an_unknown_program_is_a_clear_error() -> None:
    with pytest.raises(CapabilitiesError, match="no capabilities"):
        load_capabilities("netscape")
