"""Each misbehaviour against the engine and against the command line: a verdict, in time, nothing leaked."""

from __future__ import annotations

import importlib.util
import json
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hostile_cases import CASES, Case
from hostile_harness import CLI_START_S, TIMEOUT, assert_no_secret, run_cli, run_engine
from hostile_server import HostileServer, SpyListener

from ftpwizard.commands.probe import human_report
from ftpwizard.core.probe.serialize import to_dict


def _has_reports() -> bool:
    try:
        return importlib.util.find_spec("ftpwizard.present.report.write") is not None
    except ModuleNotFoundError:
        return False


REPORTS = _has_reports()
SLACK_S = 1.0  # the "bound plus 1 s"
pytestmark = pytest.mark.timeout(90)  # a regression that hangs fails here instead of stalling the suite


@contextmanager
def server_for(case: Case, hostile: Callable[..., HostileServer]) -> Iterator[tuple[HostileServer, SpyListener | None]]:
    """The case's server; for the third-party case also the spy at 127.0.0.2 on the passive port."""
    if case.name != "pasv-third-party":
        yield hostile(case.session), None
        return
    spy = _spy_on_a_port_free_at_127_0_0_1()
    try:
        yield hostile(case.session, pasv_port=spy.port), spy
    finally:
        spy.close()


def _spy_on_a_port_free_at_127_0_0_1() -> SpyListener:
    """The spy's port must also be free at 127.0.0.1, where the server opens its passive port: a port
    picked at 127.0.0.2 alone could be in use at 127.0.0.1 (the suite's only flake, a failed step 2)."""
    for _attempt in range(20):
        with socket.socket() as probe_port:
            probe_port.bind(("127.0.0.1", 0))
            port = probe_port.getsockname()[1]
        try:
            return SpyListener("127.0.0.2", port)
        except OSError:
            continue
    raise RuntimeError("no port free at both 127.0.0.1 and 127.0.0.2")


def _printable(text: str) -> bool:
    return all(c == "\t" or c == "\n" or not (ord(c) < 32 or 127 <= ord(c) < 160) for c in text)


def check_outcome(case: Case, data: dict[str, Any]) -> None:
    """The verdict, the failing control step or mode steps with their error kinds (JSON form)."""
    control = data["control"]
    if case.control is not None:
        step, kind = case.control
        assert control["ok"] is False
        assert (control["failed_step"], control["error"]) == (step, kind.value), control
    else:
        assert control["ok"] is True, control
    for mode, expected in case.modes.items():
        got = data["modes"][mode]
        assert got is not None, f"{mode} mode was not run"
        if not isinstance(expected, tuple):
            assert got["ok"] is True, got
        else:
            n, kind = expected
            assert got["ok"] is False
            assert got["failed_step"] == n, got
            assert got["steps"][n - 1]["error"] == kind.value, got["steps"][n - 1]
    assert data["verdict"]["code"] == case.verdict, data["verdict"]
    assert data["verdict"]["message"], "a verdict without words"
    # A hostile server's control characters (terminal escapes, NUL) never reach what the user sees.
    for line in data["transcript"]:
        assert _printable(line["line"]), line


def stalled_seconds(case: Case, data: dict[str, Any]) -> float:
    """The failing (or, when all works, the slowest) step's duration, from the JSON form."""
    phase, step = case.stalled_step
    if phase == "control":
        return float(data["control"]["steps"][str(step)]["elapsed_ms"]) / 1000.0
    return float(data["modes"][phase]["steps"][int(step) - 1]["elapsed_ms"]) / 1000.0


def check_special(case: Case, data: dict[str, Any], spy: SpyListener | None, server: HostileServer) -> None:
    if spy is not None:
        passive = data["modes"]["passive"]
        assert passive["advertised"] == f"127.0.0.2:{spy.port}"
        assert passive["advertised_usable"] is False
        assert passive["connected_to"] == f"127.0.0.1:{spy.port}"
        assert spy.accepted() == [], "the probe connected to the third-party address"
        # The spy does notice a connection: the assertion above could have failed.
        with socket.create_connection(("127.0.0.2", spy.port), timeout=2):
            pass
        assert len(spy.accepted()) == 1
    if case.name == "data-endless":
        for mode in ("active", "passive"):
            got = data["modes"][mode]
            assert 1024 * 1024 <= got["data_bytes"] <= 1024 * 1024 + 65536, got["data_bytes"]
    if case.name == "data-trickle":
        for mode in ("active", "passive"):
            assert 0 < data["modes"][mode]["data_bytes"] < 100
    if case.control is None or case.control[0] == "login":
        assert server.passwords, "the probe never logged in"
    for password in server.passwords:
        assert password == server.passwords[0]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.number or '-'}-{c.name}")
def test_engine(case: Case, hostile: Callable[..., HostileServer], password: str) -> None:
    with server_for(case, hostile) as (server, spy):
        run = run_engine(server.address, password, tls=case.tls)
        result = run.result
        data = to_dict(result, "message")
        check_outcome(case, data)
        check_special(case, data, spy, server)
    # The test password, once per control connection: at most four (the two modes and issue 14's count).
    assert server.passwords in [[password] * n for n in range(5)]
    step_s = stalled_seconds(case, data)
    assert step_s <= case.step_bound(TIMEOUT) + SLACK_S, f"the stalled step took {step_s:.2f} s"
    assert run.elapsed_s <= case.total_bound(TIMEOUT) + SLACK_S, f"the probe took {run.elapsed_s:.2f} s"
    for lang in ("en", "ko"):
        assert_no_secret(human_report(result, lang), password, f"the {lang} report")
    assert_no_secret(json.dumps(data, ensure_ascii=False), password, "the JSON result")
    assert_no_secret(repr(result), password, "the result's repr")
    assert_no_secret(repr(run.events), password, "the events")


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.number or '-'}-{c.name}")
def test_cli(case: Case, hostile: Callable[..., HostileServer], password: str, tmp_path: Path) -> None:
    with server_for(case, hostile) as (server, spy):
        args = [server.address, "--user", "alice", "--timeout", str(TIMEOUT), "--json", "--tls", case.tls]
        if REPORTS:  # the report writer arrives from another branch: its files are scanned like the rest
            args += ["--report", str(tmp_path / "home" / "report.html")]
        run = run_cli(args, password, tmp_path / "home")
        assert "Traceback" not in run.stderr
        assert run.stderr == "", run.stderr
        data = run.json()
        check_outcome(case, data)
        check_special(case, data, spy, server)
    expected_exit = 2 if case.control else (0 if "ok" in case.modes.values() else 1)
    assert run.code == expected_exit
    step_s = stalled_seconds(case, data)
    assert step_s <= case.step_bound(TIMEOUT) + SLACK_S, f"the stalled step took {step_s:.2f} s"
    assert data["elapsed_ms"] / 1000.0 <= case.total_bound(TIMEOUT) + SLACK_S
    assert run.elapsed_s <= case.total_bound(TIMEOUT) + SLACK_S + CLI_START_S, f"{run.elapsed_s:.2f} s"
    assert_no_secret(run.stdout + run.stderr, password, "the command's output")
    for path, text in run.files.items():
        assert_no_secret(text, password, path)
