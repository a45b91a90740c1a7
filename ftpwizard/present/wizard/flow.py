"""The wizard's pages, the order between them, its routes and buttons, and what it has collected so far.

Plain Python, like Electrum's wizard: every route (Next, Back to the server page, trust the certificate and
test again, test again, Esc and Close) is a named action here that returns where to go and how the buttons
stand. The Qt pages and window only call these actions and apply what they return, so every route is tested
without a GUI (tests/wizard).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:  # annotations only: the result model loads with the first probe
    from ftpwizard.clients.program_reports import ProgramReport
    from ftpwizard.core.probe.model import ProbeResult, TlsMode
from ftpwizard.core.i18n import DEFAULT_LANGUAGE
from ftpwizard.core.probe.records import replace
from ftpwizard.core.probe.target import Target, TargetError, parse_port, parse_target

DEFAULT_PORT = 21
IMPLICIT_PORT = 990


class Page(enum.IntEnum):
    WELCOME = 0
    SERVER = 1
    TEST = 2
    VERDICT = 3
    PROGRAM = 4
    FINISH = 5


class PageAction(enum.Enum):
    """A page's own buttons, beside the window's Back, Next, Finish and Close."""

    CANCEL_TEST = "cancel_test"  # the test page, while the test runs
    TEST_AGAIN = "test_again"  # the test page once a run ended; the finish page
    REPLAY = "replay"  # the verdict page, when the server was reached: the pictures again, slowly
    CHANGE_SERVER = "change_server"  # the verdict page, when the server was not reached
    TRUST_CERTIFICATE = "trust_certificate"  # the verdict page: an untrusted certificate, with its fingerprint


class ProgramAdvice(enum.Enum):
    """What the verdict page says after one of the customer's programs, beside its outcome."""

    NOTHING = "nothing"  # it works, or nobody can tell: nothing to change
    NEXT_PAGE_CHANGES = "next_page_changes"  # a setting this program can have changed for it, on the program page
    NEXT_PAGE_SHOWS = "next_page_shows"  # a setting to change by hand: the program page shows where
    CHANGE_BY_HAND = "change_by_hand"  # a setting to change, but no program page follows (say the change only)
    ANOTHER_PROGRAM = "another_program"  # no setting of this program can work with this server


class CloseAnswer(enum.Enum):
    """What Esc, the Close button or the window's X does."""

    CLOSE = "close"
    ASK = "ask"  # a result the user has not taken to the end would be lost: ask first
    CANCEL_TEST = "cancel_test"  # Esc while testing stops the test, not the program


@dataclass(frozen=True)
class Buttons:
    """How the buttons stand on one page."""

    back_enabled: bool
    # The window's default button: Enter always means going forward, never a page's own button.
    forward: Literal["next", "finish"]
    forward_enabled: bool  # the page may be left forward (QWizard's isComplete)
    close_asks: bool  # Close, Esc and the window's X ask before closing
    shown: frozenset[PageAction] = frozenset()  # the page's own buttons that are visible
    enabled: frozenset[PageAction] = frozenset()  # ... and of those, the ones that can be pressed


@dataclass(frozen=True)
class Route:
    """Where an action leads: the page to show, the pages from the welcome page to it (the window reaches it
    along them, and Back leads back along them), its buttons, and whether the test starts or stops there."""

    page: Page
    path: tuple[Page, ...]
    buttons: Buttons
    start_test: bool = False
    stop_test: bool = False


@dataclass
class ServerInput:
    """What the user typed on the server page. The password is kept in memory only."""

    host: str = ""
    port: int = DEFAULT_PORT
    user: str = ""
    password: str = field(default="", repr=False)
    tls: TlsMode = "none"
    # The Port field's text when it is not a port number: kept as typed (never corrected behind the
    # user's back) and reported by ``target()``; ``port`` keeps the last good number meanwhile.
    bad_port_text: str | None = None

    @property
    def default_port(self) -> int:
        return IMPLICIT_PORT if self.tls == "implicit" else DEFAULT_PORT

    def set_port_text(self, text: str) -> None:
        """The Port field as typed: a port number, or kept as bad text for ``target()`` to report."""
        try:
            self.port = parse_port(text)
        except TargetError:
            self.bad_port_text = text
        else:
            self.bad_port_text = None

    def _port_for(self, address: Target) -> int:
        """The port to test: the one written in the address (host:port) when the Port field still holds the
        default or the same number; two different ports are a conflict for the user to settle, not a guess."""
        written = address.port_in_address
        if written is None or written == self.port:
            return self.port
        if self.port == self.default_port:
            return written
        raise TargetError("port_conflict", address_port=written, field_port=self.port)

    def target(self) -> Target:
        """The probe target, or TargetError saying what is wrong (its ``key`` is translated by the page)."""
        if self.bad_port_text is not None:
            raise TargetError("bad_port")
        address = parse_target(self.host, tls=self.tls)
        target = replace(address, port=self._port_for(address))
        user = self.user.strip() or target.user
        return target.with_credentials(user=user, password=self.password or target.password)

    def validation_error(self) -> TargetError | None:
        try:
            self.target()
        except TargetError as exc:
            return exc
        return None

    def absorb_url(self) -> bool:
        """A pasted ``ftp://user:pass@host:port/path`` or a typed ``host:port`` (``[2001:db8::1]:2121``) is
        split into the fields; True if it was. A bare IPv6 address has no port to split off; a port that
        conflicts with the Port field stays in the address, for ``target()`` to report."""
        text = self.host.strip()
        try:
            target = parse_target(text)
        except TargetError:
            return False
        is_url = "://" in text
        if not is_url and target.port_in_address is None:
            return False
        if not is_url:
            try:
                self._port_for(parse_target(text, tls=self.tls))
            except TargetError:
                return False
        self.host = f"[{target.host}]" if target.is_ipv6 else (target.display_host or target.host)
        self.port = target.port
        self.bad_port_text = None
        if is_url:
            self.tls = target.tls
        if target.user:
            self.user = target.user
        if target.password:
            self.password = target.password
        return True

    def remembered(self) -> dict[str, Any]:
        """What may be stored between runs: never the password."""
        return {"host": self.host, "port": self.port, "user": self.user, "tls": self.tls}

    @classmethod
    def from_remembered(cls, values: dict[str, Any]) -> ServerInput:
        tls = values.get("tls", "none")
        try:
            port = int(values.get("port", DEFAULT_PORT))
        except (TypeError, ValueError):
            port = DEFAULT_PORT
        return cls(
            host=str(values.get("host", "") or ""),
            port=port if 1 <= port <= 65535 else DEFAULT_PORT,
            user=str(values.get("user", "") or ""),
            tls=tls if tls in ("none", "explicit", "implicit") else "none",
        )


@dataclass
class WizardState:
    language: str = DEFAULT_LANGUAGE
    server: ServerInput = field(default_factory=ServerInput)
    result: ProbeResult | None = None
    accepted_certificate: str | None = None
    probe_running: bool = False
    probe_stopped_without_result: bool = False
    cancel_requested: bool = False  # the user stopped the running test; its result has not come yet
    # Where the window opens: the server page when the details were given (--demo, an ftp:// URL).
    start_page: Page = Page.WELCOME
    demo_scenario: str | None = None  # set when the details are those of the built-in demo server
    # The customer's own FTP programs judged against ``programs_for`` (program_reports: detection reads
    # files, so the GUI judges them on a worker and hands them in with ``programs_judged``).
    programs: tuple[ProgramReport, ...] = ()
    programs_for: ProbeResult | None = None

    def opening_path(self) -> list[Page]:
        """The pages the window walks through on opening, the first one shown last. It always starts at the
        welcome page, so Back from a server page opened directly still reaches the language choice."""
        return self.path_to(self.start_page)

    def path_to(self, page: Page) -> list[Page]:
        """The pages from the welcome page to ``page`` as Next goes (the program page only when it is not
        skipped); it ends early where the flow does not lead to ``page``."""
        path = [Page.WELCOME]
        while path[-1] is not page:
            nxt = self.next_page(path[-1])
            if nxt is None:
                break
            path.append(nxt)
        return path

    @property
    def program_page_skipped(self) -> bool:
        """No program setting to change: the server was not reached (the flow skips the program page)."""
        return self.control_failed

    def _route(self, page: Page, *, start_test: bool = False, stop_test: bool = False) -> Route:
        return Route(page, tuple(self.path_to(page)), self.buttons(page), start_test=start_test, stop_test=stop_test)

    def close_needs_confirmation(self, page: Page) -> bool:
        """Closing (Esc, Close, the window's X) on a result the user has not reached the end with: ask first."""
        return page in (Page.VERDICT, Page.PROGRAM) and self.result is not None and not self.probe_running

    @property
    def control_failed(self) -> bool:
        return self.result is not None and not self.result.control.ok

    @property
    def recommended_mode(self) -> str | None:
        if self.result is None or self.result.verdict is None:
            return None
        return self.result.verdict.recommended_mode

    def mode_for_program(self, program_id: str) -> str | None:
        """The mode to set in this FTP program (the recommended one, unless that program cannot use it)."""
        # Imported here: the result model loads with the first probe, not with the window.
        from ftpwizard.core.diagnosis.verdict import mode_for_program

        return mode_for_program(self.result, program_id)

    # ------------------------------------------------------------ the customer's programs

    def programs_judged(self, result: ProbeResult, reports: tuple[ProgramReport, ...] | list[ProgramReport]) -> None:
        """The detected programs' outcomes for ``result`` (ignored once another test has replaced it)."""
        if result is self.result:
            self.programs, self.programs_for = tuple(reports), result

    @property
    def judged_programs(self) -> tuple[ProgramReport, ...]:
        """The customer's programs judged against the result shown now (none before they are judged)."""
        return self.programs if self.result is not None and self.programs_for is self.result else ()

    def program_advice(self, report: ProgramReport) -> ProgramAdvice:
        """What to say after ``report``'s line on the verdict page: the program page is where a failing
        program is fixed (automatically where its fix can be applied) or shown how to fix by hand."""
        outcome = report.outcome
        if outcome.outcome == "cannot_work":
            return ProgramAdvice.ANOTHER_PROGRAM
        if outcome.outcome != "fails" or not outcome.fixes:
            return ProgramAdvice.NOTHING
        if self.next_page(Page.VERDICT) is not Page.PROGRAM:
            return ProgramAdvice.CHANGE_BY_HAND
        if report.can_apply and any(fix.auto for fix in outcome.fixes):
            return ProgramAdvice.NEXT_PAGE_CHANGES
        return ProgramAdvice.NEXT_PAGE_SHOWS

    @property
    def program_to_open(self) -> str | None:
        """The program the program page opens on: the first of the customer's programs that fails with a
        fix (one ftpwizard can apply first), else the first that cannot work; None: the page's own choice."""
        advice = {report.id: self.program_advice(report) for report in self.judged_programs}
        for wanted in (ProgramAdvice.NEXT_PAGE_CHANGES, ProgramAdvice.NEXT_PAGE_SHOWS, ProgramAdvice.ANOTHER_PROGRAM):
            found = next((pid for pid, said in advice.items() if said is wanted), None)
            if found is not None:
                return found
        return None

    def can_leave(self, page: Page) -> bool:
        if page is Page.SERVER:
            return self.server.validation_error() is None
        if page is Page.TEST:
            return not self.probe_running and self.result is not None and not self.result.cancelled
        return True

    def next_page(self, page: Page) -> Page | None:
        if page is Page.WELCOME:
            return Page.SERVER
        if page is Page.SERVER:
            return Page.TEST
        if page is Page.TEST:
            return Page.VERDICT
        if page is Page.VERDICT:
            # With no working connection there is no mode to set in a program: straight to the report.
            return Page.FINISH if self.control_failed else Page.PROGRAM
        if page is Page.PROGRAM:
            return Page.FINISH
        return None

    @property
    def test_outcome(self) -> str:
        """Where the test stands, for the test page's title: running (also before the first start),
        finished, cancelled, no_connection (the server was not reached) or stopped (no result came)."""
        if self.probe_running or (self.result is None and not self.probe_stopped_without_result):
            return "running"
        if self.result is None:
            return "stopped"
        if self.result.cancelled:
            return "cancelled"
        return "finished" if self.result.control.ok else "no_connection"

    def start_probe(self) -> Target:
        target = self.server.target()
        self.result = None
        self.probe_running = True
        self.probe_stopped_without_result = False
        self.cancel_requested = False
        return target

    def probe_stopped(self) -> None:
        """The probe ended without a result (an internal error)."""
        self.probe_running = False
        self.cancel_requested = False
        self.probe_stopped_without_result = True

    def probe_finished(self, result: ProbeResult) -> None:
        self.probe_running = False
        self.cancel_requested = False
        self.result = result

    def accept_certificate(self, fingerprint: str) -> None:
        self.accepted_certificate = fingerprint

    # ------------------------------------------------------------ buttons

    def buttons(self, page: Page) -> Buttons:
        """The buttons on ``page`` as the state now stands. The window applies them whenever the page is
        shown and whenever the test starts, is stopped or ends."""
        shown: set[PageAction] = set()
        enabled: set[PageAction] = set()
        if page is Page.TEST:
            # One button: it cancels the running test, or repeats an ended one (also one that never started).
            action = PageAction.CANCEL_TEST if self.probe_running else PageAction.TEST_AGAIN
            shown.add(action)
            if not self.cancel_requested:
                enabled.add(action)
        elif page is Page.VERDICT and self.result is not None and self.result.verdict is not None:
            shown.add(PageAction.REPLAY if self.result.control.ok else PageAction.CHANGE_SERVER)
            if self.certificate_to_trust is not None:
                shown.add(PageAction.TRUST_CERTIFICATE)
            enabled = set(shown)
        elif page is Page.FINISH:
            shown = enabled = {PageAction.TEST_AGAIN}
        return Buttons(
            # Leaving the test page would cancel the probe (Cancel does that explicitly): Back is off while it runs.
            back_enabled=page is not Page.WELCOME and not (page is Page.TEST and self.probe_running),
            forward="finish" if self.next_page(page) is None else "next",
            forward_enabled=self.can_leave(page),
            close_asks=self.close_needs_confirmation(page),
            shown=frozenset(shown),
            enabled=frozenset(enabled),
        )

    @property
    def certificate_to_trust(self) -> str | None:
        """The fingerprint of the certificate the last test refused, when the user may trust it."""
        verdict = self.result.verdict if self.result is not None else None
        if verdict is None or verdict.code != "tls_failed":
            return None
        return str(verdict.params.get("fingerprint") or "") or None

    # ------------------------------------------------------------ actions
    # Each returns the route to follow, or None when ``page`` does not offer the action (nothing happens).

    def open_window(self) -> Route:
        """The window opens on ``start_page``, reached from the welcome page (see ``opening_path``)."""
        return self._route(self.start_page)

    def _offered(self, action: PageAction, page: Page) -> bool:
        return action in self.buttons(page).enabled

    def change_server(self, page: Page) -> Route | None:
        """Back to the server page, from a result where the server was not reached."""
        if not self._offered(PageAction.CHANGE_SERVER, page):
            return None
        return self._route(Page.SERVER)

    def trust_certificate(self, page: Page) -> Route | None:
        """Trust the certificate the test refused and test again with it."""
        fingerprint = self.certificate_to_trust
        if fingerprint is None or not self._offered(PageAction.TRUST_CERTIFICATE, page):
            return None
        self.accept_certificate(fingerprint)
        return self._test_again_route()

    def test_again(self, page: Page) -> Route | None:
        """Test again from the test page (after a run) or from the finish page: back to the test page."""
        if not self._offered(PageAction.TEST_AGAIN, page):
            return None
        return self._test_again_route()

    def _test_again_route(self) -> Route:
        return self._route(Page.TEST, start_test=True)

    def cancel_test(self, page: Page) -> Route | None:
        """Stop the running test; the test page stays, its button off until the (cancelled) result comes."""
        if not self._offered(PageAction.CANCEL_TEST, page):
            return None
        self.cancel_requested = True
        return self._route(Page.TEST, stop_test=True)

    def escape(self, page: Page) -> CloseAnswer:
        """Esc: while testing it cancels the test (QWizard would close the window); else as Close."""
        if self.probe_running:
            return CloseAnswer.CANCEL_TEST
        return self.close(page)

    def close(self, page: Page) -> CloseAnswer:
        """The Close button or the window's X."""
        return CloseAnswer.ASK if self.close_needs_confirmation(page) else CloseAnswer.CLOSE

    def act(self, action: PageAction, page: Page) -> Route | None:
        """A page's own button pressed on ``page`` (the replay stays on its page: no route)."""
        actions = {
            PageAction.CANCEL_TEST: self.cancel_test,
            PageAction.TEST_AGAIN: self.test_again,
            PageAction.CHANGE_SERVER: self.change_server,
            PageAction.TRUST_CERTIFICATE: self.trust_certificate,
        }
        handler = actions.get(action)
        return handler(page) if handler is not None else None
