"""The one registry of FTP programs (ftpwizard/clients/programs.py) against the JSON files that describe
them: the same ids, the name, scope and default read from the JSON only, and no program that ftpwizard
says it can change without the code that changes it."""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest

from ftpwizard.clients import apply_mode, detect_clients, undo
from ftpwizard.clients.apply import _refuse_if_running
from ftpwizard.clients.programs import (
    APPLY_SUPPORTED,
    CLIENT_IDS,
    EXTRA_GUIDE_IDS,
    GUIDE_IDS,
    PROGRAMS,
    Applier,
    ClientSpec,
    spec,
)
from ftpwizard.clients.registry import REG_SZ
from ftpwizard.clients.setting_check import check_setting
from ftpwizard.core.resources import resources_root

CLIENTS = resources_root() / "clients"
UNINSTALL = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"
UNINSTALL32 = r"SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall"


def _json(program_id: str) -> dict[str, Any]:
    return json.loads((CLIENTS / f"{program_id}.json").read_text(encoding="utf-8"))


def test_every_json_file_has_a_spec_and_every_spec_its_json() -> None:
    files = {p.stem for p in CLIENTS.glob("*.json")}
    assert files == set(CLIENT_IDS) | set(EXTRA_GUIDE_IDS)
    assert set(GUIDE_IDS) == files
    for s in PROGRAMS:
        doc = _json(s.id)
        assert doc["id"] == s.id and s.guide()["id"] == s.id
        assert s.capabilities().program == s.id
    for extra in EXTRA_GUIDE_IDS:  # the browsers and "another program" guides describe no program
        assert "capabilities" not in _json(extra)


@pytest.mark.parametrize("program", CLIENT_IDS)
def test_name_scope_and_default_come_from_the_json(program: str) -> None:
    s = spec(program)
    assert s is not None
    doc = _json(program)
    assert s.name == doc["name"]["en"] and s.facts.name == doc["name"]
    assert s.facts.scope == doc["scope"]
    assert s.facts.default == (doc["default"] or "unknown")


def test_no_detector_keeps_its_own_copy_of_a_name_or_scope() -> None:
    """Detectors build their results with new_status (the JSON's name and scope), never by hand."""
    for s in PROGRAMS:
        module = inspect.getmodule(s.detect)
        assert module is not None
        source = inspect.getsource(module)
        assert not hasattr(module, "NAME"), s.id
        assert "ClientStatus(" not in source, module.__name__
        assert 'scope="' not in source, module.__name__


@pytest.mark.parametrize("s", [s for s in PROGRAMS if s.applier is not None], ids=lambda s: s.id)
def test_a_program_ftpwizard_changes_has_a_planner_and_the_engine_verifies_through_its_detector(
        s: ClientSpec) -> None:
    applier = s.applier
    assert isinstance(applier, Applier)
    assert callable(applier.plan)
    assert list(inspect.signature(applier.plan).parameters) == ["env", "status", "mode", "host", "change_sites"]
    # A change for one server needs the planner for it, and a planner for it needs a place to keep it.
    assert (applier.plan_server is None) == (applier.server_scope is None)
    if applier.plan_server is not None:
        assert list(inspect.signature(applier.plan_server).parameters) == ["env", "status", "mode", "host"]
    assert callable(s.detect)  # apply_mode reads the setting back with it to verify the change
    assert s.id in APPLY_SUPPORTED


def test_can_change_is_derived_from_the_applier_only() -> None:
    assert APPLY_SUPPORTED == {s.id for s in PROGRAMS if s.applier is not None}
    assert APPLY_SUPPORTED == {"filezilla", "winscp", "internet-options", "lftp", "curl"}


def _everything_installed(windows: Any) -> None:
    """A Windows PC with every Windows program of the registry, as their installers leave it."""
    reg, base = windows.registry, windows.base
    for key, name in (("ALFTP", "ALFTP 5.3"), ("EditPlus", "EditPlus"), ("CuteFTP 9", "CuteFTP 9"),
                      ("Cyberduck", "Cyberduck"), ("Xftp 8", "Xftp 8"),
                      ("Totalcmd64", "Total Commander 64-bit (Remove or Repair)")):
        reg.put("HKLM", rf"{UNINSTALL}\{key}", "DisplayName", REG_SZ, name)
    reg.put("HKLM", rf"{UNINSTALL32}\WS_FTP Pro", "DisplayName", REG_SZ, "Ipswitch WS_FTP Professional")
    reg.put("HKLM", rf"{UNINSTALL32}\winscp3_is1", "DisplayName", REG_SZ, "WinSCP 6.3.5")
    reg.put("HKLM", rf"{UNINSTALL}\FileZilla Client", "DisplayName", REG_SZ, "FileZilla 3.66.4")
    windows.write(base / "Windows/System32/ftp.exe", b"MZ")
    windows.write(base / "Windows/System32/curl.exe", b"MZ")
    extensions = base / "Users/kim/.vscode/extensions"
    for folder in ("natizyskunk.sftp-1.16.3", "humy2833.ftp-simple-0.7.6", "ruakr.ftp-kr-1.4.6"):
        windows.write(extensions / folder / "package.json", "{}")


def test_every_program_is_found_in_registry_order_named_and_scoped_by_its_json(windows, linux) -> None:  # type: ignore[no-untyped-def]
    _everything_installed(windows)
    linux.on_path["lftp"] = "/usr/bin/lftp"
    found = detect_clients(windows.env) + detect_clients(linux.env)
    assert sorted(c.id for c in found) == sorted(CLIENT_IDS)
    assert [c.id for c in detect_clients(windows.env)] == [i for i in CLIENT_IDS if i != "lftp"]
    for c in found:
        facts = spec(c.id).facts  # type: ignore[union-attr]
        assert (c.name, c.scope) == (facts.english_name, facts.scope), c.id
        assert c.can_apply <= (c.id in APPLY_SUPPORTED), c.id
        if c.mode_is_default and not c.sites:
            assert c.mode == facts.default, c.id


@pytest.mark.parametrize("program", sorted(set(CLIENT_IDS) - APPLY_SUPPORTED))
def test_a_guide_only_program_is_refused_with_a_message_never_a_crash(windows, program: str) -> None:  # type: ignore[no-untyped-def]
    _everything_installed(windows)
    outcome = apply_mode(windows.env, program, "passive")
    assert (outcome.ok, outcome.key) == (False, "not_supported")
    assert outcome.params["client"] == spec(program).name  # type: ignore[union-attr]
    assert undo(windows.env, program).key == "nothing_to_undo"


def test_writes_on_exit_comes_from_the_applier(windows) -> None:  # type: ignore[no-untyped-def]
    windows.running = ["FileZilla.exe", "lftp", "curl.exe"]
    assert _refuse_if_running(windows.env, "filezilla", spec("filezilla")).key == "running"  # type: ignore[arg-type,union-attr]
    assert _refuse_if_running(windows.env, "curl", spec("curl")) is None  # type: ignore[arg-type]
    assert _refuse_if_running(windows.env, "lftp", spec("lftp")) is None  # type: ignore[arg-type]


def test_the_setting_check_needs_no_qt(windows) -> None:  # type: ignore[no-untyped-def]
    """right / needs change / check by hand, decided in ftpwizard/clients for every view."""
    _everything_installed(windows)
    found = {c.id: c for c in detect_clients(windows.env)}
    assert check_setting(found["internet-options"], "passive") == "right"
    assert check_setting(found["internet-options"], "active") == "change"
    assert check_setting(found["internet-options"], None) == "none"
    assert check_setting(found["alftp"], "passive") == "check"  # its setting cannot be read
    assert check_setting(found["ftp-exe"], "active") == "right"
    # A mode the program does not have is not "needs a change": there is nothing to change.
    assert check_setting(found["ftp-exe"], "passive") == "cannot"
    assert check_setting(found["vscode-sftp"], "active") == "cannot"
    assert check_setting(found["vscode-sftp"], "passive") == "right"
