"""Run a program and report its peak memory (RSS) and timing, for scripts/ci_bundle.py and benchmarks/bundle.py.

Start-up: both the program and the hello-world baseline, run with FTPWIZARD_EXIT_AFTER_SHOW=1, print
`shown after ...` on the first turn of the event loop after their window was shown, then quit. The time is
from starting the process to reading that line (bootloader, unpacking, Python's start-up included).

Peak RSS comes from getrusage(RUSAGE_CHILDREN) in a small wrapper process that runs nothing but the program,
so the figure is the program's alone (a onefile bundle is two processes: the larger one counts), not the
build's or the benchmark's. Linux/macOS only (Windows has no getrusage).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

_WRAPPER = """
import resource, subprocess, sys
code = subprocess.call(sys.argv[1:])
print("MEASURED_PEAK_RSS_KB", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""
_MARKER = "MEASURED_PEAK_RSS_KB"


@dataclass
class Measured:
    returncode: int
    output: str  # the program's stdout and stderr, interleaved
    peak_rss_mb: float | None


def run_measured(cmd: list[str], *, env: dict[str, str] | None = None, timeout: float | None = None) -> Measured:
    result = subprocess.run(
        [sys.executable, "-c", _WRAPPER, *cmd], env=env, timeout=timeout,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace",
    )
    lines, peak = [], None
    for line in result.stdout.splitlines():
        if line.startswith(_MARKER):
            peak = int(line.split()[1]) / 1024  # ru_maxrss is KiB on Linux
        else:
            lines.append(line)
    return Measured(result.returncode, "\n".join(lines), peak)


# Budgets the CI bundle check and the bundle benchmark share (README, "Performance").
ONEDIR_SIZE_BUDGET_MB = 130
SELF_TEST_RSS_BUDGET_MB = 150


def size_mb(path: Path) -> float:
    """A file's size, or everything below a folder (links not followed), in MB."""
    if path.is_file():
        return path.stat().st_size / 1e6
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


# ---------------------------------------------------------------- start-up to the first shown window

STARTUP_RATIO_BUDGET = 1.5  # ftpwizard onedir against the hello-world onedir
SHOWN_TIMEOUT_S = 60


@dataclass
class Startup:
    median_s: float
    best_s: float
    runs: int
    # CPU time the process had used when its window showed (Linux; the process alone, so a onefile
    # bundle's unpacking parent is not in it): unlike the wall time, hardly moved by a loaded machine.
    cpu_median_s: float | None = None


def startup_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FTPWIZARD_EXIT_AFTER_SHOW": "1"}


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a running process (Linux /proc), or None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def time_to_window(program: Path) -> tuple[float, float | None]:
    """Seconds from starting `program` to its `shown after` line, and its CPU seconds by then."""
    started = time.perf_counter()
    process = subprocess.Popen([str(program)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=startup_env())
    assert process.stdout is not None
    try:
        for line in process.stdout:
            if line.startswith("shown after"):
                elapsed = time.perf_counter() - started
                cpu = _cpu_seconds(process.pid)
                process.wait(timeout=SHOWN_TIMEOUT_S)
                return elapsed, cpu
        raise RuntimeError(f"{program.name} exited ({process.wait()}) without printing 'shown after'")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def measure_startups(programs: dict[str, Path], runs: int) -> dict[str, Startup]:
    """Each program once to warm up (page cache, fontconfig cache), then `runs` rounds of all of them in
    turn: on a shared machine the load drifts, and taking turns puts the same drift on every program."""
    for program in programs.values():
        time_to_window(program)
    times: dict[str, list[float]] = {name: [] for name in programs}
    cpus: dict[str, list[float]] = {name: [] for name in programs}
    for _ in range(runs):
        for name, program in programs.items():
            elapsed, cpu = time_to_window(program)
            times[name].append(elapsed)
            if cpu is not None:
                cpus[name].append(cpu)
    return {
        name: Startup(statistics.median(t), min(t), runs, statistics.median(cpus[name]) if cpus[name] else None)
        for name, t in times.items()
    }
