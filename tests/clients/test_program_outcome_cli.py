"""Will the customer's own programs work? as the command lines and the reports show it (issue 14 section 3).

Real probes against real pyftpdlib servers, through the commands' own entry points: ``ftpwizard probe``
(``commands.probe.run`` with a fake Windows PC, as ``clients`` takes one; ``main`` on this machine with a
fake home) and ``ftpwizard clients --result``. The fake PC's FileZilla keeps a password in its site manager
(the real sitemanager.xml layout): it never appears in any output.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from probe_handlers import ActiveSilent
from probe_servers import PASSWORD, FtpServer

from ftpwizard.clients.programs import PROGRAMS
from ftpwizard.commands import probe as probe_command
from ftpwizard.commands.clients import run_clients_command
from ftpwizard.commands.main import main

SITE_PASSWORD = "secret-password"  # base64 "c2VjcmV0LXBhc3N3b3Jk" in the fixture's sitemanager.xml
SECRETS = (PASSWORD, SITE_PASSWORD, "c2VjcmV0LXBhc3N3b3Jk")


@pytest.fixture
def active_blocked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """A server that never manages to connect back (the PC's firewall drops active mode)."""
    server = FtpServer(ActiveSilent, root=tmp_path / "ftp")
    monkeypatch.setenv("FTPWIZARD_PASSWORD", PASSWORD)
    yield server
    server.stop()


@pytest.fixture
def filezilla_active(windows, install_filezilla):  # type: ignore[no-untyped-def]
    """FileZilla on a Windows PC, set to active mode for every server (its sites are for other hosts)."""
    cdir = install_filezilla(windows)
    xml = cdir / "filezilla.xml"
    xml.write_text(xml.read_text(encoding="utf-8").replace('"Use Pasv mode">1<', '"Use Pasv mode">0<'),
                   encoding="utf-8")
    return windows


def _probe(argv: list[str], env: Any = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = probe_command.run(argv, stdin=io.StringIO(), stdout=out, stderr=err, env=env)
    return code, out.getvalue(), err.getvalue()


def _no_secret(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text


def test_probe_json_says_for_each_program_whether_it_works_here(active_blocked, filezilla_active) -> None:  # type: ignore[no-untyped-def]
    code, out, err = _probe([active_blocked.url(), "--json", "--lang", "en"], filezilla_active.env)
    assert code == 0, err
    data = json.loads(out)
    assert data["verdict"]["code"] == "active_blocked_client_side"
    programs = {p["id"]: p for p in data["programs"]}
    detected = [p["detected"] for p in data["programs"]]
    assert detected == sorted(detected, reverse=True) and programs["filezilla"]["detected"]  # the PC's own first
    assert set(programs) == {p.id for p in PROGRAMS}  # ...then every other one, in its defaults
    assert programs["filezilla"] == {
        "id": "filezilla", "name": "FileZilla", "detected": True,
        "setting": {"mode": "active", "scope": "global",
                    "source": str(Path(filezilla_active.env.vars["APPDATA"]) / "FileZilla" / "filezilla.xml")},
        "outcome": "fails", "reasons": ["active_blocked_client_side"],
        "fix": [{"setting": "mode", "value": "passive", "auto": True}],
    }
    assert programs["ftp-exe"]["detected"] is False and programs["ftp-exe"]["outcome"] == "cannot_work"
    assert programs["curl"]["outcome"] == "works" and programs["curl"]["setting"]["mode"] == "default"
    _no_secret(out, err)


def test_probe_says_it_in_words_for_the_programs_on_this_pc(active_blocked, filezilla_active) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _probe([active_blocked.url(), "--lang", "en"], filezilla_active.env)
    assert code == 0
    section = out[out.index("Your FTP programs:"):]
    assert "FileZilla [will fail]: Your FileZilla is set to active mode: it will fail here." in section
    assert "Switch it to passive mode." in section
    assert "Edit > Settings > Connection > FTP > Transfer Mode: Passive (recommended)" in section
    assert "curl" not in section  # not on this PC: the human output speaks of the customer's own programs
    code, out, _ = _probe([active_blocked.url(), "--lang", "ko"], filezilla_active.env)
    section = out[out.index("내 FTP 프로그램:"):]
    assert "내 PC의 FileZilla 설정이 액티브 모드라서 이 서버에서는 실패합니다." in section
    assert "편집 > 설정 > 연결 > FTP > 전송 모드: 수동형 (권장)" in section  # FileZilla's own Korean menu names
    _no_secret(out)


def test_no_programs_leaves_them_out(active_blocked, filezilla_active) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _probe([active_blocked.url(), "--json", "--no-programs"], filezilla_active.env)
    assert code == 0 and "programs" not in json.loads(out)
    code, out, _ = _probe([active_blocked.url(), "--no-programs", "--lang", "en"], filezilla_active.env)
    assert "Your FTP programs" not in out


def test_the_installed_command_judges_this_pcs_own_curl(active_blocked, tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                        capsys) -> None:
    # This machine's real curl (on PATH), with a .curlrc in a fresh home that sets active mode.
    home = tmp_path / "home"
    home.mkdir()
    (home / ".curlrc").write_text("ftp-port = -\n", encoding="utf-8")
    for name in ("HOME", "XDG_CONFIG_HOME", "CURL_HOME", "LFTP_HOME", "APPDATA"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(home))
    if not any(Path(d, "curl").exists() for d in os.environ.get("PATH", "").split(os.pathsep)):
        pytest.skip("curl is not installed here")
    assert main(["probe", active_blocked.url(), "--json", "--lang", "en"]) == 0
    curl = next(p for p in json.loads(capsys.readouterr().out)["programs"] if p["id"] == "curl")
    assert curl["detected"] and curl["setting"]["mode"] == "active"
    assert curl["setting"]["source"] == str(home / ".curlrc")
    assert (curl["outcome"], curl["fix"]) == ("fails", [{"setting": "mode", "value": "passive", "auto": True}])


def test_clients_with_a_saved_probe_result_adds_the_outcome(active_blocked, filezilla_active, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _probe([active_blocked.url(), "--json", "--no-programs"], filezilla_active.env)
    saved = tmp_path / "probe.json"
    saved.write_text(out, encoding="utf-8")
    listed, err = io.StringIO(), io.StringIO()
    assert run_clients_command(["--json", "--result", str(saved)], listed, err, env=filezilla_active.env) == 0, err.getvalue()
    clients = {c["id"]: c for c in json.loads(listed.getvalue())["clients"]}
    filezilla = clients["filezilla"]
    assert filezilla["mode"] == "active"  # the clients --json fields stay as they were...
    assert (filezilla["outcome"], filezilla["reasons"], filezilla["fix"]) == (  # ...and the outcome joins them
        "fails", ["active_blocked_client_side"], [{"setting": "mode", "value": "passive", "auto": True}])
    assert filezilla["setting"]["mode"] == "active"
    text, err = io.StringIO(), io.StringIO()
    assert run_clients_command(["--result", str(saved), "--lang", "en"], text, err, env=filezilla_active.env) == 0
    assert "[will fail] Your FileZilla is set to active mode: it will fail here." in text.getvalue()
    _no_secret(listed.getvalue(), text.getvalue())


def test_an_older_probe_result_without_the_newer_fields_loads(filezilla_active, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # What the first ftpwizard.core.probe/1 writers saved: no blame, no sequential_reason, no data_wait_s.
    old = {
        "schema": "ftpwizard.core.probe/1",
        "target": {"host": "ftp.example.com", "port": 21, "tls": "none", "user": "kim"},
        "control": {"ok": True, "failed_step": None, "error": None, "reply": None, "peer": "203.0.113.5:21"},
        "modes": {
            "active": {"ok": False, "failed_step": 3, "steps": [
                {"n": 1, "ok": True, "command": "PORT 192,168,0,2,200,10", "reply": "200 PORT command successful."},
                {"n": 2, "ok": True, "command": "LIST", "reply": None},
                {"n": 3, "ok": False, "error": "timeout", "command": None, "reply": None},
                {"n": 4, "ok": None}]},
            "passive": {"ok": True, "steps": [], "command_used": "PASV", "advertised_usable": True},
        },
        "verdict": {"code": "active_blocked_client_side", "findings": ["active_blocked_client_side"],
                    "recommended_mode": "passive", "params": {}},
    }
    saved = tmp_path / "old.json"
    saved.write_text(json.dumps(old), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert run_clients_command(["--json", "--result", str(saved)], out, err, env=filezilla_active.env) == 0, err.getvalue()
    filezilla = next(c for c in json.loads(out.getvalue())["clients"] if c["id"] == "filezilla")
    # The fixture's site for ftp.example.com is set to active: that site decides for this server.
    assert filezilla["setting"] == {"mode": "active", "scope": "site", "source": filezilla["config"]}
    assert filezilla["outcome"] == "fails"


@pytest.mark.parametrize(("content", "says"), [
    (None, "was not found"),
    (b"\xff\xfe not json", "is not a probe result"),
    (b'{"schema": "ftpwizard.clients/1", "clients": []}', "is not a probe result"),
    (b'{"schema": "ftpwizard.core.probe/1", "target": "nowhere"}', "is not a probe result"),
    (b"[1, 2]", "is not a probe result"),
])
def test_a_result_that_is_not_a_probe_gets_one_clear_line(tmp_path: Path, capsys, content: bytes | None,  # type: ignore[no-untyped-def]
                                                          says: str) -> None:
    path = tmp_path / "probe.json"
    if content is not None:
        path.write_bytes(content)
    assert main(["clients", "--json", "--result", str(path), "--lang", "en"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("ftpwizard clients: ") and says in captured.err
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err


def test_a_folder_as_the_result_is_unreadable_not_a_crash(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["clients", "--result", str(tmp_path), "--lang", "ko"]) == 1
    assert "검사 결과 파일을 읽을 수 없습니다" in capsys.readouterr().err


def test_result_without_a_value_is_a_usage_error(capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["clients", "--result"]) == 64
    assert main(["clients", "undo", "curl", "--result", "x.json"]) == 64


@pytest.mark.parametrize("extension", ["txt", "html", "json"])
def test_the_report_has_a_your_programs_section(active_blocked, filezilla_active, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                extension: str) -> None:
    path = tmp_path / f"report.{extension}"
    code, _, err = _probe([active_blocked.url(), "--report", str(path), "--lang", "en", "--json"], filezilla_active.env)
    assert code == 0 and err == ""
    text = path.read_text(encoding="utf-8")
    _no_secret(text)
    if extension == "json":
        data = json.loads(text)
        filezilla = next(p for p in data["programs"] if p["id"] == "filezilla")
        assert filezilla["outcome"] == "fails" and filezilla["detected"]
        assert [c["id"] for c in data["clients"]] == [p["id"] for p in data["programs"] if p["detected"]]
        return
    if extension == "html":
        import html

        text = html.unescape(text)
    assert "Your FTP programs" in text
    assert "Your FileZilla is set to active mode: it will fail here." in text
    assert "will fail" in text
    assert "Edit > Settings > Connection > FTP > Transfer Mode: Passive (recommended)" in text


def test_after_a_failed_login_every_program_fails_alike_and_the_words_leave_it_to_the_verdict(  # type: ignore[no-untyped-def]
        active_blocked, filezilla_active, monkeypatch) -> None:
    monkeypatch.setenv("FTPWIZARD_PASSWORD", "not-" + PASSWORD)
    code, out, _ = _probe([active_blocked.url(), "--json"], filezilla_active.env)
    assert code == 2
    programs = json.loads(out)["programs"]
    assert {(p["outcome"], tuple(p["reasons"]), len(p["fix"])) for p in programs} == {("fails", ("login_failed",), 0)}
    code, out, _ = _probe([active_blocked.url(), "--lang", "en"], filezilla_active.env)
    assert code == 2 and "Your FTP programs" not in out  # the verdict already says: the login failed


def test_the_program_lines_survive_a_korean_windows_console(active_blocked, filezilla_active) -> None:  # type: ignore[no-untyped-def]
    """cp949 (a Korean console, or output redirected there) has every character the program lines use."""
    raw = io.BytesIO()
    stdout = io.TextIOWrapper(raw, encoding="cp949", errors="strict", newline="\n")
    code = probe_command.run([active_blocked.url(), "--lang", "ko"], stdin=io.StringIO(), stdout=stdout,
                             stderr=io.StringIO(), env=filezilla_active.env)
    stdout.flush()
    assert code == 0
    section = raw.getvalue().decode("cp949").split("내 FTP 프로그램:")[1]
    assert "?" not in section and "편집 > 설정 > 연결 > FTP > 전송 모드: 수동형 (권장)" in section


def test_the_human_verdict_is_written_before_the_programs_are_looked_for(active_blocked, filezilla_active) -> None:  # type: ignore[no-untyped-def]
    """Finding and judging the programs costs ~0.1 s of imports: the reader gets the verdict without waiting."""
    out, err = io.StringIO(), io.StringIO()
    written_when_detecting: list[str] = []
    env = filezilla_active.env
    looked_up = env.which

    def which(name: str) -> str | None:
        written_when_detecting.append(out.getvalue())
        return looked_up(name)

    env.which = which
    code = probe_command.run([active_blocked.url(), "--lang", "en"], stdin=io.StringIO(), stdout=out, stderr=err,
                             env=env)
    assert code == 0, err.getvalue()
    assert written_when_detecting, "detection never asked for a program on the PATH"
    assert written_when_detecting[0].startswith("Verdict: ")  # already on the screen
    assert "FileZilla" not in written_when_detecting[0]
    text = out.getvalue()
    assert text.startswith(written_when_detecting[0])  # nothing written twice or reordered
    assert "FileZilla" in text.split("\n", 1)[1]
