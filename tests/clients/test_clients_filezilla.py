"""FileZilla: real filezilla.xml / sitemanager.xml documents as FileZilla 3.x writes them."""

from __future__ import annotations

import os
from pathlib import Path

from ftpwizard.clients import apply_mode, detect_clients, undo
from ftpwizard.clients import filezilla as fz
from ftpwizard.clients.model import ClientStatus


def pick(clients: list[ClientStatus], cid: str) -> ClientStatus:
    [found] = [c for c in clients if c.id == cid]
    return found

def test_windows_detection_reports_global_and_matching_sites(windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    status = pick(detect_clients(windows.env, host="ftp.example.com"), "filezilla")
    assert (status.id, status.version, status.mode, status.scope) == ("filezilla", "3.66.4", "passive", "global")
    assert status.config == str(cdir / "filezilla.xml")
    assert [(s.name, s.mode) for s in status.sites] == [("내 홈페이지", "active"), ("Other port, no mode stored", "default")]
    assert status.effective_mode() == "unknown"  # two sites for this server, set differently
    assert status.can_apply


def test_linux_config_dir_without_executable_counts_and_xdg_wins(linux, fz_xml) -> None:  # type: ignore[no-untyped-def]
    assert all(c.id != "filezilla" for c in detect_clients(linux.env))
    xdg = linux.base / "xdg"
    linux.env.vars = {**linux.env.vars, "XDG_CONFIG_HOME": str(xdg)}
    linux.write(linux.env.home / ".config/filezilla/filezilla.xml", fz_xml.replace(">1<", ">0<", 1))
    linux.write(xdg / "filezilla/filezilla.xml", fz_xml)
    status = pick(detect_clients(linux.env), "filezilla")
    assert status.mode == "passive" and status.config == str(xdg / "filezilla/filezilla.xml")


def test_mac_bundle_version(mac) -> None:  # type: ignore[no-untyped-def]
    import plistlib

    bundle = mac.base / "Applications/FileZilla.app/Contents"
    bundle.mkdir(parents=True)
    (bundle / "Info.plist").write_bytes(plistlib.dumps({"CFBundleIdentifier": "org.filezilla-project.filezilla",
                                                        "CFBundleShortVersionString": "3.67.1"}))
    status = pick(detect_clients(mac.env), "filezilla")
    assert status.version == "3.67.1" and status.mode == "passive" and status.mode_is_default


def test_apply_changes_only_the_value_and_undo_restores_bytes(windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    original = (cdir / "filezilla.xml").read_bytes()
    sites_before = (cdir / "sitemanager.xml").read_bytes()
    out = apply_mode(windows.env, "filezilla", "active", host="ftp.example.com")
    assert out.ok and out.key == "changed", out
    new = (cdir / "filezilla.xml").read_bytes()
    assert new == original.replace(b'"Use Pasv mode">1<', b'"Use Pasv mode">0<')
    assert fz.read_global(cdir / "filezilla.xml") == "0"
    # The site set to active agrees; the one without a value follows the global setting: no conflicts.
    assert out.conflicts == []
    assert (cdir / "sitemanager.xml").read_bytes() == sites_before
    [backup] = out.backups
    assert Path(backup).name == "filezilla.xml.ftpwizard-20261125-210000.bak"
    assert Path(backup).read_bytes() == original

    back = undo(windows.env, "filezilla")
    assert back.ok, back
    assert (cdir / "filezilla.xml").read_bytes() == original
    assert not Path(backup).exists()
    assert not undo(windows.env, "filezilla").ok  # nothing left to undo


def test_contradicting_site_is_reported_then_changed_on_request(windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    sites_before = (cdir / "sitemanager.xml").read_bytes()
    out = apply_mode(windows.env, "filezilla", "passive", host="ftp.example.com")
    assert out.ok and out.key == "already"
    assert [(s.name, s.mode) for s in out.conflicts] == [("내 홈페이지", "active")]
    assert (cdir / "sitemanager.xml").read_bytes() == sites_before

    out = apply_mode(windows.env, "filezilla", "passive", host="ftp.example.com", change_sites=True)
    assert out.ok and out.key == "changed", out
    after = (cdir / "sitemanager.xml").read_bytes()
    # Only the matching site changed; the unrelated active site and the password are untouched.
    assert after == sites_before.replace(b"<PasvMode>MODE_ACTIVE</PasvMode>", b"<PasvMode>MODE_PASSIVE</PasvMode>", 1)
    assert b"c2VjcmV0LXBhc3N3b3Jk" in after
    assert undo(windows.env, "filezilla").ok
    assert (cdir / "sitemanager.xml").read_bytes() == sites_before


def test_missing_setting_is_inserted_with_same_indentation_and_line_ending(windows, install_filezilla, fz_xml, fz_sites) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    windows.write(cdir / "filezilla.xml", fz_xml.replace('\t\t<Setting name="Use Pasv mode">1</Setting>\r\n', ""))
    out = apply_mode(windows.env, "filezilla", "active", host="ftp.example.com", change_sites=True)
    assert out.ok, out
    text = (cdir / "filezilla.xml").read_bytes().decode("utf-8")
    assert '\t\t<Setting name="Use Pasv mode">0</Setting>\r\n\t</Settings>' in text
    # The site with no stored mode follows the global setting, so it is neither a conflict nor changed.
    assert out.conflicts == [] and (cdir / "sitemanager.xml").read_bytes() == fz_sites.encode()


def test_refuses_while_running_and_leaves_file(windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    original = (cdir / "filezilla.xml").read_bytes()
    windows.running.append("FileZilla.exe")
    out = apply_mode(windows.env, "filezilla", "active")
    assert not out.ok and out.key == "running" and out.params["process"] == "FileZilla.exe"
    assert (cdir / "filezilla.xml").read_bytes() == original
    assert list(cdir.glob("*.bak")) == []


def test_malformed_file_is_reported_never_rewritten(windows, install_filezilla, fz_xml) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    broken = fz_xml[:-30].encode()
    windows.write(cdir / "filezilla.xml", broken)
    status = pick(detect_clients(windows.env), "filezilla")
    assert status.problem is not None and status.problem.key == "malformed" and not status.can_apply
    out = apply_mode(windows.env, "filezilla", "active")
    assert not out.ok and out.key == "malformed"
    assert (cdir / "filezilla.xml").read_bytes() == broken
    assert list(cdir.glob("*.bak")) == []


def test_read_only_file_gives_clear_refusal(windows, monkeypatch, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    if os.geteuid() == 0:
        # root passes every permission check; make os.access answer as it does for a normal user.
        real_access = os.access
        monkeypatch.setattr(os, "access", lambda p, m: False if str(p).endswith("filezilla.xml") and m == os.W_OK
                            else real_access(p, m))
    cdir = install_filezilla(windows)
    target = cdir / "filezilla.xml"
    original = target.read_bytes()
    target.chmod(0o444)
    out = apply_mode(windows.env, "filezilla", "active")
    assert not out.ok and out.key == "read_only" and out.params["path"] == str(target)
    assert target.read_bytes() == original
    assert list(cdir.glob("*.bak")) == []
    target.chmod(0o644)


def test_locked_folder_write_failure_restores_nothing_lost(windows, monkeypatch, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    target = cdir / "filezilla.xml"
    original = target.read_bytes()

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "replace", locked)
    out = apply_mode(windows.env, "filezilla", "active")
    assert not out.ok and out.key == "read_only" and "being used" in out.params["detail"]
    assert target.read_bytes() == original
    assert sorted(p.name for p in cdir.iterdir()) == ["filezilla.xml", "sitemanager.xml"]  # no temp, no backup


def test_undo_refuses_when_file_changed_since(windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    assert apply_mode(windows.env, "filezilla", "active").ok
    edited = (cdir / "filezilla.xml").read_bytes().replace(b"Limit local ports\">0", b"Limit local ports\">1")
    (cdir / "filezilla.xml").write_bytes(edited)
    out = undo(windows.env, "filezilla")
    assert not out.ok and out.key == "changed_since" and out.params["backup"].endswith(".bak")
    assert (cdir / "filezilla.xml").read_bytes() == edited


def test_create_settings_when_missing_and_undo_removes_it(linux) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["filezilla"] = "/usr/bin/filezilla"
    out = apply_mode(linux.env, "filezilla", "active")
    assert out.ok, out
    path = linux.env.home / ".config/filezilla/filezilla.xml"
    assert fz.read_global(path) == "0"
    assert undo(linux.env, "filezilla").ok
    assert not path.exists()


def test_a_site_after_an_sftp_site_is_the_one_changed(windows, install_filezilla, fz_sites) -> None:  # type: ignore[no-untyped-def]
    # An SFTP site before the contradicting ones: it has no transfer mode and must not shift which site is edited.
    cdir = install_filezilla(windows)
    sftp_first = fz_sites.replace("\t<Servers>\n", "\t<Servers>\n\t\t<Server>\n\t\t\t<Host>sftp.example.org</Host>\n"
                                  "\t\t\t<Protocol>1</Protocol>\n\t\t\t<Name>SFTP first</Name>\n\t\t</Server>\n", 1)
    windows.write(cdir / "sitemanager.xml", sftp_first)
    before = (cdir / "sitemanager.xml").read_bytes()
    out = apply_mode(windows.env, "filezilla", "passive", host="other.example.net", change_sites=True)
    assert out.ok and out.key == "changed", out
    head, tail = before.split(b"<Host>other.example.net</Host>")
    # Exactly the matching site changed: not the first (active) site, not an SFTP site.
    expected = head + b"<Host>other.example.net</Host>" + tail.replace(b"MODE_ACTIVE", b"MODE_PASSIVE", 1)
    assert (cdir / "sitemanager.xml").read_bytes() == expected


FZ_DEFAULTS = """<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
\t<Settings>
\t\t<Setting name="Config Location">{location}</Setting>
\t\t<Setting name="Kiosk mode">0</Setting>
\t\t<Setting name="Disable update check">1</Setting>
\t</Settings>
\t<Servers />
</FileZilla3>
"""


def _program_folder(windows) -> Path:  # type: ignore[no-untyped-def]
    """FileZilla's program folder in the fake C:\\, as its uninstall entry names it."""
    folder = windows.base / "Program Files/FileZilla FTP Client"
    windows.write(folder / "filezilla.exe", b"MZ")
    key = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\FileZilla Client"
    windows.registry.put("HKLM", key, "InstallLocation", 1, str(folder))
    return folder


def test_fzdefaults_config_location_moves_the_settings_folder(windows, install_filezilla, fz_xml) -> None:  # type: ignore[no-untyped-def]
    # A managed install: fzdefaults.xml next to filezilla.exe sends the settings to a folder of the company's
    # choosing ("$VAR" segments are environment variables, in any case on Windows).
    usual = install_filezilla(windows)
    program = _program_folder(windows)
    windows.write(program / "fzdefaults.xml", FZ_DEFAULTS.format(location=r"$UserProfile\FileZilla-회사"))
    moved = Path(windows.env.vars["USERPROFILE"]) / "FileZilla-회사"
    windows.write(moved / "filezilla.xml", fz_xml.replace('"Use Pasv mode">1<', '"Use Pasv mode">0<'))
    status = pick(detect_clients(windows.env), "filezilla")
    assert status.config == str(moved / "filezilla.xml") and status.mode == "active"

    usual_before = (usual / "filezilla.xml").read_bytes()
    out = apply_mode(windows.env, "filezilla", "passive")
    assert out.ok and out.key == "changed", out
    assert fz.read_global(moved / "filezilla.xml") == "1"
    assert (usual / "filezilla.xml").read_bytes() == usual_before  # the folder FileZilla no longer reads


def test_fzdefaults_portable_relative_location(windows, install_filezilla, fz_xml) -> None:  # type: ignore[no-untyped-def]
    install_filezilla(windows)
    program = _program_folder(windows)
    windows.write(program / "fzdefaults.xml", FZ_DEFAULTS.format(location="settings"))
    windows.write(program / "settings/filezilla.xml", fz_xml.replace('"Use Pasv mode">1<', '"Use Pasv mode">0<'))
    status = pick(detect_clients(windows.env), "filezilla")
    assert status.config == str(program / "settings/filezilla.xml") and status.mode == "active"
    # A location that does not exist is ignored by FileZilla, which then uses %APPDATA%\FileZilla.
    windows.write(program / "fzdefaults.xml", FZ_DEFAULTS.format(location="$NO_SUCH_VARIABLE/gone"))
    assert pick(detect_clients(windows.env), "filezilla").config == str(
        Path(windows.env.vars["APPDATA"]) / "FileZilla/filezilla.xml")


def test_unreadable_fzdefaults_refuses_to_apply(windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    usual = install_filezilla(windows)
    program = _program_folder(windows)
    broken = FZ_DEFAULTS.format(location="settings")[:-20]
    windows.write(program / "fzdefaults.xml", broken)
    status = pick(detect_clients(windows.env), "filezilla")
    assert status.problem is not None and status.problem.path == str(program / "fzdefaults.xml")
    before = (usual / "filezilla.xml").read_bytes()
    out = apply_mode(windows.env, "filezilla", "active")
    assert not out.ok and out.key == "malformed" and out.params["path"] == str(program / "fzdefaults.xml")
    assert (usual / "filezilla.xml").read_bytes() == before


def test_linux_fzdefaults_in_etc(linux, fz_xml) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["filezilla"] = "/usr/bin/filezilla"
    linux.write(linux.env.path("/etc/filezilla/fzdefaults.xml"), FZ_DEFAULTS.format(location="$HOME/.fz-managed"))
    linux.write(linux.env.home / ".fz-managed/filezilla.xml", fz_xml.replace('"Use Pasv mode">1<', '"Use Pasv mode">0<'))
    status = pick(detect_clients(linux.env), "filezilla")
    assert status.config == str(linux.env.home / ".fz-managed/filezilla.xml") and status.mode == "active"
