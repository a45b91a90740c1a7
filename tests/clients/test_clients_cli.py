"""`ftpwizard clients ...`: the JSON interface, exit codes and the Korean text; plus Cyberduck on a Mac."""

from __future__ import annotations

import io
import json
import plistlib
import subprocess
import sys
from pathlib import Path

from real_programs import lftp_data_command, needs_lftp

from ftpwizard.clients.registry import REG_SZ
from ftpwizard.commands.clients import run_clients_command


def run(env, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    out, err = io.StringIO(), io.StringIO()
    code = run_clients_command(list(argv), out, err, env=env)
    return code, out.getvalue(), err.getvalue()


def test_json_schema(windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    install_filezilla(windows)
    code, out, err = run(windows.env, "--json", "--host", "ftp.example.com")
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert doc["schema"] == "ftpwizard.clients/1"
    fz = next(c for c in doc["clients"] if c["id"] == "filezilla")
    assert set(fz) == {"id", "name", "version", "mode", "scope", "sites", "can_apply", "config"}
    assert fz["mode"] == "passive" and fz["scope"] == "global" and fz["can_apply"] is True
    assert fz["sites"][0] == {"name": "내 홈페이지", "host": "ftp.example.com", "mode": "active"}
    assert [c["id"] for c in doc["clients"]] == ["internet-options", "filezilla"]  # only installed, fixed order
    for c in doc["clients"]:
        assert c["mode"] in ("passive", "active", "auto", "unknown")
        assert c["scope"] in ("global", "per-site", "none")
    assert "c2VjcmV0" not in out  # the stored password never leaves the file


def test_json_lists_the_programs_added_later_with_the_same_fields(windows) -> None:  # type: ignore[no-untyped-def]
    """Windows' ftp command and a VS Code extension are listed like every other program, named by their JSON."""
    windows.write(windows.base / "Windows/System32/ftp.exe", b"MZ")
    windows.write(windows.base / "Users/kim/.vscode/extensions/ruakr.ftp-kr-1.4.6/package.json", "{}")
    code, out, err = run(windows.env, "--json")
    assert code == 0 and err == ""
    clients = {c["id"]: c for c in json.loads(out)["clients"]}
    assert list(clients) == ["internet-options", "ftp-exe", "vscode-ftp-kr"]
    assert clients["ftp-exe"] == {"id": "ftp-exe", "name": "Windows ftp command", "version": None, "mode": "active",
                                  "scope": "none", "sites": [], "can_apply": False, "config": None}
    assert clients["vscode-ftp-kr"]["name"] == "VS Code ftp-kr extension"
    assert (clients["vscode-ftp-kr"]["version"], clients["vscode-ftp-kr"]["mode"]) == ("1.4.6", "passive")
    code, out, err = run(windows.env, "--lang", "ko")
    assert code == 0 and "Windows ftp 명령" in out and "VS Code ftp-kr 확장 1.4.6  [vscode-ftp-kr]" in out
    code, out, err = run(windows.env, "apply", "ftp-exe", "--mode", "passive")
    assert code != 0 and "Windows ftp command" in err and "Traceback" not in err


def test_text_listing_in_korean(windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    install_filezilla(windows)
    code, out, _ = run(windows.env, "--host", "ftp.example.com", "--lang", "ko")
    assert code == 0
    assert "내 PC에서 찾은 FTP 프로그램" in out
    assert "사이트 '내 홈페이지'(ftp.example.com): 액티브 모드" in out


def test_a_wrong_command_line_is_explained_in_the_language_asked(windows) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(windows.env, "apply", "filezilla", "--lang", "ko")
    assert code == 64 and out == ""
    assert err.startswith("ftpwizard clients: apply 명령에는 --mode passive 또는 --mode active가 필요합니다\n사용법:")
    code, _, err = run(windows.env, "frobnicate", "--lang=ko")
    assert code == 64 and "알 수 없는 명령: frobnicate" in err
    code, _, err = run(windows.env, "apply", "filezilla", "--lang", "en")
    assert code == 64 and err.startswith("ftpwizard clients: apply needs --mode passive or --mode active\nusage:")


def test_apply_and_undo_commands(windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    original = (cdir / "filezilla.xml").read_bytes()
    code, out, err = run(windows.env, "apply", "filezilla", "--mode", "active", "--lang", "en")
    assert code == 0 and "FileZilla is now set to active mode" in out and "backup:" in out
    code, out, err = run(windows.env, "undo", "filezilla", "--lang", "en")
    assert code == 0 and "back to its previous settings" in out
    assert (cdir / "filezilla.xml").read_bytes() == original
    code, out, err = run(windows.env, "apply", "filezilla", "--mode", "passive", "--lang", "en")
    assert code == 0 and "already set to passive mode" in out
    assert "Site '내 홈페이지' (ftp.example.com) has its own setting" in out
    assert "--site ftp.example.com" in out


def test_refusal_exit_code_and_message(windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    install_filezilla(windows)
    windows.running.append("filezilla.exe")
    code, out, err = run(windows.env, "apply", "filezilla", "--mode=active", "--lang", "ko")
    assert code == 1 and out == ""
    assert "FileZilla 프로그램이 실행 중입니다" in err


def test_bad_arguments_exit_64(windows) -> None:  # type: ignore[no-untyped-def]
    for argv in (["apply", "filezilla"], ["apply", "filezilla", "--mode", "fast"], ["frobnicate"],
                 ["--host"], ["undo"], ["apply", "nosuch", "--mode", "active"], ["--lang", "fr"], ["--bogus"]):
        code, out, err = run(windows.env, *argv)
        assert code == 64, argv
        assert "Traceback" not in err and err.strip()


def test_cyberduck_bookmarks_on_mac(mac) -> None:  # type: ignore[no-untyped-def]
    (mac.base / "Applications/Cyberduck.app/Contents").mkdir(parents=True)
    (mac.base / "Applications/Cyberduck.app/Contents/Info.plist").write_bytes(
        plistlib.dumps({"CFBundleIdentifier": "ch.sudo.cyberduck", "CFBundleShortVersionString": "9.1.2"}))
    bm = mac.env.home / "Library/Group Containers/G69SCX94XU.duck/Library/Application Support/duck/Bookmarks"
    bm.mkdir(parents=True)
    (bm / "A1B2.duck").write_bytes(plistlib.dumps({"Protocol": "ftp", "Nickname": "회사 홈페이지",
                                                   "Hostname": "ftp.example.com", "Port": "21",
                                                   "FTP Connect Mode": "active"}))
    (bm / "C3D4.duck").write_bytes(plistlib.dumps({"Protocol": "sftp", "Hostname": "ftp.example.com"}))
    code, out, _ = run(mac.env, "--json", "--host", "ftp.example.com")
    [cd] = json.loads(out)["clients"]
    assert cd["id"] == "cyberduck" and cd["version"] == "9.1.2" and cd["scope"] == "per-site"
    assert cd["sites"] == [{"name": "회사 홈페이지", "host": "ftp.example.com", "mode": "active"}]
    assert cd["can_apply"] is False


def test_no_qt_on_the_command_line_path() -> None:
    code = (
        "import sys, io\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.startswith('PySide6'): raise ImportError('Qt blocked')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from ftpwizard.commands.clients import run_clients_command\n"
        "import ftpwizard.clients\n"
        "sys.exit(run_clients_command(['--json'], io.StringIO(), io.StringIO()))\n"
    )
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, timeout=60,
                          env={"PYTHONPATH": str(root), "HOME": "/nonexistent"})
    assert proc.returncode == 0, proc.stderr


def test_internet_options_reg_value_type_in_json(windows) -> None:  # type: ignore[no-untyped-def]
    windows.registry.put("HKCU", r"Software\Microsoft\Ftp", "Use PASV", REG_SZ, "no")
    code, out, _ = run(windows.env, "--json")
    [io_] = json.loads(out)["clients"]
    assert io_["id"] == "internet-options" and io_["mode"] == "active"
    assert io_["config"] == "HKCU\\Software\\Microsoft\\Ftp\\Use PASV"


def test_korean_messages_name_the_program_in_korean(windows) -> None:  # type: ignore[no-untyped-def]
    windows.registry.put("HKCU", r"Software\Microsoft\Ftp", "Use PASV", REG_SZ, "no")
    code, out, _ = run(windows.env, "apply", "internet-options", "--mode", "passive", "--lang", "ko")
    assert code == 0
    assert out.startswith("인터넷 옵션 / 파일 탐색기 설정을 바꿨습니다. 이제 패시브 모드입니다.")


def test_malformed_sitemanager_refusal_names_the_file(windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    # Without --site, detection never opens sitemanager.xml; planning does, and its refusal must say which file.
    cdir = install_filezilla(windows)
    broken = b'<?xml version="1.0"?>\n<FileZilla3><Servers><Server>'
    windows.write(cdir / "sitemanager.xml", broken)
    before = (cdir / "filezilla.xml").read_bytes()
    code, out, err = run(windows.env, "apply", "filezilla", "--mode", "active", "--lang", "en")
    assert code == 1 and out == ""
    assert f"The settings file {cdir / 'sitemanager.xml'} is not in the format" in err
    assert (cdir / "filezilla.xml").read_bytes() == before and (cdir / "sitemanager.xml").read_bytes() == broken


@needs_lftp
def test_cli_site_changes_that_server_only_and_says_when_every_server_changes(  # type: ignore[no-untyped-def]
        monkeypatch, tmp_path: Path, capsys, ftp_server: int) -> None:
    """The real `ftpwizard` entry point on this machine's real programs, in a temporary HOME."""
    from ftpwizard.commands.main import main

    home = tmp_path / "home"
    home.mkdir()
    for name, value in (("HOME", home), ("XDG_CONFIG_HOME", home / ".config"), ("XDG_DATA_HOME", tmp_path / "data")):
        monkeypatch.setenv(name, str(value))
    monkeypatch.delenv("CURL_HOME", raising=False)
    rc = home / ".lftprc"
    rc.write_text("set ftp:passive-mode on\n")

    assert main(["clients", "apply", "lftp", "--mode", "active", "--site", "127.0.0.1", "--lang", "en"]) == 0
    assert "lftp now uses active mode for 127.0.0.1 only" in capsys.readouterr().out
    assert rc.read_text() == "set ftp:passive-mode on\nset ftp:passive-mode/127.0.0.1 off\n"
    assert lftp_data_command(home, "127.0.0.1", ftp_server) in ("PORT", "EPRT")
    assert lftp_data_command(home, "localhost", ftp_server) in ("PASV", "EPSV")
    assert main(["clients", "undo", "lftp"]) == 0
    capsys.readouterr()

    assert main(["clients", "apply", "lftp", "--mode", "active", "--lang", "ko"]) == 0
    out = capsys.readouterr().out
    assert "모든 서버에 적용됩니다" in out and "--site 서버" in out
    assert rc.read_text() == "set ftp:passive-mode off\n"
    assert main(["clients", "undo", "lftp"]) == 0

    curlrc = home / ".curlrc"
    curlrc.write_text("silent\n")
    assert main(["clients", "apply", "curl", "--mode", "active", "--site", "127.0.0.1", "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "curl has no setting of its own for 127.0.0.1" in err and "Traceback" not in err
    assert curlrc.read_text() == "silent\n"
    assert main(["clients", "apply", "curl", "--mode", "active", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "applies to every server" in out and "--site" not in out
