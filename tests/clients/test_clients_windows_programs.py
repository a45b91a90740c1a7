"""WinSCP, Internet Options, Total Commander and the guide-only programs on a fake Windows:
real key names and value types in the registry, real INI files on disk."""

from __future__ import annotations

import codecs
from pathlib import Path

from ftpwizard.clients import apply_mode, detect_clients, undo
from ftpwizard.clients import winscp as ws
from ftpwizard.clients.model import ClientStatus
from ftpwizard.clients.registry import REG_DWORD, REG_SZ, UNINSTALL_ROOTS, MemoryRegistry, RegValue

UNINSTALL = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"
UNINSTALL32 = r"SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall"
SESSIONS = r"Software\Martin Prikryl\WinSCP 2\Sessions"
KOREAN_SITE = "%EF%BB%BF%EB%82%B4%20%ED%99%88%ED%8E%98%EC%9D%B4%EC%A7%80"  # BOM + "내 홈페이지", escaped


def pick(clients: list[ClientStatus], cid: str) -> ClientStatus:
    [found] = [c for c in clients if c.id == cid]
    return found


def install_winscp(windows, user_install: bool = False) -> None:  # type: ignore[no-untyped-def]
    reg = windows.registry
    hive = "HKCU" if user_install else "HKLM"
    root = r"Software\Microsoft\Windows\CurrentVersion\Uninstall" if user_install else UNINSTALL32
    reg.put(hive, rf"{root}\winscp3_is1", "DisplayName", REG_SZ, "WinSCP 6.3.5")
    reg.put(hive, rf"{root}\winscp3_is1", "DisplayVersion", REG_SZ, "6.3.5")
    reg.put(hive, rf"{root}\winscp3_is1", "InstallLocation", REG_SZ, str(windows.base / "Program Files (x86)/WinSCP"))


def winscp_sessions(windows) -> None:  # type: ignore[no-untyped-def]
    reg = windows.registry
    reg.add_key("HKCU", rf"{SESSIONS}\Default%20Settings")
    reg.put("HKCU", rf"{SESSIONS}\{KOREAN_SITE}", "HostName", REG_SZ, "ftp.example.com")
    reg.put("HKCU", rf"{SESSIONS}\{KOREAN_SITE}", "FSProtocol", REG_DWORD, 5)
    reg.put("HKCU", rf"{SESSIONS}\{KOREAN_SITE}", "FtpPasvMode", REG_DWORD, 0)
    reg.put("HKCU", rf"{SESSIONS}\Work/Backup%20copy", "HostName", REG_SZ, "ftp.example.com")
    reg.put("HKCU", rf"{SESSIONS}\Work/Backup%20copy", "FSProtocol", REG_DWORD, 5)  # no FtpPasvMode: factory default
    reg.put("HKCU", rf"{SESSIONS}\ssh%20box", "HostName", REG_SZ, "ftp.example.com")  # SFTP (default protocol)


def test_site_names_decode_percent_escapes_and_utf8_bom() -> None:
    assert ws.decode_name(KOREAN_SITE) == "내 홈페이지"
    assert ws.decode_name("Work/Backup%20copy") == "Work/Backup copy"
    assert ws.decode_name("%B3%BB%20%C8%A8") == "내 홈"  # old versions: ANSI code page (CP949)
    assert ws.encode_name("내 홈페이지") == KOREAN_SITE


def test_winscp_registry_sites_and_defaults(windows) -> None:  # type: ignore[no-untyped-def]
    install_winscp(windows)
    winscp_sessions(windows)
    status = pick(detect_clients(windows.env, host="FTP.EXAMPLE.COM"), "winscp")
    assert (status.version, status.mode, status.scope, status.mode_is_default) == ("6.3.5", "passive", "per-site", True)
    assert [(s.name, s.mode) for s in status.sites] == [("내 홈페이지", "active"), ("Work/Backup copy", "default")]
    assert status.site_mode(status.sites[1]) == "passive"  # a missing value is WinSCP's factory default


def test_winscp_apply_reports_site_then_changes_it_and_undo_restores(windows) -> None:  # type: ignore[no-untyped-def]
    install_winscp(windows)
    winscp_sessions(windows)
    reg = windows.registry
    out = apply_mode(windows.env, "winscp", "passive", host="ftp.example.com")
    assert out.ok and out.key == "already"
    assert [s.name for s in out.conflicts] == ["내 홈페이지"]

    out = apply_mode(windows.env, "winscp", "passive", host="ftp.example.com", change_sites=True)
    assert out.ok and out.key == "changed", out
    assert reg.get("HKCU", rf"{SESSIONS}\{KOREAN_SITE}", "FtpPasvMode") == RegValue(REG_DWORD, 1)
    assert reg.get("HKCU", rf"{SESSIONS}\Work/Backup%20copy", "FtpPasvMode") is None  # already passive

    assert undo(windows.env, "winscp").ok
    assert reg.get("HKCU", rf"{SESSIONS}\{KOREAN_SITE}", "FtpPasvMode") == RegValue(REG_DWORD, 0)


def test_winscp_active_sets_defaults_and_flags_inheriting_sites(windows) -> None:  # type: ignore[no-untyped-def]
    install_winscp(windows, user_install=True)
    winscp_sessions(windows)
    out = apply_mode(windows.env, "winscp", "active", host="ftp.example.com")
    assert out.ok, out
    assert windows.registry.get("HKCU", rf"{SESSIONS}\Default%20Settings", "FtpPasvMode") == RegValue(REG_DWORD, 0)
    # The site without a value keeps WinSCP's factory default (passive), so it is reported.
    assert [s.name for s in out.conflicts] == ["Work/Backup copy"]
    assert undo(windows.env, "winscp").ok
    assert windows.registry.get("HKCU", rf"{SESSIONS}\Default%20Settings", "FtpPasvMode") is None


def test_winscp_changes_each_site_even_when_two_names_read_the_same(windows) -> None:  # type: ignore[no-untyped-def]
    # An old WinSCP saved "내 홈" in the ANSI code page, a newer one as UTF-8 with a BOM: two sessions
    # whose names read the same. Each must be changed under its own key.
    install_winscp(windows)
    reg = windows.registry
    reg.add_key("HKCU", rf"{SESSIONS}\Default%20Settings")
    ansi, utf8 = "%B3%BB%20%C8%A8", "%EF%BB%BF%EB%82%B4%20%ED%99%88"
    for escaped in (ansi, utf8):
        reg.put("HKCU", rf"{SESSIONS}\{escaped}", "HostName", REG_SZ, "ftp.example.com")
        reg.put("HKCU", rf"{SESSIONS}\{escaped}", "FSProtocol", REG_DWORD, 5)
        reg.put("HKCU", rf"{SESSIONS}\{escaped}", "FtpPasvMode", REG_DWORD, 0)
    status = pick(detect_clients(windows.env, host="ftp.example.com"), "winscp")
    assert [(s.name, s.mode) for s in status.sites] == [("내 홈", "active"), ("내 홈", "active")]

    out = apply_mode(windows.env, "winscp", "passive", host="ftp.example.com", change_sites=True)
    assert out.ok and out.key == "changed", out
    assert [reg.get("HKCU", rf"{SESSIONS}\{e}", "FtpPasvMode") for e in (ansi, utf8)] == [RegValue(REG_DWORD, 1)] * 2
    assert undo(windows.env, "winscp").ok
    assert [reg.get("HKCU", rf"{SESSIONS}\{e}", "FtpPasvMode") for e in (ansi, utf8)] == [RegValue(REG_DWORD, 0)] * 2


def test_winscp_registry_write_denied(windows) -> None:  # type: ignore[no-untyped-def]
    install_winscp(windows)
    winscp_sessions(windows)
    windows.registry.read_only = True
    out = apply_mode(windows.env, "winscp", "active")
    assert not out.ok and out.key == "read_only" and "Default%20Settings" in out.params["path"]


WINSCP_INI = (
    codecs.BOM_UTF8
    + b"[Configuration\\Interface]\r\nRandomSeedFile=%APPDATA%\\winscp.rnd\r\n\r\n"
    b"[Sessions\\%EF%BB%BF%EB%82%B4%20%ED%99%88%ED%8E%98%EC%9D%B4%EC%A7%80]\r\n"
    b"HostName=ftp.example.com\r\nUserName=kim\r\nFSProtocol=5\r\nFtpPasvMode=0\r\n\r\n"
    b"[Sessions\\Default%20Settings]\r\nFSProtocol=5\r\n"
)


def test_winscp_ini_next_to_exe_edit_keeps_bom_and_crlf(windows) -> None:  # type: ignore[no-untyped-def]
    install_winscp(windows)
    windows.registry.add_key("HKCU", SESSIONS)  # leftover registry config: the INI next to the exe still wins
    ini = windows.write(windows.base / "Program Files (x86)/WinSCP/WinSCP.ini", WINSCP_INI)
    windows.write(windows.base / "Program Files (x86)/WinSCP/WinSCP.exe", b"MZ")
    status = pick(detect_clients(windows.env, host="ftp.example.com"), "winscp")
    assert status.config == str(ini) and [(s.name, s.mode) for s in status.sites] == [("내 홈페이지", "active")]

    out = apply_mode(windows.env, "winscp", "active", host="ftp.example.com")
    assert out.ok, out
    assert ini.read_bytes() == WINSCP_INI + b"FtpPasvMode=0\r\n"
    out = apply_mode(windows.env, "winscp", "passive", host="ftp.example.com", change_sites=True)
    assert out.ok, out
    assert ini.read_bytes() == WINSCP_INI.replace(b"FtpPasvMode=0", b"FtpPasvMode=1") + b"FtpPasvMode=1\r\n"
    assert undo(windows.env, "winscp").ok and undo(windows.env, "winscp").ok
    assert ini.read_bytes() == WINSCP_INI


def test_winscp_malformed_ini_is_reported(windows) -> None:  # type: ignore[no-untyped-def]
    install_winscp(windows)
    appdata_ini = windows.write(Path(windows.env.vars["APPDATA"]) / "WinSCP.ini", b"[Sessions\\x\r\nHostName")
    status = pick(detect_clients(windows.env), "winscp")
    assert status.problem is not None and status.problem.key == "malformed"
    out = apply_mode(windows.env, "winscp", "active")
    assert not out.ok and out.key == "malformed"
    assert appdata_ini.read_bytes() == b"[Sessions\\x\r\nHostName"


def test_internet_options_use_pasv(windows) -> None:  # type: ignore[no-untyped-def]
    reg = windows.registry
    status = pick(detect_clients(windows.env), "internet-options")
    assert status.mode == "passive" and status.mode_is_default  # nothing stored: Explorer uses passive
    reg.put("HKLM", r"Software\Microsoft\Ftp", "Use PASV", REG_SZ, "no")
    assert pick(detect_clients(windows.env), "internet-options").mode == "active"  # HKLM when HKCU has none
    reg.put("HKCU", r"Software\Microsoft\Ftp", "Use PASV", REG_SZ, "no")

    # The value is written by the Internet Options dialog (inetcpl.cpl, run by rundll32 or control.exe), not by
    # iexplore; Explorer only reads it. None of them is a reason to refuse.
    windows.running += ["iexplore.exe", "explorer.exe", "rundll32.exe", "control.exe"]
    out = apply_mode(windows.env, "internet-options", "passive")
    assert out.ok, out
    assert reg.get("HKCU", r"Software\Microsoft\Ftp", "Use PASV") == RegValue(REG_SZ, "yes")
    assert pick(detect_clients(windows.env), "internet-options").mode == "passive"
    back = undo(windows.env, "internet-options")
    assert back.ok
    assert reg.get("HKCU", r"Software\Microsoft\Ftp", "Use PASV") == RegValue(REG_SZ, "no")
    # An open dialog would write its old value back on OK: both messages say to close it with Cancel.
    from ftpwizard.clients.messages import outcome_text

    for outcome in (out, back):
        assert "close it with Cancel" in outcome_text(outcome.key, outcome.params, "en")
        assert "인터넷 옵션 창이 열려 있으면 [취소]를 눌러 닫으세요" in outcome_text(outcome.key, outcome.params, "ko")


def test_internet_options_undo_deletes_value_it_created(windows) -> None:  # type: ignore[no-untyped-def]
    assert apply_mode(windows.env, "internet-options", "active").ok
    assert windows.registry.get("HKCU", r"Software\Microsoft\Ftp", "Use PASV") == RegValue(REG_SZ, "no")
    assert undo(windows.env, "internet-options").ok
    assert windows.registry.get("HKCU", r"Software\Microsoft\Ftp", "Use PASV") is None


WCX_FTP_INI = (
    "[connections]\r\n1=내 홈페이지\r\n2=backup\r\n\r\n"
    "[내 홈페이지]\r\nhost=ftp.example.com\r\nusername=kim\r\npasvmode=0\r\n\r\n"
    "[backup]\r\nhost=backup.example.net\r\npasvmode=1\r\n\r\n"
    "[default]\r\npasvmode=1\r\n"
).encode("cp949")


def test_total_commander_reads_ini_from_ftpininame(windows) -> None:  # type: ignore[no-untyped-def]
    reg = windows.registry
    reg.put("HKLM", rf"{UNINSTALL}\Totalcmd64", "DisplayName", REG_SZ, "Total Commander 64-bit (Remove or Repair)")
    reg.put("HKLM", rf"{UNINSTALL}\Totalcmd64", "DisplayVersion", REG_SZ, "11.03")
    reg.put("HKCU", r"Software\Ghisler\Total Commander", "FtpIniName", REG_SZ, r"%APPDATA%\GHISLER\wcx_ftp.ini")
    windows.write(Path(windows.env.vars["APPDATA"]) / "GHISLER" / "wcx_ftp.ini", WCX_FTP_INI)
    status = pick(detect_clients(windows.env, host="ftp.example.com"), "totalcmd")
    assert (status.version, status.mode, status.can_apply) == ("11.03", "passive", False)
    assert [(s.name, s.mode) for s in status.sites] == [("내 홈페이지", "active")]
    assert apply_mode(windows.env, "totalcmd", "passive").key == "not_supported"


def test_guide_only_programs_are_found_by_their_real_keys(windows) -> None:  # type: ignore[no-untyped-def]
    reg = windows.registry
    reg.put("HKLM", r"SOFTWARE\WOW6432Node\ESTsoft\ALFTP", "Version", REG_SZ, "5.31")
    reg.put("HKCU", r"Software\ES-Computing\EditPlus\Install", "Path", REG_SZ, r"C:\Program Files\EditPlus")
    reg.put("HKLM", rf"{UNINSTALL32}\WS_FTP Pro", "DisplayName", REG_SZ, "Ipswitch WS_FTP Professional")
    reg.put("HKLM", rf"{UNINSTALL32}\WS_FTP Pro", "DisplayVersion", REG_SZ, "12.9")
    windows.write(windows.base / "Program Files (x86)/Globalscape/CuteFTP/cuteftppro.exe", b"MZ")
    found = {c.id: c for c in detect_clients(windows.env)}
    assert set(found) == {"alftp", "editplus", "wsftp", "cuteftp", "internet-options"}
    assert found["alftp"].version == "5.31" and found["wsftp"].version == "12.9"
    assert all(found[i].mode == "unknown" and not found[i].can_apply for i in ("alftp", "editplus", "wsftp", "cuteftp"))
    assert found["cuteftp"].scope == "global" and found["alftp"].scope == "per-site"
    out = apply_mode(windows.env, "alftp", "passive")
    assert not out.ok and out.key == "not_supported"


def test_malformed_line_is_located_but_never_echoed(windows) -> None:  # type: ignore[no-untyped-def]
    install_winscp(windows)
    windows.write(Path(windows.env.vars["APPDATA"]) / "WinSCP.ini", b"[Sessions\\site]\r\nPassword hunter2secret\r\n")
    status = pick(detect_clients(windows.env), "winscp")
    assert status.problem is not None and status.problem.detail == "line 2: no '='"
    assert "hunter2" not in repr(status)


class CountingRegistry(MemoryRegistry):
    """The fake registry, counting how often the uninstall roots are listed."""

    def __init__(self) -> None:
        super().__init__()
        self.uninstall_listings = 0

    def subkeys(self, hive: str, key: str) -> list[str]:
        if (hive, key) in UNINSTALL_ROOTS:
            self.uninstall_listings += 1
        return super().subkeys(hive, key)


def test_one_pass_reads_the_uninstall_list_once_and_refresh_reads_it_again(windows) -> None:  # type: ignore[no-untyped-def]
    reg = CountingRegistry()
    windows.env.registry = reg
    install_winscp(windows)
    assert {c.id for c in detect_clients(windows.env)} == {"internet-options", "winscp"}
    assert reg.uninstall_listings == len(UNINSTALL_ROOTS)  # each root listed once, for all eleven programs

    # Installed while the wizard is open: the next pass (the panel's "refresh") must see it.
    reg.put("HKLM", rf"{UNINSTALL32}\WS_FTP Pro", "DisplayName", REG_SZ, "Ipswitch WS_FTP Professional")
    assert {c.id for c in detect_clients(windows.env)} == {"internet-options", "winscp", "wsftp"}
    assert reg.uninstall_listings == 2 * len(UNINSTALL_ROOTS)


def test_program_files_fallbacks_find_programs_with_windows_upper_case_variables(windows) -> None:  # type: ignore[no-untyped-def]
    # os.environ on Windows holds PROGRAMFILES, PROGRAMFILES(X86), SYSTEMROOT: every lookup must ignore case.
    assert "PROGRAMFILES" in windows.env.vars and "ProgramFiles" not in windows.env.vars
    windows.write(windows.base / "Program Files/FileZilla FTP Client/filezilla.exe", b"MZ")
    windows.write(windows.base / "Program Files (x86)/WinSCP/WinSCP.exe", b"MZ")
    windows.write(windows.base / "Program Files (x86)/Ipswitch/WS_FTP 12/wsftppro.exe", b"MZ")
    windows.write(windows.base / "Windows/System32/curl.exe", b"MZ")
    found = {c.id: c for c in detect_clients(windows.env)}
    assert {"filezilla", "winscp", "wsftp", "curl"} <= set(found)
    assert found["filezilla"].install_path == str(windows.base / "Program Files/FileZilla FTP Client")
    assert found["winscp"].install_path == str(windows.base / "Program Files (x86)/WinSCP")
    assert found["curl"].install_path == str(windows.base / "Windows/System32/curl.exe")


def test_total_commander_expands_variables_in_any_case(windows) -> None:  # type: ignore[no-untyped-def]
    reg = windows.registry
    reg.put("HKLM", rf"{UNINSTALL}\Totalcmd64", "DisplayName", REG_SZ, "Total Commander 64-bit (Remove or Repair)")
    reg.put("HKCU", r"Software\Ghisler\Total Commander", "FtpIniName", REG_SZ, r"%AppData%\GHISLER\wcx_ftp.ini")
    windows.write(Path(windows.env.vars["APPDATA"]) / "GHISLER" / "wcx_ftp.ini", WCX_FTP_INI)
    status = pick(detect_clients(windows.env, host="ftp.example.com"), "totalcmd")
    assert status.config == str(Path(windows.env.vars["APPDATA"]) / "GHISLER" / "wcx_ftp.ini")
    assert [(s.name, s.mode) for s in status.sites] == [("내 홈페이지", "active")]


def test_filezilla_found_by_its_display_name_and_filezilla_server_is_not(windows) -> None:  # type: ignore[no-untyped-def]
    # FileZilla's installer writes DisplayName "FileZilla <version>"; the server is another program.
    reg = windows.registry
    reg.put("HKLM", rf"{UNINSTALL}\FileZilla Server", "DisplayName", REG_SZ, "FileZilla Server")
    reg.put("HKLM", rf"{UNINSTALL}\FileZilla Server", "DisplayVersion", REG_SZ, "1.8.2")
    assert "filezilla" not in {c.id for c in detect_clients(windows.env)}
    reg.put("HKCU", r"Software\Microsoft\Windows\CurrentVersion\Uninstall\FileZilla 3 (per user)", "DisplayName",
            REG_SZ, "FileZilla 3.67.1")
    reg.put("HKCU", r"Software\Microsoft\Windows\CurrentVersion\Uninstall\FileZilla 3 (per user)", "DisplayVersion",
            REG_SZ, "3.67.1")
    assert pick(detect_clients(windows.env), "filezilla").version == "3.67.1"


def test_ws_ftp_install_folder_from_dir_home_edition_and_not_the_server(windows) -> None:  # type: ignore[no-untyped-def]
    reg = windows.registry
    reg.put("HKLM", rf"{UNINSTALL32}\WS_FTP Server", "DisplayName", REG_SZ, "Ipswitch WS_FTP Server 8.6.1")
    assert "wsftp" not in {c.id for c in detect_clients(windows.env)}
    home = r"C:\Program Files (x86)\Ipswitch\WS_FTP Home"
    reg.put("HKLM", r"SOFTWARE\WOW6432Node\Ipswitch\WS_FTP Home", "Dir", REG_SZ, home)
    assert pick(detect_clients(windows.env), "wsftp").install_path == home


def test_cuteftp_professional_cftppro_and_running_check(windows) -> None:  # type: ignore[no-untyped-def]
    windows.write(windows.base / "Program Files (x86)/GlobalSCAPE/CuteFTP 8 Professional/cftppro.exe", b"MZ")
    status = pick(detect_clients(windows.env), "cuteftp")
    assert status.install_path == str(windows.base / "Program Files (x86)/GlobalSCAPE/CuteFTP 8 Professional")
    windows.running.append("cftppro.exe")
    from ftpwizard.clients import guide_only

    assert windows.env.is_running(guide_only.CUTEFTP.EXES) == "cftppro.exe"


def test_cyberduck_from_the_microsoft_store(windows) -> None:  # type: ignore[no-untyped-def]
    # A Store install has no uninstall entry; its bookmarks live in the package's LocalCache.
    package = Path(windows.env.vars["LOCALAPPDATA"]) / "Packages/iterate.37637C3DE32E5_gr99yradmgg3r"
    bookmarks = package / "LocalCache/Roaming/Cyberduck/Bookmarks"
    import plistlib

    windows.write(bookmarks / "0A1B.duck", plistlib.dumps({"Protocol": "ftp", "Nickname": "회사", "Hostname":
                                                            "ftp.example.com", "FTP Connect Mode": "active"}))
    status = pick(detect_clients(windows.env, host="ftp.example.com"), "cyberduck")
    assert status.config == str(bookmarks) and [(s.name, s.mode) for s in status.sites] == [("회사", "active")]


def test_tasklist_output_in_another_code_page_never_stops_detection() -> None:
    from ftpwizard.clients.env import tasklist_names

    # A process whose name cp949 cannot decode (an invalid lead byte), between two ordinary lines.
    raw = (b'"System Idle Process","0","Services","0","8 K"\r\n'
           b'"\xff\xfe\x80.exe","4242","Console","1","1,024 K"\r\n'
           b'"FileZilla.exe","5150","Console","1","30,000 K"\r\n')
    names = tasklist_names(raw, "cp949")
    assert names[0] == "System Idle Process" and names[2] == "FileZilla.exe" and "\ufffd" in names[1]


def test_file_held_open_by_antivirus_is_reported_in_use_not_read_only(windows, monkeypatch, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    import os

    cdir = install_filezilla(windows)
    original = (cdir / "filezilla.xml").read_bytes()

    def held_open(src: object, dst: object) -> None:
        # What Windows raises while another process holds the file: errno EACCES, winerror 32.
        e = PermissionError(13, "The process cannot access the file because it is being used by another process")
        e.winerror = 32  # type: ignore[attr-defined]
        raise e

    monkeypatch.setattr(os, "replace", held_open)
    out = apply_mode(windows.env, "filezilla", "active")
    assert not out.ok and out.key == "in_use" and out.params["path"] == str(cdir / "filezilla.xml")
    assert (cdir / "filezilla.xml").read_bytes() == original
    assert sorted(p.name for p in cdir.iterdir()) == ["filezilla.xml", "sitemanager.xml"]
    from ftpwizard.clients.messages import outcome_text

    assert "OneDrive" in outcome_text(out.key, out.params, "ko") and "읽기 전용" not in outcome_text(out.key, out.params, "ko")


def test_winscp_existing_appdata_ini_wins_over_the_registry(windows) -> None:  # type: ignore[no-untyped-def]
    # After Preferences > Storage > "INI file", WinSCP leaves the registry data behind: both exist, the INI wins.
    install_winscp(windows)
    winscp_sessions(windows)
    reg = windows.registry
    ini = windows.write(Path(windows.env.vars["APPDATA"]) / "WinSCP.ini", WINSCP_INI)
    status = pick(detect_clients(windows.env, host="ftp.example.com"), "winscp")
    assert status.config == str(ini)
    assert [(s.name, s.mode) for s in status.sites] == [("내 홈페이지", "active")]  # the INI's sites, not the registry's
    out = apply_mode(windows.env, "winscp", "passive", host="ftp.example.com", change_sites=True)
    assert out.ok and out.key == "changed", out
    assert ini.read_bytes() == WINSCP_INI.replace(b"FtpPasvMode=0", b"FtpPasvMode=1")
    assert reg.get("HKCU", rf"{SESSIONS}\{KOREAN_SITE}", "FtpPasvMode") == RegValue(REG_DWORD, 0)  # not what WinSCP reads
    assert undo(windows.env, "winscp").ok and ini.read_bytes() == WINSCP_INI


def test_winscp_custom_ini_path_from_the_override_key(windows) -> None:  # type: ignore[no-untyped-def]
    install_winscp(windows)
    winscp_sessions(windows)
    windows.write(Path(windows.env.vars["APPDATA"]) / "WinSCP.ini", b"[Sessions\\Default%20Settings]\r\nFtpPasvMode=1\r\n")
    custom = windows.write(Path(windows.env.vars["USERPROFILE"]) / "Documents/winscp/my.ini", WINSCP_INI)
    windows.registry.put("HKCU", r"Software\Martin Prikryl\WinSCP 2 Override", "IniFile", REG_SZ,
                         r"%UserProfile%\Documents\winscp\my.ini")
    status = pick(detect_clients(windows.env, host="ftp.example.com"), "winscp")
    assert status.config == str(custom) and [s.mode for s in status.sites] == ["active"]
    assert apply_mode(windows.env, "winscp", "active").ok
    assert custom.read_bytes() == WINSCP_INI + b"FtpPasvMode=0\r\n"


def test_winscp_ini_in_the_virtual_store(windows) -> None:  # type: ignore[no-untyped-def]
    # An old WinSCP without admin rights "wrote" C:\Program Files (x86)\WinSCP\WinSCP.ini: UAC put it here.
    install_winscp(windows)
    winscp_sessions(windows)
    windows.write(windows.base / "Program Files (x86)/WinSCP/WinSCP.exe", b"MZ")
    virtual = windows.write(Path(windows.env.vars["LOCALAPPDATA"]) / "VirtualStore/Program Files (x86)/WinSCP/WinSCP.ini",
                            WINSCP_INI)
    status = pick(detect_clients(windows.env, host="ftp.example.com"), "winscp")
    assert status.config == str(virtual) and [s.mode for s in status.sites] == ["active"]


def test_winscp_site_without_fsprotocol_is_sftp_whatever_default_settings_says(windows) -> None:  # type: ignore[no-untyped-def]
    install_winscp(windows)
    winscp_sessions(windows)
    windows.registry.put("HKCU", rf"{SESSIONS}\Default%20Settings", "FSProtocol", REG_DWORD, 5)
    status = pick(detect_clients(windows.env, host="ftp.example.com"), "winscp")
    assert "ssh box" not in [s.name for s in status.sites]
    assert [s.name for s in status.sites] == ["내 홈페이지", "Work/Backup copy"]
def test_winscp_change_for_one_server_sets_its_sites_only(windows) -> None:  # type: ignore[no-untyped-def]
    install_winscp(windows)
    winscp_sessions(windows)
    reg = windows.registry
    reg.put("HKCU", rf"{SESSIONS}\Other", "HostName", REG_SZ, "other.example.org")
    reg.put("HKCU", rf"{SESSIONS}\Other", "FSProtocol", REG_DWORD, 5)
    out = apply_mode(windows.env, "winscp", "active", host="ftp.example.com", scope="server")
    assert out.ok and out.key == "changed_server", out
    # The site of this server that used the factory default now says active; the one set active stays.
    assert reg.get("HKCU", rf"{SESSIONS}\Work/Backup%20copy", "FtpPasvMode") == RegValue(REG_DWORD, 0)
    assert reg.get("HKCU", rf"{SESSIONS}\{KOREAN_SITE}", "FtpPasvMode") == RegValue(REG_DWORD, 0)
    # Default Settings (new sites) and the other server's site are untouched.
    assert reg.get("HKCU", rf"{SESSIONS}\Default%20Settings", "FtpPasvMode") is None
    assert reg.get("HKCU", rf"{SESSIONS}\Other", "FtpPasvMode") is None
    assert pick(detect_clients(windows.env, host="ftp.example.com"), "winscp").effective_mode() == "active"
    assert undo(windows.env, "winscp").ok
    assert reg.get("HKCU", rf"{SESSIONS}\Work/Backup%20copy", "FtpPasvMode") is None

    # No saved site for a server: nothing to change for it alone, and nothing is changed.
    out = apply_mode(windows.env, "winscp", "active", host="new.example.net", scope="server")
    assert not out.ok and out.key == "no_server_scope"
    assert reg.get("HKCU", rf"{SESSIONS}\Default%20Settings", "FtpPasvMode") is None
