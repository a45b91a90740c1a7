#!/usr/bin/env python3
"""CI step: build the Linux onedir bundle and prove the frozen program works, failing loudly.

    python scripts/ci_bundle.py                          clean venv (installer/requirements-build.txt), then test
    python scripts/ci_bundle.py --python /work/venv/bin/python   build with an existing interpreter (faster)
    python scripts/ci_bundle.py --no-build               test an existing dist/ftpwizard

Checks, one line each: the bundle holds what the frozen program needs (offscreen and xcb platform plugins,
Qt's Korean translation, our .qm/.ts, FTP-program files, icon) and none of what bundle_rules drops; the size
budget; then the frozen program itself runs headless (QT_QPA_PLATFORM=offscreen).
Exit 0 only if every check passed; the last line is "bundle: N passed, N failed".
It also builds the hello-world baseline (benchmarks/hello_world) and prints the onedir start-up against it,
a figure and not a check (a loaded CI machine is noisy), so that a start-up regression is seen the day it
lands; benchmarks/bundle.py measures it properly.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
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
)

SELF_TEST_TIMEOUT_S = 600
STARTUP_RUNS = 7

REQUIRED_IN_BUNDLE = (
    "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",  # headless self-test, CI
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",  # Linux desktops
    "_internal/PySide6/Qt/translations/qtbase_ko.qm",  # QWizard's Back/Next/Cancel in Korean
    "_internal/resources/icons/ftpwizard.png",
)
REQUIRED_GLOBS = (
    "_internal/resources/translations/*_ko.qm",
    "_internal/resources/translations/*_ko.ts",  # the command line reads .ts without Qt
)
FORBIDDEN_GLOBS = (
    "_internal/PySide6/Qt/lib/libQt6Network*",
    "_internal/PySide6/Qt/lib/libQt6Qml*",
    "_internal/PySide6/Qt/lib/libQt6Quick*",
    "_internal/PySide6/Qt/translations/qt_*",
    "_internal/PySide6/Qt/translations/qtbase_de.qm",
    "_internal/PySide6/Qt/plugins/platformthemes/*",
    "_internal/libgtk-3.so*",
)


class Checks:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def check(self, name: str, ok: bool, detail: str = "") -> bool:
        if ok:
            self.passed += 1
        else:
            self.failed += 1
        print(f"{'PASS' if ok else 'FAIL'}  {name}{'  (' + detail + ')' if detail else ''}", flush=True)
        return ok


def check_contents(checks: Checks, bundle: Path) -> None:
    for relative in REQUIRED_IN_BUNDLE:
        checks.check(f"bundle has {relative}", (bundle / relative).is_file())
    for pattern in REQUIRED_GLOBS:
        found = sorted(bundle.glob(pattern))
        checks.check(f"bundle has {pattern}", bool(found), f"{len(found)} files")
    # Every data file of the checkout (translations, FTP-program files, icons) is in the bundle.
    sys.path.insert(0, str(ROOT / "installer"))
    import bundle_rules

    expected = [Path(folder) / Path(source).name for source, folder in bundle_rules.resource_datas(ROOT)]
    missing = [str(p) for p in expected if not (bundle / "_internal" / p).is_file()]
    checks.check(f"bundle has all {len(expected)} files of resources/", not missing, ", ".join(missing[:5]))
    for pattern in FORBIDDEN_GLOBS:
        found = sorted(bundle.glob(pattern))
        checks.check(f"bundle has no {pattern}", not found, ", ".join(p.name for p in found[:5]))
    size = size_mb(bundle)
    checks.check(f"onedir size {size:.0f} MB <= {ONEDIR_SIZE_BUDGET_MB} MB", size <= ONEDIR_SIZE_BUDGET_MB)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def headless_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "ko_KR.UTF-8"}


def probe_demo(program: Path, scenario: str) -> dict:
    """Start the frozen demo server, probe it with the frozen command line, return the JSON result."""
    port = free_port()
    server = subprocess.Popen(
        [str(program), "demo-server", "--scenario", scenario, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=headless_env(),
    )
    try:
        assert server.stdout is not None
        banner = server.stdout.readline()  # printed once the server listens
        if "Demo server" not in banner:
            raise RuntimeError(f"frozen demo-server did not start: {banner.strip()!r}, exit {server.poll()}")
        probe = subprocess.run(
            [str(program), "probe", f"ftp://127.0.0.1:{port}", "--json", "--timeout", "3"],
            capture_output=True, text=True, timeout=120, env=headless_env(),
        )
        if not probe.stdout.strip():
            raise RuntimeError(f"probe printed nothing (exit {probe.returncode}): {probe.stderr.strip()[-500:]}")
        return json.loads(probe.stdout)
    finally:
        server.terminate()
        server.wait(timeout=10)


def smoke_test(checks: Checks, program: Path) -> None:
    """The frozen command line (no Qt on its path) and demo server against each other."""
    expectations: dict[str, Callable[[dict], bool]] = {
        "healthy": lambda r: r["modes"]["active"]["ok"] and r["modes"]["passive"]["ok"],
        "client-nat": lambda r: not r["modes"]["active"]["ok"] and r["modes"]["passive"]["ok"]
        and r["verdict"]["recommended_mode"] == "passive",
    }
    for scenario, expected in expectations.items():
        try:
            result = probe_demo(program, scenario)
        except Exception as exc:  # any failure is a FAIL line, not a traceback
            checks.check(f"frozen probe against demo '{scenario}'", False, str(exc))
            continue
        checks.check(f"frozen probe against demo '{scenario}'", bool(expected(result)), f"verdict {result['verdict']['code']}")


def run_self_test(checks: Checks, program: Path) -> None:
    """The real thing: the frozen wizard walks every demo scenario headless (prints one line per check)."""
    started = time.monotonic()
    try:
        result = run_measured([str(program), "--self-test"], env=headless_env(), timeout=SELF_TEST_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        checks.check("frozen --self-test", False, f"no result after {SELF_TEST_TIMEOUT_S} s")
        return
    for line in result.output.splitlines():
        print(f"    | {line}")
    checks.check("frozen --self-test", result.returncode == 0, f"exit {result.returncode} in {time.monotonic() - started:.1f} s")
    if result.peak_rss_mb is not None:
        checks.check(
            f"self-test peak RSS {result.peak_rss_mb:.0f} MB <= {SELF_TEST_RSS_BUDGET_MB} MB",
            result.peak_rss_mb <= SELF_TEST_RSS_BUDGET_MB,
        )


def print_startup_ratio(program: Path, hello: Path) -> None:
    """The onedir start-up against the hello-world's: printed on every run, never failing the build."""
    if not hello.is_file():
        print(f"start-up: no {hello.name} baseline to compare with (build it: installer/build.py --app hello)")
        return
    try:
        startups = measure_startups({"ftpwizard": program, "hello": hello}, STARTUP_RUNS)
    except (OSError, RuntimeError, subprocess.TimeoutExpired) as exc:
        print(f"start-up: not measured ({exc})")
        return
    ours, base = startups["ftpwizard"], startups["hello"]
    cpu = ""
    if ours.cpu_median_s and base.cpu_median_s:
        cpu = f"; CPU time {ours.cpu_median_s:.2f} s against {base.cpu_median_s:.2f} s = {ours.cpu_median_s / base.cpu_median_s:.2f}x"
    print(f"start-up to first window (onedir, median of {STARTUP_RUNS}): {ours.median_s:.2f} s against "
          f"{base.median_s:.2f} s for the hello-world = {ours.median_s / base.median_s:.2f}x{cpu} "
          f"(budget {STARTUP_RATIO_BUDGET}x; a figure, not a check)", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--python", help="build with this interpreter instead of a clean venv")
    parser.add_argument("--no-build", action="store_true", help="test the existing dist/ftpwizard")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)

    if not args.no_build:
        cmd = [sys.executable, str(ROOT / "installer" / "build.py"), "--mode", "onedir", "--dist", str(args.dist)]
        if args.python:
            cmd += ["--python", args.python]
        if subprocess.run(cmd, cwd=ROOT).returncode != 0:
            print("bundle: FAILED: the build failed (see above)", file=sys.stderr)
            print("bundle: 0 passed, 1 failed")
            return 1
        # The baseline for the start-up figure; a failure here costs the figure, not the check.
        subprocess.run([*cmd, "--app", "hello"], cwd=ROOT)

    bundle = args.dist / "ftpwizard"
    program = bundle / "ftpwizard"
    checks = Checks()
    if checks.check(f"built {program.relative_to(ROOT) if program.is_relative_to(ROOT) else program}", program.is_file()):
        check_contents(checks, bundle)
        run_self_test(checks, program)  # the whole wizard, headless, through every demo scenario
        smoke_test(checks, program)  # the command line: frozen demo-server against frozen probe
        print_startup_ratio(program, args.dist / "hello" / "hello")
    print(f"bundle: {checks.passed} passed, {checks.failed} failed")
    return 0 if checks.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
