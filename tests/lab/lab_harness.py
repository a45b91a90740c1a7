"""Runs scenarios in the lab: the right daemon, the right rules, then a client inside the client namespace.

Used by the pytest fixtures (conftest.py) and by benchmarks/lab_verdicts.py.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

import lab_daemons as daemons
import netlab
from lab_scenarios import Scenario

REPO = Path(__file__).resolve().parents[2]
FTPLIB_CHECK = Path(__file__).with_name("lab_ftplib_check.py")
PREDICT = Path(__file__).with_name("lab_predict.py")


def probe_available() -> bool:
    return (REPO / "ftpwizard" / "core" / "probe" / "engine.py").exists()


@dataclass
class ProbeRun:
    result: dict[str, Any] | None  # the JSON object, None if stdout was not one
    exit_code: int
    seconds: float  # wall time from start to exit: the time to verdict
    stdout: str
    stderr: str


class LabSession:
    """The lab network, the shared files, and at most one running daemon at a time."""

    def __init__(self) -> None:
        self.lab = netlab.Lab()
        self.files: daemons.LabFiles | None = None
        self.running: daemons.RunningDaemon | None = None
        self._running_key: tuple[str, daemons.DaemonOptions] | None = None
        self._old_sigterm: Any = None

    def start(self) -> LabSession:
        self.lab.start()
        try:
            self.files = daemons.LabFiles()
        except Exception:
            self.lab.stop()
            raise
        # A SIGTERM (CI cancelling the job) must tear the lab down like Ctrl+C does.
        if _is_main_thread():
            self._old_sigterm = signal.signal(signal.SIGTERM, _raise_keyboard_interrupt)
        return self

    def close(self) -> None:
        try:
            self.stop_daemon()
        finally:
            self.lab.stop()
            if self.files is not None:
                self.files.remove()
                self.files = None
            if self._old_sigterm is not None:
                signal.signal(signal.SIGTERM, self._old_sigterm)
                self._old_sigterm = None

    # -------------------------------------------------------------- daemons and rules

    def stop_daemon(self) -> None:
        if self.running is not None:
            self.running.remove()
        self.running, self._running_key = None, None

    def use_daemon(self, name: str | None, opts: daemons.DaemonOptions) -> None:
        """Make sure exactly this daemon with these options runs (None: nothing listens)."""
        key = (name, opts) if name else None
        if key == self._running_key and (self.running is None or self.running.proc is not None):
            return
        self.stop_daemon()
        if name is None:
            return
        assert self.files is not None
        self.lab.clear_rules()  # a leftover DROP on 21 would make the readiness check pointless
        self.running = daemons.RunningDaemon(daemons.DAEMONS[name], opts, self.lab, self.files).start()
        self._running_key = (name, opts)

    def end_sessions(self) -> None:
        """End the daemon's per-connection processes left by the previous probe, keep its listener.

        After a blocked active connection vsftpd's session keeps trying to connect back for 60 s, even
        though the client has quit; with max_per_ip=1 it would take the next probe's only slot.
        """
        if self.running is None or self.running.proc is None:
            return
        for pid in netlab.run(["ip", "netns", "pids", self.lab.server], check=False).split():
            if pid.isdigit() and int(pid) != self.running.proc.pid:
                try:
                    os.kill(int(pid), signal.SIGKILL)
                except ProcessLookupError:
                    pass

    def prepare(self, daemon: str, scenario: Scenario) -> None:
        self.use_daemon(None if scenario.no_daemon else daemon, scenario.opts)
        self.end_sessions()
        self.lab.apply(scenario.rules)

    # -------------------------------------------------------------- clients

    def _password(self, scenario: Scenario) -> str:
        assert self.files is not None
        return "wrong-" + self.files.password if scenario.wrong_password else self.files.password

    def _client_env(self, scenario: Scenario) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("FTPWIZARD_", "QT_"))}
        env["PYTHONPATH"] = str(REPO)
        env["FTPWIZARD_PASSWORD"] = self._password(scenario)
        return env

    def ftplib_check(self, scenario: Scenario, timeout: float = 3.0, data_wait: float = 2.0,
                     extra: tuple[str, ...] = ()) -> dict[str, Any]:
        """lab_ftplib_check.py in the client namespace; ``extra``: its further options (--connections N,
        --no-session-reuse, --opts-utf8)."""
        assert self.files is not None
        cmd = [sys.executable, str(FTPLIB_CHECK), netlab.SERVER_ADDR, "--user", self.files.user,
               "--timeout", str(timeout), "--data-wait", str(data_wait), *extra]
        if scenario.tls_check:
            cmd.append("--tls")
        proc = subprocess.run(self.lab.exec_cmd(self.lab.client, cmd), capture_output=True, text=True,
                              env=self._client_env(scenario), timeout=60)
        if proc.returncode != 0:
            raise RuntimeError(f"ftplib_check failed: {proc.stderr}")
        return json.loads(proc.stdout)

    def probe(self, scenario: Scenario, extra: tuple[str, ...] = ()) -> ProbeRun:
        """``ftpwizard probe`` in the client namespace; the password goes in on stdin."""
        assert self.files is not None
        cmd = [sys.executable, "-m", "ftpwizard", "probe", netlab.SERVER_ADDR, "--user", self.files.user,
               "--password-stdin", "--json", *scenario.probe_args, *extra]
        if scenario.tls_check:
            cmd += ["--accept-certificate", self.files.cert_sha256]
        env = self._client_env(scenario)
        del env["FTPWIZARD_PASSWORD"]
        t0 = time.monotonic()
        proc = subprocess.run(self.lab.exec_cmd(self.lab.client, cmd), input=self._password(scenario) + "\n",
                              capture_output=True, text=True, env=env, timeout=300, cwd=REPO)
        seconds = time.monotonic() - t0
        try:
            result = json.loads(proc.stdout)
        except json.JSONDecodeError:
            result = None
        return ProbeRun(result, proc.returncode, seconds, proc.stdout, proc.stderr)

    def predict(self, scenario: Scenario) -> dict[str, Any]:
        """ftpwizard's probe and its prediction for the real curl and lftp (lab_predict.py), in the client
        namespace; the scenario's expected findings and params are added for ``predicted_declared``."""
        assert self.files is not None
        cmd = [sys.executable, str(PREDICT), netlab.SERVER_ADDR, "--user", self.files.user,
               "--add-findings", ",".join(scenario.findings), "--add-params", json.dumps(scenario.params)]
        if "--tls" in scenario.probe_args:
            tls = scenario.probe_args[scenario.probe_args.index("--tls") + 1]
            cmd += ["--tls", tls, "--accept-certificate", self.files.cert_sha256]
        env = self._client_env(scenario)
        del env["FTPWIZARD_PASSWORD"]
        proc = subprocess.run(self.lab.exec_cmd(self.lab.client, cmd), input=self._password(scenario) + "\n",
                              capture_output=True, text=True, env=env, timeout=120, cwd=REPO)
        if proc.returncode != 0:
            raise RuntimeError(f"lab_predict failed: {proc.stderr}")
        return json.loads(proc.stdout)


def _is_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _raise_keyboard_interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(f"signal {signum}")
