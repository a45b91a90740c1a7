"""Fixtures for the handshake picture: compiled translations loaded into the running QApplication."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

# pytest runs in importlib mode (test folders are not packages): make this folder's helpers importable.
sys.path.insert(0, str(Path(__file__).resolve().parent))

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PYSIDE_DIR = Path(PySide6.__file__).parent


def compile_ts(lang: str, out_dir: Path) -> Path:
    target = out_dir / f"handshake_{lang}.qm"
    subprocess.run(
        [
            str(PYSIDE_DIR / "lrelease"),
            "-silent",
            str(TRANSLATIONS / f"handshake_{lang}.ts"),
            "-qm",
            str(target),
        ],
        check=True,
    )
    return target


@pytest.fixture(params=["ko", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """Runs the test once with the Korean and once with the English translation installed."""
    translator = QTranslator()
    assert translator.load(str(compile_ts(request.param, tmp_path)))
    qapp.installTranslator(translator)
    try:
        yield request.param
    finally:
        qapp.removeTranslator(translator)
