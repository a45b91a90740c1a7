"""``ftpwizard probe`` in the client namespace gives the right verdict for every scenario and daemon.

Time to verdict is measured from process start to exit (what a user waits through) and collected into the
table printed at the end of the run (see conftest.pytest_terminal_summary).
"""

from __future__ import annotations

import json
from typing import Any

import netlab
import pytest
from lab_harness import LabSession, ProbeRun, probe_available
from lab_scenarios import Scenario, cases
from lab_table import Cell

netlab.skip_module_if_unavailable()
pytestmark = [
    pytest.mark.lab,
    pytest.mark.skipif(not probe_available(), reason="probe engine (ftpwizard/core/probe/engine.py) not merged yet"),
]

CASES = cases()
CONTROL_CODES = {"control_timeout", "control_refused", "login_failed", "tls_required"}
# Where packets are silently dropped the probe must decide in about 5 s (FileZilla waits 20 s, WinSCP 15 s).
SILENT_DROP_MAX_S = 6.0


def _explain(run: ProbeRun, session: LabSession) -> str:
    """What to look at when a verdict is wrong: the verdict, the transcript, the daemon's log."""
    parts = [f"exit {run.exit_code} after {run.seconds:.1f} s"]
    if run.result is None:
        parts += ["stdout:", run.stdout[-3000:], "stderr:", run.stderr[-3000:]]
    else:
        parts.append("verdict: " + json.dumps(run.result.get("verdict"), ensure_ascii=False))
        parts.append("control: " + json.dumps({k: v for k, v in run.result["control"].items()
                                                 if k in ("ok", "failed_step", "error", "reply", "elapsed_ms")}))
        for name, mode in run.result.get("modes", {}).items():
            if mode:
                steps = [(s["n"], s["ok"], s["error"], s["command"], s["reply"]) for s in mode["steps"]]
                parts.append(f"{name}: failed_step={mode['failed_step']} steps={steps}")
        parts.append("transcript:")
        parts += [f"  {t['t_ms']:>8.0f} {t['dir']} {t['line']}" for t in run.result.get("transcript", [])]
    if session.running is not None:
        parts.append(session.running.log_tail(25))
    return "\n".join(parts)


def _expected_exit(scenario: Scenario) -> int:
    if scenario.verdict in CONTROL_CODES:
        return 2
    return 1 if scenario.verdict == "both_blocked" else 0


@pytest.mark.parametrize("lab_case", CASES, ids=[f"{d}-{s.id}" for d, s in CASES], indirect=True)
def test_probe_verdict(lab_case: LabSession, request: pytest.FixtureRequest, lab_table: list[Cell]) -> None:
    daemon, scenario = request.node.callspec.params["lab_case"]
    run = lab_case.probe(scenario)
    res: dict[str, Any] | None = run.result
    lab_table.append(Cell(daemon, scenario.id, scenario.verdict,
                          res["verdict"]["code"] if res else None, run.seconds))
    why = _explain(run, lab_case)
    assert res is not None, why
    assert lab_case.files is not None
    assert lab_case.files.password not in run.stdout + run.stderr, "the password leaked into the output"

    assert res["schema"] == "ftpwizard.core.probe/1", why
    verdict = res["verdict"]
    assert verdict["code"] == scenario.verdict, why
    assert run.exit_code == _expected_exit(scenario), why
    if scenario.recommended:
        assert verdict["recommended_mode"] == scenario.recommended, why
    for mode, step in scenario.failed_steps.items():
        assert res["modes"][mode]["failed_step"] == step, why
    if scenario.verdict not in CONTROL_CODES:
        assert res["sequential"] is bool(scenario.sequential), why
    if scenario.silent_drop:
        assert run.seconds <= SILENT_DROP_MAX_S, why

    if scenario.id == "bad_pasv_address":
        passive = res["modes"]["passive"]
        assert passive["ok"] is True, why  # it works through the control connection's address
        assert passive["advertised"].startswith(netlab.UNREACHABLE_ADDR + ":"), why
        assert passive["connected_to"].startswith(netlab.SERVER_ADDR + ":"), why
        assert passive["advertised_usable"] is False, why
        assert verdict["params"]["advertised"] == passive["advertised"], why
    elif scenario.id == "client_nat" and daemon != "proftpd":
        reply = res["modes"]["active"]["steps"][1]["reply"]
        assert reply[:3] in ("500", "501"), why
    elif scenario.id == "port21_dropped":
        from ftpwizard.core.probe.engine import DEFAULT_TIMEOUT

        # About the connect timeout: not much less (gave up early), not much more (hung).
        assert DEFAULT_TIMEOUT - 0.5 <= res["control"]["elapsed_ms"] / 1000 <= DEFAULT_TIMEOUT + 1.0, why
        assert res["control"]["failed_step"] == "connect", why
    elif scenario.id in ("port21_rejected", "nothing_listening"):
        assert run.seconds < 3.0, why  # at once (most of it is Python starting)
        assert res["control"]["failed_step"] == "connect", why
    elif scenario.id == "tls_required":
        assert "encryption" in res["control"]["reply"], why

    # Last: the findings (issue 14's server policies and the listing's among them).
    findings_ok = set(scenario.findings) <= set(verdict["findings"])
    params_ok = all(verdict["params"].get(k) == v for k, v in scenario.params.items())
    assert findings_ok, why
    assert params_ok, why
