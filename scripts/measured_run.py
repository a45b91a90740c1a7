"""Run a program and report its peak memory (RSS) and timing, for scripts/ci_bundle.py and benchmarks/bundle.py.

Peak RSS comes from getrusage(RUSAGE_CHILDREN) in a small wrapper process that runs nothing but the program,
so the figure is the program's alone (a onefile bundle is two processes: the larger one counts), not the
build's or the benchmark's. Linux/macOS only (Windows has no getrusage).
"""

from __future__ import annotations

import subprocess
import sys
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
