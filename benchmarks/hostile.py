"""Time to verdict against each hostile server of tests/hostile, and whether it is within the bound.

    PYTHONPATH=. python benchmarks/hostile.py [--timeout 3] [--repeat 3] [--markdown]

For each misbehaviour: the step it stalls or breaks, that step's duration and bound, the whole probe's
duration (median of --repeat runs, the worst run is checked) and bound, and the verdict. The bound
(see tests/hostile/hostile_cases.py): with --timeout T, the TCP connect, each whole reply and each TLS
handshake take at most T, the data-connection wait at most min(T, max(3 s, 10 x RTT)), a listing read at
most T, a silent banner 1 s more; every behaviour stalls one wait per connection, so a whole probe ends
within 2T + 1.5 s. Exit status 1 if any run exceeded its bound by more than 1 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "hostile"))

from hostile_cases import CASES, Case  # noqa: E402
from hostile_certs import make_pki  # noqa: E402
from hostile_harness import run_engine  # noqa: E402
from hostile_server import HostileServer, SpyListener  # noqa: E402

SLACK_S = 1.0


def _stalled_seconds(case: Case, run: object) -> float:
    result = run.result  # type: ignore[attr-defined]
    phase, step = case.stalled_step
    if phase == "control":
        return float(result.control.steps[str(step)].elapsed_ms) / 1000.0
    return float(result.modes[phase].step(int(step)).elapsed_ms) / 1000.0


def _one(case: Case, timeout: float, password: str) -> tuple[float, float, str]:
    spy = SpyListener("127.0.0.2") if case.name == "pasv-third-party" else None
    try:
        with HostileServer(case.session, pasv_port=spy.port if spy else 0) as server:
            run = run_engine(server.address, password, timeout=timeout, tls=case.tls)
        if spy is not None and spy.accepted():
            raise SystemExit("the probe connected to the third-party address")
    finally:
        if spy is not None:
            spy.close()
    verdict = run.result.verdict.code if run.result.verdict else "-"
    return _stalled_seconds(case, run), run.elapsed_s, verdict


def _certificate_row(timeout: float, password: str, repeat: int) -> tuple[list[float], list[float], str]:
    """12b: a certificate for another name, from a CA the machine trusts (the test CA, via SSL_CERT_FILE)."""
    pki = make_pki(Path(tempfile.mkdtemp(prefix="ftpwizard-bench-")))
    os.environ["SSL_CERT_FILE"] = str(pki.ca_pem)
    steps, totals, verdict = [], [], "-"
    for _ in range(repeat):
        with HostileServer(tls_context=pki.other_name.server_context()) as server:
            run = run_engine(server.address, password, timeout=timeout, tls="explicit")
        steps.append(run.result.control.steps["tls"].elapsed_ms / 1000.0)
        totals.append(run.elapsed_s)
        verdict = run.result.verdict.code if run.result.verdict else "-"
    del os.environ["SSL_CERT_FILE"]
    return steps, totals, verdict


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=3.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table (for the README)")
    args = parser.parse_args(argv)
    t = args.timeout
    password = "bench-password-not-real"
    rows = []
    for case in CASES:
        runs = [_one(case, t, password) for _ in range(args.repeat)]
        steps, totals = [r[0] for r in runs], [r[1] for r in runs]
        phase, step = case.stalled_step
        failing = f"{phase} {step}" if case.control or any(m != "ok" for m in case.modes.values()) else "(none)"
        rows.append((case.number or "", case.name, failing, case.stall or "none", steps, case.step_bound(t),
                     totals, case.total_bound(t), runs[-1][2]))
    steps, totals, verdict = _certificate_row(t, password, args.repeat)
    rows.append((12, "tls-certificate-other-name", "control tls", "none", steps, 0.0, totals, 2 * t + 1.5, verdict))

    failures = 0
    header = ("#", "behaviour", "failing step", "wait used", "step s", "verdict after s", "verdict", "in bound")
    lines = []
    for number, name, where, stall, steps, step_bound, totals, total_bound, verdict in rows:
        ok = max(steps) <= step_bound + SLACK_S and max(totals) <= total_bound + SLACK_S
        failures += not ok
        lines.append((str(number), name, where, stall, f"{statistics.median(steps):.2f}",
                      f"{statistics.median(totals):.2f}", verdict, "yes" if ok else "NO"))
    print(f"Time to verdict per hostile behaviour, --timeout T={t:g} s (median of {args.repeat} runs). Bound: the "
          f"failing step <= the wait it uses up (none, T, or T+1) + {SLACK_S:g} s; the verdict <= 2T + 1.5 s "
          f"+ {SLACK_S:g} s = {2 * t + 1.5 + SLACK_S:g} s; the worst run is checked.\n")
    if args.markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "|".join("---" for _ in header) + "|")
        for line in lines:
            print("| " + " | ".join(line) + " |")
    else:
        widths = [max(len(str(x)) for x in col) for col in zip(header, *lines, strict=True)]
        for line in (header, *lines):
            print("  ".join(str(x).ljust(w) for x, w in zip(line, widths, strict=True)))
    print(f"\n{len(rows) - failures}/{len(rows)} within bound")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
