"""Fixtures for the namespace lab (tests marked ``lab``).

The lab is built once per test session and torn down at the end, also after a failure, Ctrl+C or SIGTERM.
Where it cannot run (not root, no ip netns, no nft, a daemon not installed) its tests skip with one line
saying why. Set FTPWIZARD_LAB=require (CI does) to turn those skips into failures: there the lab must run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

# pytest runs with --import-mode=importlib (test folders are not packages): make this folder's helper
# modules (netlab, lab_*; unique names) importable by the tests next to them.
import lab_daemons as daemons
import netlab
import pytest
from lab_harness import LabSession
from lab_scenarios import Scenario
from lab_table import Cell, format_table


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("FTPWIZARD_LAB") == "require":
        pytest.fail(f"lab required (FTPWIZARD_LAB=require) but: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def lab_session() -> Iterator[LabSession]:
    why = netlab.why_unavailable()
    if why:
        _skip_or_fail(why)
    try:
        session = LabSession().start()
    except netlab.LabUnavailable as exc:
        _skip_or_fail(str(exc))
        raise  # not reached
    try:
        yield session
    finally:
        session.close()


@pytest.fixture
def lab_case(lab_session: LabSession, request: pytest.FixtureRequest) -> LabSession:
    """Prepare the lab for the test's (daemon, scenario) parameters."""
    daemon, scenario = request.param
    assert isinstance(scenario, Scenario)
    if not scenario.no_daemon:
        missing = daemons.DAEMONS[daemon].missing()
        if missing:
            _skip_or_fail(missing)
    lab_session.prepare(daemon, scenario)
    return lab_session


_TABLE: list[Cell] = []


@pytest.fixture(scope="session")
def lab_table() -> list[Cell]:
    """Verdict and time to verdict of every probe run, printed as a table at the end."""
    return _TABLE


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _TABLE:
        terminalreporter.section("lab: verdict and time to verdict (scenario x daemon)")
        terminalreporter.write_line(format_table(_TABLE))
