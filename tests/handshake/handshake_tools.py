"""Paths and the translation compiler the handshake tests share (imported by name: no package here)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
PYSIDE_DIR = Path(PySide6.__file__).parent


def compile_ts(lang: str, out_dir: Path) -> Path:
    """pyside6-lrelease handshake_<lang>.ts into out_dir; returns the .qm path."""
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
