"""The wizard's flow and state, without a GUI."""

from __future__ import annotations

from ftpwizard.diagnosis.model import Verdict
from ftpwizard.probe.model import ControlResult, ProbeResult
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


def test_the_window_opens_through_the_welcome_page() -> None:
    """Started on the server page (--demo, a URL), Back must still reach the language choice."""
    assert WizardState().opening_path() == [Page.WELCOME]
    assert WizardState(start_page=Page.SERVER).opening_path() == [Page.WELCOME, Page.SERVER]


def test_typed_host_and_port_are_split_into_the_fields() -> None:
    server = ServerInput(host="127.0.0.1:2401")
    assert server.target().port == 2401  # tested on the written port even before the split
    assert server.absorb_url()
    assert (server.host, server.port) == ("127.0.0.1", 2401)
    server = ServerInput(host=" [2001:db8::1]:2121 ")
    assert server.absorb_url()
    assert (server.host, server.port) == ("[2001:db8::1]", 2121)
    assert server.target().host == "2001:db8::1"


def test_a_bare_ipv6_address_is_never_split() -> None:
    for address in ("2001:db8::1", "2001:db8::1:2121", "::1"):
        server = ServerInput(host=address)
        assert not server.absorb_url()
        assert server.host == address
        assert server.target().port == 21


def test_a_port_in_the_address_that_differs_from_the_port_field_is_shown_not_guessed() -> None:
    server = ServerInput(host="ftp.example.com:2401", port=2121)
    assert not server.absorb_url()
    error = server.validation_error()
    assert error is not None and error.key == "port_conflict"
    assert error.params == {"address_port": "2401", "field_port": "2121"}
    assert (server.host, server.port) == ("ftp.example.com:2401", 2121)  # nothing changed behind the user's back
    same = ServerInput(host="ftp.example.com:2121", port=2121)
    assert same.absorb_url() and same.validation_error() is None
    implicit = ServerInput(host="ftp.example.com:2990", port=990, tls="implicit")
    assert implicit.absorb_url() and (implicit.port, implicit.tls) == (2990, "implicit")


def test_a_bad_port_is_kept_as_typed_and_reported() -> None:
    server = ServerInput(host="ftp.example.com", port=2121)
    for typed in ("70000", "0", "", "21a", "-1"):
        server.set_port_text(typed)
        assert server.bad_port_text == typed
        assert server.port == 2121
        error = server.validation_error()
        assert error is not None and error.key == "bad_port"
    server.set_port_text(" 2122 ")
    assert (server.port, server.bad_port_text, server.validation_error()) == (2122, None, None)


def test_test_outcome_names_how_the_test_ended() -> None:
    state = WizardState(server=ServerInput(host="ftp.example.com"))
    assert state.test_outcome == "running"  # before the first start the page is about to test
    state.start_probe()
    assert state.test_outcome == "running"
    state.probe_finished(_result(control_ok=True))
    assert state.test_outcome == "finished"
    state.probe_finished(_result(control_ok=False))
    assert state.test_outcome == "no_connection"
    assert state.program_page_skipped
    cancelled = _result(control_ok=True)
    cancelled.cancelled = True
    state.probe_finished(cancelled)
    assert state.test_outcome == "cancelled"
    state.start_probe()
    state.probe_stopped()
    assert state.test_outcome == "stopped"


def test_closing_on_a_result_not_yet_taken_to_the_end_asks_first() -> None:
    state = WizardState()
    assert not any(state.close_needs_confirmation(page) for page in Page)
    state.probe_finished(_result(control_ok=True))
    assert [page for page in Page if state.close_needs_confirmation(page)] == [Page.VERDICT, Page.PROGRAM]
