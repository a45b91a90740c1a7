"""Fixtures for the probe tests: real servers that stop at the end of each test."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# pytest runs with --import-mode=importlib (test folders are not packages): make this folder's helper
# modules (probe_servers, probe_handlers; unique names) importable by the tests next to them.
from probe_servers import FtpServer, RawServer, make_self_signed


@pytest.fixture
def ftp_server(tmp_path: Path) -> Iterator[Callable[..., FtpServer]]:
    """``ftp_server(HandlerSubclass, **handler_attrs)`` starts a pyftpdlib server for this test."""
    started: list[FtpServer] = []

    def start(handler: Any = None, **kwargs: Any) -> FtpServer:
        if handler is not None:
            kwargs["handler"] = handler
        server = FtpServer(root=tmp_path / f"ftp{len(started)}", **kwargs)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def raw_server() -> Iterator[Callable[..., RawServer]]:
    started: list[RawServer] = []

    def start(behaviour: Any, **kwargs: Any) -> RawServer:
        server = RawServer(behaviour, **kwargs)
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A self-signed certificate for localhost / 127.0.0.1 (needs pyOpenSSL for pyftpdlib's TLS handler)."""
    for module in ("OpenSSL", "cryptography"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed (pip install pyopenssl cryptography): TLS servers need it")
    return make_self_signed(tmp_path_factory.mktemp("tls"))
