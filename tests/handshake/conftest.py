"""Fixtures for the handshake picture: compiled translations loaded into the running QApplication."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

# pytest runs with --import-mode=importlib (test folders are not packages): make this folder's helper
# modules (handshake_scenarios, handshake_tools; unique names) importable by the tests next to them.
from handshake_tools import compile_ts
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from ftpwizard.core.i18n import LANGUAGES


@pytest.fixture(params=LANGUAGES)
def lang(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """Runs the test once with the Korean and once with the English translation installed."""
    translator = QTranslator()
    assert translator.load(str(compile_ts(request.param, tmp_path)))
    qapp.installTranslator(translator)
    try:
        yield request.param
    finally:
        qapp.removeTranslator(translator)
