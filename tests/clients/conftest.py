"""Fake machines for the clients tests: a Linux home, a Windows user profile with a registry, a Mac.

Only the registry is simulated (it cannot exist on Linux); files are real files in the real formats,
under a temporary folder that plays the part of C:\\ or /.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ftpwizard.clients.env import Environment
from ftpwizard.clients.registry import MemoryRegistry


class Machine:
    def __init__(self, env: Environment, base: Path) -> None:
        self.env = env
        self.base = base
        self.running: list[str] = []
        self.on_path: dict[str, str] = {}
        env.processes = lambda: list(self.running)
        env.which = lambda name: self.on_path.get(name)

    @property
    def registry(self) -> MemoryRegistry:
        assert isinstance(self.env.registry, MemoryRegistry)
        return self.env.registry

    def write(self, path: Path, data: bytes | str) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path


def _now() -> datetime:
    return datetime(2026, 11, 25, 21, 0, 0)  # fixed, so backup names are predictable


@pytest.fixture
def linux(tmp_path: Path) -> Machine:
    home = tmp_path / "home" / "kim"
    home.mkdir(parents=True)
    env = Environment(platform="linux", home=home, vars={"HOME": str(home)}, root=tmp_path / "root",
                      state_dir=tmp_path / "state", now=_now)
    return Machine(env, tmp_path)


@pytest.fixture
def windows(tmp_path: Path) -> Machine:
    c = tmp_path / "C"
    profile = c / "Users" / "kim"
    vars_ = {
        "USERPROFILE": str(profile),
        "APPDATA": str(profile / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(profile / "AppData" / "Local"),
        "ProgramFiles": str(c / "Program Files"),
        "ProgramFiles(x86)": str(c / "Program Files (x86)"),
        "SystemRoot": str(c / "Windows"),
        "WINDIR": str(c / "Windows"),
    }
    profile.mkdir(parents=True)
    env = Environment(platform="windows", home=profile, vars=vars_, registry=MemoryRegistry(), root=c,
                      state_dir=tmp_path / "state", now=_now)
    return Machine(env, c)


@pytest.fixture
def mac(tmp_path: Path) -> Machine:
    home = tmp_path / "Users" / "kim"
    home.mkdir(parents=True)
    env = Environment(platform="macos", home=home, vars={"HOME": str(home)}, root=tmp_path,
                      state_dir=tmp_path / "state", now=_now)
    return Machine(env, tmp_path)
