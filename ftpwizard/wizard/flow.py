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
from ftpwizard.probe.target import Target, TargetError, parse_target

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

    def target(self) -> Target:
        """The probe target, or TargetError saying what is wrong (its ``key`` is translated by the page)."""
        target = parse_target(self.host, tls=self.tls, port=self.port)
        user = self.user.strip() or target.user
        return target.with_credentials(user=user, password=self.password or target.password)

    def validation_error(self) -> TargetError | None:
        try:
            self.target()
        except TargetError as exc:
            return exc
        return None

    def absorb_url(self) -> bool:
        """A pasted ``ftp://user:pass@host:port/path`` is split into the fields; True if it was a URL."""
        text = self.host.strip()
        if "://" not in text:
            return False
        try:
            target = parse_target(text)
        except TargetError:
            return False
        self.host = f"[{target.host}]" if target.is_ipv6 else (target.display_host or target.host)
        self.port = target.port
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

    def start_probe(self) -> Target:
        target = self.server.target()
        self.result = None
        self.probe_running = True
        return target

    def probe_finished(self, result: ProbeResult) -> None:
        self.probe_running = False
        self.result = result

    def accept_certificate(self, fingerprint: str) -> None:
        self.accepted_certificate = fingerprint
