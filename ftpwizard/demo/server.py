"""The built-in demo server: pyftpdlib on 127.0.0.1 with a small read-only folder, and failure scenarios.

Each scenario makes a loopback server behave the way a real one does behind that network problem, so
training, the GUI tests and the README's run command show every verdict without a real network:

healthy          everything works
client-firewall  the server "cannot reach the PC": it accepts PORT, then stays silent while it tries
client-nat       the server sees another address than the PC announced: 500 Illegal PORT command
server-firewall  the passive port is silently dropped: the PC's connection attempt times out
bad-pasv-address the server names a private address (10.1.2.3) in its 227 reply
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pyftpdlib.authorizers import DummyAuthorizer
from pyftpdlib.handlers import FTPHandler
from pyftpdlib.ioloop import IOLoop
from pyftpdlib.servers import ThreadedFTPServer

from ftpwizard.demo.scenarios import SCENARIOS

DEMO_USER = "demo"
DEMO_PASSWORD = "demo-password"
SAMPLE_FILES = {
    "index.html": "<html><body><h1>My homepage</h1></body></html>\n",
    "about.html": "<html><body>About us</body></html>\n",
    "images/logo.txt": "(a picture would be here)\n",
    "README.txt": "This is ftpwizard's demo server. Nothing here is real.\n",
}
# Seconds the "client-firewall" server stays silent before it gives up (vsftpd waits 60 s).
SILENT_CONNECT_S = 20.0


class HealthyHandler(FTPHandler):
    banner = "ftpwizard demo server ready."
    # The demo serves only loopback, so the usual bounce-attack check stays on (it is what gives 501).
    permit_foreign_addresses = False


class ClientFirewallHandler(HealthyHandler):
    """Accept PORT, then never manage to connect: what a server sees when the PC's firewall drops it."""

    def _make_eport(self, ip: str, port: int) -> None:
        self._pretend_active = True
        self.respond("200 PORT command successful. Consider using PASV.")

    def _silent_then_425(self) -> None:
        def give_up() -> None:
            if self.connected:
                self.respond("425 Failed to establish connection.")

        self.ioloop.call_later(SILENT_CONNECT_S, give_up, _errback=lambda: None)

    def ftp_LIST(self, path: str) -> Any:
        if getattr(self, "_pretend_active", False):
            self._pretend_active = False
            return self._silent_then_425()
        return super().ftp_LIST(path)

    def ftp_NLST(self, path: str) -> Any:
        if getattr(self, "_pretend_active", False):
            self._pretend_active = False
            return self._silent_then_425()
        return super().ftp_NLST(path)

    def ftp_MLSD(self, path: str) -> Any:
        if getattr(self, "_pretend_active", False):
            self._pretend_active = False
            return self._silent_then_425()
        return super().ftp_MLSD(path)


class ClientNatHandler(HealthyHandler):
    """The PC announced a private address the server does not see: vsftpd/ProFTPD refuse it like this."""

    def _make_eport(self, ip: str, port: int) -> None:
        self.respond("500 Illegal PORT command.")


class _Blackhole:
    """A port whose connection attempts are silently dropped, like a firewall's DROP rule.

    A listening socket with a backlog of one, filled by our own connection: Linux then drops further
    SYNs, so the caller's connect times out instead of being refused. Where that does not hold (other
    systems), the caller sees "refused", which is a closed port: still a server-side block.
    """

    def __init__(self) -> None:
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(0)
        self.port = self.listener.getsockname()[1]
        self.filler = socket.create_connection(("127.0.0.1", self.port), timeout=1)

    def close(self) -> None:
        self.filler.close()
        self.listener.close()


class ServerFirewallHandler(HealthyHandler):
    blackhole: _Blackhole | None = None

    def _make_epasv(self, extmode: bool = False) -> None:
        assert self.blackhole is not None
        port = self.blackhole.port
        if extmode:
            self.respond(f"229 Entering extended passive mode (|||{port}|).")
        else:
            self.respond(f"227 Entering passive mode (127,0,0,1,{port >> 8},{port & 0xFF}).")


class BadPasvAddressHandler(HealthyHandler):
    masquerade_address = "10.1.2.3"


def _quiet_pyftpdlib() -> None:
    # pyftpdlib sets up logging to stderr (a line per session) when its logger has no handler. With one, pyftpdlib's is_logging_configured() is true and it never installs its
    # stderr handler; records still propagate to the program's own log (at WARNING and above).
    logger = logging.getLogger("pyftpdlib")
    logger.setLevel(logging.WARNING)
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())


class _DemoFTPServer(ThreadedFTPServer):
    """A thread per session. pyftpdlib's single-threaded server lost sessions under load: with 20 probes at
    once, 2-6 got no reply to USER or PORT (control_timeout, a false active_blocked_client_side); its IOLoop
    stops delivering some sockets' events (epoll and poll alike; select lost 1 in 100, and slowly).

    Each server gets its own stop flag, lock and accepting IOLoop: pyftpdlib keeps the first two as class
    attributes and the loop as a process-wide instance, so stopping one demo server (the GUI tests run many)
    would end the sessions of every other one.
    """

    poll_timeout = 0.1  # how soon a session's thread notices stop()

    def __init__(self, address: tuple[str, int], handler: type[FTPHandler]) -> None:
        self._lock = threading.Lock()
        self._exit = threading.Event()
        super().__init__(address, handler, ioloop=IOLoop())

    def _start_task(self, *args: Any, **kwargs: Any) -> threading.Thread:
        # Daemon threads: a session left open by a client must never keep the program from exiting.
        return threading.Thread(*args, daemon=True, **kwargs)


HANDLERS: dict[str, type[FTPHandler]] = {
    "healthy": HealthyHandler,
    "client-firewall": ClientFirewallHandler,
    "client-nat": ClientNatHandler,
    "server-firewall": ServerFirewallHandler,
    "bad-pasv-address": BadPasvAddressHandler,
}


def make_sample_folder(root: str) -> None:
    for name, text in SAMPLE_FILES.items():
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)


@dataclass
class DemoServer:
    """A running demo server; ``stop()`` ends its thread and removes its folder."""

    scenario: str
    host: str
    port: int
    user: str
    password: str
    _server: _DemoFTPServer
    _thread: threading.Thread
    _folder: str
    _blackhole: _Blackhole | None

    @property
    def url(self) -> str:
        return f"ftp://{self.user}@{self.host}:{self.port}"

    def stop(self) -> None:
        self._server.close_when_done()
        self._thread.join(5)
        self._server.close_all()  # also ends and joins every session's thread
        self._server.ioloop.close()
        if self._blackhole is not None:
            self._blackhole.close()
        shutil.rmtree(self._folder, ignore_errors=True)


def start_demo_server(scenario: str = "healthy", port: int = 0, handler: type[FTPHandler] | None = None) -> DemoServer:
    """Start a demo server on 127.0.0.1 in a background thread (port 0 = any free port)."""
    if scenario not in HANDLERS and handler is None:
        raise ValueError(f"unknown scenario {scenario!r}; choose one of {', '.join(SCENARIOS)}")
    _quiet_pyftpdlib()
    folder = tempfile.mkdtemp(prefix="ftpwizard-demo-")
    make_sample_folder(folder)
    authorizer = DummyAuthorizer()
    authorizer.add_user(DEMO_USER, DEMO_PASSWORD, folder, perm="elr")
    authorizer.add_anonymous(folder, perm="elr")
    base = handler or HANDLERS[scenario]
    blackhole = _Blackhole() if issubclass(base, ServerFirewallHandler) else None
    # A fresh subclass per server, so class attributes never leak between servers.
    attrs: dict[str, Any] = {"authorizer": authorizer}
    if blackhole is not None:
        attrs["blackhole"] = blackhole
    handler_cls = type(f"Demo{base.__name__}", (base,), attrs)
    server = _DemoFTPServer(("127.0.0.1", port), handler_cls)
    thread = threading.Thread(target=server.serve_forever, kwargs={"timeout": 0.05, "blocking": True},
                              name="ftpwizard-demo-server", daemon=True)
    thread.start()
    bound_port = server.socket.getsockname()[1]
    return DemoServer(scenario, "127.0.0.1", bound_port, DEMO_USER, DEMO_PASSWORD, server, thread, folder, blackhole)


@contextlib.contextmanager
def demo_server(scenario: str = "healthy", **kwargs: Any) -> Iterator[DemoServer]:
    server = start_demo_server(scenario, **kwargs)
    try:
        yield server
    finally:
        server.stop()
