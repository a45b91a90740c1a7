"""`ftpwizard probe`: what the user hands it (credentials with line breaks, a report name, Ctrl+C at the
password prompt) is checked before anything is sent, with a clear message and a defined exit code."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from probe_servers import PASSWORD

from ftpwizard.commands.main import main

ROOT = Path(__file__).resolve().parents[2]


def cli(argv: list[str], stdin: str = "", capsys: Any = None) -> tuple[int, str, str]:
    """The real `ftpwizard` entry point, in this process, with ``stdin`` as the standard input."""
    real_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    finally:
        sys.stdin = real_stdin
    out, err = capsys.readouterr()
    return code, out, err


def env(**extra: str) -> dict[str, str]:
    e = dict(os.environ, PYTHONPATH=str(ROOT))
    e.pop("FTPWIZARD_PASSWORD", None)
    e.update(extra)
    return e


@pytest.fixture(autouse=True)
def _no_password_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FTPWIZARD_PASSWORD", raising=False)


# ---------------------------------------------------------------- line breaks in credentials


@pytest.mark.parametrize("ending", ["\r\n", "\r", "\n"], ids=["crlf", "cr", "lf"])
def test_a_password_variable_from_a_windows_file_loses_its_line_end(
    ftp_server: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any, ending: str
) -> None:
    server = ftp_server()
    monkeypatch.setenv("FTPWIZARD_PASSWORD", PASSWORD + ending)
    code, out, err = cli(["probe", server.url(), "--json", "--mode", "passive"], capsys=capsys)
    assert code == 0, err
    assert json.loads(out)["verdict"]["code"] == "passive_ok"


def test_a_password_file_saved_on_windows_works_through_stdin(ftp_server: Any) -> None:
    server = ftp_server()
    proc = subprocess.run(
        [sys.executable, "-m", "ftpwizard", "probe", server.url(), "--json", "--mode", "passive", "--password-stdin"],
        input=(PASSWORD + "\r\n").encode(), capture_output=True, env=env(), cwd=ROOT, timeout=30,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["verdict"]["code"] == "passive_ok"


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("user-option", "user name contains a line break"),
        ("user-in-url", "user name contains a line break"),
        ("password-stdin", "password contains a line break"),
        ("password-env", "password contains a line break"),
        ("password-in-url", "password contains a line break"),
    ],
)
def test_a_line_break_inside_a_credential_is_refused_before_connecting(
    ftp_server: Any, monkeypatch: pytest.MonkeyPatch, capsys: Any, how: str, words: str
) -> None:
    server = ftp_server()
    argv = ["probe", server.url(), "--lang", "en"]
    stdin = ""
    if how == "user-option":
        argv += ["--user", "alice\r\nPASS x"]
    elif how == "user-in-url":
        argv[1] = f"ftp://ali%0Ace@{server.hostport}"
    elif how == "password-stdin":
        argv.append("--password-stdin")
        stdin = "sec\rret\n"
    elif how == "password-env":
        monkeypatch.setenv("FTPWIZARD_PASSWORD", "sec\nret")
    else:
        argv[1] = f"ftp://{server.user}:sec%0D%0Aret@{server.hostport}"
    code, out, err = cli(argv, stdin=stdin, capsys=capsys)
    assert code == 64
    assert out == ""
    assert words in err and err.count("\n") <= 2, err  # (plus the URL-password warning)
    assert "sec" not in err.replace("second", "")  # the password is never quoted
    assert "Traceback" not in err


# ---------------------------------------------------------------- --report with a format we cannot write


def test_an_unknown_report_format_is_a_bad_argument_before_probing(raw_server: Any, tmp_path: Path, capsys: Any) -> None:
    from probe_servers import silent

    server = raw_server(silent)  # any probe would be seen connecting here
    report = tmp_path / "x.pdf"
    code, out, err = cli(["probe", server.hostport, "--report", str(report), "--lang", "en"], capsys=capsys)
    assert code == 64
    assert out == ""
    assert "unknown format '.pdf'" in err and ".html, .txt or .json" in err
    assert server.connections == 0, "the probe ran although the report could never be written"
    assert not report.exists()


# ---------------------------------------------------------------- Ctrl+C at the password prompt


def _read_until(fd: int, wanted: bytes, timeout: float = 20.0) -> bytes:
    """Read a pipe until ``wanted`` appears (or the process ends): no guessing with sleeps."""
    seen = b""
    deadline = time.monotonic() + timeout
    while wanted not in seen and time.monotonic() < deadline:
        readable, _w, _x = select.select([fd], [], [], 0.1)
        if readable:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            seen += chunk
    return seen


def test_ctrl_c_at_the_password_prompt_exits_130_quietly(ftp_server: Any) -> None:
    server = ftp_server()
    # The password typed at a console: stdin is a terminal, so the probe asks for it (without echo).
    controller, terminal = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ftpwizard", "probe", server.url(), "--password-stdin", "--lang", "en"],
        stdin=terminal, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env(), cwd=ROOT,
        start_new_session=True,  # no controlling terminal: getpass falls back to stdin, the pty
    )
    os.close(terminal)
    try:
        assert proc.stderr is not None and proc.stdout is not None
        prompt = _read_until(proc.stderr.fileno(), b": ")
        assert f"Password for {server.user}@127.0.0.1: ".encode() in prompt, prompt
        proc.send_signal(signal.SIGINT)
        rest = proc.stderr.read()
        out = proc.stdout.read()
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(controller)
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    err = (prompt + rest).decode()
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert "Cancelled." in err
    assert out == b""
