from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from hostile_harness import assert_no_secret, make_password
from hostile_server import HostileServer, Session


@pytest.fixture(scope="session")
def password() -> str:
    """One unique password for every test of the suite."""
    return make_password()


@pytest.fixture(autouse=True)
def no_thread_left() -> Iterator[None]:
    """No test may leave a thread running: neither the probe's nor the hostile server's."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 2.0
    for thread in threading.enumerate():
        if thread not in before:
            thread.join(max(0.0, deadline - time.monotonic()))
    extra = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert not extra, f"threads left behind: {[t.name for t in extra]}"


@pytest.fixture(autouse=True)
def no_secret_in_logs(caplog: pytest.LogCaptureFixture, password: str) -> Iterator[None]:
    """Whatever the engine logs (at any level) must not contain the password."""
    caplog.set_level(logging.DEBUG)
    yield
    assert_no_secret(caplog.text, password, "the log")


@pytest.fixture
def hostile() -> Iterator[Callable[..., HostileServer]]:
    """Start hostile servers for one test; all are stopped (and their threads joined) at its end."""
    servers: list[HostileServer] = []

    def start(session: type[Session] = Session, **kwargs: Any) -> HostileServer:
        server = HostileServer(session, **kwargs)
        server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()
