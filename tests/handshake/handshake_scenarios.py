"""Realistic probe event sequences for the handshake picture, built from the model dataclasses.

Each scenario is what the engine emits for one mode: StepStarted/StepFinished per step (with the real
commands and replies a server such as pyftpdlib or vsftpd sends), transcript lines, then ModeFinished.
``scripts/render_handshake.py`` uses them too (it puts this folder on sys.path).
"""

from __future__ import annotations

from dataclasses import dataclass

from ftpwizard.core.probe.model import (
    ErrorKind,
    Event,
    Mode,
    ModeFinished,
    ModeResult,
    StepFinished,
    StepResult,
    StepStarted,
    TranscriptEvent,
    TranscriptLine,
)

WAIT_S = 5.0  # the data-connection wait the engine announces in StepStarted.wait_s


@dataclass(frozen=True)
class StepSpec:
    n: int
    ok: bool
    command: str | None = None
    reply: str | None = None
    error: ErrorKind | None = None
    elapsed_ms: float = 40.0
    detail: dict | None = None
    wait_s: float | None = None


@dataclass(frozen=True)
class Scenario:
    name: str
    mode: Mode
    steps: tuple[StepSpec, ...]
    announced: str | None = None
    advertised: str | None = None
    connected_to: str | None = None
    advertised_usable: bool | None = None
    advertised_class: str | None = None
    command_used: str | None = None

    def mode_result(self) -> ModeResult:
        steps = [StepResult(n) for n in range(1, 5)]
        for spec in self.steps:
            steps[spec.n - 1] = StepResult(
                spec.n,
                spec.ok,
                spec.error,
                spec.command,
                spec.reply,
                spec.elapsed_ms,
                dict(spec.detail or {}),
            )
        failed = next((s.n for s in self.steps if not s.ok), None)
        data_bytes = next((int(s.detail["bytes"]) for s in self.steps if s.n == 4 and s.detail), 0)
        return ModeResult(
            mode=self.mode,
            ok=failed is None and len(self.steps) == 4,
            failed_step=failed,
            elapsed_ms=sum(s.elapsed_ms for s in self.steps),
            steps=steps,
            advertised=self.advertised,
            connected_to=self.connected_to,
            advertised_usable=self.advertised_usable,
            advertised_class=self.advertised_class,
            announced=self.announced,
            command_used=self.command_used,
            data_bytes=data_bytes,
        )

    def events(self) -> list[Event]:
        """What the engine emits, in order, for this mode."""
        out: list[Event] = []
        t = 1000.0
        for spec in self.steps:
            out.append(StepStarted(self.mode, spec.n, spec.command, t, spec.wait_s))
            if spec.command:
                out.append(TranscriptEvent(TranscriptLine(t, ">", spec.command)))
            t += spec.elapsed_ms
            if spec.reply:
                out.append(TranscriptEvent(TranscriptLine(t, "<", spec.reply)))
            out.append(
                StepFinished(
                    self.mode,
                    spec.n,
                    spec.ok,
                    spec.error,
                    spec.command,
                    spec.reply,
                    spec.elapsed_ms,
                    t,
                    dict(spec.detail or {}),
                )
            )
        out.append(ModeFinished(self.mode_result()))
        return out


PORT_CMD = "PORT 192,168,0,23,195,203"  # 192.168.0.23 port 50123
LIST_OK = StepSpec(4, True, "LIST", "226 Transfer complete.", detail={"bytes": 1234})

HEALTHY_ACTIVE = Scenario(
    "healthy_active",
    "active",
    (
        StepSpec(1, True, PORT_CMD, None, detail={"address": "192.168.0.23", "port": 50123}),
        StepSpec(2, True, PORT_CMD, "200 Active data connection established."),
        StepSpec(3, True, None, "150 File status okay. About to open data connection.", wait_s=WAIT_S),
        LIST_OK,
    ),
    announced="192.168.0.23:50123",
    command_used="PORT",
)

HEALTHY_PASSIVE = Scenario(
    "healthy_passive",
    "passive",
    (
        StepSpec(1, True, "PASV"),
        StepSpec(
            2,
            True,
            "PASV",
            "227 Entering passive mode (203,0,113,10,195,80).",
            detail={"address": "203.0.113.10", "port": 50000},
        ),
        StepSpec(3, True, None, None, detail={"address": "203.0.113.10", "port": 50000}, wait_s=WAIT_S),
        LIST_OK,
    ),
    advertised="203.0.113.10:50000",
    connected_to="203.0.113.10:50000",
    advertised_usable=True,
    advertised_class="public",
    command_used="PASV",
)

CLIENT_FIREWALL = Scenario(
    "active_client_firewall",
    "active",
    (
        StepSpec(1, True, PORT_CMD, None, detail={"address": "192.168.0.23", "port": 50123}),
        StepSpec(2, True, PORT_CMD, "200 Active data connection established."),
        StepSpec(3, False, None, "425 Can't open data connection.", ErrorKind.TIMEOUT, 5000.0, wait_s=WAIT_S),
    ),
    announced="192.168.0.23:50123",
    command_used="PORT",
)

NAT_500 = Scenario(
    "active_nat_500",
    "active",
    (
        StepSpec(1, True, PORT_CMD, None, detail={"address": "192.168.0.23", "port": 50123}),
        StepSpec(2, False, PORT_CMD, "500 Illegal PORT command.", ErrorKind.REJECTED),
    ),
    announced="192.168.0.23:50123",
    command_used="PORT",
)

ACTIVE_REFUSED_502 = Scenario(
    "active_refused_502",
    "active",
    (
        StepSpec(1, True, PORT_CMD, None, detail={"address": "192.168.0.23", "port": 50123}),
        StepSpec(2, False, PORT_CMD, "502 Command not implemented.", ErrorKind.REJECTED),
    ),
    announced="192.168.0.23:50123",
    command_used="PORT",
)

SERVER_FIREWALL = Scenario(
    "passive_server_firewall",
    "passive",
    (
        StepSpec(1, True, "PASV"),
        StepSpec(
            2,
            True,
            "PASV",
            "227 Entering passive mode (203,0,113,10,195,80).",
            detail={"address": "203.0.113.10", "port": 50000},
        ),
        StepSpec(
            3,
            False,
            None,
            None,
            ErrorKind.TIMEOUT,
            5000.0,
            detail={"address": "203.0.113.10", "port": 50000},
            wait_s=WAIT_S,
        ),
    ),
    advertised="203.0.113.10:50000",
    advertised_usable=True,
    advertised_class="public",
    command_used="PASV",
)

PASSIVE_BAD_ADDRESS = Scenario(
    "passive_bad_address",
    "passive",
    (
        StepSpec(1, True, "PASV"),
        StepSpec(
            2,
            True,
            "PASV",
            "227 Entering Passive Mode (192,168,10,5,195,80).",
            detail={"address": "192.168.10.5", "port": 50000},
        ),
        StepSpec(3, True, None, None, detail={"address": "203.0.113.10", "port": 50000}, wait_s=WAIT_S),
        LIST_OK,
    ),
    advertised="192.168.10.5:50000",
    connected_to="203.0.113.10:50000",
    advertised_usable=False,
    advertised_class="private",
    command_used="PASV",
)

ALL = (
    HEALTHY_ACTIVE,
    HEALTHY_PASSIVE,
    CLIENT_FIREWALL,
    NAT_500,
    ACTIVE_REFUSED_502,
    SERVER_FIREWALL,
    PASSIVE_BAD_ADDRESS,
)
