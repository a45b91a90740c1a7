"""lftp and curl: the real programs confirm that they read what we parse and what we write."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from real_programs import CURL, LFTP, lftp_data_command, needs_curl, needs_lftp, real_lftp_settings

from ftpwizard.clients import apply_mode, detect_clients, undo
from ftpwizard.clients import lftp as lf
from ftpwizard.clients.guides import load_guide
from ftpwizard.clients.model import ClientStatus


def pick(clients: list[ClientStatus], cid: str) -> ClientStatus:
    [found] = [c for c in clients if c.id == cid]
    return found


RC_SAMPLES = [
    "set ftp:passive-mode off\n",
    "set passive-mode off\n",
    "set ftp:pass no # comment\n",
    "set 'ftp:passive-mode' false; set ftp:passive-mode/ftp.example.com on\n",
    "set ftp:passive-mode off\nset ftp:passive-mode bogus\n",
    "set ftp:passive-mode off\nset ftp:passive-mode\n",
    "set -a ftp:passive-mode -\r\n",
    "# set ftp:passive-mode off\n",
    "set ftp:passive-mode=off\n",
    'set ftp:passive-mode "0"\nset ftp:passive-mode/*.example.com off\n',
    "set ftp:auto-passive-mode off\n",
    "set ftp:passive-mode o\nset ftp:passive-mode On\n",
]


@needs_lftp
@pytest.mark.parametrize("rc", RC_SAMPLES)
def test_parser_agrees_with_real_lftp(linux, rc: str) -> None:  # type: ignore[no-untyped-def]
    linux.write(linux.env.home / ".lftprc", rc)
    ours = lf.settings(lf.rc_files(linux.env))
    glob = [s for s in ours if s.closure is None]
    expected_global = "on" if lf._effective(glob[-1] if glob else None) else "off"
    real = real_lftp_settings(linux.env.home)
    real_global = next(line.split()[-1] for line in real if line.startswith("set ftp:passive-mode "))
    assert lf.parse_bool(real_global) == (expected_global == "on"), (rc, real)
    closures = {}
    for s in ours:
        if s.closure:
            closures[s.closure] = s.value
    real_closures = {line.split()[1].split("/", 1)[1]: lf.parse_bool(line.split()[-1])
                     for line in real if "/" in line.split()[1]}
    assert closures == real_closures


@needs_lftp
def test_apply_then_real_lftp_reads_the_value(linux) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["lftp"] = LFTP
    rc = linux.write(linux.env.home / ".config/lftp/rc", "set cmd:verbose yes\r\nset ftp:passive-mode/ftp.example.com on\r\n")
    status = pick(detect_clients(linux.env, host="ftp.example.com"), "lftp")
    assert status.mode == "passive" and status.mode_is_default and [s.mode for s in status.sites] == ["passive"]

    out = apply_mode(linux.env, "lftp", "active", host="ftp.example.com")
    assert out.ok, out
    assert [c.host for c in out.conflicts] == ["ftp.example.com"]
    # No existing global line: one line appended to the user's rc, in its CRLF style.
    assert rc.read_bytes() == b"set cmd:verbose yes\r\nset ftp:passive-mode/ftp.example.com on\r\nset ftp:passive-mode off\r\n"
    assert "set ftp:passive-mode off" in real_lftp_settings(linux.env.home)

    out = apply_mode(linux.env, "lftp", "active", host="ftp.example.com", change_sites=True)
    assert out.ok and out.key == "changed"
    assert "set ftp:passive-mode/ftp.example.com off" in real_lftp_settings(linux.env.home)

    assert undo(linux.env, "lftp").ok and undo(linux.env, "lftp").ok
    assert rc.read_bytes() == b"set cmd:verbose yes\r\nset ftp:passive-mode/ftp.example.com on\r\n"
    assert "set ftp:passive-mode on" in real_lftp_settings(linux.env.home)


@needs_lftp
def test_apply_edits_the_winning_line_in_place(linux) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["lftp"] = LFTP
    linux.write(linux.env.path("/etc/lftp.conf"), "set ftp:passive-mode off\n")  # system file: never edited
    rc = linux.write(linux.env.home / ".lftprc", "set ftp:passive-mode off ; set net:timeout 10  # ours\n")
    assert pick(detect_clients(linux.env), "lftp").mode == "active"
    out = apply_mode(linux.env, "lftp", "passive")
    assert out.ok, out
    assert rc.read_bytes() == b"set ftp:passive-mode on ; set net:timeout 10  # ours\n"
    assert linux.env.path("/etc/lftp.conf").read_bytes() == b"set ftp:passive-mode off\n"
    assert "set ftp:passive-mode on" in real_lftp_settings(linux.env.home)


@needs_lftp
def test_lftp_home_rc_is_the_one_lftp_reads(linux) -> None:  # type: ignore[no-untyped-def]
    # $LFTP_HOME replaces ~/.lftp: its rc wins over ~/.config/lftp/rc, which lftp then never reads.
    linux.on_path["lftp"] = LFTP
    lftp_home = linux.base / "dotfiles/lftp"
    rc = linux.write(lftp_home / "rc", "set ftp:passive-mode off\n")
    linux.write(linux.env.home / ".config/lftp/rc", "set ftp:passive-mode on\n")
    linux.env.vars = {**linux.env.vars, "LFTP_HOME": str(lftp_home)}
    assert "set ftp:passive-mode off" in real_lftp_settings(linux.env.home, LFTP_HOME=str(lftp_home))
    assert pick(detect_clients(linux.env), "lftp").mode == "active"
    out = apply_mode(linux.env, "lftp", "passive")
    assert out.ok, out
    assert rc.read_bytes() == b"set ftp:passive-mode on\n"
    assert "set ftp:passive-mode on" in real_lftp_settings(linux.env.home, LFTP_HOME=str(lftp_home))


@needs_lftp
def test_symlinked_lftprc_stays_a_link_and_undo_restores_its_target(tmp_path: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    # A dotfile manager's link: ~/.lftprc -> ~/dotfiles/lftp/lftprc. The real command line, the real lftp.
    from ftpwizard.commands.main import main

    home, dotfiles = tmp_path / "home", tmp_path / "dotfiles" / "lftp"
    home.mkdir()
    dotfiles.mkdir(parents=True)
    target = dotfiles / "lftprc"
    original = b"set cmd:verbose yes\nset ftp:passive-mode on\n"
    target.write_bytes(original)
    link = home / ".lftprc"
    link.symlink_to(target)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # where the undo journal goes
    monkeypatch.delenv("LFTP_HOME", raising=False)

    assert main(["clients", "apply", "lftp", "--mode", "active", "--lang", "en"]) == 0, capsys.readouterr()
    assert link.is_symlink() and link.readlink() == target
    assert target.read_bytes() == b"set cmd:verbose yes\nset ftp:passive-mode off\n"
    assert "set ftp:passive-mode off" in real_lftp_settings(home)

    assert main(["clients", "undo", "lftp", "--lang", "en"]) == 0, capsys.readouterr()
    assert link.is_symlink() and link.readlink() == target
    assert target.read_bytes() == original
    assert sorted(p.name for p in dotfiles.iterdir()) == ["lftprc"]  # the backup is gone with the undo
    assert not [p for p in home.rglob("*") if p.is_file() and not p.is_symlink()]  # no stray copy next to the link
    assert "set ftp:passive-mode on" in real_lftp_settings(home)
def test_change_for_one_server_real_lftp_uses_it_for_that_server_only(linux, ftp_server: int) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["lftp"] = LFTP
    home = linux.env.home
    rc = linux.write(home / ".lftprc", "set ftp:passive-mode on\n")
    assert lftp_data_command(home, "127.0.0.1", ftp_server) in ("PASV", "EPSV")

    out = apply_mode(linux.env, "lftp", "active", host="127.0.0.1", scope="server")
    assert out.ok and out.key == "changed_server", out
    assert rc.read_bytes() == b"set ftp:passive-mode on\nset ftp:passive-mode/127.0.0.1 off\n"
    assert lftp_data_command(home, "127.0.0.1", ftp_server) in ("PORT", "EPRT")
    # The same server under another name is another server to lftp: it keeps the program-wide passive.
    assert lftp_data_command(home, "localhost", ftp_server) in ("PASV", "EPSV")
    assert "set ftp:passive-mode on" in real_lftp_settings(home)
    status = pick(detect_clients(linux.env, host="127.0.0.1"), "lftp")
    assert status.mode == "passive" and status.effective_mode() == "active"

    again = apply_mode(linux.env, "lftp", "active", host="127.0.0.1", scope="server")
    assert again.ok and again.key == "already_server"
    assert undo(linux.env, "lftp").ok
    assert rc.read_bytes() == b"set ftp:passive-mode on\n"


@needs_lftp
@pytest.mark.parametrize(("before", "after"), [
    # A line for exactly this server is edited in place.
    ("set ftp:passive-mode/127.0.0.1 on\n", "set ftp:passive-mode/127.0.0.1 off\n"),
    # lftp uses the first pattern set that matches, so the new line goes before the wider one.
    ("set ftp:passive-mode off\nset ftp:passive-mode/127.0.0.* on\n",
     "set ftp:passive-mode off\nset ftp:passive-mode/127.0.0.1 off\nset ftp:passive-mode/127.0.0.* on\n"),
])
def test_change_for_one_server_where_lftp_already_has_host_lines(linux, ftp_server: int, before: str,  # type: ignore[no-untyped-def]
                                                                  after: str) -> None:
    linux.on_path["lftp"] = LFTP
    rc = linux.write(linux.env.home / ".lftprc", before)
    assert lftp_data_command(linux.env.home, "127.0.0.1", ftp_server) in ("PASV", "EPSV")
    out = apply_mode(linux.env, "lftp", "active", host="127.0.0.1", scope="server")
    assert out.ok, out
    assert rc.read_text() == after
    assert lftp_data_command(linux.env.home, "127.0.0.1", ftp_server) in ("PORT", "EPRT")


@needs_lftp
def test_the_per_server_line_is_written_the_way_lftp_compares_names(linux, ftp_server: int) -> None:  # type: ignore[no-untyped-def]
    """lftp matches host patterns case-sensitively and without forgiving a trailing dot (tried with the real
    lftp): a name typed as 'LocalHost.' in the wizard must still reach 'lftp localhost'."""
    linux.on_path["lftp"] = LFTP
    rc = linux.write(linux.env.home / ".lftprc", "set ftp:passive-mode on\n")
    out = apply_mode(linux.env, "lftp", "active", host="LocalHost.", scope="server")
    assert out.ok, out
    assert rc.read_text() == "set ftp:passive-mode on\nset ftp:passive-mode/localhost off\n"
    assert lftp_data_command(linux.env.home, "localhost", ftp_server) in ("PORT", "EPRT")


def test_curl_has_no_per_server_setting(linux) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["curl"] = "/usr/bin/curl"
    curlrc = linux.write(linux.env.home / ".curlrc", "silent\n")
    out = apply_mode(linux.env, "curl", "active", host="ftp.example.com", scope="server")
    assert not out.ok and out.key == "no_server_scope"
    assert curlrc.read_bytes() == b"silent\n"


def test_lftp_running_is_not_a_reason_to_refuse(linux) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["lftp"] = "/usr/bin/lftp"
    linux.running.append("lftp")
    assert apply_mode(linux.env, "lftp", "active").ok  # lftp never writes its rc files


# ---------------------------------------------------------------- curl


def curl_transcript(home: Path, port: int) -> str:
    """The real curl's verbose transcript (its warnings about the config file included)."""
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "")}
    out = subprocess.run([CURL or "curl", "-sS", "-v", "--max-time", "10", f"ftp://127.0.0.1:{port}/"],
                         env=env, capture_output=True, text=True, timeout=30)
    return out.stderr


def curl_commands(home: Path, port: int) -> list[str]:
    return [line[2:].split()[0] for line in curl_transcript(home, port).splitlines() if line.startswith("> ")]


@needs_curl
def test_curl_uses_what_curlrc_says(linux, ftp_server: int) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["curl"] = CURL
    curlrc = linux.write(linux.env.home / ".curlrc", "# my settings\nsilent\n")
    assert pick(detect_clients(linux.env), "curl").mode == "passive"
    assert "EPSV" in curl_commands(linux.env.home, ftp_server)

    out = apply_mode(linux.env, "curl", "active")
    assert out.ok, out
    assert curlrc.read_bytes() == b"# my settings\nsilent\nftp-port = -\n"
    sent = curl_commands(linux.env.home, ftp_server)
    assert "EPRT" in sent or "PORT" in sent
    assert "EPSV" not in sent and "PASV" not in sent

    out = apply_mode(linux.env, "curl", "passive")
    assert out.ok and curlrc.read_bytes() == b"# my settings\nsilent\nftp-pasv\n"
    assert "EPSV" in curl_commands(linux.env.home, ftp_server)
    assert undo(linux.env, "curl").ok and undo(linux.env, "curl").ok
    assert curlrc.read_bytes() == b"# my settings\nsilent\n"


@needs_curl
def test_curl_config_in_dot_config_is_the_file_edited(linux, ftp_server: int) -> None:  # type: ignore[no-untyped-def]
    # XDG_CONFIG_HOME unset: curl reads ~/.config/curlrc when there is no ~/.curlrc. A new ~/.curlrc would be
    # read instead, and the user's other settings there would stop applying.
    linux.on_path["curl"] = CURL
    mine = b"# my settings\ndisable-epsv\ndisable-eprt\n"
    curlrc = linux.write(linux.env.home / ".config/curlrc", mine)
    sent = curl_commands(linux.env.home, ftp_server)
    assert "PASV" in sent and "EPSV" not in sent  # the real curl reads this file: disable-epsv applies
    status = pick(detect_clients(linux.env), "curl")
    assert status.config == str(curlrc) and status.mode == "passive"

    out = apply_mode(linux.env, "curl", "active")
    assert out.ok, out
    assert not (linux.env.home / ".curlrc").exists()
    assert curlrc.read_bytes() == mine + b"ftp-port = -\n"
    sent = curl_commands(linux.env.home, ftp_server)
    # Active mode from our line, PORT rather than EPRT from the user's disable-eprt: both read from one file.
    assert "PORT" in sent and "EPRT" not in sent and "PASV" not in sent

    assert undo(linux.env, "curl").ok
    assert curlrc.read_bytes() == mine
    assert "PASV" in curl_commands(linux.env.home, ftp_server)


@pytest.mark.parametrize(("text", "mode"), [
    ("ftp-port = -\n", "active"), ("--ftp-port -\n", "active"), ("-P -\n", "active"), ("-P-\n", "active"),
    ("ftp-port -\nftp-pasv\n", "passive"), ("  # ftp-port = -\n", "passive"), ("ftp-port: 192.0.2.1\n", "active"),
])
def test_curlrc_forms(linux, text: str, mode: str) -> None:  # type: ignore[no-untyped-def]
    linux.write(linux.env.home / ".curlrc", text)
    assert pick(detect_clients(linux.env), "curl").mode == mode


def test_curl_home_wins_and_windows_system_curl(windows, linux) -> None:  # type: ignore[no-untyped-def]
    linux.env.vars = {**linux.env.vars, "CURL_HOME": str(linux.base / "ch")}
    linux.write(linux.base / "ch/.curlrc", "ftp-port = -\n")
    linux.write(linux.env.home / ".curlrc", "ftp-pasv\n")
    assert pick(detect_clients(linux.env), "curl").config == str(linux.base / "ch/.curlrc")
    windows.write(windows.base / "Windows/System32/curl.exe", b"MZ")
    windows.write(Path(windows.env.vars["APPDATA"]) / "_curlrc", "ftp-port = -\r\n")
    status = pick(detect_clients(windows.env), "curl")
    assert status.mode == "active" and status.config.endswith("_curlrc")


def test_curl_windows_lookup_order(windows) -> None:  # type: ignore[no-untyped-def]
    """curl's own order on Windows (src/tool_findfile.c): HOME before USERPROFILE before APPDATA, both
    spellings in each, and last the folder of curl.exe."""
    appdata, profile = Path(windows.env.vars["APPDATA"]), Path(windows.env.vars["USERPROFILE"])
    tools = windows.base / "Tools/curl/bin"
    windows.write(tools / "curl.exe", b"MZ")
    windows.on_path["curl"] = str(tools / "curl.exe")
    beside_exe = windows.write(tools / "_curlrc", "ftp-port = -\r\n")
    status = pick(detect_clients(windows.env), "curl")
    assert status.config == str(beside_exe) and status.mode == "active"  # not a new file that would hide it

    in_appdata = windows.write(appdata / "_curlrc", "ftp-pasv\r\n")
    assert pick(detect_clients(windows.env), "curl").config == str(in_appdata)
    in_profile = windows.write(profile / ".curlrc", "ftp-port = -\r\n")
    assert pick(detect_clients(windows.env), "curl").config == str(in_profile)
    git_home = windows.base / "git-home"
    windows.env.vars = {**windows.env.vars, "HOME": str(git_home)}  # set by Git for Windows and MSYS2 users
    in_home = windows.write(git_home / "_curlrc", "ftp-pasv\r\n")
    assert pick(detect_clients(windows.env), "curl").config == str(in_home)


def test_curl_windows_without_a_config_file_gets_appdata_curlrc(windows) -> None:  # type: ignore[no-untyped-def]
    windows.write(windows.base / "Windows/System32/curl.exe", b"MZ")
    out = apply_mode(windows.env, "curl", "active")
    assert out.ok, out
    assert (Path(windows.env.vars["APPDATA"]) / "_curlrc").read_bytes() == b"ftp-port = -\n"
    assert undo(windows.env, "curl").ok and not (Path(windows.env.vars["APPDATA"]) / "_curlrc").exists()


def cmd_echo_appends(line: str) -> bytes:
    """What cmd.exe appends for ``echo TEXT>>"file"``: TEXT exactly as typed (quotes and a space before
    ``>>`` included) and CRLF, in the console code page (ASCII here)."""
    m = re.fullmatch(r"(?:C:\\>|\$) echo (.*?)>>.*", line)
    assert m, line
    return m.group(1).encode("ascii") + b"\r\n"


def powershell_add_content_appends(line: str) -> bytes:
    m = re.fullmatch(r"PS> Add-Content \"\$env:APPDATA\\_curlrc\" '([^']*)' -Encoding ASCII", line)
    assert m, line
    return m.group(1).encode("ascii") + b"\r\n"


@needs_curl
@pytest.mark.parametrize("mode", ["passive", "active"])
def test_windows_guide_lines_write_a_file_the_real_curl_reads(linux, ftp_server: int, mode: str) -> None:  # type: ignore[no-untyped-def]
    steps = {s["title"]["en"]: s for s in load_guide("curl")["steps"]}
    cmd, ps = steps["Command Prompt - Windows"], steps["Windows PowerShell"]
    for step in (cmd, ps):
        # PowerShell 5.1 maps a bare "curl" to Invoke-WebRequest: every Windows command calls curl.exe.
        assert all(" curl " not in line and "curl.exe" in line for line in step["lines"][mode] if "ftp://" in line)
    written = {"cmd": cmd_echo_appends(cmd["lines"][mode][1]),
               "PowerShell": powershell_add_content_appends(ps["lines"][mode][1])}
    curlrc = linux.env.home / ".curlrc"  # the same parser reads %APPDATA%\\_curlrc on Windows
    for shell, data in written.items():
        curlrc.write_bytes(data)
        transcript = curl_transcript(linux.env.home, ftp_server)
        assert "warning" not in transcript.lower(), (shell, transcript)
        sent = [line[2:].split()[0] for line in transcript.splitlines() if line.startswith("> ")]
        if mode == "active":
            assert ("EPRT" in sent or "PORT" in sent) and "EPSV" not in sent and "PASV" not in sent, shell
        else:
            assert "EPSV" in sent, shell


@needs_curl
def test_the_posix_guide_line_typed_into_cmd_is_rejected_by_curl(linux, ftp_server: int) -> None:  # type: ignore[no-untyped-def]
    # Why Windows needs its own lines: cmd's echo keeps the quotes, and curl ignores the unknown option.
    posix = load_guide("curl")["steps"][0]["lines"]["active"][1]
    (linux.env.home / ".curlrc").write_bytes(cmd_echo_appends(posix))
    transcript = curl_transcript(linux.env.home, ftp_server)
    assert "is unknown" in transcript and "EPSV" in transcript  # still passive: the change did nothing
