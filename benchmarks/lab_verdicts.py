"""Verdict and time to verdict of ``ftpwizard probe`` for every lab scenario x FTP daemon.

Runs in the namespace lab of tests/lab (needs root, ip netns, nft and the daemons; see
scripts/lab/install_daemons.sh) and prints a Markdown table: one row per scenario, one column per daemon,
each cell the time from starting ``ftpwizard probe`` to its exit (the verdict), ✗ and the code when the
verdict was not the expected one. Default settings throughout, as a user runs it.

    sudo PYTHONPATH=. /work/venv/bin/python benchmarks/lab_verdicts.py [--daemon vsftpd] [--scenario nat] [--repeat 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "lab"))

import netlab  # noqa: E402  (the lab lives with the tests)
from lab_harness import LabSession, probe_available  # noqa: E402
from lab_scenarios import cases  # noqa: E402
from lab_table import Cell, format_table  # noqa: E402

# What users wait through elsewhere before being told something is wrong (defaults of those programs).
OTHER_TOOLS = "FileZilla 20 s (timeout), WinSCP 15 s (timeout), curl 60 s (active: --connect-timeout for the data connection)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--daemon", action="append", help="only this daemon (repeatable)")
    parser.add_argument("--scenario", action="append", help="only scenarios whose id contains this (repeatable)")
    parser.add_argument("--repeat", type=int, default=1, help="runs per cell; the median time is shown")
    args = parser.parse_args(argv)

    why = netlab.why_unavailable()
    if why:
        print(f"lab unavailable: {why}", file=sys.stderr)
        return 2
    if not probe_available():
        print("the probe engine (ftpwizard/core/probe/engine.py) is not in this tree", file=sys.stderr)
        return 2

    selected = [
        (d, s) for d, s in cases()
        if (not args.daemon or d in args.daemon) and (not args.scenario or any(x in s.id for x in args.scenario))
    ]
    from lab_daemons import DAEMONS

    cells: list[Cell] = []
    wrong = 0
    session = LabSession().start()
    try:
        for daemon, scenario in selected:
            if not scenario.no_daemon and (missing := DAEMONS[daemon].missing()):
                print(f"skip {daemon}: {missing}", file=sys.stderr)
                continue
            session.prepare(daemon, scenario)
            runs = []
            for _ in range(args.repeat):
                session.end_sessions()  # each run meets a fresh server, as the first one did
                runs.append(session.probe(scenario))
            codes = {r.result["verdict"]["code"] if r.result else None for r in runs}
            got = codes.pop() if len(codes) == 1 else "inconsistent:" + ",".join(map(str, sorted(codes, key=str)))
            seconds = statistics.median(r.seconds for r in runs)
            cells.append(Cell(daemon, scenario.id, scenario.verdict, got, seconds))
            wrong += got != scenario.verdict
            print(f"{daemon:10} {scenario.id:28} {got} {seconds:.2f} s", file=sys.stderr, flush=True)
    finally:
        session.close()

    print(format_table(cells))
    print()
    print(f"Time to verdict: process start to exit, median of {args.repeat}. Elsewhere: {OTHER_TOOLS}.")
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
