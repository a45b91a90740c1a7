"""What the diagnosis decides: the verdict, and for each mode that failed, who is to blame.

Plain records (no Qt). The diagnosis is the only place that interprets a probe result: the verdict's words,
the handshake picture, the reports and the command line read ``Verdict`` and ``Blame``; none of them decides a
side or reads a port out of a command or a reply on its own.
"""

from __future__ import annotations

from ftpwizard.core.probe.records import field, record

TYPE_CHECKING = False  # not typing's: importing typing costs the command line start-up time (records.py)
if TYPE_CHECKING:
    from typing import Any, Literal

    from ftpwizard.core.probe.model import Mode

    # client: the user's PC, its firewall or router; server: the server, its firewall or its hosting;
    # network: something between the two; unknown: the probe cannot tell (e.g. a listing cut short).
    Side = Literal["client", "server", "network", "unknown"]
else:
    Side = Mode = str

SIDES: tuple[Side, ...] = ("client", "server", "network", "unknown")


@record(frozen=True)
class Blame:
    """Who is to blame for one failed mode: decided once, by ``diagnosis.verdict.blame_step``."""

    mode: Mode
    step: int  # 1-4: the step that failed
    side: Side
    cause: str  # the verdict code of this mode's failure: the rule that decided the side
    # True: a firewall or router on ``side`` stopped the connection (the picture draws the mark at the wall);
    # False: the PC or the server itself (it refused, hung up, could not listen).
    firewall: bool = False
    # The data connection's two ends, as the probe recorded them (None = not known).
    client_address: str | None = None
    client_port: int | None = None
    server_address: str | None = None
    server_port: int | None = None

    @property
    def mark(self) -> str | None:
        """Where a picture marks this blame: "client_wall" / "server_wall" (a firewall or router on that side),
        "client" / "server" (the machine itself), None (the network between, or nobody can tell)."""
        if self.side not in ("client", "server"):
            return None
        return f"{self.side}_wall" if self.firewall else self.side

    def as_dict(self) -> dict[str, Any]:
        """The JSON form (``verdict.blame.<mode>`` of schema ftpwizard.core.probe/1)."""
        return {
            "step": self.step,
            "side": self.side,
            "cause": self.cause,
            "firewall": self.firewall,
            "client_address": self.client_address,
            "client_port": self.client_port,
            "server_address": self.server_address,
            "server_port": self.server_port,
        }


@record
class Verdict:
    code: str
    findings: list[str]
    recommended_mode: Mode | None
    # Values for the message templates ({port}, {address}...): never the password.
    params: dict[str, Any] = field(default_factory=dict)
    # One entry per mode ("active", "passive"): the blame when that mode failed, else None.
    blame: dict[str, Blame | None] = field(default_factory=lambda: {"active": None, "passive": None})
