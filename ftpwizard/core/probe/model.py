"""What a probe finds, and the events it emits while it runs.

Plain records (dataclass-like, see records.py): the GUI, the command line and the reports read the same objects.
Events are delivered by calling ``on_event(event)`` from the probe's worker threads;
a receiver that touches a GUI must hand them over to its own thread (Qt signals do).
"""

from __future__ import annotations

import enum

from ftpwizard.core.probe.records import field, record

TYPE_CHECKING = False  # not typing's: importing typing costs the command line start-up time (records.py)
if TYPE_CHECKING:
    from typing import Any, Literal

    from ftpwizard.core.diagnosis.model import Verdict  # for the type only: the probe never diagnoses
    from ftpwizard.core.probe.listing import ListingFacts

    Mode = Literal["active", "passive"]
    Phase = Literal["control", "active", "passive"]
    ControlStep = Literal["resolve", "connect", "banner", "tls", "login"]
    TlsMode = Literal["none", "explicit", "implicit"]
else:  # the Literal types are for mypy; at run time they are plain strings
    Mode = Phase = ControlStep = TlsMode = str

CONTROL_STEPS: tuple[ControlStep, ...] = ("resolve", "connect", "banner", "tls", "login")
MODES: tuple[Mode, ...] = ("active", "passive")


class ErrorKind(enum.StrEnum):
    """The fixed list of ways a step can fail (an interface: reports and scripts read it)."""

    DNS = "dns"
    TIMEOUT = "timeout"
    REFUSED = "refused"
    RESET = "reset"
    UNREACHABLE = "unreachable"
    REJECTED = "rejected"  # the server answered 4xx/5xx
    TLS = "tls"
    PROTOCOL = "protocol"  # a reply that makes no sense
    CANCELLED = "cancelled"


@record
class StepResult:
    """One of the four steps of a mode. ``ok`` is None when the step was not reached."""

    n: int
    ok: bool | None = None
    error: ErrorKind | None = None
    command: str | None = None
    reply: str | None = None
    elapsed_ms: float = 0.0
    # Free-form facts for captions and reports: {"port": 50123, "address": "192.0.2.7"}.
    detail: dict[str, Any] = field(default_factory=dict)


@record
class ModeResult:
    mode: Mode
    ok: bool = False
    failed_step: int | None = None
    elapsed_ms: float = 0.0
    steps: list[StepResult] = field(default_factory=lambda: [StepResult(n) for n in range(1, 5)])
    # passive
    advertised: str | None = None  # "addr:port" named in the 227/229 reply
    connected_to: str | None = None  # "addr:port" the probe actually connected to
    advertised_usable: bool | None = None
    advertised_class: str | None = None  # see addresses.classify()
    # active
    announced: str | None = None  # "addr:port" sent in PORT/EPRT
    command_used: str | None = None  # PASV / EPSV / PORT / EPRT
    data_bytes: int = 0
    data_truncated: bool = False  # listing longer than the read limit: we stopped reading
    # The listing's first bytes (at most listing.SAMPLE_LIMIT, the password masked; not in the JSON: names)
    # and what they show (listing.analyse: the names' character set, lines no program parses).
    listing_sample: bytes = b""
    listing: ListingFacts | None = None

    def step(self, n: int) -> StepResult:
        return self.steps[n - 1]


@record
class CertificateInfo:
    subject: str | None = None
    issuer: str | None = None
    sha256: str | None = None  # "AB:CD:..."
    not_after: str | None = None
    problem: str | None = None  # why it is not trusted: "self-signed", "host name mismatch", ...
    accepted: bool = False  # the user accepted this exact certificate


@record
class ControlResult:
    ok: bool = False
    failed_step: ControlStep | None = None
    error: ErrorKind | None = None
    reply: str | None = None
    elapsed_ms: float = 0.0
    steps: dict[str, StepResult] = field(default_factory=dict)  # by control step name
    peer: str | None = None  # the address the control connection reached
    local: str | None = None  # our end of the control connection
    rtt_ms: float | None = None  # TCP connect time: the round-trip estimate for data waits
    banner: str | None = None
    features: list[str] = field(default_factory=list)  # from FEAT: EPSV, EPRT, AUTH TLS, MLSD, UTF8...
    opts_utf8: bool | None = None  # the reply to OPTS UTF8 ON (sent only when FEAT lists UTF8): 2xx = True
    certificate: CertificateInfo | None = None
    # A hint about what else is on this port: "ssh", "http", "silent" (e.g. implicit FTPS on 990), "smtp"...
    other_protocol: str | None = None


@record
class TranscriptLine:
    t_ms: float
    dir: Literal[">", "<", "*"]  # sent, received, a note from the probe
    line: str
    conn: int = 1  # which control connection (1, or 2 for the second one)


@record
class ExtraConnection:
    """A control connection beyond the first (2, 3 or 4), opened at the same time to count how many this PC
    may have at once (issue 14). ``ok``: it logged in; else the control step it failed at and how."""

    conn: int
    ok: bool = False
    failed_step: ControlStep | None = None
    error: ErrorKind | None = None
    reply: str | None = None  # the server's reply at the failed step (redacted)


@record
class PolicyCheck:
    """One extra data connection made to learn a server policy (issue 14). Its four steps are recorded like a
    passive mode's, never emitted as events: the two modes, their pictures and their verdict do not see it."""

    name: str  # "epsv": the passive command the passive mode did not use (IPv4); "tls_no_reuse": see engine
    conn: int  # the control connection it ran on
    result: ModeResult


@record
class PolicyResult:
    """What the connections beyond the two modes found: how many connections at once, and the checks."""

    # Connections 2, 3 and 4 in the order they were opened; each opens only once the one before was greeted.
    connections: list[ExtraConnection] = field(default_factory=list)
    checks: list[PolicyCheck] = field(default_factory=list)

    def check(self, name: str) -> PolicyCheck | None:
        return next((c for c in self.checks if c.name == name), None)


@record
class ProbeResult:
    target: Any  # probe.target.Target (kept Any to avoid an import cycle)
    control: ControlResult
    modes: dict[str, ModeResult | None]
    sequential: bool = False
    sequential_reason: str | None = None
    transcript: list[TranscriptLine] = field(default_factory=list)
    started_at: str = ""  # ISO 8601, local time with offset
    elapsed_ms: float = 0.0
    cancelled: bool = False
    # Not the probe's: filled by whoever diagnoses the result (ftpwizard.core.diagnosis.run.probe_and_diagnose);
    # None for a cancelled probe and while only the probe has run.
    verdict: Verdict | None = None
    data_wait_s: float = 0.0
    # The server policies measured next to the modes (both modes at once only; None otherwise).
    policies: PolicyResult | None = None


# ---------------------------------------------------------------- events


@record(frozen=True)
class StepStarted:
    phase: Phase
    step: str | int  # a ControlStep name for "control", 1..4 for a mode
    command: str | None
    t_ms: float
    # How long the probe will wait at most for this step (a GUI shows a countdown).
    wait_s: float | None = None


@record(frozen=True)
class StepFinished:
    phase: Phase
    step: str | int
    ok: bool
    error: ErrorKind | None
    command: str | None
    reply: str | None
    elapsed_ms: float
    t_ms: float
    detail: dict[str, Any] = field(default_factory=dict)


@record(frozen=True)
class TranscriptEvent:
    entry: TranscriptLine


@record(frozen=True)
class Note:
    """Something worth telling the user while it happens (e.g. 'second connection refused: sequential')."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)


@record(frozen=True)
class ModeFinished:
    result: ModeResult


@record(frozen=True)
class ProbeFinished:
    result: ProbeResult


Event = StepStarted | StepFinished | TranscriptEvent | Note | ModeFinished | ProbeFinished
