"""Time to verdict on a distant server, counted in round trips (issue 17).

    python benchmarks/latency.py [--delay-ms 100] [--repeat 3] [--markdown]

Loopback hides round trips. Here a pyftpdlib server sends every reply --delay-ms late (the write is
scheduled on its I/O loop, so its other connections go on meanwhile: a distant server, not a slow one),
and the time to verdict is divided by that delay: the result is in round trips. For three servers (healthy;
a client firewall: the server never connects back for active mode; a server firewall: the passive port
drops the connection, as tests/probe simulate them), it measures:

- the engine: `run_probe`, both modes, default options (the command line and the wizard run the same);
- a bare script: ftplib, two threads that each log in and list once, one per mode, nothing else;
- the minimum our rule allows, worked out below.

The minimum (healthy server, both modes). Each reply costs one round trip; on loopback TCP connects and
data transfers cost none. Our rule: the second control connection logs in only after the first login
succeeded, so a wrong password costs one failed login, not two (servers lock out repeated failures).

    round trip   first connection              second connection
    1            banner 220                    banner 220 (opened at once, greeted while the first logs in)
    2            USER -> 331                   (waits: no credentials before the first login succeeded)
    3            PASS -> 230                   (waits)
    4            PASV -> 227                   USER -> 331
    5            LIST -> 150 + listing + 226   PASS -> 230
    6                                          PORT -> 200 (the server has connected back)
    7                                          LIST -> 150 + listing + 226: verdict

So 7 round trips: the second connection's five exchanges after the first's three. The first connection
has time for two more without delaying the verdict: the engine reads FEAT there (for the report) and, where
FEAT lists UTF8, sends OPTS UTF8 ON (its listing is then read as FileZilla's and lftp's are). The bare
script has no rule and logs in twice at once: banner, USER, PASS, TYPE A (ftplib sends it before a
listing), PASV/PORT, LIST = 6. Sending the second USER ahead would win one more round trip, but USER is
part of the login (some servers already refuse or count it), so our rule keeps the whole login after the
first one. With a firewall, the mode that is blocked waits for its data connection (max(3 s, 10 x RTT);
the engine's RTT estimate is its TCP connect, ~0 here, so 3 s) from round trip 4 (passive: the 227 on the
first connection) or 6 (active: LIST sent after the 200 on the second); the minimum shown is that wait
plus those round trips. The engine reads FEAT (and sends OPTS UTF8 ON) before PASV, so its passive wait starts two round trips later.

Connections 3 and 4 (issue 14: how many connections this PC may have at once, and the server-policy checks)
cost the healthy verdict no round trip: each opens once the one before it is greeted (round trips 1 and 2
here, while the first logs in), logs in together with the second (4-5), and the EPSV check on the third
(EPSV -> 229, LIST) takes round trips 6-7, beside the second's PORT and LIST. The fourth only logs in (with FTPS
it checks a data connection without TLS session reuse, in the same round trips). With the server's firewall
the EPSV check meets the dropped port too, its wait starting at round trip 6 (the 229 on the third
connection): so the minimum with the checks is 6 + the wait there, one round trip more than passive mode alone.

On a real network a TCP connect costs one round trip more (both control connections at once, and each
mode's data connection, in parallel): add 2 to every figure of all three columns. The third connection's
connect, which waits for the second's greeting (so that a server refusing the second is asked for no third),
adds one more to the engine's healthy verdict there: within the one round trip allowed.
Exit status 1 if the engine's healthy verdict is more than one round trip above the minimum.
"""

from __future__ import annotations

import argparse
import ftplib
import logging
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "probe"))

from probe_handlers import ActiveSilent, PasvTo  # noqa: E402
from probe_servers import PASSWORD, USER, Blackhole, FTPHandler, FtpServer  # noqa: E402

from ftpwizard.core.diagnosis.run import probe_and_diagnose  # noqa: E402
from ftpwizard.core.probe import ProbeOptions, parse_target  # noqa: E402
from ftpwizard.core.probe.engine import MIN_DATA_WAIT  # noqa: E402

HEALTHY_MINIMUM_RTT = 7  # see the table above
WITHIN_RTT = 1.0  # the engine's goal: within one round trip of the minimum


class DelayedReplies(FTPHandler):
    """Every reply leaves ``reply_delay`` seconds late, in order; the server's loop is never blocked."""

    reply_delay = 0.1

    def respond(self, resp: str, logfun: Any = None) -> None:
        self.ioloop.call_later(self.reply_delay, self._respond_now, resp)

    def _respond_now(self, resp: str) -> None:
        if not self._closed:
            FTPHandler.respond(self, resp)


class DelayedActiveSilent(DelayedReplies, ActiveSilent):
    """The client's firewall: PORT is acknowledged, the server never gets through, LIST stays unanswered."""


class DelayedPasvTo(DelayedReplies, PasvTo):
    """The server's firewall: the 227 names a port whose connections are dropped (``pasv_port``)."""


class PreciseServer(FtpServer):
    """Runs each delayed reply on time (the test servers' loop wakes every 20 ms, too coarse here)."""

    def _serve(self) -> None:
        try:
            wait = 0.02
            while not self._stop.is_set():
                next_due = self.ioloop.loop(wait, blocking=False)
                wait = 0.02 if next_due is None else min(0.02, next_due)
        finally:
            self.ioloop.close()


def engine_seconds(server: FtpServer) -> tuple[float, str]:
    target = parse_target(server.url()).with_credentials(password=PASSWORD)
    started = time.perf_counter()
    result = probe_and_diagnose(target, ProbeOptions())
    elapsed = time.perf_counter() - started
    return elapsed, result.verdict.code if result.verdict else "-"


def bare_seconds(server: FtpServer) -> tuple[float, str]:
    """Two ftplib sessions at once, each logging in and listing once: passive on one, active on the other."""
    outcome: dict[str, str] = {}

    def session(passive: bool) -> None:
        mode = "passive" if passive else "active"
        try:
            with ftplib.FTP(timeout=MIN_DATA_WAIT) as ftp:
                ftp.connect(server.host, server.port)
                ftp.login(USER, PASSWORD)
                ftp.set_pasv(passive)
                ftp.retrlines("LIST", lambda _line: None)
            outcome[mode] = "ok"
        except (OSError, EOFError, ftplib.Error) as exc:
            outcome[mode] = type(exc).__name__

    started = time.perf_counter()
    threads = [threading.Thread(target=session, args=(passive,)) for passive in (True, False)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return elapsed, f"passive {outcome.get('passive')}, active {outcome.get('active')}"


def minimum_rtt(case: str, delay: float) -> float:
    wait = MIN_DATA_WAIT / delay  # max(3 s, 10 x RTT) with the engine's RTT estimate (TCP connect) ~0 here
    # Server firewall: the EPSV check's wait, from the 229 on the third connection (round trip 6), ends last.
    return {"healthy": HEALTHY_MINIMUM_RTT, "client firewall": 6 + wait, "server firewall": 6 + wait}[case]


def measure(case: str, start: Callable[[], FtpServer], delay: float, repeat: int) -> dict[str, Any]:
    engine, bare, verdict, bare_outcome = [], [], "-", "-"
    for _ in range(repeat):
        server = start()
        try:
            seconds, verdict = engine_seconds(server)
            engine.append(seconds)
            seconds, bare_outcome = bare_seconds(server)
            bare.append(seconds)
        finally:
            server.stop()
    return {
        "case": case, "verdict": verdict, "bare_outcome": bare_outcome,
        "engine_s": statistics.median(engine), "bare_s": statistics.median(bare),
        "engine_rtt": statistics.median(engine) / delay, "bare_rtt": statistics.median(bare) / delay,
        "minimum_rtt": minimum_rtt(case, delay),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--delay-ms", type=float, default=100.0, help="how late every reply is sent")
    parser.add_argument("--repeat", type=int, default=3, help="runs per case (the median is shown)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)
    delay = args.delay_ms / 1000.0
    logging.getLogger("pyftpdlib").setLevel(logging.WARNING)  # not a line per login
    root = Path(tempfile.mkdtemp(prefix="ftpwizard-latency-"))
    hole = Blackhole()
    if not hole.drops_connections():
        print("latency.py: this system refuses connections to a full backlog instead of dropping them; "
              "the server-firewall row is skipped", file=sys.stderr)
    counter = iter(range(10**6))

    def server(handler: type[FTPHandler], **attrs: Any) -> Callable[[], FtpServer]:
        return lambda: PreciseServer(handler, root=root / f"ftp{next(counter)}", reply_delay=delay, **attrs)

    cases = [("healthy", server(DelayedReplies)), ("client firewall", server(DelayedActiveSilent))]
    if hole.drops_connections():
        cases.append(("server firewall", server(DelayedPasvTo, pasv_port=hole.port)))
    try:
        rows = [measure(case, start, delay, args.repeat) for case, start in cases]
    finally:
        hole.close()

    print(f"\nTime to verdict, every reply {args.delay_ms:.0f} ms late (median of {args.repeat}); "
          f"round trips = seconds / {delay:g} s\n")
    if args.markdown:
        print("| server | verdict | ftpwizard | bare ftplib script | minimum our rule allows |")
        print("|---|---|---|---|---|")
        for r in rows:
            print(f"| {r['case']} | {r['verdict']} | {r['engine_rtt']:.1f} RTT ({r['engine_s']:.2f} s) | "
                  f"{r['bare_rtt']:.1f} RTT ({r['bare_s']:.2f} s) | {r['minimum_rtt']:.1f} RTT |")
    else:
        for r in rows:
            print(f"{r['case']:16} {r['verdict']:28} ftpwizard {r['engine_rtt']:5.1f} RTT ({r['engine_s']:.2f} s)"
                  f"   bare {r['bare_rtt']:5.1f} RTT ({r['bare_s']:.2f} s; {r['bare_outcome']})"
                  f"   minimum {r['minimum_rtt']:.1f} RTT")
    healthy = rows[0]
    ok = healthy["engine_rtt"] <= healthy["minimum_rtt"] + WITHIN_RTT
    print(f"\nhealthy: {healthy['engine_rtt']:.1f} RTT against the minimum {healthy['minimum_rtt']:.0f}: "
          f"{'within' if ok else 'MORE than'} {WITHIN_RTT:.0f} round trip")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
