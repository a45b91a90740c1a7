"""Events (order, content, threads), cancel, the adaptive data wait, the per-reply deadline."""

from __future__ import annotations

import os
import re
import select
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from probe_handlers import ActiveSilent
from probe_servers import (
    PASSWORD,
    FtpServer,
    Recorder,
    open_sockets,
    probe,
    trickle,
    wait_until,
)

from ftpwizard.core.diagnosis.run import probe_and_diagnose
from ftpwizard.core.probe import CancelToken, ProbeOptions, parse_target
from ftpwizard.core.probe.engine import data_wait_for
from ftpwizard.core.probe.model import (
    CONTROL_STEPS,
    ErrorKind,
    ModeFinished,
    Note,
    ProbeFinished,
    ProbeResult,
    StepFinished,
    StepStarted,
    TranscriptEvent,
)

ROOT = Path(__file__).resolve().parents[2]


def step_events(rec: Recorder, phase: str) -> list[tuple[str, Any]]:
    return [
        ("start" if isinstance(e, StepStarted) else "finish", e.step)
        for e in rec.events
        if isinstance(e, StepStarted | StepFinished) and e.phase == phase
    ]


# ---------------------------------------------------------------- events


def test_events_of_a_healthy_probe(ftp_server: Any) -> None:
    server = ftp_server()
    rec = Recorder()
    result = probe(server.url(), PASSWORD, on_event=rec)
    assert result.verdict.code == "both_ok"

    # The last event is the finished probe, exactly once, carrying the same result.
    assert isinstance(rec.events[-1], ProbeFinished) and rec.events[-1].result is result
    assert len(rec.of(ProbeFinished)) == 1

    # Control steps: started/finished pairs, in order (no TLS step without TLS).
    control = [s for s in CONTROL_STEPS if s != "tls"]
    assert step_events(rec, "control") == [(kind, s) for s in control for kind in ("start", "finish")]

    for phase in ("active", "passive"):
        assert step_events(rec, phase) == [(kind, n) for n in (1, 2, 3, 4) for kind in ("start", "finish")]
        finished = [e for e in rec.of(StepFinished) if e.phase == phase]
        assert all(e.ok and e.error is None for e in finished)
        times = [e.t_ms for e in rec.events if isinstance(e, StepStarted | StepFinished) and e.phase == phase]
        assert times == sorted(times)
        # ModeFinished comes after the mode's last step, with the mode's own result.
        index_last_step = max(i for i, e in enumerate(rec.events) if isinstance(e, StepFinished) and e.phase == phase)
        mode_done = [i for i, e in enumerate(rec.events) if isinstance(e, ModeFinished) and e.result.mode == phase]
        assert len(mode_done) == 1 and mode_done[0] > index_last_step
        assert rec.events[mode_done[0]].result is result.modes[phase]

    # Control phase happens before any mode step.
    first_mode = min(i for i, e in enumerate(rec.events) if isinstance(e, StepStarted) and e.phase != "control")
    last_control = max(i for i, e in enumerate(rec.events) if isinstance(e, StepFinished) and e.phase == "control")
    assert last_control < first_mode

    # Facts for the captions.
    by = {(e.phase, e.step): e for e in rec.of(StepFinished)}
    active1 = by[("active", 1)].detail
    assert active1["address"] == "127.0.0.1" and isinstance(active1["port"], int)
    passive2 = by[("passive", 2)].detail
    assert passive2["address"] == "127.0.0.1" and 0 < passive2["port"] < 65536
    assert by[("passive", 3)].detail == {"address": "127.0.0.1", "port": passive2["port"]}
    assert by[("passive", 4)].detail["bytes"] > 0 and by[("active", 4)].detail["bytes"] > 0
    assert by[("passive", 1)].command == "PASV" and by[("active", 1)].command.startswith("PORT 127,0,0,1,")
    assert by[("control", "login")].reply.startswith("230")

    # The transcript arrives as events too, the same lines in the same order, with timestamps.
    assert [e.entry for e in rec.of(TranscriptEvent)] == result.transcript
    assert result.transcript[0].dir == "<" and result.transcript[0].line.startswith("220")
    for conn in (1, 2):
        stamps = [t.t_ms for t in result.transcript if t.conn == conn]
        assert stamps and stamps == sorted(stamps) and stamps[-1] <= result.elapsed_ms
    assert {"PASS ****", "PASV", "LIST", "QUIT"} <= {t.line for t in result.transcript if t.dir == ">"}

    # Both modes at the same time: passive on a worker thread, active on the probe's own thread.
    threads = {phase: {t for e, t in zip(rec.events, rec.threads, strict=True)
                       if isinstance(e, StepStarted) and e.phase == phase} for phase in ("active", "passive")}
    assert len(threads["passive"]) == 1 and len(threads["active"]) == 1
    assert threads["passive"] != threads["active"]
    assert threads["passive"] != {threading.main_thread().name}


def test_events_of_a_failing_step_carry_the_wait_and_the_error(ftp_server: Any) -> None:
    server = ftp_server(ActiveSilent)
    rec = Recorder()
    result = probe(server.url(), PASSWORD, on_event=rec, timeout=1.0, mode="active")
    started3 = [e for e in rec.of(StepStarted) if e.phase == "active" and e.step == 3]
    finished3 = [e for e in rec.of(StepFinished) if e.phase == "active" and e.step == 3]
    assert len(started3) == 1 and started3[0].wait_s == result.data_wait_s == 1.0
    assert len(finished3) == 1 and not finished3[0].ok and finished3[0].error is ErrorKind.TIMEOUT
    # Step 4 is never started: it was not reached.
    assert not [e for e in rec.of(StepStarted) if e.phase == "active" and e.step == 4]
    assert step_events(rec, "active")[-1] == ("finish", 3)


def test_sequential_fallback_is_announced(ftp_server: Any) -> None:
    server = ftp_server(max_cons_per_ip=1)
    rec = Recorder()
    result = probe(server.url(), PASSWORD, on_event=rec)
    notes = rec.of(Note)
    assert [n.key for n in notes] == ["sequential"]
    assert "421" in notes[0].params["reason"]
    assert result.sequential
    # One after the other: passive finished before active started.
    passive_done = max(i for i, e in enumerate(rec.events) if isinstance(e, ModeFinished) and e.result.mode == "passive")
    active_start = min(i for i, e in enumerate(rec.events) if isinstance(e, StepStarted) and e.phase == "active")
    assert passive_done < active_start


def test_a_broken_event_receiver_does_not_break_the_probe(ftp_server: Any, caplog: pytest.LogCaptureFixture) -> None:
    server = ftp_server()

    def broken(event: Any) -> None:
        raise RuntimeError("viewer bug")

    result = probe(server.url(), PASSWORD, on_event=broken)
    assert result.verdict.code == "both_ok"
    assert "event handler failed" in caplog.text


# ---------------------------------------------------------------- cancel


@pytest.fixture
def process_server() -> Iterator[Any]:
    """Servers in another process: then every socket this process has open belongs to the probe."""
    procs: list[subprocess.Popen[str]] = []

    def start(kind: str) -> int:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        if kind == "silent":
            cmd = [sys.executable, str(Path(__file__).with_name("probe_servers.py")), "silent"]
        else:
            cmd = [sys.executable, "-m", "ftpwizard", "demo-server", "--scenario", kind, "--port", "0"]
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
        procs.append(proc)
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.search(r"(\d+)\s*$", line) if kind == "silent" else re.search(r"127\.0\.0\.1:(\d+)", line)
        assert match, f"server did not start: {line!r}"
        return int(match.group(1))

    yield start
    for proc in procs:
        proc.terminate()
        proc.communicate(timeout=10)


class WatchedToken(CancelToken):
    """Counts how often the probe looks at it: a wait that keeps looking has really begun."""

    def __init__(self) -> None:
        super().__init__()
        self.looks = 0

    @property
    def cancelled(self) -> bool:
        self.looks += 1
        return super().cancelled

    def check(self) -> None:
        self.looks += 1
        super().check()

    def wait(self, seconds: float) -> bool:
        self.looks += 1
        return super().wait(seconds)


def _cancel_while(target_text: str, phase: str, step: Any, password: str = "", **options: Any) -> tuple[float, ProbeResult, Recorder]:
    """Start a probe, cancel it once it waits in (phase, step), return the time the cancel took."""
    before_sockets = open_sockets()
    before_threads = set(threading.enumerate())
    reached = threading.Event()
    rec = Recorder()

    def on_event(event: Any) -> None:
        rec(event)
        if isinstance(event, StepStarted) and event.phase == phase and event.step == step:
            reached.set()

    cancel = WatchedToken()
    box: dict[str, ProbeResult] = {}
    target = parse_target(target_text).with_credentials(password=password)
    worker = threading.Thread(target=lambda: box.setdefault("r", probe_and_diagnose(target, ProbeOptions(**options), on_event, cancel)))
    worker.start()
    assert reached.wait(10), f"the probe never reached {phase} {step}"
    looks = cancel.looks
    assert wait_until(lambda: cancel.looks >= looks + 3), "the probe never started waiting"  # polled: really waiting
    assert worker.is_alive(), "the probe finished before it could be cancelled"
    t0 = time.monotonic()
    cancel.cancel()
    worker.join(5)
    took = time.monotonic() - t0
    assert not worker.is_alive()
    assert set(threading.enumerate()) <= before_threads, "the probe left a thread running"
    assert open_sockets() == before_sockets, "the probe left a socket open"
    result = box["r"]
    assert result.cancelled and result.verdict is None
    assert isinstance(rec.events[-1], ProbeFinished)
    return took, result, rec


def test_cancel_while_waiting_for_the_banner(process_server: Any) -> None:
    port = process_server("silent")
    took, result, _rec = _cancel_while(f"127.0.0.1:{port}", "control", "banner", timeout=8.0)
    assert took < 0.2
    assert result.control.steps["banner"].error is ErrorKind.CANCELLED


def test_cancel_during_the_tls_handshake(process_server: Any) -> None:
    port = process_server("silent")
    took, result, _rec = _cancel_while(f"ftps://127.0.0.1:{port}", "control", "tls", timeout=8.0)
    assert took < 0.2
    assert result.control.steps["tls"].error is ErrorKind.CANCELLED


def test_cancel_while_the_server_should_connect_back(process_server: Any) -> None:
    port = process_server("client-firewall")
    took, result, rec = _cancel_while(f"ftp://demo@127.0.0.1:{port}", "active", 3, "demo-password", timeout=8.0)
    assert took < 0.2
    active = result.modes["active"]
    assert active is not None and active.step(3).error is ErrorKind.CANCELLED
    assert [e for e in rec.of(StepFinished) if e.phase == "active" and e.step == 3][0].error is ErrorKind.CANCELLED


def test_cancel_while_connecting_to_a_dropped_passive_port(process_server: Any) -> None:
    port = process_server("server-firewall")
    took, result, _rec = _cancel_while(f"ftp://demo@127.0.0.1:{port}", "passive", 3, "demo-password",
                                       timeout=8.0, mode="passive")
    assert took < 0.2
    assert result.modes["passive"].step(3).error is ErrorKind.CANCELLED


def test_cancel_with_both_modes_waiting(process_server: Any) -> None:
    """Passive stuck connecting to a dropped port while active waits for the server: one cancel ends both."""
    port = process_server("server-firewall")
    # In this scenario active mode works; cancel as soon as passive waits at step 3.
    took, result, _rec = _cancel_while(f"ftp://demo@127.0.0.1:{port}", "passive", 3, "demo-password", timeout=8.0)
    assert took < 0.2


# ---------------------------------------------------------------- adaptive data wait


@pytest.mark.parametrize(
    ("rtt_s", "timeout", "expected"),
    [(None, 8.0, 3.0), (0.001, 8.0, 3.0), (0.35, 8.0, 3.5), (0.5, 8.0, 5.0), (1.0, 8.0, 8.0), (0.2, 2.0, 2.0)],
)
def test_data_wait_formula(rtt_s: float | None, timeout: float, expected: float) -> None:
    assert data_wait_for(rtt_s, timeout) == pytest.approx(expected)


class SlowHandshakeProxy:
    """A TCP proxy in front of an FTP server whose first SYN is dropped (full backlog, like the Blackhole):
    the client's kernel retransmits after about a second, so the probe really measures an RTT of ~1 s."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(0)
        self.port = self.listener.getsockname()[1]
        self._filler = socket.create_connection(("127.0.0.1", self.port))
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._sockets: list[socket.socket] = []
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        self._stop.wait(0.3)  # the probe's SYN arrives meanwhile and is dropped
        first, _ = self.listener.accept()  # the filler: frees the queue for the retransmitted SYN
        first.close()
        self._filler.close()
        while not self._stop.is_set():
            if not select.select([self.listener], [], [], 0.02)[0]:
                continue
            client, _ = self.listener.accept()
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                t = threading.Thread(target=self._pipe, args=(a, b), daemon=True)
                self._threads.append(t)
                t.start()

    def _pipe(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while not self._stop.is_set():
                if not select.select([src], [], [], 0.02)[0]:
                    continue
                data = src.recv(65536)
                if not data:
                    break
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        for t in self._threads:
            t.join(5)
        for s in self._sockets:
            s.close()
        self.listener.close()


def test_data_wait_grows_with_the_measured_round_trip(ftp_server: Any) -> None:
    server: FtpServer = ftp_server()
    proxy = SlowHandshakeProxy(server.port)
    try:
        result = probe(f"ftp://{server.user}@127.0.0.1:{proxy.port}", PASSWORD, timeout=20.0, mode="passive")
    finally:
        proxy.stop()
    rtt_s = (result.control.rtt_ms or 0) / 1000.0
    if rtt_s < 0.35:
        pytest.skip("this system did not delay the connect (no SYN drop on a full backlog)")
    assert result.verdict.code == "passive_ok"
    assert result.data_wait_s == pytest.approx(min(10 * rtt_s, 20.0), abs=0.01)
    assert result.data_wait_s > 3.0


def test_data_wait_never_exceeds_the_timeout(ftp_server: Any) -> None:
    server = ftp_server(ActiveSilent)
    started = time.monotonic()
    result = probe(server.url(), PASSWORD, timeout=0.8, mode="active")
    assert result.data_wait_s == 0.8
    assert result.modes["active"].failed_step == 3
    assert time.monotonic() - started < 2.5


# ---------------------------------------------------------------- per-reply deadline


def test_a_trickling_reply_cannot_stretch_the_reply_deadline(raw_server: Any) -> None:
    """Greets at once, then answers USER one byte every 0.1 s: each byte is in time, the reply never is."""

    def behaviour(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(b"220 hello\r\n")
        conn.recv(1024)  # USER ...
        trickle(b"331 " + b"x" * 200 + b"\r\n", 0.1)(conn, stop)

    server = raw_server(behaviour)
    result = probe(server.hostport, timeout=1.0)
    login = result.control.steps["login"]
    assert login.ok is False and login.error is ErrorKind.TIMEOUT
    assert 900 <= login.elapsed_ms < 1800  # the whole reply would take 20 s
    assert result.verdict.code == "control_timeout"


def test_a_trickling_banner_times_out(raw_server: Any) -> None:
    server = raw_server(trickle(b"220 " + b"x" * 200 + b"\r\n", 0.1))
    result = probe(server.hostport, timeout=1.0)
    banner = result.control.steps["banner"]
    assert banner.ok is False and banner.error is ErrorKind.TIMEOUT
    # The reply deadline (1 s) plus the engine's one-second poke for another protocol.
    assert 900 <= banner.elapsed_ms < 2500


def test_an_endless_multiline_reply_is_bounded_by_the_deadline(raw_server: Any) -> None:
    server = raw_server(trickle(b"".join(b"220-line %d\r\n" % i for i in range(60)), 0.005))
    result = probe(server.hostport, timeout=1.0)
    banner = result.control.steps["banner"]
    assert banner.ok is False and banner.error is ErrorKind.TIMEOUT
    assert banner.elapsed_ms < 1800  # the whole reply would take 4 s
