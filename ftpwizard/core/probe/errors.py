"""Exceptions raised inside the probe, each mapped to one ErrorKind."""

from __future__ import annotations

import errno
import ftplib
import socket
import ssl

from ftpwizard.core.probe.cancel import Cancelled
from ftpwizard.core.probe.model import ErrorKind


class ProbeError(Exception):
    """A step failed. ``kind`` is the ErrorKind, ``reply`` the server's reply if one caused it."""

    def __init__(self, kind: ErrorKind, message: str = "", reply: str | None = None) -> None:
        super().__init__(message or kind.value)
        self.kind = kind
        self.reply = reply


class ReplyTimeout(ProbeError):
    def __init__(self, message: str = "no reply in time") -> None:
        super().__init__(ErrorKind.TIMEOUT, message)


class ProtocolViolation(ProbeError):
    def __init__(self, message: str, reply: str | None = None) -> None:
        super().__init__(ErrorKind.PROTOCOL, message, reply)


class ServerClosed(ProbeError):
    """The server closed the control connection."""

    def __init__(self, message: str = "the server closed the connection") -> None:
        super().__init__(ErrorKind.RESET, message)


def reply_of(exc: BaseException) -> str | None:
    """The server's reply an exception carries (ProbeError.reply, or ftplib's error text), if any."""
    reply = getattr(exc, "reply", None)
    if reply is None and isinstance(exc, ftplib.Error) and exc.args:
        reply = str(exc.args[0])
    return reply


def kind_of_reply(reply: str) -> ErrorKind:
    """A reply that failed a step: 4xx/5xx is a refusal; anything else makes no sense there."""
    return ErrorKind.REJECTED if reply[:1] in "45" else ErrorKind.PROTOCOL


def classify_exception(exc: BaseException) -> ErrorKind:
    """Map any exception met during a step to an ErrorKind (never raises)."""
    if isinstance(exc, ProbeError):
        return exc.kind
    if isinstance(exc, Cancelled):
        return ErrorKind.CANCELLED
    if isinstance(exc, socket.gaierror):
        return ErrorKind.DNS
    if isinstance(exc, ssl.SSLError | ssl.CertificateError):
        return ErrorKind.TLS
    if isinstance(exc, TimeoutError | socket.timeout):
        return ErrorKind.TIMEOUT
    if isinstance(exc, ConnectionRefusedError):
        return ErrorKind.REFUSED
    if isinstance(exc, ConnectionResetError | ConnectionAbortedError | BrokenPipeError | EOFError):
        return ErrorKind.RESET
    if isinstance(exc, ftplib.error_temp | ftplib.error_perm):
        return ErrorKind.REJECTED
    if isinstance(exc, ftplib.error_reply | ftplib.error_proto | UnicodeError | ValueError):
        return ErrorKind.PROTOCOL
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.EHOSTDOWN, errno.ENETDOWN):
            return ErrorKind.UNREACHABLE
        if exc.errno == errno.ECONNREFUSED:
            return ErrorKind.REFUSED
        if exc.errno in (errno.ECONNRESET, errno.EPIPE, errno.ECONNABORTED):
            return ErrorKind.RESET
        if exc.errno == errno.ETIMEDOUT:
            return ErrorKind.TIMEOUT
        return ErrorKind.UNREACHABLE
    return ErrorKind.PROTOCOL
