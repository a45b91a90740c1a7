"""Running the probe (engine and command line) against a hostile server, and the checks every run gets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ftpwizard.core.diagnosis.run import probe_and_diagnose
from ftpwizard.core.probe.engine import ProbeOptions
from ftpwizard.core.probe.model import Event, ProbeResult, StepFinished, StepStarted
from ftpwizard.core.probe.target import parse_target

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 2.0  # --timeout for the suite: small enough to keep it fast, large enough for a loaded machine
CLI_START_S = 1.5  # allowance for starting a Python process on top of the engine's own bound


def make_password() -> str:
    """A password that cannot appear by chance: a random core, a Korean tail (UTF-8 on the wire)."""
    return f"Pw{uuid.uuid4().hex[:16]}-비밀"


def secret_parts(password: str) -> list[str]:
    """What must never be seen: the whole password and its random core (in case the rest was mangled)."""
    return [password, password[2:18]]


def assert_no_secret(text: str, password: str, where: str) -> None:
    for part in secret_parts(password):
        assert part not in text, f"the password leaked into {where}"


def engine_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("ftpwizard-") and t.is_alive()]


@dataclass
class EngineRun:
    result: ProbeResult
    events: list[Event]
    elapsed_s: float
    step_s: dict[tuple[str, Any], float] = field(default_factory=dict)  # (phase, step) -> seconds, from events


def run_engine(address: str, password: str, *, timeout: float = TIMEOUT, tls: str = "none",
               user: str = "alice", accept_certificate: str | None = None) -> EngineRun:
    target = parse_target(address, tls=tls).with_credentials(user=user, password=password)  # type: ignore[arg-type]
    events: list[Event] = []
    lock = threading.Lock()

    def on_event(event: Event) -> None:
        with lock:
            events.append(event)

    options = ProbeOptions(timeout=timeout, accept_certificate=accept_certificate)
    started = time.monotonic()
    result = probe_and_diagnose(target, options, on_event)
    elapsed = time.monotonic() - started
    assert engine_threads() == [], f"engine threads left running: {engine_threads()}"
    run = EngineRun(result, events, elapsed)
    # Each step's duration measured from its events, not from the result: what a GUI countdown would see.
    begun: dict[tuple[str, Any], float] = {}
    for event in events:
        if isinstance(event, StepStarted):
            begun[(event.phase, event.step)] = event.t_ms
        elif isinstance(event, StepFinished) and (event.phase, event.step) in begun:
            run.step_s[(event.phase, event.step)] = (event.t_ms - begun[(event.phase, event.step)]) / 1000.0
    return run


@dataclass
class CliRun:
    code: int
    stdout: str
    stderr: str
    elapsed_s: float
    files: dict[str, str]  # every file the run wrote under its private HOME

    def json(self) -> dict[str, Any]:
        return json.loads(self.stdout)


def run_cli(args: list[str], password: str | None, home: Path, *, wall_limit: float = 60.0,
            env_extra: dict[str, str] | None = None) -> CliRun:
    """`python -m ftpwizard probe ARGS` in a fresh process with a private HOME; the password on stdin."""
    home.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FTPWIZARD", "XDG_"))}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_STATE_HOME=str(home / ".local/state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        PYTHONPATH=str(REPO),
        LANG="C.UTF-8",
        PYTHONIOENCODING="utf-8",
    )
    env.update(env_extra or {})
    argv = [sys.executable, "-m", "ftpwizard", "probe", *args]
    if password is not None:
        argv.append("--password-stdin")
    started = time.monotonic()
    proc = subprocess.run(
        argv, input=(password or "") + "\n", capture_output=True, text=True, encoding="utf-8",
        env=env, cwd=str(home), timeout=wall_limit,
    )
    elapsed = time.monotonic() - started
    files = {}
    for path in home.rglob("*"):
        if path.is_file():
            files[str(path)] = path.read_text("utf-8", "replace")
    return CliRun(proc.returncode, proc.stdout, proc.stderr, elapsed, files)
