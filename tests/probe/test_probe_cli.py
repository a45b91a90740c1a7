"""`ftpwizard probe`: exit codes, one JSON object, human output in ko/en, bad arguments, Ctrl+C, no Qt."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest
from probe_handlers import Port500PasvRefused
from probe_servers import PASSWORD, silent, wait_until

from ftpwizard.commands.probe import run
from ftpwizard.core.probe.serialize import SCHEMA

ROOT = Path(__file__).resolve().parents[2]
KO_TRANSLATIONS = ROOT / "resources" / "translations" / "verdict_ko.ts"
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def cli(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    """The probe command in this process (argparse's exits become the exit code)."""
    out, err = io.StringIO(), io.StringIO()
    real_stderr = sys.stderr
    sys.stderr = err  # argparse prints usage errors to sys.stderr itself
    try:
        code = run(list(argv), stdin=io.StringIO(stdin), stdout=out, stderr=err)
    except SystemExit as exc:
        code = int(exc.code or 0)
    finally:
        sys.stderr = real_stderr
    return code, out.getvalue(), err.getvalue()


def env(**extra: str) -> dict[str, str]:
    e = dict(os.environ, PYTHONPATH=str(ROOT))
    e.pop("FTPWIZARD_PASSWORD", None)
    e.update(extra)
    return e


@pytest.fixture(autouse=True)
def _no_password_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FTPWIZARD_PASSWORD", raising=False)


# ---------------------------------------------------------------- exit codes and JSON


def test_json_is_exactly_one_object_and_exit_0(ftp_server: Any) -> None:
    server = ftp_server()
    proc = subprocess.run(
        [sys.executable, "-m", "ftpwizard", "probe", server.url(), "--json"],
        capture_output=True, text=True, env=env(FTPWIZARD_PASSWORD=PASSWORD), cwd=ROOT, timeout=30,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout.endswith("\n") and proc.stdout.count("\n") == 1
    data = json.loads(proc.stdout)  # exactly one JSON value, nothing around it
    assert isinstance(data, dict) and data["schema"] == SCHEMA
    assert data["verdict"]["code"] == "both_ok"
    assert data["verdict"]["message"]
    assert set(data) >= {"target", "control", "modes", "verdict", "sequential", "transcript", "elapsed_ms",
                         "data_wait_s", "started_at", "cancelled", "policies"}
    # The server policies probed next to the modes (issue 14): the extra connections and the checks.
    assert [(c["conn"], c["ok"]) for c in data["policies"]["connections"]] == [(2, True), (3, True), (4, True)]
    assert [(c["name"], c["ok"], c["command_used"]) for c in data["policies"]["checks"]] == [("epsv", True, "EPSV")]
    assert data["target"] == {"host": "127.0.0.1", "port": server.port, "tls": "none", "user": server.user}
    for name in ("active", "passive"):
        mode = data["modes"][name]
        assert mode["ok"] is True and [s["n"] for s in mode["steps"]] == [1, 2, 3, 4]
    assert data["modes"]["passive"]["advertised"].startswith("127.0.0.1:")
    assert data["modes"]["active"]["announced"].startswith("127.0.0.1:")
    assert any(t["line"] == "PASS ****" for t in data["transcript"])


def test_exit_1_when_logged_in_but_no_mode_works(ftp_server: Any) -> None:
    server = ftp_server(Port500PasvRefused)
    code, out, _err = cli(server.url(), "--json", "--password-stdin", stdin=PASSWORD + "\n")
    assert code == 1
    assert json.loads(out)["verdict"]["code"] == "active_rejected_nat"


def test_exit_2_when_login_fails(ftp_server: Any) -> None:
    server = ftp_server()
    code, out, _err = cli(server.url(), "--json", "--password-stdin", stdin="wrong\n")
    assert code == 2
    assert json.loads(out)["verdict"]["code"] == "login_failed"


def test_exit_2_when_nothing_listens() -> None:
    from probe_servers import closed_port

    code, out, _err = cli(f"127.0.0.1:{closed_port()}", "--json")
    assert code == 2
    assert json.loads(out)["verdict"]["code"] == "control_refused"


def test_single_mode(ftp_server: Any) -> None:
    server = ftp_server()
    code, out, _err = cli(server.url(), "--json", "--mode", "active", "--password-stdin", stdin=PASSWORD)
    data = json.loads(out)
    assert code == 0 and data["verdict"]["code"] == "active_ok" and data["modes"]["passive"] is None
    assert data["policies"] is None  # probed next to both modes only


# ---------------------------------------------------------------- passwords


def test_password_sources(ftp_server: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    server = ftp_server()
    # stdin (first line only)
    code, _out, err = cli(server.url(), "--mode", "passive", "--password-stdin", stdin=PASSWORD + "\nmore\n")
    assert code == 0 and err == ""
    # the environment
    monkeypatch.setenv("FTPWIZARD_PASSWORD", PASSWORD)
    code, _out, err = cli(server.url(), "--mode", "passive")
    assert code == 0 and err == ""
    # stdin wins over the environment
    code, _out, _err = cli(server.url(), "--mode", "passive", "--password-stdin", stdin="wrong\n")
    assert code == 2
    monkeypatch.delenv("FTPWIZARD_PASSWORD")
    # the URL: works, with a warning on stderr
    code, _out, err = cli(f"ftp://{server.user}:{PASSWORD}@{server.hostport}", "--mode", "passive", "--lang", "en")
    assert code == 0
    assert "warning" in err.lower() and "--password-stdin" in err
    # --user overrides the URL's user
    code, _out, _err = cli(f"ftp://nobody@{server.hostport}", "--user", server.user, "--mode", "passive",
                           "--password-stdin", stdin=PASSWORD)
    assert code == 0


# ---------------------------------------------------------------- human output


def test_human_output_in_english(ftp_server: Any) -> None:
    server = ftp_server()
    code, out, _err = cli(server.url(), "--lang", "en", "--password-stdin", stdin=PASSWORD)
    assert code == 0
    assert out.startswith("Verdict: Both modes work. Use passive mode.")
    assert "Passive mode: works" in out and "Active mode: works" in out
    assert "Recommended mode: Passive mode" in out
    assert "①✓" in out and "④✓" in out
    assert not HANGUL.search(out)


def test_human_output_of_a_failure_names_the_step(ftp_server: Any) -> None:
    server = ftp_server(Port500PasvRefused)
    code, out, _err = cli(server.url(), "--lang", "en", "--password-stdin", stdin=PASSWORD)
    assert code == 1
    assert "Active mode: failed at step 2" in out and "②✗ 500 Illegal PORT command. [rejected by the server]" in out
    assert "Passive mode: failed at step 2" in out


def test_human_output_in_korean(ftp_server: Any) -> None:
    server = ftp_server()
    code, out, _err = cli(server.url(), "--lang", "ko", "--password-stdin", stdin=PASSWORD)
    assert code == 0
    assert "①✓" in out
    if not KO_TRANSLATIONS.exists():
        pytest.skip("resources/translations/verdict_ko.ts is not on this branch yet: Korean text not checkable")
    assert HANGUL.search(out.splitlines()[0]), out
    code, out, _err = cli(server.url(), "--lang", "ko", "--json", "--password-stdin", stdin=PASSWORD)
    assert HANGUL.search(json.loads(out)["verdict"]["message"])


def test_korean_summary_lines_have_no_english_words(ftp_server: Any) -> None:
    server = ftp_server(Port500PasvRefused)
    code, out, _err = cli(server.url(user=""), "--lang", "ko")
    assert code == 1
    assert "(익명, 암호화 없음)" in out and "anonymous" not in out and "TLS none" not in out
    assert "500 Illegal PORT command. [서버가 거부함]" in out and "[rejected]" not in out
    assert "서버 응답: 500 Illegal PORT command" in out
    assert "다음 화면" not in out  # the command line has no next page


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["http://host.example"], "ftpwizard probe: 오류: 'http://'는 FTP 주소가 아닙니다."),
        (["sftp://host.example"], "ftpwizard probe: 오류: sftp://는 FTP가 아니라 SSH입니다."),
        (["host example"], "ftpwizard probe: 오류: 서버 주소에는 빈칸이 들어갈 수 없습니다."),
        (["host.example", "--timeout", "0"], "ftpwizard probe: 오류: --timeout은 0.5초에서 300초 사이여야 합니다"),
        (["host.example", "--mode", "sideways"], "ftpwizard probe: 오류: "),
    ],
)
def test_bad_arguments_in_korean(argv: list[str], words: str) -> None:
    code, out, err = cli(*argv, "--lang", "ko")
    assert code == 64 and out == ""
    assert err.startswith(words), err


def test_help_in_korean(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        run(["--help", "--lang", "ko"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("사용법: ftpwizard probe")
    assert "이 도움말을 보여 주고 끝냅니다" in text and "show this help" not in text
    assert "호스팅 업체에 지문이 맞는지 확인해 주세요" in text


# ---------------------------------------------------------------- bad arguments


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["host.example:99999"], "1 to 65535"),
        (["sftp://host.example"], "SSH, not FTP"),
        (["webmaster@example.com"], "e-mail address"),
        (["http://host.example"], "not an FTP address"),
        (["  "], "Enter the server's address"),
        (["host.example", "--mode", "sideways"], "--mode"),
        (["host.example", "--tls", "maybe"], "--tls"),
        (["host.example", "--timeout", "soon"], "--timeout"),
        (["host.example", "--timeout", "0"], "--timeout"),
        (["host.example", "--timeout", "-3"], "--timeout"),
        (["host.example", "--frobnicate"], "unrecognized arguments"),
        ([], "target"),
    ],
)
def test_bad_arguments_exit_64_with_a_clear_message(argv: list[str], words: str) -> None:
    code, out, err = cli(*argv)
    assert code == 64
    assert out == ""
    assert words in err and "error" in err
    assert "Traceback" not in err


def test_bad_arguments_in_a_real_process() -> None:
    proc = subprocess.run([sys.executable, "-m", "ftpwizard", "probe", "sftp://host.example"],
                          capture_output=True, text=True, env=env(), cwd=ROOT, timeout=30)
    assert proc.returncode == 64
    assert "SSH, not FTP" in proc.stderr and "Traceback" not in proc.stderr and proc.stdout == ""


# ---------------------------------------------------------------- Ctrl+C


def test_ctrl_c_cancels_cleanly_with_exit_130(raw_server: Any) -> None:
    server = raw_server(silent)  # accepts, never answers: the probe waits for the banner
    proc = subprocess.Popen(
        [sys.executable, "-m", "ftpwizard", "probe", server.hostport, "--timeout", "30", "--lang", "en"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env(), cwd=ROOT,
    )
    try:
        wait_until(lambda: server.connections > 0 or proc.poll() is not None, timeout=15)
        assert server.connections >= 1, "the probe never connected"  # the second opens while the first waits
        sent = time.monotonic()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 130, err
    assert "Cancelled" in err and "Traceback" not in err and "KeyboardInterrupt" not in err
    assert took < 2.0


# ---------------------------------------------------------------- no Qt on the command-line path


BLOCK_QT = textwrap.dedent(
    """
    import io, json, os, sys

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError("Qt must not be imported on the command-line path: " + name)
            return None

    sys.meta_path.insert(0, BlockQt())

    import ftpwizard.core.probe, ftpwizard.core.diagnosis, ftpwizard.commands.probe
    from ftpwizard.commands.main import main
    from ftpwizard.demo.server import start_demo_server

    server = start_demo_server("healthy")
    os.environ["FTPWIZARD_PASSWORD"] = server.password
    try:
        code = main(["probe", server.url, "--json"])
    finally:
        server.stop()
    qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
    print("QT-MODULES", json.dumps(qt), file=sys.stderr)
    sys.exit(code)
    """
)


def test_the_probe_runs_with_qt_blocked() -> None:
    proc = subprocess.run([sys.executable, "-c", BLOCK_QT], capture_output=True, text=True, env=env(),
                          cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["verdict"]["code"] == "both_ok"
    assert 'QT-MODULES []' in proc.stderr


def test_the_main_command_help_in_korean(capsys: pytest.CaptureFixture[str]) -> None:
    from ftpwizard.commands.main import main

    with pytest.raises(SystemExit) as exit_:
        main(["--help", "--lang", "ko"])
    assert exit_.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("사용법: ftpwizard") and "파일 목록이 나오지 않는 이유를 찾습니다" in text
    assert "show this help" not in text and "the server to fill in" not in text
