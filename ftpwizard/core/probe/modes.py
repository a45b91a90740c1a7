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
from ftpwizard.core.probe.cancel import POLL_SLICE_S, Cancelled, CancelToken
from ftpwizard.core.probe.connection import (
    ProbeFTP,
    certificate_info,
    connect_tcp,
    wrap_client,
)
from ftpwizard.core.probe.errors import (
    ProbeError,
    ProtocolViolation,
    ReplyTimeout,
    classify_exception,
    kind_of_reply,
    reply_of,
)
from ftpwizard.core.probe.model import ErrorKind, Mode, ModeFinished, ModeResult, StepFinished, StepStarted
from ftpwizard.core.probe.records import record

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


class _Stop(Exception):
    """The mode ends at the current step (already recorded)."""


class _StepRecorder:
    def __init__(self, ctx: ModeContext, result: ModeResult) -> None:
        self.ctx = ctx
        self.result = result
        self._started: dict[int, float] = {}

    def start(self, n: int, command: str | None, wait_s: float | None = None) -> None:
        self._started[n] = time.monotonic()
        step = self.result.step(n)
        step.command = command
        self.ctx.emit(StepStarted(self.result.mode, n, command, self.ctx.ms(), wait_s))

    def finish(
        self,
        n: int,
        ok: bool,
        error: ErrorKind | None = None,
        reply: str | None = None,
        **detail: Any,
    ) -> None:
        step = self.result.step(n)
        started = self._started.get(n, time.monotonic())
        step.ok = ok
        step.error = error
        # Replies are parsed raw but kept redacted: a hostile server may echo the password.
        step.reply = self.ctx.ftp.transcript.redact(reply) if reply else reply
        reply = step.reply
        step.elapsed_ms = round((time.monotonic() - started) * 1000.0, 1)
        step.detail.update(detail)
        if not ok and self.result.failed_step is None:
            self.result.failed_step = n
        self.ctx.emit(
            StepFinished(
                self.result.mode, n, ok, error, step.command, reply, step.elapsed_ms, self.ctx.ms(), dict(step.detail)
            )
        )

    def fail(self, n: int, exc: BaseException, reply: str | None = None) -> _Stop:
        self.finish(n, False, classify_exception(exc), reply_of(exc) if reply is None else reply)
        return _Stop()


def _reply_code(reply: str) -> str:
    return reply[:3]


def _wait_reply_or_accept(
    ftp: ProbeFTP, listener: socket.socket | None, deadline: float, cancel: CancelToken
) -> tuple[str, Any]:
    """Watch the control connection and the listening socket together.

    Returns ("reply", text), ("accept", socket) or ("timeout", None). A server may connect back while
    handling PORT (pyftpdlib) or after LIST (vsftpd, ProFTPD): both must be seen.
    """
    while True:
        if cancel.cancelled:
            raise Cancelled()
        if ftp.has_buffered_input():
            return "reply", ftp.read_reply()
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return "timeout", None
        watch: list[Any] = [ftp.sock]
        if listener is not None:
            watch.append(listener)
        readable, _w, _x = select.select(watch, [], [], min(POLL_SLICE_S, remaining))
        if listener is not None and listener in readable:
            conn, _addr = listener.accept()
            return "accept", conn
        if ftp.sock in readable:
            return "reply", ftp.read_reply()


def _read_listing(sock: socket.socket, ctx: ModeContext, inactivity: float) -> tuple[int, bool]:
    """Read the listing until the server closes the data connection, at most ``list_limit`` bytes.

    Also at most ``inactivity`` seconds in total: a server that trickles a byte at a time would otherwise
    keep the probe reading for days. Data that arrived proves the data connection works, so running out of
    time after some data counts as a truncated listing, not as a failure.
    """
    total = 0
    started = time.monotonic()
    deadline = started + inactivity
    while True:
        if ctx.cancel.cancelled:
            raise Cancelled()
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            if total:
                return total, True
            raise ReplyTimeout("the data connection opened but no data arrived")
        sock.settimeout(min(POLL_SLICE_S, remaining))
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
        total += len(chunk)
        if total >= ctx.list_limit:
            return total, True


def _protect(ctx: ModeContext, sock: socket.socket) -> socket.socket:
    if ctx.tls_context is None:
        return sock
    control = ctx.ftp.sock
    session = control.session if isinstance(control, ssl.SSLSocket) else None
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


def _finish_transfer(
    rec: _StepRecorder, ctx: ModeContext, data: socket.socket, preliminary: str | None
) -> None:
    """Step 4 once the data connection exists: the 150 (if not seen yet), the data, the 226."""
    ftp = ctx.ftp
    replies: list[str] = []
    try:
        if preliminary is None:
            preliminary = ftp.read_reply()
            if preliminary[:1] != "1":
                rec.finish(4, False, kind_of_reply(preliminary), preliminary)
                raise _Stop()
        replies.append(preliminary)
        data = _protect(ctx, data)
        total, truncated = _read_listing(data, ctx, ftp.reply_timeout)
        rec.result.data_bytes = total
        rec.result.data_truncated = truncated
        _close(data)
        if truncated:
            # The server is still sending: the data connection works, which is all we test.
            rec.finish(4, True, None, "\n".join(replies), bytes=total, truncated=True)
            return
        final = ftp.read_reply()
        replies.append(final)
        if final[:1] != "2":
            rec.finish(4, False, kind_of_reply(final), "\n".join(replies))
            raise _Stop()
        rec.finish(4, True, None, "\n".join(replies), bytes=total)
    except _Stop:
        raise
    except (Cancelled, ProbeError, OSError, ftplib.Error, ValueError) as exc:
        raise rec.fail(4, exc, "\n".join(replies) or None) from None
    finally:
        _close(data)


# ---------------------------------------------------------------- active


def run_active(ctx: ModeContext) -> ModeResult:
    result = ModeResult("active")
    rec = _StepRecorder(ctx, result)
    t0 = time.monotonic()
    listener: socket.socket | None = None
    data: socket.socket | None = None
    try:
        ftp = ctx.ftp
        assert ftp.sock is not None
        local_ip = ftp.sock.getsockname()[0]
        # ① Announce the address of our end of the control connection: what a client behind NAT sends.
        try:
            listener = socket.socket(ftp.af, socket.SOCK_STREAM)
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
            rec.start(1, command)
            ftp.putcmd(command)
        except (Cancelled, ProbeError, OSError, ValueError) as exc:
            raise rec.fail(1, exc) from None
        rec.finish(1, True, address=local_ip, port=port)

        # ② The server acknowledges, or says no; some servers already connect back here (pyftpdlib).
        rec.start(2, None, ctx.data_wait)
        try:
            kind, value = _wait_reply_or_accept(ftp, listener, time.monotonic() + ctx.data_wait, ctx.cancel)
            early_accept = kind == "accept"
            if early_accept:
                data = value
                kind, value = "reply", ftp.read_reply()
        except (Cancelled, ProbeError, OSError, ValueError) as exc:
            raise rec.fail(2, exc) from None
        if kind == "timeout":
            # Silence: the server is busy trying to reach us and cannot. That is step ③ failing.
            rec.finish(2, True, None, None, waited=True)
            rec.start(3, None, ctx.data_wait)
            rec.finish(3, False, ErrorKind.TIMEOUT, None, waited_s=round(ctx.data_wait, 1))
            raise _Stop()
        reply = value
        code = _reply_code(reply)
        if code[:1] == "2":
            rec.finish(2, True, None, reply)
        elif code in ("425", "426") or (code == "421" and "data" in reply.lower()):
            # The server accepted the address and failed to connect to it while handling PORT.
            rec.finish(2, True, None, None)
            rec.start(3, None, ctx.data_wait)
            rec.finish(3, False, ErrorKind.TIMEOUT if "time" in reply.lower() else ErrorKind.REJECTED, reply)
            raise _Stop()
        elif code[:1] in "45":
            rec.finish(2, False, ErrorKind.REJECTED, reply)
            raise _Stop()
        else:
            rec.finish(2, False, ErrorKind.PROTOCOL, reply)
            raise _Stop()

        # ③ After LIST, the server connects from its port 20 to our listening port.
        list_cmd = _list_command(ctx)
        preliminary: str | None = None
        if early_accept:
            rec.start(3, list_cmd, ctx.data_wait)
            try:
                ftp.putcmd(list_cmd)
            except (Cancelled, ProbeError, OSError) as exc:
                raise rec.fail(3, exc) from None
            rec.finish(3, True, None, None, early=True)
        else:
            rec.start(3, list_cmd, ctx.data_wait)
            try:
                ftp.putcmd(list_cmd)
                deadline = time.monotonic() + ctx.data_wait
                while data is None:
                    kind, value = _wait_reply_or_accept(ftp, listener, deadline, ctx.cancel)
                    if kind == "accept":
                        data = value
                    elif kind == "timeout":
                        rec.finish(3, False, ErrorKind.TIMEOUT, preliminary, waited_s=round(ctx.data_wait, 1))
                        raise _Stop()
                    else:
                        code = _reply_code(value)
                        if code[:1] == "1":
                            preliminary = value  # 150 before connecting (ProFTPD): keep watching
                        elif code in ("425", "426") or code == "421":
                            rec.finish(3, False, ErrorKind.TIMEOUT if "time" in value.lower() else ErrorKind.REJECTED, value)
                            raise _Stop()
                        elif code[:1] in "45":
                            # LIST itself refused (no such folder, permission): the data connection never began.
                            result.step(3).ok = None
                            rec.start(4, list_cmd)
                            rec.finish(4, False, ErrorKind.REJECTED, value)
                            raise _Stop()
                        else:
                            rec.finish(3, False, ErrorKind.PROTOCOL, value)
                            raise _Stop()
            except _Stop:
                raise
            except (Cancelled, ProbeError, OSError, ValueError) as exc:
                raise rec.fail(3, exc, preliminary) from None
            peer = data.getpeername()
            rec.finish(3, True, None, preliminary, address=peer[0], port=peer[1])

        # ④ 150, the listing, 226.
        rec.start(4, None, ftp.reply_timeout)
        assert data is not None
        _finish_transfer(rec, ctx, data, preliminary)
        data = None
        result.ok = True
    except _Stop:
        pass
    finally:
        _close(listener)
        _close(data)
        result.elapsed_ms = round((time.monotonic() - t0) * 1000.0, 1)
    ctx.emit(ModeFinished(result))
    return result


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


def run_passive(ctx: ModeContext) -> ModeResult:
    result = ModeResult("passive")
    rec = _StepRecorder(ctx, result)
    t0 = time.monotonic()
    data: socket.socket | None = None
    try:
        ftp = ctx.ftp
        # ① Ask for a data port. PASV on IPv4, as nearly every FTP program does; EPSV on IPv6.
        command = "PASV" if ftp.af == socket.AF_INET else "EPSV"
        rec.start(1, command)
        try:
            ftp.putcmd(command)
        except (Cancelled, ProbeError, OSError) as exc:
            raise rec.fail(1, exc) from None
        rec.finish(1, True)

        # ② The server names its port (227 / 229).
        rec.start(2, None)
        try:
            reply = ftp.read_reply()
            if command == "PASV" and reply[:1] == "5" and reply[:3] != "530":
                # PASV refused: try EPSV, which carries no address at all.
                command = "EPSV"
                result.step(1).command = "PASV, EPSV"
                ftp.putcmd("EPSV")
                reply = ftp.read_reply()
            result.command_used = command
            if reply[:3] == "227" and command == "PASV":
                address, port = _parse_227(reply)
                result.advertised = f"{address}:{port}"
                result.advertised_class = classify(address)
                result.advertised_usable = same_address(address, ctx.peer)
            elif reply[:3] == "229":
                address, port = ctx.peer, _parse_229(reply, ctx.peer)
            elif reply[:1] in "45":
                raise ProbeError(ErrorKind.REJECTED, "passive mode refused", reply)
            else:
                raise ProtocolViolation("unexpected reply to " + command, reply=reply)
        except (Cancelled, ProbeError, OSError, ValueError, ftplib.Error) as exc:
            raise rec.fail(2, exc) from None
        rec.finish(2, True, None, reply, address=address, port=port)

        # ③ Connect to the port, always at the control connection's address: a server must never be able
        # to make the user's PC connect to another host. A different advertised address is reported.
        target = (ctx.peer, port)
        shown = f"[{ctx.peer}]:{port}" if ":" in ctx.peer else f"{ctx.peer}:{port}"
        rec.start(3, f"connect {shown}", ctx.data_wait)
        try:
            data = connect_tcp(target, ftp.af, ctx.data_wait, ctx.cancel)
        except (Cancelled, ProbeError, OSError) as exc:
            raise rec.fail(3, exc) from None
        result.connected_to = shown
        rec.finish(3, True, None, None, address=ctx.peer, port=port)

        # ④ LIST: 150, the listing, 226.
        list_cmd = _list_command(ctx)
        rec.start(4, list_cmd, ftp.reply_timeout)
        try:
            ftp.putcmd(list_cmd)
        except (Cancelled, ProbeError, OSError) as exc:
            raise rec.fail(4, exc) from None
        _finish_transfer(rec, ctx, data, None)
        data = None
        result.ok = True
    except _Stop:
        pass
    finally:
        _close(data)
        result.elapsed_ms = round((time.monotonic() - t0) * 1000.0, 1)
    ctx.emit(ModeFinished(result))
    return result


RUNNERS: dict[Mode, Callable[[ModeContext], ModeResult]] = {"active": run_active, "passive": run_passive}
