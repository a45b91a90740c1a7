"""A small FTP server on 127.0.0.1 that misbehaves in one chosen way, for the hostile-server suite.

``Session`` answers like a small, correct FTP server (USER/PASS, FEAT, PASV/EPSV, PORT/EPRT, LIST, AUTH TLS,
PBSZ/PROT, QUIT). Each misbehaviour is a subclass that overrides one hook. Every session also ECHOES the
password back in several replies and in the listing, as a hostile server may: the probe must redact it.

Each control connection runs in its own thread. Every wait is cut into short slices that watch a stop
event, so ``stop()`` ends all threads promptly however a behaviour stalls (the suite checks that no thread
is left behind, ours included). The server never connects anywhere but loopback.
"""

from __future__ import annotations

import ipaddress
import select
import socket
import ssl
import threading
import time
from collections.abc import Callable
from typing import Any

SLICE = 0.05
LISTING = (
    "-rw-r--r--   1 ftp ftp        51 Jan 01 12:00 index.html\r\n"
    "drwxr-xr-x   2 ftp ftp      4096 Jan 01 12:00 images\r\n"
)


class Closed(Exception):
    """The peer closed the connection, or the server is stopping."""


class Session:
    """One control connection of a correct server; behaviours override the hooks below."""

    def __init__(self, server: HostileServer, sock: socket.socket, number: int) -> None:
        self.server = server
        self.sock: socket.socket = sock
        self.number = number
        self.buffer = b""
        self.user = ""
        self.password = ""
        self.logged_in = False
        self.prot_p = False
        self.data_listener: socket.socket | None = None
        self.active_address: tuple[str, int] | None = None
        self.sockets: list[socket.socket] = [sock]

    # ------------------------------------------------------------ waiting and I/O

    @property
    def stopping(self) -> bool:
        return self.server.stop_event.is_set()

    def pause(self, seconds: float) -> None:
        if self.server.stop_event.wait(seconds):
            raise Closed()

    def send_to(self, sock: socket.socket, data: bytes) -> None:
        """Send everything, in stop-aware slices (a client that stops reading must not pin us)."""
        view = memoryview(data)
        sock.settimeout(SLICE)
        while view:
            if self.stopping:
                raise Closed()
            try:
                sent = sock.send(view[:65536])
            except (TimeoutError, ssl.SSLWantWriteError):
                continue
            except OSError as exc:
                raise Closed() from exc
            view = view[sent:]

    def send(self, data: bytes) -> None:
        self.send_to(self.sock, data)

    def reply(self, text: str) -> None:
        self.send(text.encode("utf-8") + b"\r\n")

    def recv_line(self) -> str:
        while b"\n" not in self.buffer:
            chunk = self._recv(self.sock)
            if not chunk:
                raise Closed()
            self.buffer += chunk
            if len(self.buffer) > 65536:
                raise Closed()
        raw, _, self.buffer = self.buffer.partition(b"\n")
        line = raw.decode("utf-8", "replace").rstrip("\r")
        self.server.record(line, self)
        return line

    def _recv(self, sock: socket.socket) -> bytes:
        while True:
            if self.stopping:
                raise Closed()
            if isinstance(sock, ssl.SSLSocket) and sock.pending():
                return sock.recv(65536)
            readable, _w, _x = select.select([sock], [], [], SLICE)
            if not readable:
                continue
            try:
                return sock.recv(65536)
            except ssl.SSLWantReadError:
                continue
            except OSError as exc:
                raise Closed() from exc

    def idle(self) -> None:
        """Say nothing more; read and drop whatever comes until the client goes away."""
        while self._recv(self.sock):
            pass
        raise Closed()

    # ------------------------------------------------------------ the dialogue

    def run(self) -> None:
        try:
            self.greet()
            while True:
                line = self.recv_line()
                verb, _, arg = line.partition(" ")
                verb = verb.upper()
                if self.logged_in and verb not in ("QUIT",) and self.after_login(verb, arg):
                    continue
                handler: Callable[[str], None] | None = getattr(self, "cmd_" + verb, None)
                if handler is None:
                    self.reply(f"502 {verb} not implemented.")
                else:
                    handler(arg)
        except (Closed, OSError, ssl.SSLError, ValueError):
            pass
        finally:
            self.close()

    def close(self) -> None:
        for sock in [*self.sockets, self.data_listener]:
            if sock is not None:
                try:
                    sock.close()
                except OSError:
                    pass

    # Hooks: the behaviours override these.
    def greet(self) -> None:
        self.reply("220 hostile test server ready.")

    def after_login(self, verb: str, arg: str) -> bool:
        """Return True when the command was answered here (the default handles nothing)."""
        return False

    def pasv_reply(self, port: int) -> str:
        return f"227 Entering Passive Mode (127,0,0,1,{port >> 8},{port & 0xFF})."

    def transfer(self, data: socket.socket) -> None:
        """Send the listing on an open data connection (the password is echoed here too)."""
        self.send_to(data, (LISTING + f"-rw-r--r-- 1 ftp ftp 1 Jan 01 12:00 {self.password}.txt\r\n").encode())

    def after_transfer(self) -> None:
        self.reply(f"226 Directory send OK ({self.password}).")

    # ------------------------------------------------------------ commands

    def cmd_USER(self, arg: str) -> None:
        self.user = arg
        self.reply(f"331 Please specify the password for {arg}.")

    def cmd_PASS(self, arg: str) -> None:
        self.password = arg
        self.server.passwords.append(arg)
        self.logged_in = True
        # A hostile server may echo the password back: the probe must redact it everywhere.
        self.reply(f"230-Welcome {self.user}, your password is {arg}\r\n230 Login successful.")

    def cmd_FEAT(self, arg: str) -> None:
        self.reply("211-Features:\r\n EPSV\r\n EPRT\r\n PASV\r\n UTF8\r\n211 End")

    def cmd_SYST(self, arg: str) -> None:
        self.reply("215 UNIX Type: L8")

    def cmd_TYPE(self, arg: str) -> None:
        self.reply("200 Switching to ASCII mode.")

    def cmd_HELP(self, arg: str) -> None:
        self.reply("214 Help OK.")

    def cmd_QUIT(self, arg: str) -> None:
        self.reply(f"221 Goodbye {self.password}.")
        raise Closed()

    def cmd_AUTH(self, arg: str) -> None:
        context = self.server.tls_context
        if context is None:
            self.reply("502 AUTH not supported.")
            return
        self.reply("234 Proceed with negotiation.")
        self.sock = self.wrap(self.sock, context)

    def wrap(self, sock: socket.socket, context: ssl.SSLContext) -> ssl.SSLSocket:
        sock.settimeout(5.0)
        try:
            tls = context.wrap_socket(sock, server_side=True)
        except (OSError, ssl.SSLError) as exc:
            raise Closed() from exc
        self.sockets.append(tls)
        return tls

    def cmd_PBSZ(self, arg: str) -> None:
        self.reply("200 PBSZ=0")

    def cmd_PROT(self, arg: str) -> None:
        self.prot_p = arg.strip().upper() == "P"
        self.reply("200 PROT now Private." if self.prot_p else "200 PROT now Clear.")

    def _listen(self, port: int | None = None) -> int:
        if self.data_listener is not None:
            self.data_listener.close()
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind(("127.0.0.1", self.server.pasv_port if port is None else port))
            listener.listen(1)
        except OSError:
            listener.close()
            raise
        self.data_listener = listener
        self.active_address = None
        return int(listener.getsockname()[1])

    def cmd_PASV(self, arg: str) -> None:
        self.reply(self.pasv_reply(self._listen()))

    def cmd_EPSV(self, arg: str) -> None:
        # A port of its own: the fixed passive port is for the 227 address test, and the probe's EPSV check
        # (issue 14) asks on another connection while passive mode holds that port.
        self.reply(f"229 Entering Extended Passive Mode (|||{self._listen(0)}|).")

    def cmd_PORT(self, arg: str) -> None:
        numbers = [int(n) for n in arg.split(",")]
        self._set_active(".".join(map(str, numbers[:4])), numbers[4] * 256 + numbers[5])

    def cmd_EPRT(self, arg: str) -> None:
        _empty, _proto, host, port, _end = arg.split(arg[0])
        self._set_active(host, int(port))

    def _set_active(self, host: str, port: int) -> None:
        if not ipaddress.ip_address(host).is_loopback:  # this server only ever connects to loopback
            self.reply("500 Illegal PORT command.")
            return
        self.active_address = (host, port)
        if self.data_listener is not None:
            self.data_listener.close()
            self.data_listener = None
        self.reply("200 PORT command successful.")

    def open_data(self) -> socket.socket | None:
        """The data connection: accept (passive) or connect back (active); None if the client never came."""
        data: socket.socket | None = None
        if self.data_listener is not None:
            deadline = time.monotonic() + 10.0
            while time.monotonic() < deadline and not self.stopping:
                readable, _w, _x = select.select([self.data_listener], [], [], SLICE)
                if readable:
                    data, _addr = self.data_listener.accept()
                    break
        elif self.active_address is not None:
            try:
                data = socket.create_connection(self.active_address, timeout=5.0)
            except OSError:
                data = None
        if data is not None:
            self.sockets.append(data)
        return data

    def cmd_LIST(self, arg: str) -> None:
        data = self.open_data()
        if data is None:
            self.reply("425 Failed to establish connection.")
            return
        self.reply("150 Here comes the directory listing.")
        if self.prot_p and self.server.tls_context is not None:
            data = self.wrap(data, self.server.tls_context)  # after the 150, as vsftpd and ProFTPD do
        self.transfer(data)
        self.close_data(data)
        self.after_transfer()

    def close_data(self, data: socket.socket) -> None:
        try:
            if isinstance(data, ssl.SSLSocket):
                data.settimeout(1.0)
                data.unwrap()
        except (OSError, ssl.SSLError):
            pass
        data.close()


class HostileServer:
    """Listens on 127.0.0.1 (port chosen by the system) and runs ``session_class`` for each connection."""

    def __init__(
        self,
        session_class: type[Session] = Session,
        *,
        tls_context: ssl.SSLContext | None = None,
        pasv_port: int = 0,
        options: dict[str, Any] | None = None,
    ) -> None:
        self.session_class = session_class
        self.tls_context = tls_context
        self.pasv_port = pasv_port  # fixed passive port (the third-party test needs a known one)
        self.options = options or {}
        self.stop_event = threading.Event()
        self.passwords: list[str] = []  # what the client sent with PASS: proves it used the test password
        self.received: list[tuple[int, str]] = []  # every command line, by session number
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._sessions: list[Session] = []
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(8)
        self.host = "127.0.0.1"
        self.port = int(self.listener.getsockname()[1])
        self._acceptor = threading.Thread(target=self._accept_loop, name="hostile-accept", daemon=True)

    def __enter__(self) -> HostileServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def record(self, line: str, session: Session) -> None:
        with self._lock:
            self.received.append((session.number, line))

    def commands(self) -> list[str]:
        with self._lock:
            return [line.split(" ", 1)[0].upper() for _n, line in self.received]

    def start(self) -> None:
        self._acceptor.start()

    def _accept_loop(self) -> None:
        number = 0
        while not self.stop_event.is_set():
            readable, _w, _x = select.select([self.listener], [], [], SLICE)
            if not readable:
                continue
            try:
                sock, _addr = self.listener.accept()
            except OSError:
                continue
            number += 1
            session = self.session_class(self, sock, number)
            thread = threading.Thread(target=session.run, name=f"hostile-session-{number}", daemon=True)
            with self._lock:
                self._sessions.append(session)
                self._threads.append(thread)
            thread.start()

    def stop(self) -> None:
        self.stop_event.set()
        self._acceptor.join(5.0)
        self.listener.close()
        with self._lock:
            threads = list(self._threads)
        for thread in threads:
            thread.join(5.0)
        alive = [t.name for t in threads if t.is_alive()]
        if alive or self._acceptor.is_alive():
            raise RuntimeError(f"hostile server threads did not stop: {alive}")


class SpyListener:
    """A listening socket at a third-party address that records every connection it accepts."""

    def __init__(self, host: str, port: int = 0) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind((host, port))
        self.sock.listen(8)
        self.sock.setblocking(False)
        self.host = host
        self.port = int(self.sock.getsockname()[1])

    def accepted(self) -> list[tuple[str, int]]:
        """Every connection that reached this listener so far (accepting them now)."""
        seen: list[tuple[str, int]] = []
        while True:
            try:
                conn, addr = self.sock.accept()
            except (BlockingIOError, OSError):
                return seen
            seen.append(addr)
            conn.close()

    def close(self) -> None:
        self.sock.close()
