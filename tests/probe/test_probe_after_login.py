"""What can still go wrong between a successful login and the data steps: PROT P refused, FEAT unanswered.

Each must end as a control-phase verdict, never as an exception out of the engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from probe_servers import PASSWORD, fingerprint, probe
from pyftpdlib.handlers import FTPHandler, TLS_FTPHandler

from ftpwizard.core.probe.model import ErrorKind


class RefusesProtP(TLS_FTPHandler):  # type: ignore[misc, valid-type]
    def ftp_PROT(self, line: str) -> None:
        self.respond("534 Protection level P is not allowed here.")


class HangsUpOnFeat(FTPHandler):  # type: ignore[misc, valid-type]
    def ftp_FEAT(self, line: str) -> None:
        self.close()


class SilentOnFeat(FTPHandler):  # type: ignore[misc, valid-type]
    def ftp_FEAT(self, line: str) -> None:
        pass  # never answers


def test_prot_p_refused_is_a_tls_failure(ftp_server: Any, certificate: Path) -> None:
    server = ftp_server(RefusesProtP, certfile=str(certificate))
    result = probe(server.url(scheme="ftpes"), PASSWORD, accept_certificate=fingerprint(certificate))
    assert result.control.ok is False
    assert result.control.failed_step == "tls"
    assert result.control.reply.startswith("534")
    assert result.verdict.code == "tls_failed"


def test_server_hanging_up_after_login_refuses_service(ftp_server: Any) -> None:
    server = ftp_server(HangsUpOnFeat)
    result = probe(server.url(), PASSWORD)
    assert (result.control.failed_step, result.control.error) == ("login", ErrorKind.RESET)
    assert result.verdict.code == "server_refused_service"


def test_silence_after_login_is_a_timeout(ftp_server: Any) -> None:
    server = ftp_server(SilentOnFeat)
    result = probe(server.url(), PASSWORD, timeout=1.0)
    assert (result.control.failed_step, result.control.error) == ("login", ErrorKind.TIMEOUT)
    assert result.verdict.code == "control_timeout"
    assert result.elapsed_ms < 2500


def test_a_bug_in_the_engine_still_ends_in_a_verdict(ftp_server: Any, monkeypatch: Any) -> None:
    """Whatever goes wrong inside, the caller gets a result (the GUI shows it; the CLI prints it)."""
    import ftpwizard.core.probe.engine as engine

    def broken(_ftp: Any) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(engine.Probe, "_read_features", lambda self, ftp: broken(ftp))
    server = ftp_server()
    result = probe(server.url(), PASSWORD)
    assert result.verdict is not None and result.verdict.code == "control_protocol_error"
    assert any("internal error (KeyError)" in t.line for t in result.transcript)
