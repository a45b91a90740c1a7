"""Run a program and report its peak memory (RSS) and timing, for scripts/ci_bundle.py and benchmarks/bundle.py.

Peak RSS comes from getrusage(RUSAGE_CHILDREN) in a small wrapper process that runs nothing but the program,
so the figure is the program's alone (a onefile bundle is two processes: the larger one counts), not the
build's or the benchmark's. Linux/macOS only (Windows has no getrusage).
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass

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
