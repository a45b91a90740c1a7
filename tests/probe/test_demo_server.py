"""The built-in demo server (training, the README, --self-test): correct under load, strict about its port,
and clean when stopped by SIGTERM."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import pytest

from ftpwizard.core.diagnosis.run import probe_and_diagnose
from ftpwizard.core.probe import ProbeOptions, parse_target
from ftpwizard.demo.server import demo_server

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = {
    "healthy": "both_ok",
    "client-firewall": "active_blocked_client_side",
    "client-nat": "active_rejected_nat",
}
PROBES = 20


@pytest.mark.parametrize("scenario", list(EXPECTED))
def test_twenty_probes_at_once_all_get_the_scenarios_verdict(scenario: str) -> None:
    """A class of twenty trainees pressing "Test" together; the single-threaded server lost 2-6 of them."""
    verdicts: list[str | None] = [None] * PROBES
    with demo_server(scenario) as server:
        target = parse_target(server.url).with_credentials(password=server.password)
        start = threading.Barrier(PROBES)

        def probe(i: int) -> None:
            start.wait(30)
            result = probe_and_diagnose(target, ProbeOptions(timeout=3))
            verdicts[i] = result.verdict.code if result.verdict else None

        threads = [threading.Thread(target=probe, args=(i,), name=f"trainee-{i}") for i in range(PROBES)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    assert Counter(verdicts) == Counter({EXPECTED[scenario]: PROBES})
    assert not [t for t in threading.enumerate() if t.name.startswith(("trainee-", "ftpd"))], "threads left behind"


def _demo_server_command(*args: str, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "ftpwizard", "demo-server", *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT), **env),
    )


@pytest.mark.parametrize("port", ["65536", "99999999999999999999999", "-1", "twenty-one"])
def test_a_port_out_of_range_is_a_clear_error_and_exit_64(port: str) -> None:
    proc = _demo_server_command("--port", port)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 64, err
    assert out == ""
    assert "Traceback" not in err and err.count("\n") == 1
    assert f"invalid port value: '{port}'" in err and "1 to 65535, or 0 for any free port" in err


def _folders(tmp: Path) -> set[str]:
    return {p.name for p in tmp.iterdir() if p.name.startswith("ftpwizard-demo-")}


@pytest.mark.parametrize("how", ["SIGTERM", "SIGINT"])
def test_stopping_by_signal_removes_the_sample_folder(tmp_path: Path, how: str) -> None:
    proc = _demo_server_command("--port", "0", TMPDIR=str(tmp_path))
    try:
        assert proc.stdout is not None
        banner = proc.stdout.readline()  # printed once the server listens: no sleeping
        assert re.search(r"on ftp://127\.0\.0\.1:\d+", banner), banner
        assert len(_folders(tmp_path)) == 1
        proc.send_signal(getattr(signal, how))
        out, err = proc.communicate(timeout=15)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert _folders(tmp_path) == set(), "the demo server's temporary folder was left behind"
