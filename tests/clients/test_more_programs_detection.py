"""Windows' ftp.exe, Xftp and VS Code's FTP extensions, found on fake machines laid out like the real ones:
Windows' upper-case environment, VS Code's lower-case extension folders, its .obsolete list."""

from __future__ import annotations

import json

from ftpwizard.clients import detect_clients
from ftpwizard.clients.model import ClientStatus
from ftpwizard.clients.outcome import ProgramSetting, setting_from_status
from ftpwizard.clients.registry import REG_SZ

UNINSTALL = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"


def found(machine) -> dict[str, ClientStatus]:  # type: ignore[no-untyped-def]
    return {c.id: c for c in detect_clients(machine.env)}


def test_windows_ftp_command_is_found_in_system32_and_is_active_only(windows) -> None:  # type: ignore[no-untyped-def]
    assert "ftp-exe" not in found(windows)  # no System32\ftp.exe in this fake tree yet
    windows.write(windows.base / "Windows/System32/ftp.exe", b"MZ")
    ftp = found(windows)["ftp-exe"]
    assert ftp.mode == "active" and ftp.scope == "none" and not ftp.can_apply
    assert ftp.install_path == str(windows.base / "Windows" / "System32")
    assert setting_from_status(ftp) == ProgramSetting("default")


def test_windows_ftp_command_is_not_looked_for_on_linux(linux) -> None:  # type: ignore[no-untyped-def]
    linux.write(linux.env.path("/Windows/System32/ftp.exe"), b"MZ")
    assert "ftp-exe" not in found(linux)


def test_xftp_is_found_by_its_uninstall_entry_or_its_folder(windows) -> None:  # type: ignore[no-untyped-def]
    windows.registry.put("HKLM", rf"{UNINSTALL}\{{A1B2C3D4-0000-4000-8000-XFTP7}}", "DisplayName", REG_SZ, "Xftp 7")
    windows.registry.put("HKLM", rf"{UNINSTALL}\{{A1B2C3D4-0000-4000-8000-XFTP7}}", "DisplayVersion", REG_SZ,
                         "7.0.0144")
    xftp = found(windows)["xftp"]
    assert xftp.version == "7.0.0144" and xftp.mode == "unknown" and xftp.scope == "per-site"


def test_xftp_in_program_files_x86_without_a_registry_entry(windows) -> None:  # type: ignore[no-untyped-def]
    windows.write(windows.base / "Program Files (x86)/NetSarang/Xftp 7/Xftp.exe", b"MZ")
    assert found(windows)["xftp"].install_path == str(windows.base / "Program Files (x86)" / "NetSarang" / "Xftp 7")


def test_vscode_extensions_from_the_users_extensions_folder_on_windows(windows) -> None:  # type: ignore[no-untyped-def]
    extensions = windows.base / "Users/kim/.vscode/extensions"
    for folder in ("natizyskunk.sftp-1.16.3", "humy2833.ftp-simple-0.7.6", "ruakr.ftp-kr-1.4.8",
                   "ms-ceintl.vscode-language-pack-ko-1.96.2024121109", "ms-python.python-2024.22.0-win32-x64"):
        windows.write(extensions / folder / "package.json", "{}")
    windows.write(extensions / "extensions.json", "[]")
    programs = found(windows)
    assert {"vscode-sftp", "vscode-ftp-simple", "vscode-ftp-kr"} <= set(programs)
    sftp = programs["vscode-sftp"]
    assert sftp.version == "1.16.3" and sftp.config == ".vscode/sftp.json"
    assert sftp.mode == "passive" and not sftp.can_apply  # guide only: its per-project file is never edited
    assert programs["vscode-ftp-simple"].version == "0.7.6"
    assert programs["vscode-ftp-kr"].config == ".vscode/ftp-kr.json"


def test_the_newest_version_wins_and_uninstalled_ones_do_not_count(linux) -> None:  # type: ignore[no-untyped-def]
    extensions = linux.env.home / ".vscode/extensions"
    for folder in ("liximomo.sftp-1.12.9", "liximomo.sftp-1.12.10", "humy2833.ftp-simple-0.7.6"):
        linux.write(extensions / folder / "package.json", "{}")
    # VS Code lists an uninstalled extension in .obsolete until it deletes the folder.
    linux.write(extensions / ".obsolete", json.dumps({"humy2833.ftp-simple-0.7.6": True}))
    programs = found(linux)
    assert programs["vscode-sftp"].version == "1.12.10"
    assert "vscode-ftp-simple" not in programs


def test_insiders_vscodium_and_a_moved_extensions_folder(mac, tmp_path) -> None:  # type: ignore[no-untyped-def]
    mac.write(mac.env.home / ".vscode-insiders/extensions/ruakr.ftp-kr-1.4.8/package.json", "{}")
    mac.write(mac.env.home / ".vscode-oss/extensions/natizyskunk.sftp-1.16.3/package.json", "{}")
    assert {"vscode-ftp-kr", "vscode-sftp"} <= set(found(mac))
    moved = tmp_path / "elsewhere"
    mac.write(moved / "humy2833.ftp-simple-0.7.6/package.json", "{}")
    mac.env.vars = {**mac.env.vars, "VSCODE_EXTENSIONS": str(moved)}
    assert "vscode-ftp-simple" in found(mac)


def test_a_file_or_a_stray_name_in_the_extensions_folder_is_not_an_extension(linux) -> None:  # type: ignore[no-untyped-def]
    extensions = linux.env.home / ".vscode/extensions"
    linux.write(extensions / "natizyskunk.sftp-1.16.3", "not a folder")
    linux.write(extensions / "natizyskunk.sftp/package.json", "{}")  # no version
    linux.write(extensions / ".obsolete", "{broken")
    assert "vscode-sftp" not in found(linux)


def test_the_new_programs_join_the_program_list_after_the_others(windows) -> None:  # type: ignore[no-untyped-def]
    windows.write(windows.base / "Windows/System32/ftp.exe", b"MZ")
    windows.write(windows.base / "Users/kim/.vscode/extensions/natizyskunk.sftp-1.16.3/package.json", "{}")
    ids = [c.id for c in detect_clients(windows.env)]
    assert ids[-2:] == ["ftp-exe", "vscode-sftp"]
    names = {c.id: c.name for c in detect_clients(windows.env)}
    assert names["ftp-exe"] == "Windows ftp command" and names["vscode-sftp"] == "VS Code SFTP extension"
