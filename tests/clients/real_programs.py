"""The real lftp as the oracle for what we claim about lftp: what it has read from its rc files, and which
data command it really sends to a server (a pyftpdlib server on 127.0.0.1)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

LFTP = shutil.which("lftp")
CURL = shutil.which("curl")
needs_lftp = pytest.mark.skipif(LFTP is None, reason="apt-get install lftp")
needs_curl = pytest.mark.skipif(CURL is None, reason="apt-get install curl")


def _lftp_env(home: Path) -> dict[str, str]:
    return {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "PATH": os.environ.get("PATH", "")}


def real_lftp_settings(home: Path, **extra_env: str) -> list[str]:
    """What the real lftp has after reading its rc files: its own 'set -a' lines for passive-mode.
    (Note: 'set ftp:passive-mode' with no value would reset the variable and print nothing.)"""
    out = subprocess.run([LFTP or "lftp", "-c", "set -a"], env={**_lftp_env(home), **extra_env}, capture_output=True,
                         text=True, timeout=30)
    return [line for line in out.stdout.splitlines() if line.startswith("set ftp:passive-mode")]


def lftp_data_command(home: Path, host: str, port: int) -> str:
    """The command the real lftp sends to open the data connection for a listing of ftp://host:port/
    (PASV/EPSV = passive, PORT/EPRT = active), with the rc files under ``home``."""
    script = "set net:max-retries 1; set net:timeout 10; debug 9; ls; exit"
    out = subprocess.run([LFTP or "lftp", "-e", script, f"ftp://anonymous:x@{host}:{port}"], env=_lftp_env(home),
                         capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    sent = [line.split()[1] for line in (out.stdout + out.stderr).splitlines() if line.startswith("---> ")]
    found = [c for c in sent if c in ("PASV", "EPSV", "PORT", "EPRT")]
    assert found, out.stdout + out.stderr
    return found[0]
