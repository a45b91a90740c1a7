"""12. A certificate for another name, a self-signed one, and the --accept-certificate way past them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_certs import Pki, make_pki
from hostile_harness import TIMEOUT, assert_no_secret, run_cli, run_engine
from hostile_server import HostileServer

from ftpwizard.commands.probe import build_parser, human_report
from ftpwizard.core.diagnosis.messages import render
from ftpwizard.core.probe.serialize import to_dict

pytestmark = pytest.mark.timeout(90)


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def trust_test_ca(pki: Pki, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make the test CA the system's trust store (OpenSSL reads SSL_CERT_FILE when a context is made)."""
    monkeypatch.setenv("SSL_CERT_FILE", str(pki.ca_pem))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    return pki.ca_pem


def _check_refused(data: dict, fingerprint: str, problem_words: tuple[str, ...]) -> None:
    control = data["control"]
    assert (control["ok"], control["failed_step"], control["error"]) == (False, "tls", "tls")
    cert = control["certificate"]
    assert cert["sha256"] == fingerprint
    assert cert["accepted"] is False
    assert any(word in (cert["problem"] or "").lower() for word in problem_words), cert["problem"]
    assert "other.example" in (cert["subject"] or "")
    assert data["verdict"]["code"] == "tls_failed"
    assert data["modes"] == {"active": None, "passive": None}


def test_certificate_for_another_name_is_reported(
    pki: Pki, trust_test_ca: Path, hostile: Callable[..., HostileServer], password: str
) -> None:
    server = hostile(tls_context=pki.other_name.server_context())
    run = run_engine(server.address, password, tls="explicit")
    data = to_dict(run.result)
    _check_refused(data, pki.other_name.fingerprint, ("mismatch", "not valid for"))
    words = render(run.result.verdict, None)
    assert pki.other_name.fingerprint in words.why
    assert server.passwords == [], "the password was sent over a connection that was not trusted"
    assert run.step_s[("control", "tls")] <= 2 * TIMEOUT + 1.0
    report = human_report(run.result, "en")
    assert "--accept-certificate " + pki.other_name.fingerprint in report
    assert_no_secret(report + json.dumps(data, ensure_ascii=False), password, "the result")


def test_self_signed_certificate_is_reported(
    pki: Pki, hostile: Callable[..., HostileServer], password: str, tmp_path: Path
) -> None:
    server = hostile(tls_context=pki.self_signed.server_context())
    run = run_cli([server.address, "--tls", "explicit", "--timeout", str(TIMEOUT), "--json"], password,
                  tmp_path / "home")
    assert run.code == 2 and run.stderr == ""
    _check_refused(run.json(), pki.self_signed.fingerprint, ("self-signed", "self signed"))
    assert server.passwords == []


@pytest.mark.parametrize("which", ["other_name", "self_signed"])
def test_accepting_the_exact_fingerprint_continues(
    which: str, pki: Pki, hostile: Callable[..., HostileServer], password: str, tmp_path: Path
) -> None:
    cert = getattr(pki, which)
    server = hostile(tls_context=cert.server_context())
    run = run_cli([server.address, "--tls", "explicit", "--timeout", str(TIMEOUT), "--json",
                   "--accept-certificate", cert.fingerprint.lower().replace(":", "")], password, tmp_path / "home")
    assert run.code == 0, run.stdout + run.stderr
    data = run.json()
    assert data["control"]["ok"] is True
    assert data["control"]["certificate"]["accepted"] is True
    assert data["control"]["certificate"]["sha256"] == cert.fingerprint
    assert data["verdict"]["code"] == "both_ok"
    assert data["modes"]["passive"]["ok"] and data["modes"]["active"]["ok"]
    # Every control connection (the two modes and the two that count connections and carry the policy
    # checks) sent it, each over TLS.
    assert server.passwords == [password] * 4
    assert "PROT" in [c for c in server.commands()]
    assert_no_secret(run.stdout + run.stderr, password, "the command's output")


def test_another_fingerprint_is_still_refused(
    pki: Pki, hostile: Callable[..., HostileServer], password: str
) -> None:
    server = hostile(tls_context=pki.self_signed.server_context())
    run = run_engine(server.address, password, tls="explicit", accept_certificate=pki.other_name.fingerprint)
    data = to_dict(run.result)
    assert (data["control"]["failed_step"], data["control"]["error"]) == ("tls", "tls")
    assert data["control"]["certificate"]["sha256"] == pki.self_signed.fingerprint
    assert data["control"]["certificate"]["accepted"] is False
    assert server.passwords == []


def test_accepting_a_certificate_is_off_by_default_and_explained() -> None:
    parser = build_parser()
    assert parser.parse_args(["example.com"]).accept_certificate is None
    help_text = " ".join(parser.format_help().split())
    assert "--accept-certificate SHA256" in help_text
    for words in ("not trusted", "self-signed", "fingerprint", "only"):
        assert words in help_text, words
