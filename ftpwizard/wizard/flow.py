"""The wizard's pages, the order between them, and what it has collected so far.

Plain Python, like Electrum's wizard: the Qt pages only show this state and ask it where to go next,
so the flow is tested without a GUI.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: the result model loads with the first probe
    from ftpwizard.probe.model import ProbeResult, TlsMode
from ftpwizard.probe.records import replace
from ftpwizard.probe.target import Target, TargetError, parse_port, parse_target

DEFAULT_PORT = 21
IMPLICIT_PORT = 990


class Page(enum.IntEnum):
    WELCOME = 0
    SERVER = 1
    TEST = 2
    VERDICT = 3
    PROGRAM = 4
    FINISH = 5


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
    language: str = "ko"
    server: ServerInput = field(default_factory=ServerInput)
    result: ProbeResult | None = None
    accepted_certificate: str | None = None
    probe_running: bool = False
    probe_stopped_without_result: bool = False
    # Where the window opens: the server page when the details were given (--demo, an ftp:// URL).
    start_page: Page = Page.WELCOME
    demo_scenario: str | None = None  # set when the details are those of the built-in demo server

    def opening_path(self) -> list[Page]:
        """The pages the window walks through on opening, the first one shown last. It always starts at the
        welcome page, so Back from a server page opened directly still reaches the language choice."""
        path = [Page.WELCOME]
        while path[-1] is not self.start_page:
            nxt = self.next_page(path[-1])
            if nxt is None:
                break
            path.append(nxt)
        return path

    @property
    def program_page_skipped(self) -> bool:
        """No program setting to change: the server was not reached (the flow skips the program page)."""
        return self.control_failed

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
        from ftpwizard.diagnosis.verdict import mode_for_program

        return mode_for_program(self.result, program_id)

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
        return target

    def probe_stopped(self) -> None:
        """The probe ended without a result (an internal error)."""
        self.probe_running = False
        self.probe_stopped_without_result = True

    def probe_finished(self, result: ProbeResult) -> None:
        self.probe_running = False
        self.result = result

    def accept_certificate(self, fingerprint: str) -> None:
        self.accepted_certificate = fingerprint
