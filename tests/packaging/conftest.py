"""Fast tests of the packaging logic: no PyInstaller build runs here (scripts/ci_bundle.py does that in CI)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
# bundle_rules and freeze import each other by plain name, as they do inside a .spec file.


def load_module(relative: str, name: str) -> ModuleType:
    """Import a script by path under a unique name (installer/build.py must not shadow PyPA's `build`)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / relative)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def rules() -> ModuleType:
    return load_module("installer/bundle_rules.py", "bundle_rules")


@pytest.fixture(scope="session")
def build_script() -> ModuleType:
    return load_module("installer/build.py", "ftpwizard_installer_build")
