"""The four steps of active and passive mode, each observed on its own (the seed article's ①–④).

| step | active                                         | passive                                  |
| 1    | client announces its data address (PORT/EPRT)  | client asks for a data port (PASV/EPSV)  |
| 2    | server acknowledges (200)                      | server names the port (227/229)          |
| 3    | server connects to the client's listening port | client connects to the server's port     |
| 4    | 150, data received, 226                        | LIST: 150, data received, 226            |
"""

from __future__ import annotations

import ftplib
import re
import select
import socket
import ssl
import time
from collections.abc import Callable

from ftpwizard.core.probe.addresses import classify, same_address
from ftpwizard.core.probe.cancel import CancelToken, Deadline
from ftpwizard.core.probe.connection import (
    ProbeFTP,
    certificate_info,
    connect_tcp,
    wrap_client,
)
from ftpwizard.core.probe.errors import ProbeError, ProtocolViolation, ReplyTimeout, kind_of_reply
from ftpwizard.core.probe.listing import SAMPLE_LIMIT, analyse
from ftpwizard.core.probe.model import ErrorKind, Mode, ModeFinished, ModeResult
from ftpwizard.core.probe.records import record
from ftpwizard.core.probe.steps import SKIP, StepOutcome, StepRun, fail, ok, run_steps

TYPE_CHECKING = False  # not typing's: importing typing costs the command line start-up time (records.py)
if TYPE_CHECKING:
    from typing import Any

LIST_LIMIT = 1024 * 1024  # bytes of listing read at most: past that the data connection clearly works


@record
class ModeContext:
    ftp: ProbeFTP
    peer: str  # the control connection's peer address: the only host the probe ever connects to
    data_wait: float  # how long to wait for a data connection (adaptive, see engine)
    cancel: CancelToken
    emit: Callable[[Any], None]
    ms: Callable[[], float]
    tls_context: ssl.SSLContext | None  # set when the data connection is protected (PROT P)
    server_hostname: str | None
    list_path: str = ""
    list_limit: int = LIST_LIMIT
    # With a certificate the user accepted (no CA check), the data connection must show the same one.
    pinned_fingerprint: str | None = None
    # The policy checks (engine): one passive command only, no fallback ("EPSV" while passive mode uses
    # PASV); and a protected data connection that does not resume the control connection's TLS session,
    # as programs that do not resume sessions make it.
    passive_command: str | None = None
    reuse_tls_session: bool = True


def _data_connection_failed(reply: str, after_list: bool) -> StepOutcome | None:
    """Step ③'s failure when the server says it could not open the data connection (425/426, or 421
    about the data connection). Before LIST any other 421 is the server closing the control connection."""
    code = reply[:3]
    if code in ("425", "426") or (code == "421" and (after_list or "data" in reply.lower())):
        return fail(ErrorKind.TIMEOUT if "time" in reply.lower() else ErrorKind.REJECTED, reply)
    return None


def _wait_reply_or_accept(
    ftp: ProbeFTP, listener: socket.socket | None, deadline: Deadline, cancel: CancelToken
) -> tuple[str, Any]:
    """Watch the control connection and the listening socket together.

    Returns ("reply", text), ("accept", socket) or ("timeout", None). A server may connect back while
    handling PORT (pyftpdlib) or after LIST (vsftpd, ProFTPD): both must be seen.
    """
    watch: list[Any] = [ftp.sock]
    if listener is not None:
        watch.append(listener)
    for wait_s in deadline.slices(cancel):
        if ftp.has_buffered_input():
            return "reply", ftp.read_reply()
        readable, _w, _x = select.select(watch, [], [], wait_s)
        if listener is not None and listener in readable:
            conn, _addr = listener.accept()
            return "accept", conn
        if ftp.sock in readable:
            return "reply", ftp.read_reply()
    if ftp.has_buffered_input():
        return "reply", ftp.read_reply()
    return "timeout", None


def _read_listing(sock: socket.socket, ctx: ModeContext, inactivity: float, keep: bytearray) -> tuple[int, bool]:
    """Read the listing until the server closes the data connection, at most ``list_limit`` bytes; its
    first ``SAMPLE_LIMIT`` bytes go to ``keep`` (for listing.analyse: the names' character set, the format).

    Also at most ``inactivity`` seconds in total: a server that trickles a byte at a time would otherwise
    keep the probe reading for days. Data that arrived proves the data connection works, so running out of
    time after some data counts as a truncated listing, not as a failure.
    """
    total = 0
    for wait_s in Deadline(inactivity).slices(ctx.cancel):
        sock.settimeout(wait_s)
        try:
            chunk = sock.recv(65536)
        except (TimeoutError, ssl.SSLWantReadError):
            continue
        except ssl.SSLError as exc:
            # Some servers close the data connection without a TLS close_notify: the data is complete.
            if "EOF" in str(exc) or "UNEXPECTED_EOF" in str(exc):
                return total, False
            raise
        if not chunk:
            return total, False
        if len(keep) < SAMPLE_LIMIT:
            keep += chunk[: SAMPLE_LIMIT - len(keep)]
        total += len(chunk)
        if total >= ctx.list_limit:
            return total, True
    if total:
        return total, True
    raise ReplyTimeout("the data connection opened but no data arrived")


def _keep_listing(result: ModeResult, ctx: ModeContext, sample: bytes, cut: bool) -> None:
    """Keep the listing's first bytes (the password masked, as in every reply kept) and what they show."""
    if not sample:
        return
    redact = ctx.ftp.transcript
    result.listing_sample = redact.redact_bytes(sample)
    result.listing = analyse(result.listing_sample, truncated=cut, redact=redact.redact, opts_utf8=ctx.ftp.utf8_on)


def _protect(ctx: ModeContext, sock: socket.socket) -> socket.socket:
    if ctx.tls_context is None:
        return sock
    control = ctx.ftp.sock
    session = control.session if isinstance(control, ssl.SSLSocket) and ctx.reuse_tls_session else None
    protected = wrap_client(ctx.tls_context, sock, ctx.server_hostname, ctx.cancel, ctx.ftp.reply_timeout, session)
    if ctx.pinned_fingerprint is not None:
        seen = certificate_info(protected.getpeercert(binary_form=True), None).sha256
        if seen != ctx.pinned_fingerprint:
            protected.close()
            raise ProbeError(ErrorKind.TLS, "the data connection showed another certificate than the one accepted")
    return protected


def _close(sock: socket.socket | None) -> None:
    if sock is not None:
        try:
            sock.close()
        except OSError:
            pass


def _list_command(ctx: ModeContext) -> str:
    return f"LIST {ctx.list_path}" if ctx.list_path else "LIST"


def _finish_transfer(run: StepRun, ctx: ModeContext, data: socket.socket, preliminary: str | None) -> StepOutcome:
    """Step ④ once the data connection exists: the 150 (if not seen yet), the data, the 226."""
    ftp = ctx.ftp
    replies: list[str] = []
    try:
        if preliminary is None:
            preliminary = ftp.read_reply()
            if preliminary[:1] != "1":
                return fail(kind_of_reply(preliminary), preliminary)
        replies.append(preliminary)
        run.partial_reply = preliminary
        data = _protect(ctx, data)
        sample = bytearray()
        try:
            total, truncated = _read_listing(data, ctx, ftp.reply_timeout, sample)
        finally:
            _keep_listing(run.result, ctx, bytes(sample), len(sample) >= SAMPLE_LIMIT)
        run.result.data_bytes = total
        run.result.data_truncated = truncated
        _close(data)
        if truncated:
            # The server is still sending: the data connection works, which is all we test.
            return ok("\n".join(replies), bytes=total, truncated=True)
        final = ftp.read_reply()
        replies.append(final)
        if final[:1] != "2":
            return fail(kind_of_reply(final), "\n".join(replies))
        return ok("\n".join(replies), bytes=total)
    finally:
        _close(data)


class _ModeSteps:
    """One mode's four steps (``steps()``, in order) and the sockets they share; ``close()`` ends them."""

    def __init__(self, ctx: ModeContext, run: StepRun) -> None:
        self.ctx = ctx
        self.ftp = ctx.ftp
        self.run = run
        self.result = run.result
        self.data: socket.socket | None = None

    def steps(self) -> tuple[Callable[[], StepOutcome], ...]:
        raise NotImplementedError

    def close(self) -> None:
        _close(self.data)

    def _take_data(self) -> socket.socket:
        data, self.data = self.data, None  # from here on _finish_transfer closes it
        assert data is not None
        return data


def _run_mode(ctx: ModeContext, mode: Mode, kind: type[_ModeSteps]) -> ModeResult:
    result = ModeResult(mode)
    run = StepRun(result, ctx.emit, ctx.ms, ctx.ftp.transcript.redact)
    t0 = time.monotonic()
    steps = kind(ctx, run)
    try:
        if run_steps(run, steps.steps()):
            result.ok = True
    finally:
        steps.close()
        result.elapsed_ms = round((time.monotonic() - t0) * 1000.0, 1)
    ctx.emit(ModeFinished(result))
    return result


# ---------------------------------------------------------------- active


class _ActiveSteps(_ModeSteps):
    def __init__(self, ctx: ModeContext, run: StepRun) -> None:
        super().__init__(ctx, run)
        self.listener: socket.socket | None = None
        self.early_accept = False  # the server connected back while handling PORT (pyftpdlib)
        self.connect_back_failed: StepOutcome | None = None  # step ③'s failure, seen in step ②
        self.preliminary: str | None = None  # a 150 that came before the data connection (ProFTPD)
        self.list_refused: str | None = None

    def steps(self) -> tuple[Callable[[], StepOutcome], ...]:
        return (self.announce, self.acknowledge, self.connect_back, self.transfer)

    def close(self) -> None:
        _close(self.listener)
        super().close()

    def announce(self) -> StepOutcome:
        """① Announce the address of our end of the control connection: what a client behind NAT sends."""
        ftp, result = self.ftp, self.result
        assert ftp.sock is not None
        local_ip = ftp.sock.getsockname()[0]
        self.listener = listener = socket.socket(ftp.af, socket.SOCK_STREAM)
        listener.bind((local_ip, 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        if ftp.af == socket.AF_INET:
            command = "PORT " + ",".join([*local_ip.split("."), str(port >> 8), str(port & 0xFF)])
            result.command_used = "PORT"
        else:
            command = f"EPRT |2|{local_ip}|{port}|"
            result.command_used = "EPRT"
        result.announced = f"{local_ip}:{port}" if ":" not in local_ip else f"[{local_ip}]:{port}"
        self.run.start(command)
        ftp.putcmd(command)
        return ok(address=local_ip, port=port)

    def acknowledge(self) -> StepOutcome:
        """② The server acknowledges, or says no; some servers already connect back here (pyftpdlib)."""
        ftp, wait = self.ftp, self.ctx.data_wait
        self.run.start(None, wait)
        kind, value = _wait_reply_or_accept(ftp, self.listener, Deadline(wait), self.ctx.cancel)
        if kind == "accept":
            self.data, self.early_accept = value, True
            value = ftp.read_reply()
        elif kind == "timeout":
            # Silence: the server is busy trying to reach us and cannot. That is step ③ failing.
            self.connect_back_failed = fail(ErrorKind.TIMEOUT, None, waited_s=round(wait, 1))
            return ok(None, waited=True)
        reply: str = value
        if reply[:1] == "2":
            return ok(reply)
        failed = _data_connection_failed(reply, after_list=False)
        if failed is not None:
            # The server accepted the address and failed to connect to it while handling PORT.
            self.connect_back_failed = failed
            return ok(None)
        return fail(ErrorKind.REJECTED if reply[:1] in "45" else ErrorKind.PROTOCOL, reply)

    def connect_back(self) -> StepOutcome:
        """③ After LIST, the server connects from its port 20 to our listening port."""
        ftp, run, wait = self.ftp, self.run, self.ctx.data_wait
        if self.connect_back_failed is not None:
            run.start(None, wait)
            return self.connect_back_failed
        list_cmd = _list_command(self.ctx)
        run.start(list_cmd, wait)
        ftp.putcmd(list_cmd)
        if self.early_accept:
            return ok(None, early=True)
        deadline = Deadline(wait)
        while self.data is None:
            kind, value = _wait_reply_or_accept(ftp, self.listener, deadline, self.ctx.cancel)
            if kind == "accept":
                self.data = value
            elif kind == "timeout":
                return fail(ErrorKind.TIMEOUT, self.preliminary, waited_s=round(wait, 1))
            elif value[:1] == "1":
                self.preliminary = run.partial_reply = value  # 150 before connecting (ProFTPD): keep watching
            elif (failed := _data_connection_failed(value, after_list=True)) is not None:
                return failed
            elif value[:1] in "45":
                # LIST itself refused (no such folder, permission): the data connection never began.
                self.list_refused = value
                return SKIP
            else:
                return fail(ErrorKind.PROTOCOL, value)
        peer = self.data.getpeername()
        return ok(self.preliminary, address=peer[0], port=peer[1])

    def transfer(self) -> StepOutcome:
        """④ 150, the listing, 226."""
        if self.list_refused is not None:
            self.run.start(_list_command(self.ctx))
            return fail(ErrorKind.REJECTED, self.list_refused)
        self.run.start(None, self.ftp.reply_timeout)
        return _finish_transfer(self.run, self.ctx, self._take_data(), self.preliminary)


def run_active(ctx: ModeContext) -> ModeResult:
    return _run_mode(ctx, "active", _ActiveSteps)


# ---------------------------------------------------------------- passive


def _parse_227(reply: str) -> tuple[str, int]:
    try:
        host, port = ftplib.parse227(reply)
    except (ftplib.Error, ValueError, IndexError):
        raise ProtocolViolation("the 227 reply does not contain an address", reply=reply) from None
    numbers = re.search(r"(\d+),(\d+),(\d+),(\d+),(\d+),(\d+)", reply, re.ASCII)
    octets = host.split(".")
    if numbers is None or not all(int(n) <= 255 for n in numbers.groups()):
        raise ProtocolViolation("the 227 reply names an impossible address", reply=reply)
    host = ".".join(str(int(o)) for o in octets)
    if not 1 <= port <= 65535:
        raise ProtocolViolation("the 227 reply names an impossible port", reply=reply)
    return host, port


def _parse_229(reply: str, peer: str) -> int:
    try:
        _host, port = ftplib.parse229(reply, (peer, 0))
    except (ftplib.Error, ValueError, IndexError):
        raise ProtocolViolation("the 229 reply does not contain a port", reply=reply) from None
    if not 1 <= port <= 65535:
        raise ProtocolViolation("the 229 reply names an impossible port", reply=reply)
    return int(port)


class _PassiveSteps(_ModeSteps):
    def __init__(self, ctx: ModeContext, run: StepRun) -> None:
        super().__init__(ctx, run)
        # PASV on IPv4, as nearly every FTP program does; EPSV on IPv6.
        self.command = ctx.passive_command or ("PASV" if self.ftp.af == socket.AF_INET else "EPSV")
        self.port = 0

    def steps(self) -> tuple[Callable[[], StepOutcome], ...]:
        return (self.ask, self.named, self.connect, self.transfer)

    def ask(self) -> StepOutcome:
        """① Ask for a data port."""
        self.run.start(self.command)
        self.ftp.putcmd(self.command)
        return ok()

    def named(self) -> StepOutcome:
        """② The server names its port (227 / 229)."""
        ftp, result, peer = self.ftp, self.result, self.ctx.peer
        self.run.start(None)
        reply = ftp.read_reply()
        if self.command == "PASV" and reply[:1] == "5" and reply[:3] != "530" and self.ctx.passive_command is None:
            # PASV refused: try EPSV, which carries no address at all.
            self.command = "EPSV"
            result.step(1).command = "PASV, EPSV"
            ftp.putcmd("EPSV")
            reply = ftp.read_reply()
        result.command_used = self.command
        if reply[:3] == "227" and self.command == "PASV":
            address, self.port = _parse_227(reply)
            result.advertised = f"{address}:{self.port}"
            result.advertised_class = classify(address)
            result.advertised_usable = same_address(address, peer)
        elif reply[:3] == "229":
            address, self.port = peer, _parse_229(reply, peer)
        elif reply[:1] in "45":
            return fail(ErrorKind.REJECTED, reply)
        else:
            return fail(ErrorKind.PROTOCOL, reply)
        return ok(reply, address=address, port=self.port)

    def connect(self) -> StepOutcome:
        """③ Connect to the port, always at the control connection's address: a server must never be able
        to make the user's PC connect to another host. A different advertised address is reported."""
        peer, port = self.ctx.peer, self.port
        shown = f"[{peer}]:{port}" if ":" in peer else f"{peer}:{port}"
        self.run.start(f"connect {shown}", self.ctx.data_wait)
        self.data = connect_tcp((peer, port), self.ftp.af, self.ctx.data_wait, self.ctx.cancel)
        self.result.connected_to = shown
        return ok(None, address=peer, port=port)

    def transfer(self) -> StepOutcome:
        """④ LIST: 150, the listing, 226."""
        list_cmd = _list_command(self.ctx)
        self.run.start(list_cmd, self.ftp.reply_timeout)
        self.ftp.putcmd(list_cmd)
        return _finish_transfer(self.run, self.ctx, self._take_data(), None)


def run_passive(ctx: ModeContext) -> ModeResult:
    return _run_mode(ctx, "passive", _PassiveSteps)


RUNNERS: dict[Mode, Callable[[ModeContext], ModeResult]] = {"active": run_active, "passive": run_passive}
