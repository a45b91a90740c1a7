"""Explicit (AUTH TLS) and implicit (ftps://) TLS against pyftpdlib's real TLS handler.

The certificate is self-signed and made by the test: untrusted unless the user accepts its fingerprint, or
(in a subprocess) unless SSL_CERT_FILE makes it part of the trust store.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from probe_servers import PASSWORD, fingerprint, make_self_signed, probe

from ftpwizard.core.probe.model import ErrorKind
from ftpwizard.core.probe.serialize import to_dict

ROOT = Path(__file__).resolve().parents[2]


def tls_handler(implicit: bool = False) -> type:
    """pyftpdlib's TLS handler that remembers whether each listing went over a protected data connection."""
    from pyftpdlib.handlers import TLS_FTPHandler

    class Recording(TLS_FTPHandler):  # type: ignore[misc, valid-type]
        listings: list[bool] = []

        def ftp_LIST(self, path: str) -> Any:
            type(self).listings.append(bool(self._prot))
            return super().ftp_LIST(path)

    if not implicit:
        return Recording

    class Implicit(Recording):
        """TLS from the first byte (port 990 style): the banner is sent only after the handshake."""

        def handle(self) -> None:
            self.secure_connection(self.ssl_context)

        def handle_ssl_established(self) -> None:
            TLS_FTPHandler.handle(self)

    return Implicit


@pytest.fixture(params=["explicit", "implicit"])
def tls_server(request: pytest.FixtureRequest, ftp_server: Any, certificate: Path) -> Any:
    implicit = request.param == "implicit"
    handler = tls_handler(implicit)
    server = ftp_server(handler, certfile=str(certificate), listings=[])
    server.scheme = "ftps" if implicit else "ftpes"
    server.tls_mode = request.param
    return server


def test_untrusted_certificate_is_tls_failed_with_fingerprint(tls_server: Any, certificate: Path) -> None:
    result = probe(tls_server.url(scheme=tls_server.scheme), PASSWORD)
    assert result.verdict.code == "tls_failed"
    assert result.control.failed_step == "tls" and result.control.error is ErrorKind.TLS
    cert = result.control.certificate
    assert cert is not None and not cert.accepted
    assert cert.sha256 == fingerprint(certificate)
    assert "self" in (cert.problem or "").lower()  # "self-signed certificate"
    assert "CN=localhost" in (cert.subject or "") or "commonName=localhost" in (cert.subject or "")
    assert cert.issuer == cert.subject
    assert result.verdict.params["fingerprint"] == cert.sha256
    data = to_dict(result)
    assert data["control"]["certificate"]["sha256"] == cert.sha256
    assert data["control"]["certificate"]["subject"] == cert.subject
    assert data["control"]["certificate"]["issuer"] == cert.issuer
    assert result.modes == {"active": None, "passive": None}
    assert tls_server.handler.listings == []


def test_accepted_certificate_runs_both_modes_with_prot_p(tls_server: Any, certificate: Path) -> None:
    result = probe(tls_server.url(scheme=tls_server.scheme), PASSWORD, accept_certificate=fingerprint(certificate))
    assert result.verdict.code == "both_ok", result.verdict
    assert result.target.tls == tls_server.tls_mode
    assert result.control.certificate is not None and result.control.certificate.accepted
    sent = [line.line for line in result.transcript if line.dir == ">"]
    assert "PROT P" in sent and "PBSZ 0" in sent
    if tls_server.tls_mode == "explicit":
        assert "AUTH TLS" in sent
    else:
        assert "AUTH TLS" not in sent
    # The server saw every listing on a protected data connection: the two modes', and the policy checks'
    # (EPSV; and without TLS session reuse, which this server allows).
    assert tls_server.handler.listings == [True] * 4
    assert [c.name for c in result.policies.checks if c.result.ok] in (["epsv", "tls_no_reuse"],
                                                                        ["tls_no_reuse", "epsv"])
    # Explicit: greeting, then AUTH TLS; implicit: TLS from the first byte, then the greeting.
    order = ["resolve", "connect", "banner", "tls", "login"] if tls_server.tls_mode == "explicit" \
        else ["resolve", "connect", "tls", "banner", "login"]
    assert list(result.control.steps) == order
    assert all(step.ok for step in result.control.steps.values())
    assert "AUTH TLS" in result.control.features


def test_fingerprint_may_be_typed_in_lower_case_without_colons(tls_server: Any, certificate: Path) -> None:
    typed = fingerprint(certificate).replace(":", "").lower()
    result = probe(tls_server.url(scheme=tls_server.scheme), PASSWORD, accept_certificate=typed, mode="passive")
    assert result.verdict.code == "passive_ok"


def test_wrong_fingerprint_is_tls_failed(tls_server: Any, certificate: Path) -> None:
    wrong = ":".join(["AB"] * 32)
    result = probe(tls_server.url(scheme=tls_server.scheme), PASSWORD, accept_certificate=wrong)
    assert result.verdict.code == "tls_failed"
    cert = result.control.certificate
    assert cert is not None and not cert.accepted
    assert cert.sha256 == fingerprint(certificate)
    assert tls_server.handler.listings == []


def test_server_requiring_tls_says_tls_required(ftp_server: Any, certificate: Path) -> None:
    server = ftp_server(tls_handler(), certfile=str(certificate), listings=[], tls_control_required=True)
    result = probe(server.url(), PASSWORD)  # plain FTP to a server that demands TLS: "550 SSL/TLS required"
    assert result.verdict.code == "tls_required"
    assert result.control.reply.startswith("550")


def test_tls_hides_port_from_router(ftp_server: Any, certificate: Path) -> None:
    class TlsNat(tls_handler()):  # type: ignore[misc]
        def _make_eport(self, ip: str, port: int) -> None:
            self.respond("500 Illegal PORT command.")

    server = ftp_server(TlsNat, certfile=str(certificate), listings=[])
    result = probe(server.url(scheme="ftpes"), PASSWORD, accept_certificate=fingerprint(certificate))
    assert result.verdict.code == "active_rejected_nat"
    assert "tls_hides_port_from_router" in result.verdict.findings


def test_implicit_tls_to_a_plain_server_fails_cleanly(ftp_server: Any) -> None:
    server = ftp_server()
    result = probe(server.url(scheme="ftps"), PASSWORD, timeout=1.0)
    assert result.verdict.code in ("tls_failed", "control_protocol_error")
    assert result.control.failed_step == "tls"


# ---------------------------------------------------------------- with a trust store (subprocess)


def _cli(target: str, cafile: Path, *extra: str) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), SSL_CERT_FILE=str(cafile), FTPWIZARD_PASSWORD=PASSWORD)
    env.pop("SSL_CERT_DIR", None)
    proc = subprocess.run(
        [sys.executable, "-m", "ftpwizard", "probe", target, "--json", "--timeout", "3", *extra],
        capture_output=True, text=True, timeout=30, env=env, cwd=ROOT,
    )
    assert proc.stdout, proc.stderr
    data: dict[str, Any] = json.loads(proc.stdout)
    data["exit"] = proc.returncode
    return data


def test_trusted_certificate_needs_no_acceptance(ftp_server: Any, certificate: Path) -> None:
    server = ftp_server(tls_handler(), certfile=str(certificate), listings=[])
    data = _cli(f"ftpes://{server.user}@localhost:{server.port}", certificate, "--mode", "passive")
    assert data["verdict"]["code"] == "passive_ok", data["control"]
    assert data["exit"] == 0
    assert data["control"]["certificate"] is None or not data["control"]["certificate"]["problem"]


def test_host_name_mismatch(ftp_server: Any, tmp_path: Path) -> None:
    other = make_self_signed(tmp_path, common_name="other.example")
    server = ftp_server(tls_handler(), certfile=str(other), listings=[])
    # The certificate is trusted, but it names other.example (and 127.0.0.1), not "localhost".
    data = _cli(f"ftpes://{server.user}@localhost:{server.port}", other)
    assert data["verdict"]["code"] == "tls_failed"
    cert = data["control"]["certificate"]
    assert "mismatch" in cert["problem"].lower()
    assert cert["sha256"] == fingerprint(other)
    assert data["exit"] == 2


def test_cli_tls_flag_and_accepted_certificate(ftp_server: Any, certificate: Path) -> None:
    import io

    from ftpwizard.commands.probe import run

    server = ftp_server(tls_handler(), certfile=str(certificate), listings=[])
    out, err = io.StringIO(), io.StringIO()
    code = run([server.url(), "--tls", "explicit", "--accept-certificate", fingerprint(certificate), "--json",
                "--password-stdin"], stdin=io.StringIO(PASSWORD), stdout=out, stderr=err)
    data = json.loads(out.getvalue())
    assert code == 0 and data["verdict"]["code"] == "both_ok"
    assert data["target"]["tls"] == "explicit" and data["control"]["certificate"]["accepted"] is True
    out = io.StringIO()
    code = run([server.url(), "--tls", "explicit", "--json", "--password-stdin"], stdin=io.StringIO(PASSWORD),
               stdout=out, stderr=err)
    data = json.loads(out.getvalue())
    assert code == 2 and data["verdict"]["code"] == "tls_failed"
    assert data["control"]["certificate"]["sha256"] == fingerprint(certificate)


def test_certificate_problem_is_said_in_korean_and_kept_raw_for_the_report(tls_server: Any) -> None:
    """OpenSSL's "self-signed certificate" inside a Korean sentence reads as noise to a customer."""
    from ftpwizard.core.diagnosis.messages import render
    from ftpwizard.core.i18n import translator

    result = probe(tls_server.url(scheme=tls_server.scheme), PASSWORD)
    korean = render(result.verdict, translator("ko"))
    assert "자체 서명 인증서" in korean.why and "self" not in korean.why.lower()
    assert "지문" in korean.advice
    assert "self-signed certificate" in render(result.verdict).why  # English keeps the English words
    assert "self" in (to_dict(result)["control"]["certificate"]["problem"] or "").lower()  # the raw text


def test_a_server_without_ftps_gets_switch_it_off_advice(ftp_server: Any) -> None:
    """500 AUTH not understood: the server has no FTPS, so certificate advice would send the customer astray."""
    from ftpwizard.core.diagnosis.messages import render
    from ftpwizard.core.i18n import translator

    server = ftp_server()  # plain FTP: pyftpdlib answers AUTH with 500
    result = probe(server.url(scheme="ftpes"), PASSWORD)
    assert result.verdict.code == "tls_failed" and not result.verdict.params.get("fingerprint")
    korean = render(result.verdict, translator("ko"))
    assert "서버 응답: 500" in korean.why
    assert korean.advice.startswith("이 서버는 FTPS(보안 연결)를 지원하지 않는 것 같습니다.")
    assert "지문" not in korean.advice and "사용 안 함(일반 FTP)" in korean.advice
    assert "does not seem to support FTPS" in render(result.verdict).advice
