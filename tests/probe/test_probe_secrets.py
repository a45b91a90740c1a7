"""The password never appears in the JSON, the human output, the transcript, a repr or an exception text."""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from probe_servers import FTPHandler, probe

from ftpwizard.commands.probe import human_report, run
from ftpwizard.core.probe.serialize import to_dict

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def secret() -> str:
    return f"Pw-{uuid.uuid4()}-비밀"


class EchoesPassword(FTPHandler):
    """A hostile server that repeats the password back in its replies."""

    def ftp_PASS(self, line: str) -> None:
        self.respond(f"530 Login incorrect for password {line} (try {line[:6]}...)")


def everything_shown(result: Any) -> str:
    """All the text a user, a log or a report could see of one result."""
    parts = [
        json.dumps(to_dict(result, "message"), ensure_ascii=False),
        human_report(result, "en"),
        human_report(result, "ko"),
        repr(result),
        str(result.target),
        "\n".join(f"{t.dir} {t.line}" for t in result.transcript),
    ]
    return "\n".join(parts)


@pytest.mark.parametrize("case", ["ok", "wrong", "echo", "tls-required"])
def test_password_never_shown(ftp_server: Any, secret: str, case: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    if case == "ok":
        server = ftp_server(password=secret)
    elif case == "echo":
        server = ftp_server(EchoesPassword, password=secret)
    elif case == "tls-required":
        from probe_handlers import UserNeedsTls530

        server = ftp_server(UserNeedsTls530, password=secret)
    else:
        server = ftp_server()
    result = probe(server.url(), secret, timeout=2.0)
    expected = {"ok": "both_ok", "wrong": "login_failed", "echo": "login_failed", "tls-required": "tls_required"}
    assert result.verdict.code == expected[case]
    shown = everything_shown(result)
    assert secret not in shown
    assert secret[:12] not in shown  # not even a part of it
    if case != "tls-required":
        assert "PASS ****" in [t.line for t in result.transcript]
    if case == "echo":
        assert "****" in result.control.reply
    # The test server's own log (pyftpdlib) records what it sends, echo included: that is not our program.
    ours = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("pyftpdlib"))
    assert secret not in ours


def test_password_from_url_is_not_shown(ftp_server: Any, secret: str) -> None:
    server = ftp_server(password=secret)
    from urllib.parse import quote

    result = probe(f"ftp://{server.user}:{quote(secret)}@{server.hostport}")
    assert result.verdict.code == "both_ok"
    assert secret not in everything_shown(result)
    assert quote(secret) not in everything_shown(result)


def test_cli_outputs_never_show_the_password(ftp_server: Any, secret: str, monkeypatch: pytest.MonkeyPatch) -> None:
    server = ftp_server()  # the password is wrong: the reply and the verdict talk about it
    monkeypatch.setenv("FTPWIZARD_PASSWORD", secret)
    for args in (["--json"], [], ["--lang", "ko"], ["--json", "--lang", "ko"]):
        out, err = io.StringIO(), io.StringIO()
        code = run([server.url(), "--timeout", "2", *args], stdout=out, stderr=err)
        assert code == 2
        assert secret not in out.getvalue() + err.getvalue()


def test_cli_subprocess_never_shows_the_password(ftp_server: Any, secret: str) -> None:
    """Through stdin, the environment and the URL, on a real stdout/stderr, even when interrupted."""
    server = ftp_server(EchoesPassword)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("FTPWIZARD_PASSWORD", None)
    base = [sys.executable, "-m", "ftpwizard", "probe", "--timeout", "2"]
    runs = [
        (base + [server.url(), "--password-stdin", "--json"], secret + "\n", env),
        (base + [server.url()], "", dict(env, FTPWIZARD_PASSWORD=secret)),
        (base + [f"ftp://u:{secret}@{server.hostport}", "--json"], "", env),
        (base + [f"ftp://u:{secret}@{server.hostport}:99999"], "", env),  # a bad port: exit 64
    ]
    for cmd, stdin, run_env in runs:
        proc = subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=run_env, cwd=ROOT, timeout=30)
        assert proc.returncode in (2, 64), proc.stderr
        assert secret not in proc.stdout and secret not in proc.stderr
        assert "Traceback" not in proc.stderr


def test_exceptions_inside_the_engine_do_not_carry_the_password(secret: str) -> None:
    from ftpwizard.core.probe import parse_target

    target = parse_target("127.0.0.1:21").with_credentials(password=secret)
    assert secret not in repr(target) and secret not in str(target)
    assert secret not in f"{target!r} {target!s} {target}"
    try:
        raise RuntimeError(f"probe failed for {target}")
    except RuntimeError as exc:
        assert secret not in str(exc)
