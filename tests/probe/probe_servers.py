"""Real servers for the probe tests: pyftpdlib in-process, raw TCP servers, a self-signed certificate.

Every server listens on an ephemeral loopback port and runs in its own thread with its own pyftpdlib
IOLoop (the shared ``IOLoop.instance()`` would tie tests together), so the tests are parallel-safe.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import ipaddress
import os
import select
import socket
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ftpwizard.core.diagnosis.run import probe_and_diagnose
from ftpwizard.core.probe import ProbeOptions, parse_target
from ftpwizard.core.probe.model import Event, ProbeResult

with warnings.catch_warnings():
    # pyftpdlib 2.x still imports asyncore/asynchat, deprecated in Python 3.11: not our code.
    warnings.simplefilter("ignore", DeprecationWarning)
    from pyftpdlib.authorizers import DummyAuthorizer
    from pyftpdlib.handlers import FTPHandler
    from pyftpdlib.handlers.ftp.dispatchers import ActiveDTP  # noqa: F401  (for the tests)
    from pyftpdlib.ioloop import AsyncChat, IOLoop
    from pyftpdlib.servers import FTPServer

USER = "alice"
PASSWORD = "alice-secret"
SAMPLE = {"index.html": "<h1>home</h1>\n", "docs/readme.txt": "hello\n"}


class _QuietServer(FTPServer):
    def _log_start(self, *args: Any, **kwargs: Any) -> None:  # no logging set-up from a test server
        pass


def push_raw(handler: FTPHandler, data: bytes) -> None:
    """Send bytes exactly as given on a pyftpdlib control connection (respond() would encode them)."""
    AsyncChat.push(handler, data)


class FtpServer:
    """A pyftpdlib server on 127.0.0.1 (or ::1) with one user and anonymous access, in its own thread."""

    def __init__(
        self,
        handler: type[FTPHandler] = FTPHandler,
        *,
        root: Path,
        host: str = "127.0.0.1",
        user: str = USER,
        password: str = PASSWORD,
        max_cons_per_ip: int = 0,
        files: dict[str, str | bytes] | None = None,
        **handler_attrs: Any,
    ) -> None:
        root.mkdir(parents=True, exist_ok=True)
        for name, content in (files if files is not None else SAMPLE).items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content if isinstance(content, bytes) else content.encode())
        authorizer = DummyAuthorizer()
        authorizer.add_user(user, password, str(root), perm="elr")
        authorizer.add_anonymous(str(root), perm="elr")
        attrs: dict[str, Any] = {"authorizer": authorizer, "auth_failed_timeout": 0.05, "banner": "test server ready."}
        attrs.update(handler_attrs)
        # Every control channel this server made, closed again when it stops (see _serve).
        self._channels: list[Any] = []

        def remember(channel: Any, *args: Any, **kwargs: Any) -> None:
            self._channels.append(channel)
            handler.__init__(channel, *args, **kwargs)

        attrs["__init__"] = remember
        # A fresh subclass per server: pyftpdlib keeps state (ssl_context) in class attributes.
        self.handler = type(f"Test{handler.__name__}", (handler,), attrs)
        self.ioloop = IOLoop()
        server_cls = type("Server", (_QuietServer,), {"max_cons_per_ip": max_cons_per_ip})
        self.server = server_cls((host, 0), self.handler, ioloop=self.ioloop)
        self.host = host
        self.port: int = self.server.socket.getsockname()[1]
        self.user, self.password = user, password
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="test-ftp-server", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        try:
            while not self._stop.is_set():
                self.ioloop.loop(0.02, blocking=False)
        finally:
            self.ioloop.close()  # on the server's own thread: pyftpdlib is not thread-safe
            # pyftpdlib unregisters a closed channel by its file descriptor number: when that number was
            # already reused by a new connection, the new one drops out of the loop's map and close() above
            # never reaches it (seen with four connections and their data connections at once).
            for channel in self._channels:
                sock = getattr(channel, "socket", None)
                if sock is not None and sock.fileno() != -1:
                    sock.close()

    @property
    def hostport(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"

    def url(self, user: str | None = None, path: str = "", scheme: str = "ftp") -> str:
        who = self.user if user is None else user
        return f"{scheme}://{who + '@' if who else ''}{self.hostport}{path}"

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)


# ---------------------------------------------------------------- raw TCP servers

Behaviour = Callable[[socket.socket, threading.Event], None]


class RawServer:
    """A TCP server whose every connection is handled by ``behaviour(conn, stop)`` in its own thread."""

    def __init__(self, behaviour: Behaviour, host: str = "127.0.0.1") -> None:
        self.behaviour = behaviour
        self.listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind((host, 0))
        self.listener.listen(16)
        self.host = host
        self.port: int = self.listener.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._conns: list[socket.socket] = []
        self._accept_thread = threading.Thread(target=self._accept, name="test-raw-server", daemon=True)
        self._accept_thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            readable, _w, _x = select.select([self.listener], [], [], 0.02)
            if not readable:
                continue
            try:
                conn, _addr = self.listener.accept()
            except OSError:
                return
            self.connections += 1
            self._conns.append(conn)
            t = threading.Thread(target=self._run, args=(conn,), name="test-raw-conn", daemon=True)
            self._threads.append(t)
            t.start()

    def _run(self, conn: socket.socket) -> None:
        try:
            self.behaviour(conn, self._stop)
        except OSError:
            pass
        finally:
            conn.close()

    @property
    def hostport(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"

    def stop(self) -> None:
        self._stop.set()
        self._accept_thread.join(5)
        for t in self._threads:
            t.join(5)
        self.listener.close()


def hold(conn: socket.socket, stop: threading.Event) -> bytes:
    """Keep the connection open, reading what the client sends, until it closes or the test ends."""
    received = b""
    while not stop.is_set():
        readable, _w, _x = select.select([conn], [], [], 0.02)
        if readable:
            try:
                chunk = conn.recv(4096)
            except OSError:
                break
            if not chunk:
                break
            received += chunk
    return received


def silent(conn: socket.socket, stop: threading.Event) -> None:
    hold(conn, stop)


def says(data: bytes, then_close: bool = False) -> Behaviour:
    def behaviour(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(data)
        if not then_close:
            hold(conn, stop)

    return behaviour


def trickle(data: bytes, interval: float) -> Behaviour:
    """Send ``data`` one byte at a time, ``interval`` seconds apart: a reply that never ends in time."""

    def behaviour(conn: socket.socket, stop: threading.Event) -> None:
        for byte in data:
            if stop.wait(interval):
                return
            conn.sendall(bytes([byte]))
        hold(conn, stop)

    return behaviour


def closed_port(host: str = "127.0.0.1") -> int:
    """A loopback port where nothing listens (connecting is refused)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class Blackhole:
    """A port whose connection attempts are silently dropped (see ftpwizard.demo.server._Blackhole)."""

    def __init__(self) -> None:
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(0)
        self.port: int = self.listener.getsockname()[1]
        self.filler = socket.create_connection(("127.0.0.1", self.port), timeout=1)

    def drops_connections(self) -> bool:
        """True when this system really drops SYNs to a full backlog (Linux does)."""
        probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        probe.settimeout(0.3)
        try:
            probe.connect(("127.0.0.1", self.port))
        except TimeoutError:
            return True
        except OSError:
            return False
        finally:
            probe.close()
        return False

    def close(self) -> None:
        self.filler.close()
        self.listener.close()


# ---------------------------------------------------------------- TLS


def make_self_signed(folder: Path, common_name: str = "localhost") -> Path:
    """A self-signed certificate + key in one PEM file (pyftpdlib's certfile)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "ftpwizard tests")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName(common_name), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    path = folder / f"{common_name}.pem"
    path.write_bytes(
        cert.public_bytes(serialization.Encoding.PEM)
        + key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    )
    return path


def fingerprint(pem_path: Path) -> str:
    import hashlib
    import ssl

    pem = pem_path.read_text()
    start = pem.index("-----BEGIN CERTIFICATE-----")
    end = pem.index("-----END CERTIFICATE-----") + len("-----END CERTIFICATE-----")
    der = ssl.PEM_cert_to_DER_cert(pem[start:end])
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, 64, 2))


# ---------------------------------------------------------------- process resources


def open_fds() -> set[str]:
    """What this process has open, as readlink targets of /proc/self/fd ("socket:[123]", paths...)."""
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            found.add(f"{fd}:{os.readlink(f'/proc/self/fd/{fd}')}")
    return found


def open_sockets() -> set[str]:
    return {entry for entry in open_fds() if ":socket:" in entry}


def wait_until(condition: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll ``condition`` until true or ``timeout``; for background threads of servers, never for Qt."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.01)
    return condition()


@contextlib.contextmanager
def running(server: FtpServer | RawServer) -> Iterator[FtpServer | RawServer]:
    try:
        yield server
    finally:
        server.stop()


# ---------------------------------------------------------------- running the engine


class Recorder:
    """Collects the engine's events with the thread each came from."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.threads: list[str] = []
        self._lock = threading.Lock()

    def __call__(self, event: Event) -> None:
        with self._lock:
            self.events.append(event)
            self.threads.append(threading.current_thread().name)

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]


def probe(url: str, password: str | None = None, on_event: Any = None, cancel: Any = None,
          tls: Any = None, **options: Any) -> ProbeResult:
    """Parse ``url`` as a user would type it and run the real engine against it."""
    target = parse_target(url, tls=tls)
    if password is not None:
        target = target.with_credentials(password=password)
    return probe_and_diagnose(target, ProbeOptions(**options), on_event, cancel)


def _main() -> None:
    """``python tests/probe/probe_servers.py silent``: a server in its own process, so that the test process's
    open sockets are only the probe's (the cancel tests count them)."""
    import sys

    server = RawServer({"silent": silent}[sys.argv[1]])
    print(server.port, flush=True)
    sys.stdin.read()  # until the test closes our stdin
    server.stop()


if __name__ == "__main__":
    _main()
