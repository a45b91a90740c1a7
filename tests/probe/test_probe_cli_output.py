"""`ftpwizard probe` output on odd consoles and unwritable outputs: never a traceback.

A Korean Windows console (cp949: no ✓ ✗ —), an ASCII console, the windowed exe (no stdout at all), a full
disk and a pipe whose reader has gone. The real command runs in a subprocess with that console or output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from probe_servers import PASSWORD

from ftpwizard.commands.main import main

ROOT = Path(__file__).resolve().parents[2]
KOREAN_HEADLINE = "두 모드 모두 정상입니다."


def env(**extra: str) -> dict[str, str]:
    e = dict(os.environ, PYTHONPATH=str(ROOT), FTPWIZARD_PASSWORD=PASSWORD)
    e.update(extra)
    return e


def probe_process(server: Any, *args: str, encoding: str | None = None, **popen: Any) -> subprocess.CompletedProcess[bytes]:
    extra = {"PYTHONIOENCODING": encoding, "LC_ALL": "C"} if encoding else {}
    return subprocess.run(
        [sys.executable, "-m", "ftpwizard", "probe", server.url(), "--timeout", "3", *args],
        env=env(**extra), cwd=ROOT, timeout=60, **popen,
    )


@pytest.mark.parametrize("encoding", ["cp949", "ascii"])
def test_korean_human_output_on_a_console_that_cannot_show_every_character(ftp_server: Any, encoding: str) -> None:
    server = ftp_server()
    proc = probe_process(server, "--lang", "ko", encoding=encoding, capture_output=True)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    assert b"Traceback" not in proc.stderr and proc.stderr == b""
    text = proc.stdout.decode(encoding)  # exactly that console's encoding
    lines = text.splitlines()
    assert len(lines) >= 8
    if encoding == "cp949":
        assert lines[0].endswith("패시브(Passive) 모드를 사용하세요.")
        assert "①ok" in text and "④ok" in text  # ✓ does not exist in cp949
        assert " - " in lines[4]  # the server line's dash
    else:
        assert "[1]ok" in text and "[4]ok" in text
        assert "127.0.0.1" in lines[4]


@pytest.mark.parametrize("encoding", ["cp949", "ascii"])
def test_json_stays_valid_and_complete_on_any_console(ftp_server: Any, encoding: str) -> None:
    server = ftp_server()
    proc = probe_process(server, "--lang", "ko", "--json", encoding=encoding, capture_output=True)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    data = json.loads(proc.stdout.decode(encoding))
    assert data["verdict"]["code"] == "both_ok"
    assert data["verdict"]["message"].startswith(KOREAN_HEADLINE)  # escaped, not replaced


def test_no_stdout_at_all_as_in_the_windowed_exe(ftp_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    server = ftp_server()
    monkeypatch.setenv("FTPWIZARD_PASSWORD", PASSWORD)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["probe", server.url(), "--json", "--lang", "ko"]) == 0
    assert main(["probe", server.url(), "--lang", "ko"]) == 0


def _one_line_error(stderr: bytes) -> str:
    text = stderr.decode()
    assert "Traceback" not in text and "Exception ignored" not in text, text
    assert text.count("\n") == 1, text
    return text


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
def test_a_full_disk_is_one_line_and_exit_74_and_the_report_is_still_written(ftp_server: Any, tmp_path: Path) -> None:
    server = ftp_server()
    report = tmp_path / "report.json"
    with open("/dev/full", "wb") as full:
        proc = probe_process(server, "--json", "--lang", "en", "--report", str(report), stdout=full,
                             stderr=subprocess.PIPE)
    assert proc.returncode == 74
    assert "ftpwizard probe: cannot write the output: No space left on device" in _one_line_error(proc.stderr)
    assert json.loads(report.read_text(encoding="utf-8"))["verdict"]["code"] == "both_ok"


@pytest.mark.parametrize("args", [["--json"], ["--lang", "en"]], ids=["json", "human"])
def test_a_closed_pipe_is_one_line_and_exit_74(ftp_server: Any, args: list[str]) -> None:
    server = ftp_server()
    reader, writer = os.pipe()
    os.close(reader)  # like `ftpwizard probe ... | head -0`: nobody reads any more
    try:
        proc = probe_process(server, *args, stdout=writer, stderr=subprocess.PIPE)
    finally:
        os.close(writer)
    assert proc.returncode == 74
    assert "ftpwizard probe: cannot write the output: Broken pipe" in _one_line_error(proc.stderr)
