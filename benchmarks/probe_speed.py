"""How much slower is `ftpwizard probe` than the least a script could do? Target: at most 1.5×.

Starts the healthy demo server (pyftpdlib on 127.0.0.1) and times whole processes, start-up included:

  probe   ftpwizard probe ftp://demo@127.0.0.1:PORT --mode both --json --no-programs
          (the console script next to this Python; ``python -m ftpwizard`` where it is not installed)
  + programs  the same without --no-programs: after the verdict it also detects this PC's FTP programs and
          judges each (issue 14). That loads the clients package (dataclasses, pathlib, the programs' JSON),
          so it is printed beside the ratio, not in it: the 1.5x budget is the probe's.
  ftplib  python -c <a bare ftplib script: log in, one passive LIST, one active LIST, one after the other>

Each is run --runs times (alternating, after one warm-up run each); prints both medians and the ratio.
With --check the exit status is 1 when the ratio is above --target. Both run with compiled bytecode, as
an installed program does (a private PYTHONPYCACHEPREFIX, even where PYTHONDONTWRITEBYTECODE is set):
without it every run would compile ftpwizard from source. Run from the repository root:

  PYTHONPATH=. python benchmarks/probe_speed.py --runs 15
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)  # pyftpdlib still imports asyncore
    from ftpwizard.demo.server import start_demo_server

BARE_FTPLIB = """
import ftplib, sys
host, port, user, password = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
ftp = ftplib.FTP()
ftp.connect(host, port, timeout=8)
ftp.login(user, password)
lines = []
ftp.set_pasv(True)
ftp.retrlines("LIST", lines.append)
ftp.set_pasv(False)
ftp.retrlines("LIST", lines.append)
ftp.quit()
assert lines
"""


# The same script, also importing the standard-library modules any argparse + dataclass tool needs:
# what the probe would cost if it were written the usual way (it avoids these on its start-up path).
FLOOR = "import argparse, dataclasses, datetime, enum, ipaddress, json, threading, typing\n" + BARE_FTPLIB


def _ftpwizard_command() -> list[str]:
    """The installed ``ftpwizard`` console script next to this Python (what users run), else ``-m``."""
    script = Path(sys.executable).with_name("ftpwizard.exe" if os.name == "nt" else "ftpwizard")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "ftpwizard"]


def _time(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    took = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd[:4])}...\n{proc.stderr}")
    return took


def _in_process(server: object, runs: int) -> tuple[float, float]:
    """The same two jobs without process start-up: the engine's own cost (medians in ms)."""
    import ftplib

    from ftpwizard.core.diagnosis.run import probe_and_diagnose
    from ftpwizard.core.probe import ProbeOptions, parse_target

    host, port, user, password = server.host, server.port, server.user, server.password  # type: ignore[attr-defined]
    target = parse_target(f"ftp://{user}@{host}:{port}").with_credentials(password=password)

    def bare() -> None:
        ftp = ftplib.FTP()
        ftp.connect(host, port, timeout=8)
        ftp.login(user, password)
        for passive in (True, False):
            ftp.set_pasv(passive)
            ftp.retrlines("LIST", lambda _line: None)
        ftp.quit()

    probe_times, bare_times = [], []
    for _ in range(runs):
        started = time.perf_counter()
        result = probe_and_diagnose(target, ProbeOptions(mode="both"))
        probe_times.append(time.perf_counter() - started)
        assert result.verdict is not None and result.verdict.code == "both_ok"
        started = time.perf_counter()
        bare()
        bare_times.append(time.perf_counter() - started)
    return statistics.median(probe_times) * 1000, statistics.median(bare_times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--target", type=float, default=1.5)
    parser.add_argument("--check", action="store_true", help="exit 1 when the ratio is above --target")
    parser.add_argument("--json", action="store_true", help="print the numbers as one JSON object")
    args = parser.parse_args(argv)

    server = start_demo_server("healthy")
    pycache = tempfile.mkdtemp(prefix="ftpwizard-bench-pyc-")
    env = dict(os.environ, PYTHONPATH=str(ROOT), FTPWIZARD_PASSWORD=server.password, PYTHONPYCACHEPREFIX=pycache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    programs_cmd = [*_ftpwizard_command(), "probe", f"ftp://{server.user}@{server.host}:{server.port}",
                    "--mode", "both", "--json"]
    probe_cmd = [*programs_cmd, "--no-programs"]
    bare_cmd = [sys.executable, "-c", BARE_FTPLIB, server.host, str(server.port), server.user, server.password]
    floor_cmd = [sys.executable, "-c", FLOOR, *bare_cmd[3:]]
    try:
        # Check that the probe really tests both modes here, then warm the file cache.
        out = subprocess.run(probe_cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60).stdout
        verdict = json.loads(out)["verdict"]["code"]
        if verdict != "both_ok":
            raise SystemExit(f"the demo server should give both_ok, got {verdict}")
        _time(bare_cmd, env)
        _time(floor_cmd, env)
        _time(programs_cmd, env)
        probe_times, bare_times, floor_times, programs_times = [], [], [], []
        for _ in range(args.runs):  # alternate, so that any drift hits all alike
            probe_times.append(_time(probe_cmd, env))
            programs_times.append(_time(programs_cmd, env))
            bare_times.append(_time(bare_cmd, env))
            floor_times.append(_time(floor_cmd, env))
        inproc_probe_ms, inproc_bare_ms = _in_process(server, args.runs)
    finally:
        server.stop()
        shutil.rmtree(pycache, ignore_errors=True)

    probe_ms = statistics.median(probe_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    floor_ms = statistics.median(floor_times) * 1000
    programs_ms = statistics.median(programs_times) * 1000
    ratio = probe_ms / bare_ms
    if args.json:
        print(json.dumps({"runs": args.runs, "probe_median_ms": round(probe_ms, 1),
                          "ftplib_median_ms": round(bare_ms, 1), "floor_median_ms": round(floor_ms, 1),
                          "ratio": round(ratio, 2), "target": args.target, "probe_command": probe_cmd[:-6],
                          "with_programs_median_ms": round(programs_ms, 1),
                          "in_process_probe_ms": round(inproc_probe_ms, 1),
                          "in_process_ftplib_ms": round(inproc_bare_ms, 1)}))
    else:
        print(f"runs: {args.runs} each (whole processes, start-up included)")
        print(f"ftpwizard probe --mode both --json --no-programs : median {probe_ms:7.1f} ms  ({' '.join(probe_cmd[:-6])})")
        print(f"  with the programs' outcome (the default)      : median {programs_ms:7.1f} ms  (not in the ratio)")
        print(f"bare ftplib (passive + active LIST): median {bare_ms:7.1f} ms")
        print(f"  + argparse/dataclasses/... imports : median {floor_ms:7.1f} ms  (a typical argparse + dataclasses tool)")
        print(f"ratio: {ratio:.2f}x (target <= {args.target}x) -> {'OK' if ratio <= args.target else 'TOO SLOW'}")
        print(f"in one process, no start-up: probe {inproc_probe_ms:.1f} ms, ftplib {inproc_bare_ms:.1f} ms "
              "(the probe opens four control connections: the two modes, and the connection count and EPSV check "
              "beside them)")
    return 1 if args.check and ratio > args.target else 0


if __name__ == "__main__":
    sys.exit(main())
