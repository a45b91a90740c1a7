"""Run both FTP data-connection modes against one server and record every step.

``run_probe(target, options, on_event, cancel)`` is the whole engine: the GUI and the command line are two
thin views of it. Control phase: resolve → connect → banner → TLS → login. Then active and passive at the
same time on two control connections; if the server refuses the second, they run one after the other.

The second connection is opened as soon as the first has connected (so that a per-address limit hits the
second, not the first), reads its banner and does its TLS while the first logs in, and sends its user name
and password only once the first login succeeded: a wrong password costs one failed login, not two
(servers lock out repeated failures). On a distant server that is the fewest round trips this rule
allows (benchmarks/latency.py).

Connections 3 and 4 follow the same rule, each opened once the one before it was greeted: they count how many
logged-in connections this PC may have at once (up to 4, stopping at the first refused) and carry the policy
checks that split FTP programs (issue 14): EPSV's data connection on IPv4, where passive mode sends PASV, and
with FTPS a data connection that does not resume the TLS session. The checks also run on conn 1 or on the
active connection once its mode is done, never on a server that allows one connection, emit no step events
and end up in ``ProbeResult.policies`` (``_Extras``).
"""

from __future__ import annotations

import ipaddress
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable

from ftpwizard.core.probe.cancel import Cancelled, CancelToken, Deadline, LinkedCancelToken
from ftpwizard.core.probe.connection import (
    ProbeFTP,
    Transcript,
    certificate_info,
    connect_tcp,
    normalize_fingerprint,
)
from ftpwizard.core.probe.errors import (
    ProbeError,
    ProtocolViolation,
    ServerClosed,
    classify_exception,
    kind_of_reply,
    reply_of,
)
from ftpwizard.core.probe.model import (
    CONTROL_STEPS,
    CertificateInfo,
    ControlResult,
    ControlStep,
    ErrorKind,
    Event,
    ExtraConnection,
    ModeResult,
    Note,
    PolicyCheck,
    PolicyResult,
    ProbeFinished,
    ProbeResult,
    StepFinished,
    StepResult,
    StepStarted,
    TranscriptEvent,
)
from ftpwizard.core.probe.modes import LIST_LIMIT, RUNNERS, ModeContext, run_passive
from ftpwizard.core.probe.records import record, replace
from ftpwizard.core.probe.steps import STEP_ERRORS, run_aside
from ftpwizard.core.probe.target import Target

TYPE_CHECKING = False  # not typing's: importing typing costs the command line start-up time (records.py)
if TYPE_CHECKING:
    from typing import Any, Literal

DEFAULT_TIMEOUT = 8.0
MIN_DATA_WAIT = 3.0
_TLS_POLICY = re.compile(r"\b(TLS|SSL|encrypt|secure|AUTH)\b", re.IGNORECASE)


def local_iso_timestamp(seconds: float | None = None) -> str:
    """ISO 8601 local time with its UTC offset, like ``datetime.now().astimezone().isoformat("seconds")``
    (without importing datetime, which costs the command line start-up time)."""
    moment = time.localtime(seconds)
    offset = moment.tm_gmtoff
    sign = "+" if offset >= 0 else "-"
    hours, rest = divmod(abs(offset), 3600)
    return f"{time.strftime('%Y-%m-%dT%H:%M:%S', moment)}{sign}{hours:02d}:{rest // 60:02d}"


def _unverified_context() -> ssl.SSLContext:
    """TLS without checking the certificate: only for a certificate the user accepted by fingerprint,
    or to show the user the certificate that failed verification."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


@record
class ProbeOptions:
    mode: Literal["active", "passive", "both"] = "both"
    timeout: float = DEFAULT_TIMEOUT  # TCP connect and each whole reply
    accept_certificate: str | None = None  # SHA-256 fingerprint the user accepted
    min_data_wait: float = MIN_DATA_WAIT
    list_limit: int = LIST_LIMIT
    parallel: bool = True


class _ControlFailed(Exception):
    def __init__(self, step: str, kind: ErrorKind, reply: str | None = None, other: str | None = None) -> None:
        super().__init__(step, kind.value)
        self.step = step
        self.kind = kind
        self.reply = reply
        self.other = other


def data_wait_for(rtt_s: float | None, timeout: float, minimum: float = MIN_DATA_WAIT) -> float:
    """How long to wait for a data connection: max(3 s, 10 round trips), never above the timeout."""
    wait = max(minimum, 10.0 * (rtt_s or 0.0))
    return round(min(wait, timeout), 3)


def _sniff_protocol(text: str | None) -> str | None:
    if not text:
        return None
    head = text.lstrip()[:16].upper()
    if head.startswith("SSH-"):
        return "ssh"
    if head.startswith("HTTP/") or head.startswith("<!DOCTYPE") or head.startswith("<HTML"):
        return "http"
    if head.startswith("+OK"):
        return "pop3"
    if head.startswith("* OK"):
        return "imap"
    if head.startswith("220") and "SMTP" in text.upper()[:200]:
        return "smtp"
    return None


class _ExtraConnection:
    """A control connection beyond the first (conn 2, 3 or 4), opened on its own thread while the first logs in.

    It connects, reads the banner (``on_greeted`` then opens the next one) and does TLS at once, then waits for
    ``allow_login()`` (the first connection's login succeeded) before sending its credentials. ``work(self)``,
    if given, then runs on its thread with the logged-in connection (conns 3 and 4: the policy checks).
    ``take()`` hands over the logged-in connection or the reason it failed; ``abandon()`` stops and closes
    whatever was not taken. ``record`` is what the count of connections reads: logged in, or where it failed.
    """

    def __init__(
        self,
        probe: Probe,
        conn_id: int,
        on_greeted: Callable[[], None] | None = None,
        work: Callable[[_ExtraConnection], None] | None = None,
        login_allowed: bool = False,
    ) -> None:
        self._probe = probe
        self.conn_id = conn_id
        self._on_greeted = on_greeted
        self._work = work
        self.cancel = LinkedCancelToken(probe.cancel)
        self._login_allowed = threading.Event()
        if login_allowed:
            self._login_allowed.set()
        self._settled = threading.Event()  # logged in or failed: ``record`` is final
        self._steps = _Unrecorded(conn_id)
        self.record = ExtraConnection(conn_id)
        self.ftp: ProbeFTP | None = None
        self._taken = False
        self._aside = run_aside(self._run, f"ftpwizard-conn{conn_id}")

    def _run(self) -> tuple[ProbeFTP | None, _ControlFailed | None]:
        ftp, failed = self._open()
        self.ftp = ftp
        if failed is None:
            self.record.ok = True
        else:
            self.record.failed_step = failed.step  # type: ignore[assignment]
            self.record.error = failed.kind
            self.record.reply = self._probe.transcript.redact(failed.reply) if failed.reply else None
        self._settled.set()
        if ftp is not None and self._work is not None:
            try:
                self._work(self)
            except Cancelled:
                pass
        return ftp, failed

    def _open(self) -> tuple[ProbeFTP | None, _ControlFailed | None]:
        # Anything else is a bug of ours: raised again on the probe's thread by take() / finish().
        try:
            ftp = self._probe.open_control(
                self._steps, cancel=self.cancel, before_login=self._wait_for_login, on_greeted=self._on_greeted
            )
            return ftp, None
        except _ControlFailed as failed:
            return None, failed
        except Cancelled:
            return None, _ControlFailed(self._steps.step or "connect", ErrorKind.CANCELLED)

    def _wait_for_login(self) -> None:
        for wait_s in Deadline(None).slices(self.cancel):
            if self._login_allowed.wait(wait_s):
                break
        self.cancel.check()

    def allow_login(self) -> None:
        self._login_allowed.set()

    def logged_in(self, cancel: CancelToken) -> bool:
        """Wait until this connection logged in (True) or failed (False); raise Cancelled on ``cancel``."""
        for wait_s in Deadline(None).slices(cancel):
            if self._settled.wait(wait_s):
                break
        return self.record.ok

    def take(self) -> tuple[ProbeFTP | None, _ControlFailed | None]:
        """Wait until the connection has logged in or failed (a cancel ends it, hence the wait)."""
        self.allow_login()
        self._taken = True
        ftp, failed = self._aside.result()
        return ftp, failed

    def mark_taken(self) -> None:
        """The logged-in connection now belongs to the caller (who closes it): abandon() leaves it alone."""
        self._taken = True

    def wait(self, *, timeout: float) -> bool:
        """Wait at most ``timeout`` for its thread (login and work) to end, through a Deadline; True when it has."""
        return self._aside.wait(cancel=self._probe.cancel, timeout=max(0.0, timeout))

    def abandon(self) -> None:
        self.cancel.cancel()
        self._aside.wait()
        if not self._taken and self.ftp is not None:
            self._probe._quit(self.ftp)


# The policy checks: each is a passive mode's four steps on a free control connection, with these changes.
POLICY_CHECKS: dict[str, dict[str, Any]] = {
    # The passive command the passive mode does not use on IPv4 (it sends PASV): programs differ there.
    "epsv": {"passive_command": "EPSV"},
    # FTPS: a protected data connection that does not resume the control connection's TLS session.
    "tls_no_reuse": {"reuse_tls_session": False},
}


def _reusable(mode: ModeResult) -> bool:
    """Whether a control connection may carry a check after ``mode`` ran on it: only when the mode left it
    waiting for the next command (it worked; the server refused a command; passive's data port did not answer
    before LIST was sent). After a failed LIST the server may still be busy with it (connecting back)."""
    if mode.ok or mode.failed_step is None:
        return mode.ok
    step = mode.step(mode.failed_step)
    if mode.failed_step == 2 and step.error is ErrorKind.REJECTED:
        return (step.reply or "")[:3] != "421"
    return mode.mode == "passive" and mode.failed_step == 3 and step.error in (
        ErrorKind.TIMEOUT, ErrorKind.REFUSED, ErrorKind.UNREACHABLE)


def _ignore(_event: Any) -> None:
    """The checks' steps are recorded, never emitted: the modes' pictures must not see them."""


class _Extras:
    """Connections 2, 3 and 4, and the policy checks they carry (issue 14).

    They count how many logged-in connections this PC may have at once, run active mode (conn 2, or the first
    other one that logged in when the server refused conn 2) and carry the checks. Each opens only once the one
    before it was greeted, so a per-address limit refuses the last ones and a server that refuses the second is
    asked for no third. All log in once the first login succeeded (never before: a wrong password costs one
    failed login) and at once (a server that limits logins may let any of them in), and all stay open until
    the probe ends (they are closed at once). The checks run on whichever connection is free first: conn 3 or
    4 once logged in, conn 1 or the active one once its mode finished and left it usable; none when active
    mode had to wait for passive (a server that allows one connection at a time gets no extra check).
    """

    LAST_CONN = 4  # at most 3 connections beyond the first

    def __init__(self, probe: Probe, checks: list[str]) -> None:
        self._probe = probe
        self._pending = list(checks)
        self._lock = threading.Lock()
        self._closed = False
        self._login_allowed = False
        self._decided = threading.Event()  # where active mode runs is known
        self._active: _ExtraConnection | None = None  # None once decided: sequential, no checks
        self.record = PolicyResult()
        self.cancel = LinkedCancelToken(probe.cancel)  # ends the checks on conn 1 and the active one (finish())
        self.conns: list[_ExtraConnection] = []
        self._open(2)

    def _open(self, conn_id: int) -> None:
        with self._lock:
            if self._closed:
                return
            on_greeted = (lambda: self._open(conn_id + 1)) if conn_id < self.LAST_CONN else None
            self.conns.append(_ExtraConnection(self._probe, conn_id, on_greeted, self._work, self._login_allowed))

    def allow_login(self) -> None:
        with self._lock:
            self._login_allowed = True
            conns = list(self.conns)
        for extra in conns:
            extra.allow_login()

    def take_for_active(self) -> tuple[ProbeFTP | None, int, _ControlFailed | None]:
        """The connection active mode runs on: conn 2, else the first other one that logged in (a server that
        limits logins may have let conn 3 in first). (None, 0, conn 2's failure) when none did."""
        try:
            ftp, failed = self.conns[0].take()
            if ftp is not None:
                self._active = self.conns[0]
                return ftp, 2, None
            if failed is not None and failed.kind is ErrorKind.CANCELLED:
                return None, 0, failed
            for n in range(1, self.LAST_CONN - 1):  # conn n+2 exists, if ever, before conn n+1 is greeted
                if n < len(self.conns) and self.conns[n].logged_in(self._probe.cancel):
                    self._active = self.conns[n]
                    self._active.mark_taken()
                    return self._active.ftp, self._active.conn_id, None
            return None, 0, failed
        finally:
            self._decided.set()

    def _parallel(self, cancel: CancelToken) -> bool:
        """Wait until it is known where active mode runs; True when it got a connection of its own."""
        for wait_s in Deadline(None).slices(cancel):
            if self._decided.wait(wait_s):
                break
        return self._active is not None

    def _claim(self) -> str | None:
        with self._lock:
            return self._pending.pop(0) if self._pending else None

    def _passive_done(self, mode: ModeResult) -> None:
        """Checks passive mode's own result made pointless are dropped before anyone waits for them (on a server
        with a connection limit they run after the modes): without a working passive data connection there is no
        TLS session reuse to compare, and a passive mode that fell back to EPSV has tested EPSV itself."""
        with self._lock:
            if not mode.ok and "tls_no_reuse" in self._pending:
                self._pending.remove("tls_no_reuse")
            if mode.command_used == "EPSV" and "epsv" in self._pending:
                self._pending.remove("epsv")

    def _work(self, extra: _ExtraConnection) -> None:
        """Conn 2, 3 or 4, logged in: the checks, unless it runs active mode (then after_mode() runs them)."""
        if extra.conn_id == 2 or not self._parallel(extra.cancel) or extra is self._active:
            return
        assert extra.ftp is not None
        self._run_checks(extra.ftp, extra.conn_id, extra.cancel)

    def after_mode(self, ftp: ProbeFTP, conn_id: int, mode: ModeResult) -> None:
        """Conn 1 or the active one once its mode finished: the checks nobody has taken yet, if the mode left
        the connection usable and the modes ran at once."""
        if mode.mode == "passive":
            self._passive_done(mode)
        if not _reusable(mode) or self._probe.cancel.cancelled:
            return
        try:
            if not self._parallel(self.cancel):
                return
            own_cancel, ftp.cancel = ftp.cancel, self.cancel  # finish() can end these without the user's Cancel
            try:
                self._run_checks(ftp, conn_id, self.cancel)
            finally:
                ftp.cancel = own_cancel
        except Cancelled:
            pass

    def _run_checks(self, ftp: ProbeFTP, conn_id: int, cancel: CancelToken) -> None:
        for name in iter(self._claim, None):
            ctx = replace(self._probe._mode_context(ftp), emit=_ignore, cancel=cancel, **POLICY_CHECKS[name])
            result = run_passive(ctx)
            with self._lock:
                self.record.checks.append(PolicyCheck(name, conn_id, result))
            if not _reusable(result):
                return  # the connection is no longer in a known state: leave the rest to another

    def finish(self, grace_s: float) -> PolicyResult:
        """Once both modes are done: give the other connections ``grace_s`` more to log in and finish their
        checks, then stop them. What never came by then is recorded as a timeout at the step it was in."""
        deadline = Deadline(grace_s)
        for n in range(self.LAST_CONN - 1):  # conn n+3 exists, if ever, before conn n+2's thread ends
            if n < len(self.conns):
                self.conns[n].wait(timeout=deadline.remaining())
        with self._lock:
            self._closed = True
            conns = list(self.conns)
        self.cancel.cancel()
        for extra in conns:
            extra.cancel.cancel()
            extra.wait(timeout=5.0)  # they stop within a poll slice
        for extra in conns:
            if extra.record.error is ErrorKind.CANCELLED and not self._probe.cancel.cancelled:
                extra.record.error = ErrorKind.TIMEOUT  # we stopped waiting: it did not answer in time
        with self._lock:
            self.record.connections = [extra.record for extra in conns]
        return self.record

    def abandon(self) -> None:
        with self._lock:
            self._closed = True
            conns = list(self.conns)
        self._decided.set()
        self.cancel.cancel()
        for extra in conns:
            extra.abandon()


class _Unrecorded:
    """What a control connection leaves in the result when it is not the first: nothing (its lines still
    go to the transcript). The first connection's ``_ControlRecord`` overrides each of these."""

    def __init__(self, conn_id: int = 2) -> None:
        self.conn_id = conn_id
        self.step: str | None = None  # the step it is in, for the record of a connection stopped there

    def started(self, name: str, command: str | None, wait_s: float | None) -> None:
        self.step = name

    def finished(self, name: str, started: float, ok: bool, kind: ErrorKind | None, reply: str | None) -> None:
        pass

    def connected(self, sock: socket.socket, rtt_s: float) -> None:
        pass

    def greeted(self, banner: str) -> None:
        pass

    def certificate(self, info: CertificateInfo) -> None:
        pass

    def certificate_unverified(self, problem: str) -> None:
        pass

    def logged_in(self) -> None:
        pass

    def ready(self, ftp: ProbeFTP) -> None:
        pass


class _ControlRecord(_Unrecorded):
    """The first control connection: its steps become ``ControlResult.steps`` and control StepStarted /
    StepFinished events, its facts (round trip, addresses, banner, certificate, features) the result's."""

    def __init__(self, probe: Probe) -> None:
        super().__init__(1)
        self._probe = probe
        self.control = probe.control

    def started(self, name: str, command: str | None, wait_s: float | None) -> None:
        self.control.steps[name] = StepResult(n=len(self.control.steps) + 1, command=command)
        self._probe.emit(StepStarted("control", name, command, self._probe.transcript.ms(), wait_s))

    def finished(self, name: str, started: float, ok: bool, kind: ErrorKind | None, reply: str | None) -> None:
        step = self.control.steps[name]
        # The transcript is redacted line by line; a reply kept in the result must be too (a hostile
        # server may echo the password back in its reply to PASS).
        reply = self._probe.transcript.redact(reply) if reply else reply
        step.ok, step.error, step.reply = ok, kind, reply
        step.elapsed_ms = round((time.monotonic() - started) * 1000.0, 1)
        self._probe.emit(
            StepFinished("control", name, ok, kind, step.command, reply, step.elapsed_ms, self._probe.transcript.ms())
        )

    def connected(self, sock: socket.socket, rtt_s: float) -> None:
        self.control.rtt_ms = round(rtt_s * 1000.0, 2)
        peer, local = sock.getpeername(), sock.getsockname()
        self.control.peer, self.control.local = str(peer[0]), str(local[0])

    def greeted(self, banner: str) -> None:
        self.control.banner = banner

    def certificate(self, info: CertificateInfo) -> None:
        self.control.certificate = info

    def certificate_unverified(self, problem: str) -> None:
        self._probe._fetch_untrusted_certificate(problem)  # the first connection tells the user about it

    def logged_in(self) -> None:
        if self._probe._extras is not None:
            self._probe._extras.allow_login()  # the password is right: the other connections may use it now

    def ready(self, ftp: ProbeFTP) -> None:
        try:
            self._probe._read_features(ftp)
        except Cancelled:
            raise
        except STEP_ERRORS as exc:
            # The server went away or garbled right after the login: that is where it failed.
            raise _ControlFailed("login", classify_exception(exc), getattr(exc, "reply", None)) from None


class Probe:
    def __init__(
        self,
        target: Target,
        options: ProbeOptions | None = None,
        on_event: Callable[[Event], None] | None = None,
        cancel: CancelToken | None = None,
    ) -> None:
        self.target = target
        self.options = options or ProbeOptions()
        self.cancel = cancel or CancelToken()
        self._on_event = on_event
        self.transcript = Transcript([target.password], on_line=self._on_transcript)
        self.control = ControlResult()
        self._tls_verify: ssl.SSLContext | None = None
        self._tls_pinned: ssl.SSLContext | None = None
        self._pinned_ok = False
        self._addresses: list[tuple[int, tuple[Any, ...]]] = []
        self._extras: _Extras | None = None

    # ------------------------------------------------------------ events

    def emit(self, event: Event) -> None:
        if self._on_event is None:
            return
        try:
            self._on_event(event)
        except Exception:  # a broken viewer must not break the probe
            import logging  # only here: logging costs the command line ~8 ms of start-up

            logging.getLogger(__name__).exception("event handler failed")

    def _on_transcript(self, line: Any) -> None:
        self.emit(TranscriptEvent(line))

    # ------------------------------------------------------------ TLS

    def _context(self) -> ssl.SSLContext:
        """The context for this probe; created only when TLS is used (it costs start-up time)."""
        if self.options.accept_certificate:
            if self._tls_pinned is None:
                self._tls_pinned = _unverified_context()  # the fingerprint the user accepted is checked instead
            return self._tls_pinned
        if self._tls_verify is None:
            self._tls_verify = ssl.create_default_context()
        return self._tls_verify

    def _check_pinned(self, ftp: ProbeFTP, record: _Unrecorded) -> None:
        if not self.options.accept_certificate:
            return
        assert isinstance(ftp.sock, ssl.SSLSocket)
        info = certificate_info(ftp.sock.getpeercert(binary_form=True), None)
        wanted = normalize_fingerprint(self.options.accept_certificate)
        if info.sha256 != wanted:
            info.problem = "not the certificate you accepted"
            record.certificate(info)
            raise _ControlFailed("tls", ErrorKind.TLS, None)
        info.accepted = True
        info.problem = "accepted by the user"
        record.certificate(info)

    def _fetch_untrusted_certificate(self, problem: str) -> None:
        """After a failed verification, connect once more without verifying, only to show the certificate."""
        ctx = _unverified_context()
        ftp = ProbeFTP(transcript=self.transcript, cancel=self.cancel, timeout=self.options.timeout, conn_id=9, context=ctx)
        der = None
        try:
            family, address = self._addresses[0]
            ftp.attach(connect_tcp(address, family, self.options.timeout, self.cancel), self.target.host)
            if self.target.tls == "implicit":
                ftp.start_tls(self.target.host, self.options.timeout)
                ftp.read_reply()
            else:
                ftp.read_reply()
                ftp.putcmd("AUTH TLS")
                if ftp.read_reply()[:3] == "234":
                    ftp.start_tls(self.target.host, self.options.timeout)
            if isinstance(ftp.sock, ssl.SSLSocket):
                der = ftp.sock.getpeercert(binary_form=True)
        except STEP_ERRORS:
            pass
        finally:
            ftp.close()
        self.control.certificate = certificate_info(der, problem)

    # ------------------------------------------------------------ control phase

    def _step(
        self, record: _Unrecorded, name: str, command: str | None, fn: Callable[[], Any], wait_s: float | None = None
    ) -> Any:
        """Run one control step; the first connection records it and emits its events, others only transcribe."""
        started = time.monotonic()
        record.started(name, command, wait_s)
        try:
            value = fn()
        except _ControlFailed as failed:
            record.finished(name, started, False, failed.kind, failed.reply)
            raise
        except STEP_ERRORS as exc:
            kind, reply = classify_exception(exc), reply_of(exc)
            record.finished(name, started, False, kind, reply)
            raise _ControlFailed(name, kind, reply) from None
        record.finished(name, started, True, None, value if isinstance(value, str) else None)
        return value

    def _resolve(self) -> list[tuple[int, tuple[Any, ...]]]:
        host, port = self.target.host, self.target.port
        try:
            ip = ipaddress.ip_address(host)
        except ValueError:
            ip = None
        if ip is not None:
            family = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
            return [(family, (host, port, 0, 0) if family == socket.AF_INET6 else (host, port))]
        # getaddrinfo cannot be interrupted: run it aside and stop waiting on cancel or timeout.
        lookup = run_aside(lambda: socket.getaddrinfo(host, port, type=socket.SOCK_STREAM), "ftpwizard-dns")
        if not lookup.wait(cancel=self.cancel, timeout=self.options.timeout):
            raise ProbeError(ErrorKind.DNS, "name lookup timed out")
        try:
            infos = lookup.result()
        except OSError as exc:
            raise ProbeError(ErrorKind.DNS, str(exc)) from None
        seen: list[tuple[int, tuple[Any, ...]]] = []
        for family, _type, _proto, _canon, sockaddr in infos:
            if family in (socket.AF_INET, socket.AF_INET6) and (family, sockaddr) not in seen:
                seen.append((family, sockaddr))
        # IPv4 first: it is what the user's FTP programs will use, and PASV is IPv4-only.
        seen.sort(key=lambda item: item[0] != socket.AF_INET)
        if not seen:
            raise ProbeError(ErrorKind.DNS, "no address")
        return seen

    def _connect(self, cancel: CancelToken) -> tuple[socket.socket, float]:
        last: BaseException | None = None
        for family, address in self._addresses[:3]:
            started = time.monotonic()
            try:
                sock = connect_tcp(address, family, self.options.timeout, cancel)
                return sock, time.monotonic() - started
            except Cancelled:
                raise
            except OSError as exc:
                last = exc
        assert last is not None
        raise last

    def _read_banner(self, ftp: ProbeFTP) -> str:
        try:
            banner = ftp.read_reply()
        except ProtocolViolation as exc:
            other = _sniff_protocol(exc.reply)
            raise _ControlFailed("banner", ErrorKind.PROTOCOL, exc.reply, other) from None
        except ProbeError as exc:
            if exc.kind is ErrorKind.TIMEOUT:
                head = ftp.received_head()
                if head:
                    # A greeting that trickles or never ends is not silence (not implicit TLS, say).
                    raise _ControlFailed("banner", ErrorKind.TIMEOUT, head[:200]) from None
                raise _ControlFailed("banner", ErrorKind.TIMEOUT, None, self._poke_silent(ftp)) from None
            raise
        other = _sniff_protocol(banner)
        if other:
            raise _ControlFailed("banner", ErrorKind.PROTOCOL, banner, other)
        if banner[:3] == "120":  # "service ready in n minutes": not ready now
            raise _ControlFailed("banner", ErrorKind.REJECTED, banner)
        if banner[:1] != "2":
            raise _ControlFailed("banner", kind_of_reply(banner), banner)
        return banner

    def _poke_silent(self, ftp: ProbeFTP) -> str:
        """A silent server: an HTTP server answers a line of text; still silent suggests implicit TLS."""
        try:
            ftp.putline("HELP")
            line = ftp.read_line(Deadline(min(1.0, self.options.timeout)))
        except STEP_ERRORS:
            return "silent"
        return _sniff_protocol(line) or "silent"

    def _auth_tls(self, ftp: ProbeFTP, record: _Unrecorded) -> str:
        ftp.putcmd("AUTH TLS")
        reply = ftp.read_reply()
        if reply[:3] != "234":
            raise _ControlFailed("tls", kind_of_reply(reply), reply)
        self._handshake(ftp, record)
        return reply

    def _handshake(self, ftp: ProbeFTP, record: _Unrecorded) -> None:
        try:
            ftp.start_tls(self.target.host, self.options.timeout)
        except ssl.SSLCertVerificationError as exc:
            record.certificate_unverified(exc.verify_message or str(exc))
            raise _ControlFailed("tls", ErrorKind.TLS, None) from None
        except ssl.SSLError as exc:
            raise _ControlFailed("tls", ErrorKind.TLS, f"TLS: {exc.reason or exc}") from None
        self._check_pinned(ftp, record)

    def _login(self, ftp: ProbeFTP) -> str:
        user = self.target.login_user
        password = self.target.password if self.target.user else (self.target.password or "ftpwizard@")
        ftp.putcmd("USER " + user)
        reply = ftp.read_reply()
        if reply[:1] == "3":
            ftp.putcmd("PASS " + password)
            reply = ftp.read_reply()
        if reply[:1] == "3":  # ACCT: not something a hosting customer has
            raise _ControlFailed("login", ErrorKind.REJECTED, reply)
        if reply[:1] != "2":
            raise _ControlFailed("login", kind_of_reply(reply), reply)
        return reply

    def open_control(
        self,
        record: _Unrecorded,
        cancel: CancelToken | None = None,
        before_login: Callable[[], None] | None = None,
        on_connected: Callable[[], None] | None = None,
        on_greeted: Callable[[], None] | None = None,
    ) -> ProbeFTP:
        """Connect, read the banner, TLS, log in. ``record`` keeps what the connection finds (the first's) or
        nothing (the others'); ``before_login`` may hold the login back (the other connections wait for the
        first login); ``on_connected`` runs once the TCP connection stands, ``on_greeted`` after the banner."""
        cancel = cancel or self.cancel
        context = self._context() if self.target.tls != "none" else None
        ftp = ProbeFTP(
            transcript=self.transcript, cancel=cancel, timeout=self.options.timeout, conn_id=record.conn_id,
            context=context,
        )
        try:
            if not self._addresses:
                self._addresses = self._step(record, "resolve", self.target.host, self._resolve)
            else:
                self._step(record, "resolve", self.target.host, lambda: self._addresses)

            def connect() -> None:
                sock, rtt = self._connect(cancel)
                ftp.attach(sock, self.target.host)
                record.connected(sock, rtt)

            shown = f"{self.target.host}:{self.target.port}"
            self._step(record, "connect", shown, connect, self.options.timeout)
            if on_connected is not None:
                on_connected()
            if self.target.tls == "implicit":
                self._step(record, "tls", "TLS", lambda: self._handshake(ftp, record), self.options.timeout)
            record.greeted(self._step(record, "banner", None, lambda: self._read_banner(ftp), self.options.timeout))
            if on_greeted is not None:
                on_greeted()
            if self.target.tls == "explicit":
                self._step(record, "tls", "AUTH TLS", lambda: self._auth_tls(ftp, record), self.options.timeout)
            if before_login is not None:
                before_login()
            self._step(record, "login", "USER " + self.target.login_user, lambda: self._login(ftp), self.options.timeout)
            record.logged_in()
            if self.target.tls != "none":
                # Protect the data connection too; a server that refuses fails the TLS step.
                self._step(record, "tls", "PBSZ 0, PROT P", lambda: self._protect_data(ftp), self.options.timeout)
            record.ready(ftp)
        except BaseException:
            ftp.close()
            raise
        return ftp

    def _protect_data(self, ftp: ProbeFTP) -> str:
        ftp.sendcmd("PBSZ 0")
        return ftp.sendcmd("PROT P")

    def _read_features(self, ftp: ProbeFTP) -> None:
        ftp.putcmd("FEAT")
        reply = ftp.read_reply()
        if reply[:3] != "211":
            return
        wanted = ("EPSV", "EPRT", "AUTH TLS", "MLSD", "UTF8", "PASV", "SIZE", "MDTM", "REST STREAM")
        found = []
        for line in reply.splitlines()[1:-1]:
            feature = line.strip().upper()
            for name in wanted:
                if feature == name or feature.startswith(name + " ") or (name == "AUTH TLS" and feature.startswith("AUTH") and "TLS" in feature):
                    found.append(name)
        self.control.features = sorted(set(found))
        if "UTF8" in self.control.features:
            # FileZilla, WinSCP and lftp send this whenever FEAT lists UTF8, and some servers (IIS, Serv-U,
            # ProFTPD's mod_lang) send names in UTF-8 only after it: this connection's listings (passive mode's;
            # both when the server allows one connection) are read the way those programs read them. The
            # second connection does not send it, so active mode's listing is read as curl and Windows' ftp
            # read it. It costs no round trip on a healthy server with both modes at once: this
            # connection waits for the second's login anyway (benchmarks/latency.py).
            ftp.putcmd("OPTS UTF8 ON")
            self.control.opts_utf8 = ftp.utf8_on = ftp.read_reply()[:1] == "2"

    # ------------------------------------------------------------ modes

    def _mode_context(self, ftp: ProbeFTP) -> ModeContext:
        data_wait = data_wait_for(
            (self.control.rtt_ms or 0.0) / 1000.0, self.options.timeout, self.options.min_data_wait
        )
        return ModeContext(
            ftp=ftp,
            peer=self.control.peer or self.target.host,
            data_wait=data_wait,
            cancel=self.cancel,
            emit=self.emit,
            ms=self.transcript.ms,
            tls_context=self._context() if self.target.tls != "none" else None,
            pinned_fingerprint=(
                normalize_fingerprint(self.options.accept_certificate)
                if self.options.accept_certificate and self.target.tls != "none"
                else None
            ),
            server_hostname=self.target.host,
            list_path=self.target.path,
            list_limit=self.options.list_limit,
        )

    def run(self) -> ProbeResult:
        started_wall = local_iso_timestamp()
        # The transcript's zero, so that no line is stamped later than the probe's elapsed time (the transcript
        # is made before run() starts: a clock of its own made a last line at 4.8 ms in a probe of 4.7 ms).
        t0 = self.transcript.t0
        modes: dict[str, ModeResult | None] = {"active": None, "passive": None}
        result = ProbeResult(target=self.target, control=self.control, modes=modes, started_at=started_wall)
        wanted = ["passive", "active"] if self.options.mode == "both" else [self.options.mode]
        connections: list[ProbeFTP] = []
        both_at_once = len(wanted) == 2 and self.options.parallel
        try:
            ftp1 = self.open_control(_ControlRecord(self), on_connected=self._open_extras if both_at_once else None)
            connections.append(ftp1)
            self.control.ok = True
            self.control.elapsed_ms = round((time.monotonic() - t0) * 1000.0, 1)
            ctx1 = self._mode_context(ftp1)
            result.data_wait_s = ctx1.data_wait
            if len(wanted) == 1:
                modes[wanted[0]] = RUNNERS[wanted[0]](ctx1)  # type: ignore[index]
            else:
                self._run_both(ftp1, ctx1, modes, result, connections)
        except _ControlFailed as failed:
            self.control.ok = False
            self.control.failed_step = failed.step  # type: ignore[assignment]
            self.control.error = failed.kind
            self.control.reply = self.transcript.redact(failed.reply) if failed.reply else None
            self.control.other_protocol = failed.other
            self.control.elapsed_ms = round((time.monotonic() - t0) * 1000.0, 1)
        except Cancelled:
            pass
        except Exception as exc:  # a bug of ours must still end in a verdict, never in a traceback
            import logging

            logging.getLogger(__name__).error("probe failed unexpectedly: %s", type(exc).__name__, exc_info=True)
            self.transcript.add("*", f"internal error ({type(exc).__name__}); the result is incomplete")
            if not self.control.ok:
                # The step that was running when it broke (the last one started).
                started = [name for name in CONTROL_STEPS if name in self.control.steps]  # run in this order
                last: ControlStep = started[-1] if started else "connect"
                self.control.failed_step = self.control.failed_step or last
                self.control.error = ErrorKind.PROTOCOL
        finally:
            for ftp in connections:
                self._quit(ftp)
            if self._extras is not None:
                self._extras.abandon()  # stops and closes the connections the modes and checks did not use
        result.cancelled = self.cancel.cancelled or self.control.error is ErrorKind.CANCELLED
        result.transcript = list(self.transcript.lines)
        result.elapsed_ms = round((time.monotonic() - t0) * 1000.0, 1)
        self.emit(ProbeFinished(result))
        return result

    def _open_extras(self) -> None:
        checks = []
        if ":" not in (self.control.peer or ""):
            checks.append("epsv")  # IPv4: passive mode sends PASV; EPSV is what programs differ on
        if self.target.tls != "none":
            checks.append("tls_no_reuse")
        self._extras = _Extras(self, checks)

    def _passive_then_checks(self, ftp1: ProbeFTP, ctx1: ModeContext) -> ModeResult:
        mode = RUNNERS["passive"](ctx1)
        if self._extras is not None:
            self._extras.after_mode(ftp1, 1, mode)
        return mode

    def _run_both(
        self,
        ftp1: ProbeFTP,
        ctx1: ModeContext,
        modes: dict[str, ModeResult | None],
        result: ProbeResult,
        connections: list[ProbeFTP],
    ) -> None:
        passive = run_aside(lambda: self._passive_then_checks(ftp1, ctx1), "ftpwizard-passive")
        ftp2: ProbeFTP | None = None
        reason: str | None = None
        try:  # whatever happens here, the passive thread is waited for: nothing outlives the probe
            if self._extras is not None:
                ftp2, conn2, failed = self._extras.take_for_active()
                if ftp2 is not None:
                    connections.append(ftp2)
                elif failed is not None:
                    if failed.kind is ErrorKind.CANCELLED or self.cancel.cancelled:
                        raise Cancelled() from None
                    reason = self.transcript.redact(failed.reply) if failed.reply else failed.kind.value
            else:
                reason = "parallel probing disabled"
            if ftp2 is not None:
                active = modes["active"] = RUNNERS["active"](self._mode_context(ftp2))
                if self._extras is not None:
                    self._extras.after_mode(ftp2, conn2, active)
        finally:
            passive.wait()  # passive mode polls the same cancel token, so this wait ends with it
        modes["passive"] = passive.result()  # passive mode's own exception (a bug of ours) is raised here
        if self._extras is not None:
            # A check that began as the modes ended still gets its whole data wait and a few replies.
            rtt_s = (self.control.rtt_ms or 0.0) / 1000.0
            result.policies = self._extras.finish(ctx1.data_wait + max(1.0, 5 * rtt_s))
        if ftp2 is None and not self.cancel.cancelled:
            result.sequential = True
            result.sequential_reason = reason
            self.emit(Note("sequential", {"reason": reason or ""}))
            self.transcript.add("*", f"second connection refused ({reason}): testing active mode after passive")
            modes["active"] = RUNNERS["active"](ctx1)

    def _quit(self, ftp: ProbeFTP) -> None:
        # Say goodbye without waiting for the answer: after a blocked active mode, vsftpd, ProFTPD and
        # Pure-FTPd are still busy trying to connect back and would not answer QUIT for up to a minute.
        try:
            if ftp.sock is not None and not self.cancel.cancelled:
                ftp.putline("QUIT")
        except STEP_ERRORS:
            pass
        finally:
            ftp.close()


def run_probe(
    target: Target,
    options: ProbeOptions | None = None,
    on_event: Callable[[Event], None] | None = None,
    cancel: CancelToken | None = None,
) -> ProbeResult:
    """Probe ``target``; blocks until done or cancelled. Events go to ``on_event`` from worker threads."""
    return Probe(target, options, on_event, cancel).run()


__all__ = ["DEFAULT_TIMEOUT", "ProbeOptions", "ServerClosed", "data_wait_for", "run_probe"]
