#!/usr/bin/env python3
"""Size, start-up and memory of the frozen program against a hello-world PySide6 window frozen the same way.

    python benchmarks/bundle.py                        build all four bundles (clean venv) and measure
    python benchmarks/bundle.py --python /work/venv/bin/python   build with an existing interpreter
    python benchmarks/bundle.py --no-build             measure what is in dist/ already

Prints figures, not a pass/fail test (`--strict` makes an over-budget figure exit 1). Budgets:
  start to first shown window: ftpwizard onedir within 1.5x the hello-world onedir; ftpwizard onefile < 1 s
  size: onefile <= 50 MB, onedir <= 130 MB (MB = 10^6 bytes)
  peak memory (RSS) of a full `--self-test` run <= 150 MB

"First shown window": see scripts/measured_run.py (the `shown after` line both programs print).
The four programs take turns, run after run, so that a shared machine's changing load falls on all of them.
All runs headless (QT_QPA_PLATFORM=offscreen), the median of --runs after one warm-up run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from measured_run import (  # noqa: E402
    ONEDIR_SIZE_BUDGET_MB,
    SELF_TEST_RSS_BUDGET_MB,
    STARTUP_RATIO_BUDGET,
    measure_startups,
    run_measured,
    size_mb,
    startup_env,
)

ONEFILE_STARTUP_BUDGET_S = 1.0
ONEFILE_SIZE_BUDGET_MB = 50


def build_all(python: str | None) -> None:
    for app in ("hello", "ftpwizard"):
        cmd = [sys.executable, str(ROOT / "installer" / "build.py"), "--app", app, "--mode", "both"]
        if python:
            cmd += ["--python", python]
        subprocess.run(cmd, cwd=ROOT, check=True)


def machine_description() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        memory_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
        memory = f", {memory_gb:.0f} GiB RAM"
    except (ValueError, OSError, AttributeError):
        memory = ""
    os_name = platform.platform(terse=True)
    try:
        os_name = next(line.split("=", 1)[1].strip('"') for line in Path("/etc/os-release").read_text().splitlines()
                       if line.startswith("PRETTY_NAME="))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores{memory}, {os_name}"


def versions(dist: Path) -> str:
    """The Python/Qt/PyInstaller versions inside the bundle (read from its files, not from this interpreter)."""
    internal = dist / "ftpwizard" / "_internal"
    python = next((p.name.removeprefix("libpython").removesuffix(".so.1.0") for p in internal.glob("libpython*")), "?")
    pyside = next((p.name.split("-")[1] for p in internal.glob("[Pp]y[Ss]ide6*-*.dist-info")), None)
    if pyside is None:
        try:
            import PySide6

            pyside = PySide6.__version__ + " (build interpreter)"
        except ImportError:
            pyside = "?"
    try:
        import PyInstaller

        pyinstaller = PyInstaller.__version__
    except ImportError:
        pyinstaller = "?"
    return f"Python {python}, PySide6 {pyside}, PyInstaller {pyinstaller}"


def verdict(ok: bool) -> str:
    return "ok" if ok else "OVER BUDGET"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--no-build", action="store_true", help="measure the bundles already in --dist")
    parser.add_argument("--python", help="build with this interpreter instead of a clean venv")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per bundle (after one warm-up)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a figure is over its budget")
    args = parser.parse_args(argv)
    if sys.platform == "win32":
        parser.error("measures the Linux bundles (peak memory needs getrusage); on Windows time the .exe by hand")

    if not args.no_build:
        build_all(args.python)
    exe = {
        ("hello", "onedir"): args.dist / "hello" / "hello",
        ("hello", "onefile"): args.dist / "hello-portable",
        ("ftpwizard", "onedir"): args.dist / "ftpwizard" / "ftpwizard",
        ("ftpwizard", "onefile"): args.dist / "ftpwizard-portable",
    }
    missing = [str(p) for p in exe.values() if not p.is_file()]
    if missing:
        print(f"bundle.py: missing {', '.join(missing)}: build first (drop --no-build)", file=sys.stderr)
        return 2

    sizes = {key: size_mb(path.parent if key[1] == "onedir" else path) for key, path in exe.items()}
    by_name = measure_startups({f"{app} {mode}": path for (app, mode), path in exe.items()}, args.runs)
    startups = {key: by_name[f"{key[0]} {key[1]}"] for key in exe}
    rss = {}
    for mode in ("onedir", "onefile"):
        result = run_measured([str(exe[("ftpwizard", mode)]), "--self-test"], env=startup_env(), timeout=600)
        rss[mode] = (result.peak_rss_mb, result.returncode)

    ratio = startups[("ftpwizard", "onedir")].median_s / startups[("hello", "onedir")].median_s
    onefile_s = startups[("ftpwizard", "onefile")].median_s
    checks = {
        "onedir start-up ratio": ratio <= STARTUP_RATIO_BUDGET,
        "onefile start-up": onefile_s < ONEFILE_STARTUP_BUDGET_S,
        "onedir size": sizes[("ftpwizard", "onedir")] <= ONEDIR_SIZE_BUDGET_MB,
        "onefile size": sizes[("ftpwizard", "onefile")] <= ONEFILE_SIZE_BUDGET_MB,
        "self-test RSS": all(peak is not None and peak <= SELF_TEST_RSS_BUDGET_MB for peak, _ in rss.values()),
        "self-test passed": all(code == 0 for _, code in rss.values()),
    }

    print(f"\nPerformance, measured {dt.date.today().isoformat()} on {machine_description()}")
    print(f"{versions(args.dist)}; headless (offscreen); median of {args.runs} runs taking turns, after a warm-up\n")
    print("| bundle | size | start to first window (median / best) |")
    print("| --- | --- | --- |")
    for app, mode in exe:
        s = startups[(app, mode)]
        print(f"| {app} {mode} | {sizes[(app, mode)]:.0f} MB | {s.median_s:.2f} s / {s.best_s:.2f} s |")
    print()
    print(f"- onedir start-up vs hello-world: {ratio:.2f}x (budget {STARTUP_RATIO_BUDGET}x): {verdict(checks['onedir start-up ratio'])}")
    ours_cpu, hello_cpu = startups[("ftpwizard", "onedir")].cpu_median_s, startups[("hello", "onedir")].cpu_median_s
    if ours_cpu and hello_cpu:
        print(f"  CPU time by the first window (onedir, median; little moved by other load): {ours_cpu:.2f} s "
              f"against {hello_cpu:.2f} s = {ours_cpu / hello_cpu:.2f}x")
    print(f"- onefile start-up: {onefile_s:.2f} s (budget < {ONEFILE_STARTUP_BUDGET_S:.0f} s): {verdict(checks['onefile start-up'])}")
    print(f"- onedir size: {sizes[('ftpwizard', 'onedir')]:.0f} MB (budget {ONEDIR_SIZE_BUDGET_MB} MB): {verdict(checks['onedir size'])}")
    print(f"- onefile size: {sizes[('ftpwizard', 'onefile')]:.0f} MB (budget {ONEFILE_SIZE_BUDGET_MB} MB): {verdict(checks['onefile size'])}")
    for mode, (peak, code) in rss.items():
        peak_text = f"{peak:.0f} MB" if peak is not None else "?"
        print(f"- peak RSS of a full --self-test ({mode}): {peak_text} (budget {SELF_TEST_RSS_BUDGET_MB} MB), "
              f"self-test exit {code}")
    print(f"- self-test memory: {verdict(checks['self-test RSS'])}; self-test result: {'passed' if checks['self-test passed'] else 'FAILED'}")
    over = [name for name, ok in checks.items() if not ok]
    if over:
        print(f"\nover budget or failing: {', '.join(over)}")
    return 1 if (args.strict and over) else 0


if __name__ == "__main__":
    sys.exit(main())
