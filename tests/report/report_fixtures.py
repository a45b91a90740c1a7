"""Real probe results for the report tests: the engine run against the demo server, with a unique password.

The demo server's user gets a password made for this test run only, so "the password appears nowhere"
can be checked byte for byte in every output. The password is letters, digits and '-' only: HTML or JSON
escaping would otherwise hide a leak from a plain byte search.
"""

from __future__ import annotations

import secrets
import warnings
from dataclasses import dataclass

import pytest

# pyftpdlib imports asyncore, which warns on Python 3.11; the suite turns warnings into errors.
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import ftpwizard.demo.server as demo
    from ftpwizard.demo.server import demo_server
from ftpwizard.core.diagnosis.run import probe_and_diagnose
from ftpwizard.core.probe import ProbeOptions, parse_target
from ftpwizard.core.probe.model import Event, ProbeResult

PASSWORD = f"Pw-{secrets.token_hex(10)}-UNIQUE"
FAST = ProbeOptions(timeout=3.0, min_data_wait=1.0)


@dataclass
class Run:
    scenario: str
    result: ProbeResult
    events: list[Event]


def probe_demo(scenario: str) -> Run:
    events: list[Event] = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(demo, "DEMO_PASSWORD", PASSWORD)
        with demo_server(scenario) as server:
            target = parse_target(f"{server.host}:{server.port}").with_credentials(user=server.user, password=PASSWORD)
            result = probe_and_diagnose(target, FAST, events.append)
    return Run(scenario, result, events)
