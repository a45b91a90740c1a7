"""Fixtures for the report tests: real probe results of every demo scenario, with a unique password."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

# pytest runs in importlib mode (test folders are not packages): make this folder's helpers importable.
from report_fixtures import PASSWORD, Run, probe_demo

from ftpwizard.demo.server import SCENARIOS


@pytest.fixture(scope="session")
def runs() -> Iterator[dict[str, Run]]:
    """One real probe per demo scenario (about 3 s in all)."""
    yield {scenario: probe_demo(scenario) for scenario in SCENARIOS}


@pytest.fixture(scope="session")
def password() -> str:
    return PASSWORD
