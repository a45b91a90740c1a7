"""What the four-step handshake picture shows, as plain data (no Qt).

One ``HandshakeState`` per FTP mode. It is fed the probe's live events (``apply``) or built from a
finished ``ModeResult`` (``from_mode_result``, used for still pictures and replays). The Qt view in
``ftpwizard.gui.handshake_view`` only draws it.

Texts are message ids (the English source text) plus parameters, so the view translates them with
``QCoreApplication.translate(CONTEXT, key)`` and then ``str.format(**params)``. Every id is marked with
``QT_TRANSLATE_NOOP("Handshake", ...)`` so ``pyside6-lupdate`` extracts it into
``resources/translations/handshake_<lang>.ts``.

Who is to blame is not decided here: the diagnosis decides it (``ftpwizard.core.diagnosis.verdict.blame_step``,
the same rule the verdict uses), and the picture only shows that ``Blame``: where the red mark goes
(``culprit``), the tag there and the status line (``FAILURE_STATUS``, one per cause).
"""

from __future__ import annotations

import copy
import enum
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ftpwizard.core.diagnosis.model import Blame
from ftpwizard.core.diagnosis.verdict import blame_step
from ftpwizard.core.probe.model import (
    ErrorKind,
    Event,
    Mode,
    ModeFinished,
    ModeResult,
    ProbeFinished,
    StepFinished,
    StepStarted,
)
from ftpwizard.core.vocabulary import QT_TRANSLATE_NOOP, SIDE_NAMES

CONTEXT = "Handshake"
Side = Literal["client", "server"]
# What the picture marks as the cause: a firewall/router, or a device itself (e.g. the server said no).
Culprit = Literal["client_wall", "server_wall", "client", "server"]
Severity = Literal["idle", "running", "ok", "warning", "error"]
STEPS = (1, 2, 3, 4)
MAX_REPLY_CHARS = 44  # a server reply quoted in a caption is cut here (the picture has room for ~50)


class ArrowStatus(enum.StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    OK = "ok"
    FAILED = "failed"
    SKIPPED = "skipped"  # not reached (an earlier step failed, or the probe was cancelled)


@dataclass(frozen=True)
class Caption:
    """A message id (the English source text) and the values for its ``{placeholders}``.

    A parameter may itself be a Caption (e.g. an address kind that must be translated too).
    """

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def english(self) -> str:
        """The untranslated text (for logs, tests and the command line)."""
        return self.key.format(
            **{k: v.english() if isinstance(v, Caption) else v for k, v in self.params.items()}
        )


class Msg:
    """Every text the handshake picture can show. The English text is the id."""

    # titles and fixed labels
    TITLE_ACTIVE = QT_TRANSLATE_NOOP("Handshake", "Active mode")
    TITLE_PASSIVE = QT_TRANSLATE_NOOP("Handshake", "Passive mode")
    SUBTITLE_ACTIVE = QT_TRANSLATE_NOOP("Handshake", "The server connects back to your PC for the data")
    SUBTITLE_PASSIVE = QT_TRANSLATE_NOOP("Handshake", "Your PC connects to the server for the data too")
    CLIENT = SIDE_NAMES["client"]  # shared words, translated in the Vocabulary context
    SERVER = SIDE_NAMES["server"]
    CLIENT_WALL = QT_TRANSLATE_NOOP("Handshake", "My firewall / router")
    SERVER_WALL = QT_TRANSLATE_NOOP("Handshake", "Server firewall")
    ROLE_CONTROL = QT_TRANSLATE_NOOP("Handshake", "command port")
    ROLE_DATA = QT_TRANSLATE_NOOP("Handshake", "data port")
    PORT_ANY = QT_TRANSLATE_NOOP("Handshake", "any free port")
    PORT_UNKNOWN = QT_TRANSLATE_NOOP("Handshake", "?")
    BLOCKED_HERE = QT_TRANSLATE_NOOP("Handshake", "Blocked here")
    CHANGED_HERE = QT_TRANSLATE_NOOP("Handshake", "Address changed here")
    REFUSED_HERE = QT_TRANSLATE_NOOP("Handshake", "Refused here")
    PROBLEM_HERE = QT_TRANSLATE_NOOP("Handshake", "Problem here")
    HUNG_UP_HERE = QT_TRANSLATE_NOOP("Handshake", "Hung up here")
    ACCESSIBLE_NAME = QT_TRANSLATE_NOOP("Handshake", "{mode}: connection steps")

    # active mode, step by step
    A1_RUNNING = QT_TRANSLATE_NOOP("Handshake", "{command}: telling the server my port {port}")
    A1_RUNNING_NOPORT = QT_TRANSLATE_NOOP("Handshake", "{command}: telling the server my port")
    A1_OK = QT_TRANSLATE_NOOP("Handshake", "{command}: I'm listening on {port}")
    A2_RUNNING = QT_TRANSLATE_NOOP("Handshake", "Waiting for the server's OK")
    A2_OK = QT_TRANSLATE_NOOP("Handshake", "{code} OK")
    A2_OK_SILENT = QT_TRANSLATE_NOOP("Handshake", "No reply: the server went to connect")
    A3_RUNNING = QT_TRANSLATE_NOOP("Handshake", "Server connecting to my port {port}")
    A3_OK = QT_TRANSLATE_NOOP("Handshake", "Server connected to my port {port}")
    A3_TIMEOUT = QT_TRANSLATE_NOOP("Handshake", "Blocked: no connection came in ({seconds} s)")
    # passive mode, step by step
    P1_RUNNING = QT_TRANSLATE_NOOP("Handshake", "{command}: asking for a data port")
    P1_OK = QT_TRANSLATE_NOOP("Handshake", "{command}: which port should I use?")
    P2_RUNNING = QT_TRANSLATE_NOOP("Handshake", "Waiting for the server's answer")
    P2_OK = QT_TRANSLATE_NOOP("Handshake", "{code}: come to port {port}")
    P2_WARNING = QT_TRANSLATE_NOOP("Handshake", "Server named {address} ({kind})")
    P3_RUNNING = QT_TRANSLATE_NOOP("Handshake", "Connecting to server port {port}")
    P3_OK = QT_TRANSLATE_NOOP("Handshake", "Connected to server port {port}")
    P3_TIMEOUT = QT_TRANSLATE_NOOP("Handshake", "Blocked: port {port} did not answer ({seconds} s)")
    P3_REFUSED = QT_TRANSLATE_NOOP("Handshake", "Port {port} refused the connection")
    # step 4 (both modes)
    S4_RUNNING = QT_TRANSLATE_NOOP("Handshake", "{command}: receiving the file list")
    S4_OK = QT_TRANSLATE_NOOP("Handshake", "File list received ({bytes} bytes)")
    S4_OK_EMPTY = QT_TRANSLATE_NOOP("Handshake", "File list received (empty folder)")

    # failures, any step
    FAIL_TIMEOUT = QT_TRANSLATE_NOOP("Handshake", "No answer after {seconds} s")
    FAIL_REFUSED = QT_TRANSLATE_NOOP("Handshake", "Refused")
    FAIL_RESET = QT_TRANSLATE_NOOP("Handshake", "Connection cut off")
    FAIL_UNREACHABLE = QT_TRANSLATE_NOOP("Handshake", "Unreachable")
    FAIL_REJECTED = QT_TRANSLATE_NOOP("Handshake", "Server said: {reply}")
    FAIL_REJECTED_NOREPLY = QT_TRANSLATE_NOOP("Handshake", "The server refused")
    FAIL_PROTOCOL = QT_TRANSLATE_NOOP("Handshake", "Unexpected answer: {reply}")
    FAIL_PROTOCOL_NOREPLY = QT_TRANSLATE_NOOP("Handshake", "Unexpected answer")
    FAIL_TLS = QT_TRANSLATE_NOOP("Handshake", "Encryption (TLS) failed")
    FAIL_DNS = QT_TRANSLATE_NOOP("Handshake", "Server name not found")
    FAIL_CANCELLED = QT_TRANSLATE_NOOP("Handshake", "Cancelled")
    FAIL_OTHER = QT_TRANSLATE_NOOP("Handshake", "Failed")
    NOT_REACHED = QT_TRANSLATE_NOOP("Handshake", "Not reached")

    # kinds of wrong addresses a server may name in its 227/229 reply
    KIND_PRIVATE = QT_TRANSLATE_NOOP("Handshake", "a private address")
    KIND_LOOPBACK = QT_TRANSLATE_NOOP("Handshake", "the server's own loopback")
    KIND_LINK_LOCAL = QT_TRANSLATE_NOOP("Handshake", "a link-local address")
    KIND_UNSPECIFIED = QT_TRANSLATE_NOOP("Handshake", "no real address")
    KIND_OTHER = QT_TRANSLATE_NOOP("Handshake", "not reachable from here")

    # the lane's status line
    ST_IDLE = QT_TRANSLATE_NOOP("Handshake", "Waiting to start")
    ST_RUNNING = QT_TRANSLATE_NOOP("Handshake", "Step {n} in progress…")
    ST_RUNNING_WAIT = QT_TRANSLATE_NOOP("Handshake", "Step {n}: waiting for an answer… {seconds} s")
    ST_A3_WAIT = QT_TRANSLATE_NOOP("Handshake", "Waiting for the server to connect back… {seconds} s")
    ST_P3_WAIT = QT_TRANSLATE_NOOP("Handshake", "Connecting to the server's port {port}… {seconds} s")
    ST_OK = QT_TRANSLATE_NOOP("Handshake", "Works: the file list arrived")
    ST_OK_WARNING = QT_TRANSLATE_NOOP(
        "Handshake", "Works, but the server names a wrong address ({address}) for the data"
    )
    ST_BLOCKED_CLIENT = QT_TRANSLATE_NOOP(
        "Handshake", "Blocked on your side: your firewall or router did not let the server's connection in"
    )
    ST_BLOCKED_NAT = QT_TRANSLATE_NOOP(
        "Handshake", "Your router changed your address, so the server refused it"
    )
    ST_CLIENT_LOCAL = QT_TRANSLATE_NOOP("Handshake", "Your PC could not open a port for the data")
    ST_SERVER_HUNG_UP = QT_TRANSLATE_NOOP("Handshake", "The server hung up instead of connecting back")
    ST_SERVER_REFUSED = QT_TRANSLATE_NOOP("Handshake", "The server is refusing connections right now")
    ST_ACTIVE_REFUSED = QT_TRANSLATE_NOOP("Handshake", "The server does not allow active mode")
    ST_BLOCKED_SERVER = QT_TRANSLATE_NOOP(
        "Handshake",
        "Blocked on the server side: the server's firewall did not let the connection to port {port} in",
    )
    ST_BLOCKED_SERVER_NOPORT = QT_TRANSLATE_NOOP(
        "Handshake", "Blocked on the server side: the server's firewall did not let the data connection in"
    )
    ST_PASSIVE_REFUSED = QT_TRANSLATE_NOOP("Handshake", "The server does not allow passive mode")
    ST_FAILED = QT_TRANSLATE_NOOP("Handshake", "Step {n} failed")
    ST_LIST_REFUSED = QT_TRANSLATE_NOOP("Handshake", "The server refused to list the folder: {reply}")
    ST_CANCELLED = QT_TRANSLATE_NOOP("Handshake", "Cancelled")
    ST_NOT_RUN = QT_TRANSLATE_NOOP("Handshake", "Not tested")
    ST_NOT_RUN_LOGIN = QT_TRANSLATE_NOOP(
        "Handshake", "Not tested: connecting or logging in to the server failed"
    )


# The lane's status line when a mode failed, by the cause the diagnosis gave (``Blame.cause``). Every cause
# the diagnosis can give has one (a test checks it); _failure_status adds the step-specific variants.
FAILURE_STATUS: dict[str, str] = {
    "active_blocked_client_side": Msg.ST_BLOCKED_CLIENT,  # step 1: ST_CLIENT_LOCAL
    "active_rejected_nat": Msg.ST_BLOCKED_NAT,
    "active_refused_by_server": Msg.ST_ACTIVE_REFUSED,
    "server_closed_connection": Msg.ST_SERVER_HUNG_UP,
    "server_refused_service": Msg.ST_SERVER_REFUSED,
    "passive_refused_by_server": Msg.ST_PASSIVE_REFUSED,
    "passive_blocked_server_side": Msg.ST_BLOCKED_SERVER,  # without a known port: ST_BLOCKED_SERVER_NOPORT
    "control_protocol_error": Msg.ST_FAILED,
    "tls_failed": Msg.ST_FAILED,
    "data_transfer_failed": Msg.ST_FAILED,  # the server refused LIST: ST_LIST_REFUSED
}

ADDRESS_KINDS = {
    "private": Msg.KIND_PRIVATE,
    "loopback": Msg.KIND_LOOPBACK,
    "link-local": Msg.KIND_LINK_LOCAL,
    "link_local": Msg.KIND_LINK_LOCAL,
    "unspecified": Msg.KIND_UNSPECIFIED,
}

# Which side sends each step's arrow.
ORIGIN: dict[str, dict[int, Side]] = {
    "active": {1: "client", 2: "server", 3: "server", 4: "server"},
    "passive": {1: "client", 2: "server", 3: "client", 4: "server"},
}
# Errors where nothing came back: the packet was stopped on its way (draw the arrow stopping at a wall).
SILENT_ERRORS = {ErrorKind.TIMEOUT, ErrorKind.REFUSED, ErrorKind.UNREACHABLE, ErrorKind.RESET}


@dataclass
class ArrowState:
    n: int
    origin: Side
    status: ArrowStatus = ArrowStatus.PENDING
    caption: Caption | None = None
    started_ms: float | None = None  # the probe's t_ms when the step started
    wait_s: float | None = None  # how long the probe waits at most (a countdown)
    error: ErrorKind | None = None
    reply: str | None = None
    warning: Caption | None = None  # shown under the arrow with a "!" (passive step 2's bad address)
    # A failed arrow is drawn up to this side's firewall (nothing got through); None = it reached the
    # other side (e.g. a refusal that did arrive) or nobody can tell where it stopped.
    stopped_at: Side | None = None

    @property
    def destination(self) -> Side:
        return "server" if self.origin == "client" else "client"


@dataclass(frozen=True)
class Status:
    severity: Severity
    caption: Caption


@dataclass(frozen=True)
class ReplayFrame:
    at_s: float
    state: HandshakeState


@dataclass
class HandshakeState:
    mode: Mode
    control_port: int = 21
    arrows: list[ArrowState] = field(default_factory=list)
    blame: Blame | None = None  # the diagnosis's answer for the failed step (None: nothing failed, or cancelled)
    blocked_side: Side | None = None  # the blame's side, when it is one of the two the picture draws
    culprit: Culprit | None = None  # where the picture puts the red mark
    culprit_note: Caption | None = None  # the short tag there: "Blocked here", "Address changed here"...
    client_data_port: int | None = None  # active: the port announced in PORT/EPRT
    server_data_port: int | None = None  # active: 20; passive: the port from the 227/229 reply
    command: str | None = None  # PORT / EPRT / PASV / EPSV
    list_command: str = "LIST"  # LIST / NLST / MLSD, as the probe sent it
    advertised_address: str | None = None
    cancelled: bool = False
    not_run_reason: str | None = None  # "login" when the control connection failed, "skipped" otherwise

    def __post_init__(self) -> None:
        if not self.arrows:
            self.arrows = [ArrowState(n, ORIGIN[self.mode][n]) for n in STEPS]
        if self.mode == "active" and self.server_data_port is None:
            self.server_data_port = 20

    # ------------------------------------------------------------ queries

    def arrow(self, n: int) -> ArrowState:
        return self.arrows[n - 1]

    @property
    def running_arrow(self) -> ArrowState | None:
        return next((a for a in self.arrows if a.status is ArrowStatus.RUNNING), None)

    @property
    def failed_arrow(self) -> ArrowState | None:
        return next((a for a in self.arrows if a.status is ArrowStatus.FAILED), None)

    @property
    def succeeded(self) -> bool:
        return all(a.status is ArrowStatus.OK for a in self.arrows)

    @property
    def warning(self) -> Caption | None:
        return next((a.warning for a in self.arrows if a.warning is not None), None)

    @property
    def is_active(self) -> bool:
        """True while something is happening (a step runs)."""
        return self.running_arrow is not None

    def copy(self) -> HandshakeState:
        return copy.deepcopy(self)

    def status(self, elapsed_s: float | None = None) -> Status:
        """The lane's one-line status. ``elapsed_s``: seconds since the running step started (countdown)."""
        if self.not_run_reason is not None:
            key = Msg.ST_NOT_RUN_LOGIN if self.not_run_reason == "login" else Msg.ST_NOT_RUN
            return Status("idle", Caption(key))
        running = self.running_arrow
        if running is not None:
            return Status("running", self._running_status(running, elapsed_s))
        failed = self.failed_arrow
        if failed is not None:
            return Status("error", self._failure_status(failed))
        if self.cancelled:
            return Status("idle", Caption(Msg.ST_CANCELLED))
        if self.succeeded:
            if self.warning is not None:
                return Status(
                    "warning", Caption(Msg.ST_OK_WARNING, {"address": self.advertised_address or "?"})
                )
            return Status("ok", Caption(Msg.ST_OK))
        return Status("idle", Caption(Msg.ST_IDLE))

    def _running_status(self, arrow: ArrowState, elapsed_s: float | None) -> Caption:
        if arrow.wait_s is None:
            return Caption(Msg.ST_RUNNING, {"n": arrow.n})
        seconds = max(0, math.ceil(arrow.wait_s - (elapsed_s or 0.0)))
        if arrow.n == 3 and self.mode == "active":
            return Caption(Msg.ST_A3_WAIT, {"seconds": seconds})
        if arrow.n == 3 and self.server_data_port is not None:
            return Caption(Msg.ST_P3_WAIT, {"port": self.server_data_port, "seconds": seconds})
        return Caption(Msg.ST_RUNNING_WAIT, {"n": arrow.n, "seconds": seconds})

    def _failure_status(self, arrow: ArrowState) -> Caption:
        cause = self.blame.cause if self.blame is not None else None
        if cause == "active_blocked_client_side" and arrow.n == 1:
            return Caption(Msg.ST_CLIENT_LOCAL)
        if cause == "passive_blocked_server_side" and self.server_data_port is None:
            return Caption(Msg.ST_BLOCKED_SERVER_NOPORT)
        if cause == "data_transfer_failed" and arrow.n == 4 and arrow.error is ErrorKind.REJECTED and arrow.reply:
            return Caption(Msg.ST_LIST_REFUSED, {"reply": short_reply(arrow.reply)})
        key = FAILURE_STATUS.get(cause or "", Msg.ST_FAILED)
        if key == Msg.ST_BLOCKED_SERVER:
            return Caption(key, {"port": self.server_data_port})
        return Caption(key, {"n": arrow.n}) if key == Msg.ST_FAILED else Caption(key)

    # ------------------------------------------------------------ live events

    def apply(self, event: Event) -> bool:
        """Feed one probe event. Returns True when something visible changed."""
        if isinstance(event, StepStarted):
            if event.phase != self.mode or not isinstance(event.step, int) or event.step not in STEPS:
                return False
            self._start_step(event.step, event.command, event.t_ms, event.wait_s)
            return True
        if isinstance(event, StepFinished):
            if event.phase == "control":
                if not event.ok and all(a.status is ArrowStatus.PENDING for a in self.arrows):
                    self._mark_not_run("login")
                    return True
                return False
            if event.phase != self.mode or not isinstance(event.step, int) or event.step not in STEPS:
                return False
            self._finish_step(
                event.step, event.ok, event.error, event.command, event.reply, event.elapsed_ms, event.detail
            )
            return True
        if isinstance(event, ModeFinished):
            if event.result.mode != self.mode:
                return False
            self._replace_with(HandshakeState.from_mode_result(event.result, self.control_port))
            return True
        if isinstance(event, ProbeFinished):
            result = event.result
            mode_result = result.modes.get(self.mode)
            if mode_result is not None:
                self._replace_with(HandshakeState.from_mode_result(mode_result, self.control_port))
                if result.cancelled:
                    self._cancel_rest()
                return True
            if all(a.status is ArrowStatus.PENDING for a in self.arrows):
                self._mark_not_run("skipped" if result.control.ok else "login")
                return True
            if result.cancelled or self.running_arrow is not None:
                self._cancel_rest()
                return True
        return False

    def _start_step(self, n: int, command: str | None, t_ms: float | None, wait_s: float | None) -> None:
        arrow = self.arrow(n)
        self._remember_command(command)
        for earlier in self.arrows[: n - 1]:
            if earlier.status is ArrowStatus.RUNNING:  # the probe moved on: that step never happened
                earlier.status = ArrowStatus.SKIPPED
                earlier.caption = Caption(Msg.NOT_REACHED)
        arrow.status = ArrowStatus.RUNNING
        arrow.started_ms = t_ms
        arrow.wait_s = wait_s
        arrow.error = None
        arrow.stopped_at = None
        arrow.caption = self._running_caption(n)

    def _finish_step(
        self,
        n: int,
        ok: bool | None,
        error: ErrorKind | None,
        command: str | None,
        reply: str | None,
        elapsed_ms: float,
        detail: Mapping[str, Any],
    ) -> None:
        arrow = self.arrow(n)
        self._remember_command(command)
        self._learn_ports(n, detail)
        arrow.reply = reply
        arrow.error = ErrorKind(error) if error is not None else None
        if ok:
            arrow.status = ArrowStatus.OK
            arrow.caption = self._ok_caption(n, reply, detail)
            arrow.stopped_at = None
            return
        if arrow.error is ErrorKind.CANCELLED:
            arrow.status = ArrowStatus.SKIPPED
            arrow.caption = Caption(Msg.FAIL_CANCELLED)
            self._cancel_rest()
            return
        arrow.status = ArrowStatus.FAILED
        for earlier in self.arrows[: n - 1]:
            if earlier.status in (ArrowStatus.PENDING, ArrowStatus.RUNNING):
                earlier.status = ArrowStatus.SKIPPED
                earlier.caption = Caption(Msg.NOT_REACHED)
        self._show_blame(blame_step(self.mode, n, arrow.error, reply))
        if self.culprit in ("client_wall", "server_wall") and (arrow.error in SILENT_ERRORS or n == 3):
            arrow.stopped_at = self.blocked_side
        else:
            arrow.stopped_at = None
        waited_s = detail.get("waited_s")
        if isinstance(waited_s, int | float) and waited_s > 0:
            elapsed_ms = max(elapsed_ms, waited_s * 1000.0)
        arrow.caption = self._failure_caption(n, arrow.error, reply, elapsed_ms)
        for later in self.arrows[n:]:
            later.status = ArrowStatus.SKIPPED
            later.caption = Caption(Msg.NOT_REACHED)

    def _show_blame(self, blame: Blame | None) -> None:
        """Put the diagnosis's blame into the picture: the red mark, its tag and the blocked side."""
        self.blame = blame
        self.culprit, note = culprit_mark(blame, self.failed_arrow.error if self.failed_arrow else None)
        self.blocked_side = blame.side if blame is not None and blame.side in ("client", "server") else None
        self.culprit_note = Caption(note) if note else None

    def _cancel_rest(self) -> None:
        self.cancelled = True
        for arrow in self.arrows:
            if arrow.status is ArrowStatus.RUNNING:
                arrow.status = ArrowStatus.SKIPPED
                arrow.caption = Caption(Msg.FAIL_CANCELLED)
            elif arrow.status is ArrowStatus.PENDING:
                arrow.status = ArrowStatus.SKIPPED
                arrow.caption = Caption(Msg.NOT_REACHED)

    def _mark_not_run(self, reason: str) -> None:
        self.not_run_reason = reason
        for arrow in self.arrows:
            arrow.status = ArrowStatus.SKIPPED
            arrow.caption = None

    def _replace_with(self, other: HandshakeState) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(other, name))

    def _remember_command(self, command: str | None) -> None:
        if command and re.fullmatch(r"[A-Z]{4}(, ?[A-Z]{4})+", command.strip()):
            command = command.split(",")[-1]  # "PASV, EPSV": the probe fell back to the last one
        verb = command_verb(command)
        if verb in ("PORT", "EPRT", "PASV", "EPSV"):
            self.command = verb
        elif verb in ("LIST", "NLST", "MLSD"):
            self.list_command = verb

    def _learn_ports(self, n: int, detail: Mapping[str, Any]) -> None:
        """The ports the probe recorded with each step (it parsed the commands and replies; we do not)."""
        port = _int_or_none(detail.get("port"))
        if self.mode == "active" and n == 1:
            if port is not None:
                self.client_data_port = port
        elif self.mode == "passive" and n == 2:
            if port is not None:
                self.server_data_port = port
            if detail.get("address"):
                self.advertised_address = str(detail["address"])
        elif self.mode == "passive" and n == 3 and port is not None and self.server_data_port is None:
            self.server_data_port = port
        elif self.mode == "active" and n == 3 and port is not None:
            self.server_data_port = port  # the port the server really connected from (20 by tradition)

    def _learn_mode_ports(self, result: ModeResult) -> None:
        if result.mode == "active":
            self._learn_ports(1, result.step(1).detail)
        else:
            self._learn_ports(2, result.step(2).detail)

    # ------------------------------------------------------------ captions

    def _verb(self, default: str) -> str:
        return self.command or default

    def _running_caption(self, n: int) -> Caption:
        if self.mode == "active":
            if n == 1:
                if self.client_data_port is None:
                    return Caption(Msg.A1_RUNNING_NOPORT, {"command": self._verb("PORT")})
                return Caption(Msg.A1_RUNNING, {"command": self._verb("PORT"), "port": self.client_data_port})
            if n == 2:
                return Caption(Msg.A2_RUNNING)
            if n == 3:
                return Caption(Msg.A3_RUNNING, {"port": self._port_text(self.client_data_port)})
        else:
            if n == 1:
                return Caption(Msg.P1_RUNNING, {"command": self._verb("PASV")})
            if n == 2:
                return Caption(Msg.P2_RUNNING)
            if n == 3:
                return Caption(Msg.P3_RUNNING, {"port": self._port_text(self.server_data_port)})
        return Caption(Msg.S4_RUNNING, {"command": self.list_command})

    def _ok_caption(self, n: int, reply: str | None, detail: Mapping[str, Any]) -> Caption:
        code = reply_code(reply)
        if self.mode == "active":
            if n == 1:
                return Caption(
                    Msg.A1_OK, {"command": self._verb("PORT"), "port": self._port_text(self.client_data_port)}
                )
            if n == 2:
                if code is None:  # silence, or a 425 that belongs to step 3: the server went to connect
                    return Caption(Msg.A2_OK_SILENT)
                return Caption(Msg.A2_OK, {"code": code})
            if n == 3:
                return Caption(Msg.A3_OK, {"port": self._port_text(self.client_data_port)})
        else:
            if n == 1:
                return Caption(Msg.P1_OK, {"command": self._verb("PASV")})
            if n == 2:
                default = 229 if self.command == "EPSV" else 227
                return Caption(
                    Msg.P2_OK, {"code": code or default, "port": self._port_text(self.server_data_port)}
                )
            if n == 3:
                return Caption(Msg.P3_OK, {"port": self._port_text(self.server_data_port)})
        size = _int_or_none(detail.get("bytes"))
        if not size:
            return Caption(Msg.S4_OK_EMPTY)
        return Caption(Msg.S4_OK, {"bytes": f"{size:,}"})

    def _failure_caption(
        self, n: int, error: ErrorKind | None, reply: str | None, elapsed_ms: float
    ) -> Caption:
        seconds = max(1, round(elapsed_ms / 1000)) if elapsed_ms else None
        if n == 3 and error is ErrorKind.TIMEOUT:
            if self.mode == "active":
                return Caption(Msg.A3_TIMEOUT, {"seconds": seconds or "?"})
            return Caption(
                Msg.P3_TIMEOUT, {"port": self._port_text(self.server_data_port), "seconds": seconds or "?"}
            )
        if n == 3 and error is ErrorKind.REFUSED and self.mode == "passive":
            return Caption(Msg.P3_REFUSED, {"port": self._port_text(self.server_data_port)})
        return failure_caption(error, reply, seconds)

    def _port_text(self, port: int | None) -> int | str:
        return port if port is not None else "?"

    # ------------------------------------------------------------ finished results

    @classmethod
    def from_mode_result(
        cls, result: ModeResult | None, control_port: int = 21, mode: Mode | None = None, blame: Blame | None = None
    ) -> HandshakeState:
        """The final picture of a finished mode (``None`` = the mode was not tested; pass ``mode``).

        ``blame``: the verdict's blame for this mode when there is a verdict (``verdict.blame[mode]``);
        without one the failed step asks the diagnosis's rule itself (``blame_step``, as live events do)."""
        if result is None:
            state = cls(mode or "active", control_port)
            state._mark_not_run("skipped")
            return state
        state = cls(result.mode, control_port)
        state._remember_command(result.command_used)
        state._learn_mode_ports(result)
        for step in result.steps:
            if step.ok is None:
                continue  # not reached (a LIST refusal skips step 3 and fails step 4)
            state._finish_step(
                step.n, step.ok, step.error, step.command, step.reply, step.elapsed_ms, step.detail
            )
            if not step.ok:
                break
        if blame is not None and state.failed_arrow is not None:
            state._show_blame(blame)  # the verdict's own (the steps above asked the same rule)
        if result.mode == "passive" and result.advertised_usable is False:
            kind = ADDRESS_KINDS.get(result.advertised_class or "", Msg.KIND_OTHER)
            state.arrow(2).warning = Caption(
                Msg.P2_WARNING, {"address": state.advertised_address or "?", "kind": Caption(kind)}
            )
        if state.failed_arrow is None and not state.succeeded and not state.cancelled:
            # Stopped without a failure: the probe was cancelled (or the result is incomplete).
            if any(a.status is not ArrowStatus.PENDING for a in state.arrows):
                state._cancel_rest()
        return state


# ---------------------------------------------------------------- replay


def replay_script(
    result: ModeResult, seconds_per_step: float = 1.0, control_port: int = 21
) -> list[ReplayFrame]:
    """Timed snapshots that retell a finished mode: each reached step runs for ~60 % of its slot, then
    shows its outcome. The last frame is exactly ``from_mode_result(result)``."""
    state = HandshakeState(result.mode, control_port)
    state._remember_command(result.command_used)
    if result.mode == "active":
        state._learn_mode_ports(result)
    frames = [ReplayFrame(0.0, state.copy())]
    at = 0.0
    for step in result.steps:
        if step.ok is None:
            continue
        state._start_step(step.n, step.command or result.command_used, None, None)
        frames.append(ReplayFrame(at, state.copy()))
        state._finish_step(
            step.n, step.ok, step.error, step.command, step.reply, step.elapsed_ms, step.detail
        )
        frames.append(ReplayFrame(at + 0.6 * seconds_per_step, state.copy()))
        at += seconds_per_step
        if not step.ok:
            break
    final = HandshakeState.from_mode_result(result, control_port)
    frames.append(ReplayFrame(max(at - 0.4 * seconds_per_step, 0.0), final))
    # Frames at the same moment: only the last one counts.
    deduped: list[ReplayFrame] = []
    for frame in frames:
        if deduped and deduped[-1].at_s == frame.at_s:
            deduped[-1] = frame
        else:
            deduped.append(frame)
    return deduped


# ---------------------------------------------------------------- helpers


def culprit_mark(blame: Blame | None, error: ErrorKind | None = None) -> tuple[Culprit | None, str | None]:
    """Where the picture draws the diagnosis's blame (``Blame.mark``), and the tag shown there."""
    mark: Culprit | None = blame.mark if blame is not None else None  # type: ignore[assignment]
    if blame is None or mark is None:
        return None, None  # the network between, or nobody can tell: the picture marks no device
    if blame.firewall:
        return mark, Msg.CHANGED_HERE if blame.cause == "active_rejected_nat" else Msg.BLOCKED_HERE
    if blame.cause == "server_closed_connection":
        return mark, Msg.HUNG_UP_HERE
    if mark == "server" and error in (ErrorKind.REJECTED, ErrorKind.PROTOCOL):
        return mark, Msg.REFUSED_HERE
    return mark, Msg.PROBLEM_HERE


def failure_caption(error: ErrorKind | None, reply: str | None, seconds: int | None) -> Caption:
    quoted = short_reply(reply)
    if error is ErrorKind.TIMEOUT:
        return Caption(Msg.FAIL_TIMEOUT, {"seconds": seconds if seconds is not None else "?"})
    if error is ErrorKind.REFUSED:
        return Caption(Msg.FAIL_REFUSED)
    if error is ErrorKind.RESET:
        return Caption(Msg.FAIL_RESET)
    if error is ErrorKind.UNREACHABLE:
        return Caption(Msg.FAIL_UNREACHABLE)
    if error is ErrorKind.TLS:
        return Caption(Msg.FAIL_TLS)
    if error is ErrorKind.DNS:
        return Caption(Msg.FAIL_DNS)
    if error is ErrorKind.CANCELLED:
        return Caption(Msg.FAIL_CANCELLED)
    if error is ErrorKind.PROTOCOL:
        return Caption(Msg.FAIL_PROTOCOL, {"reply": quoted}) if quoted else Caption(Msg.FAIL_PROTOCOL_NOREPLY)
    if quoted:  # rejected, or an unknown error that still has the server's words
        return Caption(Msg.FAIL_REJECTED, {"reply": quoted})
    if error is ErrorKind.REJECTED:
        return Caption(Msg.FAIL_REJECTED_NOREPLY)
    return Caption(Msg.FAIL_OTHER)


def short_reply(reply: str | None) -> str:
    """The first line of a server reply, cut to fit a caption."""
    if not reply:
        return ""
    line = reply.strip().splitlines()[0].strip() if reply.strip() else ""
    if line[:3].isdigit() and line[3:4] == "-":  # multi-line reply: "530-..." -> "530 ..."
        line = line[:3] + " " + line[4:]
    if len(line) > MAX_REPLY_CHARS:
        line = line[: MAX_REPLY_CHARS - 1].rstrip() + "…"
    return line


def reply_code(reply: str | None) -> int | None:
    if not reply:
        return None
    match = re.match(r"\s*(\d{3})", reply)
    return int(match.group(1)) if match else None


def command_verb(command: str | None) -> str | None:
    if not command or not command.strip():
        return None
    return command.split()[0].upper()


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
