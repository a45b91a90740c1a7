"""The real curl and lftp in the lab, and ftpwizard's prediction for them (issue 14 section 5).

For each row that records ``programs``: the real programs, run in the client namespace with their default
settings and in active mode, list the folder exactly where the row says; and the outcome ftpwizard predicts
from its probe of the same daemon (ftpwizard/clients/outcome.py) is "works" exactly there.
"""

from __future__ import annotations

import os

import lab_programs
import netlab
import pytest
from lab_daemons import CP949_FILE_NAMES
from lab_harness import LabSession, probe_available
from lab_scenarios import Scenario, cases

netlab.skip_module_if_unavailable()
pytestmark = [
    pytest.mark.lab,
    pytest.mark.skipif(not probe_available(), reason="probe engine (ftpwizard/core/probe/engine.py) not merged yet"),
]

CASES = [(d, s) for d, s in cases() if s.programs]
IDS = [f"{d}-{s.id}" for d, s in CASES]


def _require_programs() -> None:
    if why := lab_programs.missing():
        pytest.fail(why) if os.environ.get("FTPWIZARD_LAB") == "require" else pytest.skip(why)


def _works(outcomes: dict[str, str]) -> dict[str, bool]:
    return {label: outcome == "works" for label, outcome in outcomes.items()}


@pytest.mark.parametrize("lab_case", CASES, ids=IDS, indirect=True)
def test_the_real_programs_do_what_the_row_records(lab_case: LabSession, request: pytest.FixtureRequest) -> None:
    _require_programs()
    scenario: Scenario = request.node.callspec.params["lab_case"][1]
    assert lab_case.files is not None
    outputs = {label: lab_programs.run_program(lab_case.lab, label, lab_case.files.user, lab_case.files.password,
                                               scenario.tls_check)
               for label in lab_programs.SETTINGS}
    assert {label: lab_programs.listed(out) for label, out in outputs.items()} == scenario.programs, outputs
    if scenario.session_reuse_required:
        # A client that does not resume the TLS session is refused: curl told not to resume gets 522.
        fresh = lab_programs.run(lab_case.lab, lab_programs.CURL_NO_SESSION_REUSE, lab_case.files.user,
                                 lab_case.files.password, scenario.tls_check)
        assert not lab_programs.listed(fresh.stdout), fresh
        assert b"got 522" in fresh.stderr, fresh
    if "names_not_utf8" in scenario.findings:
        # Both pass the server's bytes through unchanged: the CP949 names arrive as CP949.
        assert all(name in out for label, out in outputs.items() if scenario.programs[label]
                   for name in CP949_FILE_NAMES), outputs


@pytest.mark.parametrize("lab_case", CASES, ids=IDS, indirect=True)
def test_the_prediction_is_what_the_real_programs_did(lab_case: LabSession, request: pytest.FixtureRequest) -> None:
    scenario: Scenario = request.node.callspec.params["lab_case"][1]
    got = lab_case.predict(scenario)
    assert got["verdict"] == scenario.verdict, got
    # With the findings this row must produce (added to the probe's own where it does not make them yet).
    assert _works(got["predicted_declared"]) == scenario.programs, got
    assert set(got["predicted_declared"].values()) <= {"works", "fails"}, got
    # From the probe's own result alone.
    assert _works(got["predicted"]) == scenario.programs, got
