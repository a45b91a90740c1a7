"""One FTP control connection, observed step by step.

``ProbeFTP`` is ``ftplib.FTP_TLS`` with its reading replaced: every reply has one deadline (a server that
trickles a byte a second cannot stretch it), lines and multi-line replies are bounded, undecodable bytes
are protocol errors, every wait goes through ``Deadline.slices`` (so it polls the cancel token), and each line sent or received goes to the
transcript with the password masked. Commands are still sent with ftplib's own ``putcmd``/``sendcmd``.
"""

from __future__ import annotations

import errno
import ftplib
import os
import re
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable

from ftpwizard.core.probe.cancel import CancelToken, Deadline
from ftpwizard.core.probe.errors import ProtocolViolation, ReplyTimeout, ServerClosed
from ftpwizard.core.probe.model import CertificateInfo, TranscriptLine
from ftpwizard.core.redact import redact

TYPE_CHECKING = False  # not typing's: importing typing costs the command line start-up time (records.py)
if TYPE_CHECKING:
    from typing import Any

MAX_LINE = 8192
MAX_REPLY_LINES = 100
_REPLY_LINE = re.compile(r"^[1-5][0-9][0-9]([ -]|$)")
# Characters a reply must never carry to a terminal or a label: C0/C1 controls (terminal escape sequences,
# NUL, bare CR), Unicode line separators and bidirectional overrides (text that displays reversed).
UNSAFE_CHARS = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


class Transcript:
    """Lines sent and received on every connection of one probe, thread-safe, password redacted."""

    def __init__(self, secrets: list[str], on_line: Callable[[TranscriptLine], None] | None = None) -> None:
        self.t0 = time.monotonic()  # the probe's zero: its steps and its elapsed time count from here too
        self._lock = threading.Lock()
        self.lines: list[TranscriptLine] = []
        # Redact secrets even in what the server says: a hostile server may echo the password back.
        self._secrets = [s for s in secrets if s and len(s) >= 3]
        self._secret_bytes: list[bytes] | None = None  # encoded on the first received line
        self._on_line = on_line

    def ms(self) -> float:
        return round((time.monotonic() - self.t0) * 1000.0, 1)

    def redact(self, text: str) -> str:
        return redact(text, self._secrets)

    def redact_bytes(self, raw: bytes) -> bytes:
        """Redact before decoding too: an echo next to undecodable bytes decodes as CP949, not as the password."""
        if self._secret_bytes is None:
            self._secret_bytes = _encoded_secrets(self._secrets)
        for secret in self._secret_bytes:
            raw = raw.replace(secret, b"****")
        return raw

    def add(self, direction: str, line: str, conn: int = 1) -> None:
        if direction == ">" and line[:5].upper() == "PASS ":
            line = "PASS ****"
        entry = TranscriptLine(self.ms(), direction, self.redact(line), conn)  # type: ignore[arg-type]
        with self._lock:
            self.lines.append(entry)
        if self._on_line is not None:
            self._on_line(entry)


def _encoded_secrets(secrets: list[str]) -> list[bytes]:
    encoded: list[bytes] = []
    for secret in secrets:
        encoded.append(secret.encode("utf-8", "surrogatepass"))
        if not secret.isascii():  # ASCII is the same bytes in CP949: loading that codec costs start-up time
            try:
                encoded.append(secret.encode("cp949"))
            except UnicodeEncodeError:
                pass
    return encoded


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # Old Korean servers greet in CP949 (EUC-KR): legitimate, so not a protocol error.
        return raw.decode("cp949")
    except UnicodeDecodeError:
        raise ProtocolViolation("the server sent bytes that are neither UTF-8 nor Korean (CP949) text") from None


class ProbeFTP(ftplib.FTP_TLS):
    """An ftplib connection whose replies are read with deadlines and recorded in a transcript."""

    def __init__(
        self,
        *,
        transcript: Transcript,
        cancel: CancelToken,
        timeout: float,
        conn_id: int = 1,
        context: ssl.SSLContext | None = None,
    ) -> None:
        # FTP_TLS.__init__ would build a default SSL context: do it only when TLS is really used.
        ftplib.FTP.__init__(self, timeout=timeout)  # no host: we connect ourselves
        self.context = context  # type: ignore[assignment]
        self._prot_p = False
        self.transcript = transcript
        self.cancel = cancel
        self.conn_id = conn_id
        self.reply_timeout = timeout
        self._buffer = bytearray()
        self._head = b""  # the first bytes received, to show what a server sent that never became a reply
        self.encoding = "utf-8"
        # The server accepted OPTS UTF8 ON on this connection: its listings are read as FileZilla's and
        # lftp's are (engine._read_features); a listing records which way it was read.
        self.utf8_on = False

    # ------------------------------------------------------------ reading

    def _recv_some(self, deadline: Deadline) -> bytes:
        sock = self.sock
        if sock is None:
            raise ServerClosed()
        for wait_s in deadline.slices(self.cancel):
            sock.settimeout(wait_s)
            try:
                chunk = sock.recv(4096)
            except (TimeoutError, ssl.SSLWantReadError):
                continue
            if len(self._head) < 200:
                self._head += chunk[: 200 - len(self._head)]
            return chunk
        raise ReplyTimeout()

    def read_line(self, deadline: Deadline) -> str:
        while True:
            newline = self._buffer.find(b"\n")
            if newline >= 0:
                raw = bytes(self._buffer[: newline + 1])
                del self._buffer[: newline + 1]
                break
            if len(self._buffer) > MAX_LINE:
                self._buffer.clear()
                raise ProtocolViolation(f"a reply line longer than {MAX_LINE} bytes")
            chunk = self._recv_some(deadline)
            if not chunk:
                if self._buffer:
                    raw = bytes(self._buffer)
                    self._buffer.clear()
                    break
                raise ServerClosed()
            self._buffer += chunk
        if len(raw) > MAX_LINE + 2:
            raise ProtocolViolation(f"a reply line longer than {MAX_LINE} bytes")
        # Every reply is redacted where it is read: replies end up in results, verdicts, reports and
        # exception messages, not only in the transcript, and a hostile server may echo the password.
        line = self.transcript.redact(_decode(self.transcript.redact_bytes(raw))).rstrip("\r\n")
        line = UNSAFE_CHARS.sub("\ufffd", line)
        self.transcript.add("<", line, self.conn_id)
        return line

    def read_reply(self, timeout: float | None = None) -> str:
        """Read one whole (possibly multi-line) reply within one deadline; validate its code."""
        deadline = Deadline(self.reply_timeout if timeout is None else timeout)
        first = self.read_line(deadline)
        if not _REPLY_LINE.match(first):
            raise ProtocolViolation("not an FTP reply", reply=first[:200])
        lines = [first]
        if first[3:4] == "-":
            code = first[:3]
            while True:
                if len(lines) >= MAX_REPLY_LINES:
                    raise ProtocolViolation(f"a reply of more than {MAX_REPLY_LINES} lines", reply=first[:200])
                nxt = self.read_line(deadline)
                lines.append(nxt)
                if nxt[:3] == code and nxt[3:4] != "-":
                    break
        return "\n".join(lines)

    def received_head(self) -> str:
        """The start of everything received so far (redacted, made safe to show); empty if nothing came."""
        text = self.transcript.redact(self.transcript.redact_bytes(self._head).decode("utf-8", "replace"))
        return UNSAFE_CHARS.sub("\ufffd", text).strip()

    # ftplib's own reply readers are routed through ours, so sendcmd/voidcmd keep working.
    def getline(self) -> str:  # pragma: no cover - not used directly; getmultiline is overridden
        return self.read_line(Deadline(self.reply_timeout))

    def getmultiline(self) -> str:
        return self.read_reply()

    def getresp(self) -> str:
        resp = self.read_reply()
        self.lastresp = resp[:3]
        c = resp[:1]
        if c in {"1", "2", "3"}:
            return resp
        if c == "4":
            raise ftplib.error_temp(resp)
        if c == "5":
            raise ftplib.error_perm(resp)
        raise ftplib.error_proto(resp)

    def has_buffered_input(self) -> bool:
        if self._buffer:
            return True
        sock = self.sock
        return isinstance(sock, ssl.SSLSocket) and sock.pending() > 0

    # ------------------------------------------------------------ sending

    def putline(self, line: str) -> None:
        if "\r" in line or "\n" in line:
            raise ValueError("an illegal newline character should not be contained")
        data = (line + "\r\n").encode(self.encoding)
        self.transcript.add(">", line, self.conn_id)
        sock = self.sock
        if sock is None:
            raise ServerClosed()
        sock.settimeout(self.reply_timeout)
        sock.sendall(data)

    # ------------------------------------------------------------ connection

    def attach(self, sock: socket.socket, host: str) -> None:
        """Use an already connected socket as the control connection."""
        self.sock = sock
        self.af = sock.family
        self.host = host
        self.port = sock.getpeername()[1]
        self.file = None

    def start_tls(self, server_hostname: str, timeout: float) -> ssl.SSLSocket:
        """Wrap the control socket after a 234 reply (or at once for implicit TLS)."""
        if self._buffer:
            # Bytes that arrived before the handshake would be trusted as if protected: refuse them.
            raise ProtocolViolation("the server sent data before the TLS handshake")
        assert self.context is not None and self.sock is not None
        tls = wrap_client(self.context, self.sock, server_hostname, self.cancel, timeout)
        self.sock = tls
        return tls

    def close(self) -> None:
        sock, self.sock = self.sock, None
        if sock is not None:
            try:
                sock.close()
            except OSError:
                pass


# ---------------------------------------------------------------- sockets with deadlines


def connect_tcp(address: tuple[Any, ...], family: int, timeout: float, cancel: CancelToken) -> socket.socket:
    """A TCP connect that a cancel interrupts within one poll slice."""
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setblocking(False)
        err = sock.connect_ex(address)
        if err not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN, 10035):  # 10035: WSAEWOULDBLOCK
            raise OSError(err, os.strerror(err))
        for wait_s in Deadline(timeout).slices(cancel):
            _r, w, x = select.select([], [sock], [sock], wait_s)
            if w or x:
                break
        else:
            raise TimeoutError("connect timed out")
        err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if err:
            raise OSError(err, os.strerror(err))
        sock.setblocking(True)
        return sock
    except BaseException:
        sock.close()
        raise


def wrap_client(
    context: ssl.SSLContext,
    sock: socket.socket,
    server_hostname: str | None,
    cancel: CancelToken,
    timeout: float,
    session: ssl.SSLSession | None = None,
) -> ssl.SSLSocket:
    """TLS client handshake with a deadline, cancellable."""
    tls = context.wrap_socket(
        sock, server_hostname=server_hostname, do_handshake_on_connect=False, session=session
    )
    try:
        tls.setblocking(False)
        for wait_s in Deadline(timeout).slices(cancel):
            try:
                tls.do_handshake()
                break
            except ssl.SSLWantReadError:
                select.select([tls], [], [], wait_s)
            except ssl.SSLWantWriteError:
                select.select([], [tls], [], wait_s)
        else:
            raise TimeoutError("TLS handshake timed out")
        tls.setblocking(True)
    except BaseException:
        # wrap_socket() took the file descriptor from ``sock``: only closing ``tls`` releases it.
        tls.close()
        raise
    return tls


def certificate_info(der: bytes | None, problem: str | None) -> CertificateInfo:
    info = CertificateInfo(problem=problem)
    if not der:
        return info
    import hashlib  # only with TLS: keeps the plain command line's start-up short

    digest = hashlib.sha256(der).hexdigest().upper()
    info.sha256 = ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))
    decoded = _decode_certificate(der)
    if decoded:
        info.subject = _name(decoded.get("subject", ()))
        info.issuer = _name(decoded.get("issuer", ()))
        info.not_after = decoded.get("notAfter")
    return info


def _name(rdns: Any) -> str:
    parts = []
    for rdn in rdns:
        for key, value in rdn:
            parts.append(f"{key}={value}")
    return ", ".join(parts)


def _decode_certificate(der: bytes) -> dict[str, Any] | None:
    """Decode subject/issuer of a certificate that failed verification (the stdlib only decodes files)."""
    import tempfile

    decode = getattr(ssl, "_ssl", None)
    test_decode = getattr(decode, "_test_decode_cert", None)
    if test_decode is None:
        return None
    fd, path = tempfile.mkstemp(suffix=".pem")
    try:
        with os.fdopen(fd, "w") as f:
            f.write(ssl.DER_cert_to_PEM_cert(der))
        result: dict[str, Any] = test_decode(path)
        return result
    except Exception:
        return None
    finally:
        os.unlink(path)


def normalize_fingerprint(text: str) -> str:
    hexchars = "".join(c for c in text if c.isalnum()).upper()
    return ":".join(hexchars[i : i + 2] for i in range(0, len(hexchars), 2))
