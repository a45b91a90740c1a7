"""The wizard's flow and state, without a GUI."""

from __future__ import annotations

from ftpwizard.probe.model import ControlResult, ProbeResult, Verdict
from ftpwizard.probe.target import parse_target
from ftpwizard.wizard.flow import Page, ServerInput, WizardState


def test_pasted_url_is_split_into_fields() -> None:
    server = ServerInput(host="  ftp://kim:s3cret@ftp.example.com:2121/www ")
    assert server.absorb_url()
    assert (server.host, server.port, server.user, server.password) == ("ftp.example.com", 2121, "kim", "s3cret")


def test_implicit_ftps_url_sets_tls_and_port() -> None:
    server = ServerInput(host="ftps://ftp.example.com")
    assert server.absorb_url()
    assert (server.tls, server.port) == ("implicit", 990)


def test_plain_host_is_not_a_url() -> None:
    server = ServerInput(host="ftp.example.com")
    assert not server.absorb_url()
    assert server.host == "ftp.example.com"


def test_validation_errors_have_keys() -> None:
    assert ServerInput(host="").validation_error().key == "empty"
    assert ServerInput(host="kim@example.com").validation_error().key == "email"
    assert ServerInput(host="sftp://example.com").validation_error().key == "sftp"
    assert ServerInput(host="ftp.example.com", port=21).validation_error() is None


def test_remembered_values_never_hold_the_password() -> None:
    server = ServerInput(host="ftp.example.com", user="kim", password="pw-9d1f")
    remembered = server.remembered()
    assert "pw-9d1f" not in repr(remembered)
    restored = ServerInput.from_remembered(remembered)
    assert (restored.host, restored.user, restored.password) == ("ftp.example.com", "kim", "")


def test_bad_remembered_values_fall_back_to_defaults() -> None:
    restored = ServerInput.from_remembered({"port": "abc", "tls": "weird", "host": None})
    assert (restored.port, restored.tls, restored.host) == (21, "none", "")


def _result(control_ok: bool, recommended: str | None = "passive") -> ProbeResult:
    verdict = Verdict("both_ok" if control_ok else "control_refused", [], recommended if control_ok else None)
    return ProbeResult(parse_target("example.com"), ControlResult(ok=control_ok), {}, verdict=verdict)


def test_flow_skips_the_program_page_when_the_server_was_not_reached() -> None:
    state = WizardState()
    assert state.next_page(Page.WELCOME) is Page.SERVER
    assert state.next_page(Page.SERVER) is Page.TEST
    state.probe_finished(_result(control_ok=False))
    assert state.next_page(Page.VERDICT) is Page.FINISH
    state.probe_finished(_result(control_ok=True))
    assert state.next_page(Page.VERDICT) is Page.PROGRAM
    assert state.next_page(Page.PROGRAM) is Page.FINISH
    assert state.next_page(Page.FINISH) is None


def test_test_page_cannot_be_left_while_running_or_after_cancel() -> None:
    state = WizardState(server=ServerInput(host="example.com"))
    state.start_probe()
    assert not state.can_leave(Page.TEST)
    cancelled = _result(control_ok=True)
    cancelled.cancelled = True
    state.probe_finished(cancelled)
    assert not state.can_leave(Page.TEST)
    state.probe_finished(_result(control_ok=True))
    assert state.can_leave(Page.TEST)
    assert state.recommended_mode == "passive"
