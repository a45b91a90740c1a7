"""apply_fix: the settings besides the mode that a predicted fix names (curl disable-epsv, lftp ftp:prefer-epsv,
FileZilla's per-site character set and connection limit), with the mode switch's safety: refused while the program
runs, a file we cannot parse left untouched, a backup next to the file, only that value changed, verified, and an
Undo that restores the original byte for byte. The real curl and lftp read what was written."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from real_programs import CURL, lftp_data_command, needs_curl, needs_lftp, real_lftp_settings

from ftpwizard.clients import curl, filezilla
from ftpwizard.clients.apply import apply_fix, undo
from ftpwizard.clients.capabilities import load_capabilities
from ftpwizard.clients.env import Environment
from ftpwizard.clients.messages import outcome_text
from ftpwizard.clients.outcome import Fix, ServerFacts, predict_outcome
from ftpwizard.clients.program_options import read_setting
from ftpwizard.clients.programs import PROGRAMS, fix_scopes
from ftpwizard.core.diagnosis.findings import CONNECTION_LIMIT, NAMES_NOT_UTF8

EPSV_OFF = Fix("disable-epsv", True, True)
PREFER_EPSV = Fix("ftp:prefer-epsv", True, True)
CP949 = Fix("charset", "cp949", True)


def backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.ftpwizard-*.bak"))


# ---------------------------------------------------------------- every auto fix can be applied


def test_an_option_is_auto_exactly_when_apply_fix_can_change_it() -> None:
    for program in PROGRAMS:
        fixers = program.applier.options if program.applier is not None else {}
        auto = {o.setting for o in load_capabilities(program.id).options if o.auto}
        assert auto == set(fixers), program.id
        assert all(fix_scopes(program.id, setting) for setting in auto)


def test_each_fix_says_where_it_can_be_changed() -> None:
    assert fix_scopes("curl", "disable-epsv") == ("all",)  # one config file for every server
    assert fix_scopes("lftp", "ftp:prefer-epsv") == ("all", "server")
    assert fix_scopes("filezilla", "charset") == fix_scopes("filezilla", "max_connections") == ("server",)
    assert fix_scopes("filezilla", "mode") == ("server", "all") and fix_scopes("curl", "mode") == ("all",)
    assert fix_scopes("alftp", "mode") == () and fix_scopes("curl", "charset") == ()


# ---------------------------------------------------------------- curl


def test_curl_disable_epsv_changes_the_last_line_that_says_it_and_undo_restores_every_byte(linux) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["curl"] = "/usr/bin/curl"
    curlrc = linux.write(linux.env.home / ".curlrc", b"# \xb3\xbb \xbc\xb3\xc1\xa4\r\nsilent\r\n--epsv\r\nuser-agent = x")
    original = curlrc.read_bytes()
    out = apply_fix(linux.env, "curl", EPSV_OFF)
    assert out.ok and out.key == "fix_changed", out
    assert curlrc.read_bytes() == b"# \xb3\xbb \xbc\xb3\xc1\xa4\r\nsilent\r\n--disable-epsv\r\nuser-agent = x"
    assert [Path(b) for b in out.backups] == backups(curlrc.parent) and len(out.backups) == 1
    assert outcome_text(out.key, out.params, "en") == (
        "curl: it no longer tries EPSV and opens the data connection with PASV (disable-epsv). This is the "
        "program-wide setting: it applies to every server. Restart it if it is open.")
    again = apply_fix(linux.env, "curl", Fix("disable-epsv", "on", True))
    assert again.ok and again.key == "fix_already"
    assert undo(linux.env, "curl").ok
    assert curlrc.read_bytes() == original and backups(curlrc.parent) == []


def test_curl_without_a_config_file_gets_the_one_every_windows_curl_reads_and_undo_removes_it(windows) -> None:  # type: ignore[no-untyped-def]
    windows.write(windows.base / "Windows/System32/curl.exe", b"MZ")
    out = apply_fix(windows.env, "curl", EPSV_OFF)
    created = Path(windows.env.vars["APPDATA"]) / "_curlrc"
    assert out.ok and created.read_bytes() == b"disable-epsv\n" and out.backups == []
    assert undo(windows.env, "curl").ok and not created.exists()


def test_curl_has_no_setting_per_server_and_says_so(linux) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["curl"] = "/usr/bin/curl"
    out = apply_fix(linux.env, "curl", EPSV_OFF, host="ftp.example.com", scope="server")
    assert not out.ok and out.key == "no_server_scope"
    assert outcome_text(out.key, out.params, "en").startswith("curl has no setting of its own for ftp.example.com")
    assert not (linux.env.home / ".curlrc").exists()


@needs_curl
def test_the_real_curl_sends_pasv_instead_of_epsv_after_the_fix(linux, ftp_server: int) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["curl"] = CURL or "curl"
    assert apply_fix(linux.env, "curl", EPSV_OFF).ok

    def commands() -> list[str]:
        done = subprocess.run([CURL or "curl", "-v", "-sS", "--max-time", "20", f"ftp://127.0.0.1:{ftp_server}/"],
                              capture_output=True, text=True, timeout=30, env={"HOME": str(linux.env.home)})
        return [line[2:].split()[0] for line in done.stderr.splitlines() if line.startswith("> ")]

    sent = commands()
    assert "PASV" in sent and "EPSV" not in sent
    assert undo(linux.env, "curl").ok
    assert "EPSV" in commands()  # as before the fix: EPSV first


@needs_curl
@pytest.mark.parametrize(("curlrc", "disabled"), [
    ("disable-epsv\n", True), ("no-epsv\n", True), ("--disable-epsv\n--epsv\n", False),
    ("disable-epsv\nno-disable-epsv\n", False), ("silent\n", None),
])
def test_the_epsv_lines_are_read_as_the_real_curl_reads_them(curlrc: str, disabled: bool | None, tmp_path: Path,
                                                             ftp_server: int) -> None:
    (tmp_path / ".curlrc").write_text(curlrc)
    assert curl.read_disable_epsv(tmp_path / ".curlrc") is disabled
    done = subprocess.run([CURL or "curl", "-v", "-sS", "--max-time", "20", f"ftp://127.0.0.1:{ftp_server}/"],
                          capture_output=True, text=True, timeout=30, env={"HOME": str(tmp_path)})
    sent = [line[2:].split()[0] for line in done.stderr.splitlines() if line.startswith("> ")]
    assert ("EPSV" not in sent) is bool(disabled), sent


# ---------------------------------------------------------------- lftp


@needs_lftp
def test_lftp_prefer_epsv_for_one_host_goes_before_the_pattern_lftp_would_use(linux, ftp_server: int) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["lftp"] = "/usr/bin/lftp"
    rc = linux.write(linux.env.home / ".lftprc", "set cmd:verbose yes\nset ftp:prefer-epsv/127.0.0.* off\n")
    original = rc.read_bytes()
    assert lftp_data_command(linux.env.home, "127.0.0.1", ftp_server) == "PASV"
    out = apply_fix(linux.env, "lftp", PREFER_EPSV, host="127.0.0.1", scope="server")
    assert out.ok and out.key == "fix_changed_server", out
    # lftp uses the first pattern set that matches: the new line must come before the wildcard's.
    assert rc.read_text() == ("set cmd:verbose yes\nset ftp:prefer-epsv/127.0.0.1 on\n"
                              "set ftp:prefer-epsv/127.0.0.* off\n")
    assert "set ftp:prefer-epsv/127.0.0.1 on" in real_prefer_epsv(linux.env.home)
    assert lftp_data_command(linux.env.home, "127.0.0.1", ftp_server) == "EPSV"
    assert lftp_data_command(linux.env.home, "localhost", ftp_server) == "PASV"  # other servers as they were
    assert outcome_text(out.key, out.params, "ko") == (
        "lftp: 127.0.0.1 서버만 바꿨습니다. 데이터 연결을 열 때 EPSV 명령을 먼저 씁니다(ftp:prefer-epsv on). "
        "다른 서버의 설정은 그대로입니다. 프로그램이 열려 있으면 다시 실행하세요.")
    assert undo(linux.env, "lftp").ok and rc.read_bytes() == original


def real_prefer_epsv(home: Path) -> list[str]:
    out = subprocess.run(["lftp", "-c", "set -a"], env={"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")},
                         capture_output=True, text=True, timeout=30)
    return [line for line in out.stdout.splitlines() if line.startswith("set ftp:prefer-epsv")]


@needs_lftp
def test_lftp_prefer_epsv_for_every_server_edits_the_global_line_in_place(linux) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["lftp"] = "/usr/bin/lftp"
    rc = linux.write(linux.env.home / ".lftprc", "set ftp:prefer-epsv no  # old\r\nset ftp:passive-mode on\r\n")
    out = apply_fix(linux.env, "lftp", PREFER_EPSV)
    assert out.ok and out.key == "fix_changed"
    assert rc.read_bytes() == b"set ftp:prefer-epsv on  # old\r\nset ftp:passive-mode on\r\n"
    assert "set ftp:prefer-epsv on" in real_prefer_epsv(linux.env.home)
    assert real_lftp_settings(linux.env.home) == ["set ftp:passive-mode on"]  # the mode is untouched
    assert undo(linux.env, "lftp").ok


def test_lftp_refuses_a_global_change_that_the_hosts_own_line_would_override(linux) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["lftp"] = "/usr/bin/lftp"
    rc = linux.write(linux.env.home / ".lftprc", "set ftp:prefer-epsv/ftp.example.com off\n")
    out = apply_fix(linux.env, "lftp", PREFER_EPSV, host="ftp.example.com")
    assert not out.ok and out.key == "fix_host_overrides"
    assert outcome_text(out.key, out.params, "en") == (
        f"lftp has its own ftp:prefer-epsv line for ftp.example.com in {rc}, which wins over the program-wide "
        "one. Change it for ftp.example.com only instead. Nothing was changed.")
    assert rc.read_text() == "set ftp:prefer-epsv/ftp.example.com off\n" and backups(rc.parent) == []


# ---------------------------------------------------------------- FileZilla


def test_filezilla_character_set_changes_the_servers_saved_sites_only(windows, install_filezilla, fz_sites) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    sm = cdir / "sitemanager.xml"
    out = apply_fix(windows.env, "filezilla", CP949, host="ftp.example.com", scope="server")
    assert out.ok and out.key == "fix_changed_server", out
    new = sm.read_text(encoding="utf-8")
    # The site's own EncodingType is changed in place and CustomEncoding follows it on its own line; the
    # site without one gets both before </Server>; every other byte stays.
    expected = fz_sites.replace(
        "\t\t\t<EncodingType>Auto</EncodingType>\n",
        "\t\t\t<EncodingType>Custom</EncodingType>\n\t\t\t<CustomEncoding>CP949</CustomEncoding>\n", 1).replace(
        "\t\t\t\t<Name>Other port, no mode stored</Name>\n",
        "\t\t\t\t<Name>Other port, no mode stored</Name>\n\t\t\t\t<EncodingType>Custom</EncodingType>\n"
        "\t\t\t\t<CustomEncoding>CP949</CustomEncoding>\n", 1)
    assert new == expected
    sites = {s.findtext("Name"): s for s in ET.fromstring(new).iter("Server")}
    assert sites["SFTP has no transfer mode"].find("EncodingType") is None
    assert sites["Unrelated"].find("EncodingType") is None
    assert outcome_text(out.key, out.params, "en") == (
        "FileZilla: it reads file names in the character set CP949, for ftp.example.com only; other servers keep "
        "their setting. Restart it if it is open.")
    assert undo(windows.env, "filezilla").ok and sm.read_text(encoding="utf-8") == fz_sites
    assert backups(cdir) == []


def test_filezilla_connection_limit_per_site(windows, install_filezilla, fz_sites) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    sm = cdir / "sitemanager.xml"
    out = apply_fix(windows.env, "filezilla", Fix("max_connections", 2, True), host="ftp.example.com", scope="server")
    assert out.ok, out
    limits = {s.findtext("Name"): s.findtext("MaximumMultipleConnections") for s in ET.parse(sm).iter("Server")}
    assert limits == {"내 홈페이지": "2", "Other port, no mode stored": "2", "SFTP has no transfer mode": None,
                      "Unrelated": None}
    assert "\t\t\t<PasvMode>MODE_ACTIVE</PasvMode>\n\t\t\t<MaximumMultipleConnections>2</MaximumMultipleConnections>\n" \
        in sm.read_text(encoding="utf-8")
    assert outcome_text(out.key, out.params, "ko").startswith(
        "FileZilla: ftp.example.com 서버만 바꿨습니다. 서버에 한 번에 최대 2개까지만 접속합니다.")
    assert apply_fix(windows.env, "filezilla", Fix("max_connections", "2", True), host="ftp.example.com",
                     scope="server").key == "fix_already"
    assert undo(windows.env, "filezilla").ok and sm.read_text(encoding="utf-8") == fz_sites


@pytest.mark.parametrize(("fix", "host", "scope", "key"), [
    (CP949, "ftp.example.com", "all", "fix_site_only"),  # FileZilla has no program-wide character set
    (CP949, "nosite.example.com", "server", "fix_no_site"),
    (Fix("charset", "big5", True), "ftp.example.com", "server", "bad_fix_value"),
    (Fix("max_connections", 0, True), "ftp.example.com", "server", "bad_fix_value"),
    (Fix("timeout", 5, True), "ftp.example.com", "server", "fix_not_supported"),
])
def test_filezilla_refusals_change_nothing(windows, install_filezilla, fix, host, scope, key) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    before = {p.name: p.read_bytes() for p in cdir.iterdir()}
    out = apply_fix(windows.env, "filezilla", fix, host=host, scope=scope)
    assert not out.ok and out.key == key, out
    for lang in ("en", "ko"):
        text = outcome_text(out.key, out.params, lang)
        assert "{" not in text and "FileZilla" in text, text
    assert {p.name: p.read_bytes() for p in cdir.iterdir()} == before


def test_no_fix_while_filezilla_runs_and_an_unparsable_site_file_stays_untouched(windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    windows.running.append("FileZilla.exe")
    out = apply_fix(windows.env, "filezilla", CP949, host="ftp.example.com", scope="server")
    assert not out.ok and out.key == "running"
    windows.running.clear()
    broken = b'<?xml version="1.0"?>\n<FileZilla3><Servers><Server><Host>ftp.example.com</Host>'
    windows.write(cdir / "sitemanager.xml", broken)
    out = apply_fix(windows.env, "filezilla", CP949, host="ftp.example.com", scope="server")
    assert not out.ok and out.key == "malformed"
    assert (cdir / "sitemanager.xml").read_bytes() == broken and backups(cdir) == []


@pytest.mark.parametrize("eol", ["\r\n", "\n"])
def test_a_site_element_is_added_in_the_files_own_layout(eol: str) -> None:
    """Windows FileZilla writes CRLF; a new element takes the line ending and indentation of its neighbour."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<FileZilla3>", "  <Servers>", "    <Server>",
             "      <Host>ftp.example.com</Host>", "      <PasvMode>MODE_DEFAULT</PasvMode>", "    </Server>",
             "  </Servers>", "</FileZilla3>", ""]
    data = eol.join(lines).encode()
    new = filezilla.set_site_element(data, 0, "MaximumMultipleConnections", "2", after="PasvMode")
    assert new == eol.join(lines[:6] + ["      <MaximumMultipleConnections>2</MaximumMultipleConnections>"]
                           + lines[6:]).encode()


def test_a_mode_fix_is_the_mode_switch(windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    install_filezilla(windows)
    out = apply_fix(windows.env, "filezilla", Fix("mode", "passive", True), host="ftp.example.com", scope="server")
    assert out.ok and out.key == "changed_server"
    assert undo(windows.env, "filezilla").ok


def test_undo_restores_whatever_was_done_last(windows, install_filezilla, fz_sites) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    sm = cdir / "sitemanager.xml"
    assert apply_fix(windows.env, "filezilla", Fix("mode", "passive", True), host="ftp.example.com",
                     scope="server").ok
    after_mode = sm.read_bytes()
    assert apply_fix(windows.env, "filezilla", CP949, host="ftp.example.com", scope="server").ok
    assert undo(windows.env, "filezilla").ok and sm.read_bytes() == after_mode
    assert undo(windows.env, "filezilla").ok and sm.read_text(encoding="utf-8") == fz_sites
    journal = windows.env.state_dir / "undo-filezilla.json"
    assert not journal.exists()


def test_the_fixes_predicted_for_filezilla_applied_make_the_prediction_works(windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    """What the other views do: predict, apply every auto fix for the tested server, read the setting again."""
    install_filezilla(windows)
    host = "ftp.example.com"
    server = ServerFacts(True, active="ok", pasv="ok", epsv="ok", epsv_tested=True, server_class="public",
                         findings=frozenset({CONNECTION_LIMIT, NAMES_NOT_UTF8}),
                         params={"limit": 2, "encoding": "iso-8859-1"})  # cp949 works: a Korean PC's own set

    def predicted():  # type: ignore[no-untyped-def]
        status = filezilla.detect(windows.env, host)
        return predict_outcome(server, load_capabilities("filezilla"), read_setting(windows.env, status, host))

    before = predicted()
    # The two sites of the server disagree on the mode (one active, one following the global passive): that too.
    assert before.outcome == "fails" and {f.setting for f in before.fixes} == {"charset", "max_connections", "mode"}
    for fix in before.fixes:
        assert fix.auto, fix
        assert apply_fix(windows.env, "filezilla", fix, host=host, scope="server").ok, fix
    assert predicted().outcome == "works"


# ---------------------------------------------------------------- the command line


@pytest.fixture
def main_on(monkeypatch):  # type: ignore[no-untyped-def]
    """``ftpwizard`` as the user runs it, on a fake machine: the entry point detects through Environment.real()."""
    from ftpwizard.commands.main import main

    def run(machine, capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
        monkeypatch.setattr(Environment, "real", staticmethod(lambda: machine.env))
        code = main(["clients", *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_cli_fix_then_undo_on_filezilla(windows, install_filezilla, fz_sites, main_on, capsys) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    sm = cdir / "sitemanager.xml"
    code, out, err = main_on(windows, capsys, "apply", "filezilla", "--fix", "charset=cp949", "--server",
                             "ftp.example.com", "--lang", "en")
    assert (code, err) == (0, "")
    assert out.startswith("FileZilla: it reads file names in the character set CP949, for ftp.example.com only")
    assert "changed: sitemanager.xml: EncodingType -> Custom CP949 (2)" in out and "backup:" in out
    assert "<CustomEncoding>CP949</CustomEncoding>" in sm.read_text(encoding="utf-8")
    code, out, err = main_on(windows, capsys, "undo", "filezilla", "--lang", "ko")
    assert code == 0 and out.startswith("FileZilla 설정을 바꾸기 전으로 되돌렸습니다.")
    assert sm.read_text(encoding="utf-8") == fz_sites
    for text in (out, err):
        assert "c2VjcmV0" not in text and "secret-password" not in text  # the saved password never leaves the file


def test_cli_fix_refusals_and_exit_codes(windows, install_filezilla, main_on, capsys) -> None:  # type: ignore[no-untyped-def]
    cdir = install_filezilla(windows)
    before = (cdir / "sitemanager.xml").read_bytes()
    windows.running.append("filezilla.exe")
    code, out, err = main_on(windows, capsys, "apply", "filezilla", "--fix=charset=cp949", "--site",
                             "ftp.example.com", "--lang", "ko")
    assert (code, out) == (1, "") and "FileZilla 프로그램이 실행 중입니다" in err
    windows.running.clear()
    code, out, err = main_on(windows, capsys, "apply", "filezilla", "--fix", "charset=big5", "--site",
                             "ftp.example.com", "--lang", "en")
    assert code == 64 and "'big5' is not a value ftpwizard can set for the character set" in err
    code, out, err = main_on(windows, capsys, "apply", "filezilla", "--fix", "charset=cp949", "--lang", "en")
    assert code == 1 and "keeps the character set in each saved site" in err
    for argv in (["apply", "filezilla", "--fix", "charset"], ["apply", "filezilla", "--fix", "=x"],
                 ["apply", "filezilla", "--fix", "charset=cp949", "--mode", "passive"], ["undo", "filezilla", "--fix",
                 "charset=cp949"], ["--fix", "charset=cp949"]):
        code, out, err = main_on(windows, capsys, *argv)
        assert code == 64 and "Traceback" not in err and err.strip(), argv
    code, out, err = main_on(windows, capsys, "apply", "filezilla", "--fix", "x", "--lang", "ko")
    assert "--fix 옵션에는 설정=값을 적으세요" in err
    assert (cdir / "sitemanager.xml").read_bytes() == before


def test_cli_fix_on_curl_and_lftp(linux, main_on, capsys) -> None:  # type: ignore[no-untyped-def]
    linux.on_path.update(curl="/usr/bin/curl", lftp="/usr/bin/lftp")
    code, out, err = main_on(linux, capsys, "apply", "curl", "--fix", "disable-epsv=on", "--site", "ftp.example.com",
                             "--lang", "en")
    assert code == 1 and "curl has no setting of its own for ftp.example.com" in err
    code, out, err = main_on(linux, capsys, "apply", "curl", "--fix", "disable-epsv=on", "--lang", "ko")
    assert code == 0 and out.startswith("curl: 이제 EPSV 명령을 쓰지 않고 PASV 명령으로 데이터 연결을 엽니다(disable-epsv).")
    assert (linux.env.home / ".curlrc").read_text() == "disable-epsv\n"
    code, out, err = main_on(linux, capsys, "apply", "lftp", "--fix", "ftp:prefer-epsv=on", "--lang", "en")
    assert code == 0 and "For one server only: ftpwizard clients apply lftp --fix ftp:prefer-epsv=on --site HOST" in out
    assert (linux.env.home / ".lftprc").read_text() == "set ftp:prefer-epsv on\n"
    code, out, err = main_on(linux, capsys, "apply", "lftp", "--fix", "ftp:prefer-epsv=maybe")
    assert code == 64
    assert main_on(linux, capsys, "undo", "lftp")[0] == 0 and not (linux.env.home / ".lftprc").exists()
    assert main_on(linux, capsys, "undo", "curl")[0] == 0 and not (linux.env.home / ".curlrc").exists()
    assert json.loads(main_on(linux, capsys, "--json")[1])["schema"] == "ftpwizard.clients/1"
