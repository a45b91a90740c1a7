"""The wizard's flow and state, without a GUI."""

from __future__ import annotations

from ftpwizard.core.diagnosis.model import Verdict
from ftpwizard.core.probe.model import ControlResult, ProbeResult
from ftpwizard.core.probe.target import parse_target
from ftpwizard.present.wizard.flow import CloseAnswer, Page, PageAction, ServerInput, WizardState


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


# ---------------------------------------------------------------- routes and buttons, without Qt

FINGERPRINT = "AB:CD:" + ":".join(["EF"] * 30)


def _tls_refused(fingerprint: str | None = FINGERPRINT) -> ProbeResult:
    params = {"fingerprint": fingerprint} if fingerprint else {}
    verdict = Verdict("tls_failed", [], None, params=params)
    return ProbeResult(parse_target("example.com"), ControlResult(ok=False), {}, verdict=verdict)


def _tested(result: ProbeResult) -> WizardState:
    state = WizardState(server=ServerInput(host="example.com"))
    state.start_probe()
    state.probe_finished(result)
    return state


def test_the_test_page_button_cancels_a_running_test_and_repeats_an_ended_one() -> None:
    state = WizardState(server=ServerInput(host="example.com"))
    idle = state.buttons(Page.TEST)
    assert idle.shown == idle.enabled == {PageAction.TEST_AGAIN}
    state.start_probe()
    running = state.buttons(Page.TEST)
    assert running.shown == running.enabled == {PageAction.CANCEL_TEST}
    # Leaving would cancel the probe: Back is off while it runs, Next until a result is in.
    assert (running.back_enabled, running.forward_enabled) == (False, False)
    assert state.test_again(Page.TEST) is None  # not offered while it runs
    route = state.cancel_test(Page.TEST)
    assert route is not None and route.stop_test and not route.start_test and route.page is Page.TEST
    # Stopping: the button stays but is off until the cancelled result arrives; a second press does nothing.
    assert route.buttons.shown == {PageAction.CANCEL_TEST} and route.buttons.enabled == frozenset()
    assert state.cancel_test(Page.TEST) is None
    cancelled = _result(control_ok=True)
    cancelled.cancelled = True
    state.probe_finished(cancelled)
    ended = state.buttons(Page.TEST)
    assert ended.enabled == {PageAction.TEST_AGAIN}
    assert (ended.back_enabled, ended.forward_enabled) == (True, False)
    again = state.test_again(Page.TEST)
    assert again is not None and again.start_test and again.page is Page.TEST


def test_esc_cancels_a_running_test_and_asks_on_a_result_page() -> None:
    state = WizardState(server=ServerInput(host="example.com"))
    assert state.escape(Page.WELCOME) is CloseAnswer.CLOSE
    state.start_probe()
    assert state.escape(Page.TEST) is CloseAnswer.CANCEL_TEST
    assert state.close(Page.TEST) is CloseAnswer.CLOSE  # the Close button and the X close, cancelling the test
    state.probe_finished(_result(control_ok=True))
    for page in (Page.VERDICT, Page.PROGRAM):
        assert state.escape(page) is state.close(page) is CloseAnswer.ASK
        assert state.buttons(page).close_asks
    for page in (Page.TEST, Page.FINISH):
        assert state.escape(page) is CloseAnswer.CLOSE
        assert not state.buttons(page).close_asks


def test_the_forward_button_is_finish_only_on_the_last_page_and_back_is_off_on_the_first() -> None:
    state = _tested(_result(control_ok=True))
    assert [state.buttons(page).forward for page in Page] == ["next"] * 5 + ["finish"]
    assert [page for page in Page if not state.buttons(page).back_enabled] == [Page.WELCOME]


def test_change_server_leads_back_to_the_server_page_only_when_it_was_not_reached() -> None:
    state = _tested(_result(control_ok=False))
    verdict = state.buttons(Page.VERDICT)
    assert verdict.shown == verdict.enabled == {PageAction.CHANGE_SERVER}
    route = state.change_server(Page.VERDICT)
    assert route is not None
    assert (route.page, route.path, route.start_test) == (Page.SERVER, (Page.WELCOME, Page.SERVER), False)
    assert route.buttons.forward_enabled  # the details that were tested are still valid
    reached = _tested(_result(control_ok=True))
    assert reached.buttons(Page.VERDICT).shown == {PageAction.REPLAY}
    assert reached.change_server(Page.VERDICT) is None
    assert reached.act(PageAction.REPLAY, Page.VERDICT) is None  # the replay stays on its page


def test_trusting_the_certificate_tests_again_with_it() -> None:
    state = _tested(_tls_refused())
    assert state.buttons(Page.VERDICT).shown == {PageAction.CHANGE_SERVER, PageAction.TRUST_CERTIFICATE}
    assert state.trust_certificate(Page.FINISH) is None  # offered on the verdict page only
    route = state.act(PageAction.TRUST_CERTIFICATE, Page.VERDICT)
    assert route is not None and route.start_test
    assert (route.page, route.path) == (Page.TEST, (Page.WELCOME, Page.SERVER, Page.TEST))
    assert state.accepted_certificate == FINGERPRINT
    assert state.start_probe().host == "example.com"  # the window starts the test the route asks for
    without = _tested(_tls_refused(fingerprint=None))
    assert PageAction.TRUST_CERTIFICATE not in without.buttons(Page.VERDICT).shown
    assert without.trust_certificate(Page.VERDICT) is None and without.accepted_certificate is None


def test_test_again_from_the_finish_page_goes_back_to_the_test_page() -> None:
    reached = _tested(_result(control_ok=True))
    assert reached.path_to(Page.FINISH) == [Page.WELCOME, Page.SERVER, Page.TEST, Page.VERDICT, Page.PROGRAM,
                                            Page.FINISH]
    assert reached.buttons(Page.FINISH).shown == {PageAction.TEST_AGAIN}
    route = reached.act(PageAction.TEST_AGAIN, Page.FINISH)
    assert route is not None and route.start_test
    assert (route.page, route.path) == (Page.TEST, (Page.WELCOME, Page.SERVER, Page.TEST))
    assert reached.test_again(Page.VERDICT) is None
    # Without a connection the program page is skipped on the way there, and Finish speaks of the server.
    unreached = _tested(_result(control_ok=False))
    assert unreached.path_to(Page.FINISH) == [Page.WELCOME, Page.SERVER, Page.TEST, Page.VERDICT, Page.FINISH]
    assert unreached.program_page_skipped


def test_the_window_opens_on_the_start_page_through_the_welcome_page() -> None:
    route = WizardState(start_page=Page.SERVER, server=ServerInput(host="example.com")).open_window()
    assert (route.page, route.path) == (Page.SERVER, (Page.WELCOME, Page.SERVER))
    assert route.buttons.back_enabled and route.buttons.forward_enabled  # --demo: Next tests at once
    plain = WizardState().open_window()
    assert (plain.page, plain.path, plain.buttons.back_enabled) == (Page.WELCOME, (Page.WELCOME,), False)
    assert not WizardState().buttons(Page.SERVER).forward_enabled  # nothing typed yet


def _report(pid: str, outcome: str, *fixes: tuple[str, object, bool], can_apply: bool = True):  # type: ignore[no-untyped-def]
    from ftpwizard.clients.outcome import Fix, ProgramOutcome
    from ftpwizard.clients.program_reports import ProgramReport

    return ProgramReport(pid, pid, True, "active", "global", None,
                         ProgramOutcome(outcome, ("active_blocked_client_side",),  # type: ignore[arg-type]
                                        tuple(Fix(*fix) for fix in fixes)), can_apply)


def test_a_failing_program_sends_the_customer_to_the_program_page_which_opens_on_it() -> None:
    from ftpwizard.present.wizard.flow import ProgramAdvice

    state = WizardState()
    result = _result(control_ok=True, recommended="passive")
    state.probe_finished(result)
    works = _report("winscp", "works")
    by_hand = _report("curl", "fails", ("disable-epsv", True, False), can_apply=False)
    switch = _report("filezilla", "fails", ("mode", "passive", True))
    hopeless = _report("ftp-exe", "cannot_work")
    assert state.judged_programs == () and state.program_to_open is None  # not judged yet
    state.programs_judged(result, [works, by_hand, switch, hopeless])
    assert [state.program_advice(r) for r in state.judged_programs] == [
        ProgramAdvice.NOTHING, ProgramAdvice.NEXT_PAGE_SHOWS, ProgramAdvice.NEXT_PAGE_CHANGES,
        ProgramAdvice.ANOTHER_PROGRAM]
    # The one ftpwizard can change comes first, though listed later.
    assert state.program_to_open == "filezilla"
    state.programs_judged(result, [works, by_hand, hopeless])
    assert state.program_to_open == "curl"
    state.programs_judged(result, [works])
    assert state.program_to_open is None


def test_program_outcomes_of_an_earlier_test_are_not_shown_for_a_new_one() -> None:
    state = WizardState()
    first = _result(control_ok=True)
    state.probe_finished(first)
    state.programs_judged(first, [_report("filezilla", "fails", ("mode", "passive", True))])
    second = _result(control_ok=True)
    state.probe_finished(second)
    assert state.judged_programs == () and state.program_to_open is None
    state.programs_judged(first, [_report("filezilla", "works")])  # a late answer for the old result
    assert state.judged_programs == ()


def test_without_a_program_page_a_failing_program_is_told_the_change_not_the_next_page() -> None:
    from ftpwizard.present.wizard.flow import ProgramAdvice

    state = WizardState()
    result = _result(control_ok=False)
    state.probe_finished(result)
    report = _report("filezilla", "fails", ("mode", "passive", True))
    state.programs_judged(result, [report])
    assert state.program_advice(report) is ProgramAdvice.CHANGE_BY_HAND
