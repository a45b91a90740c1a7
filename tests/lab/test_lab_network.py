"""The lab itself: each scenario's rules and daemon produce the situation it names.

Checked with Python's ftplib from the client namespace, independently of ftpwizard's probe, so a wrong
verdict in test_lab_verdicts.py can be blamed on the probe, not on the lab.
"""

from __future__ import annotations

import os

import netlab
import pytest
from lab_harness import LabSession
from lab_scenarios import Scenario, cases

netlab.skip_module_if_unavailable()
pytestmark = pytest.mark.lab

CASES = cases()


def _expect_mode(got: dict[str, object], expected: tuple[object, ...], names: tuple[str, ...]) -> None:
    if expected == ("ok",):
        assert got["ok"] is True, got
        assert got["names"] == list(names), got
    else:
        step, error = expected
        assert got["ok"] is False, got
        assert (got["step"], got["error"]) == (step, error), got


@pytest.mark.parametrize("lab_case", CASES, ids=[f"{d}-{s.id}" for d, s in CASES], indirect=True)
def test_scenario_network(lab_case: LabSession, request: pytest.FixtureRequest) -> None:
    scenario: Scenario = request.node.callspec.params["lab_case"][1]
    # Control replies can take seconds (failed log-ins are delayed); a dropped port 21 is the one
    # case where the client must give up, so only that one gets a short timeout.
    got = lab_case.ftplib_check(scenario, timeout=2 if scenario.control_error == "timeout" else 10)
    if scenario.control_error:
        assert got["control"]["ok"] is False, got
        assert got["control"]["error"] == scenario.control_error, got
        return
    assert got["control"]["ok"] is True, got
    assert scenario.active is not None and scenario.passive is not None
    _expect_mode(got["active"], scenario.active, scenario.names)
    _expect_mode(got["passive"], scenario.passive, scenario.names)
    if scenario.id == "bad_pasv_address":
        assert got["passive"]["advertised"].startswith(netlab.UNREACHABLE_ADDR + ":"), got
    if scenario.session_reuse_required:
        # The same data connections, but each TLS handshake starts a new session: refused with 522.
        fresh = lab_case.ftplib_check(scenario, timeout=10, extra=("--no-session-reuse",))
        for mode in ("active", "passive"):
            assert fresh[mode]["ok"] is False, fresh
            assert (fresh[mode]["step"], fresh[mode]["error"]) == (4, "rejected"), fresh
            assert fresh[mode]["reply"].startswith("522"), fresh
    if "names_not_utf8" in scenario.findings:
        # vsftpd says it is "Always in UTF8 mode" and still sends the CP949 bytes: only the bytes tell.
        asked = lab_case.ftplib_check(scenario, timeout=10, extra=("--opts-utf8",))
        assert asked["control"]["opts_utf8"].startswith("200 "), asked  # vsftpd 3.0: "200 Always in UTF8 mode."
        _expect_mode(asked["passive"], scenario.passive, scenario.names)
    if scenario.per_ip_limit is not None:
        # All open at once: the first `limit` log in, the next one is turned away with 421.
        limit = scenario.per_ip_limit
        opened = lab_case.ftplib_check(scenario, timeout=10, extra=("--connections", str(limit + 1)))
        conns = opened["connections"]
        assert [c["ok"] for c in conns] == [True] * limit + [False], conns
        assert conns[-1]["reply"].startswith("421"), conns


def test_lab_leaves_nothing_behind() -> None:
    """A whole lab life cycle on its own: namespaces, nft tables and the daemon are gone afterwards."""
    if why := netlab.why_unavailable():
        pytest.fail(why) if os.environ.get("FTPWIZARD_LAB") == "require" else pytest.skip(why)
    from lab_daemons import DAEMONS, DaemonOptions
    from lab_harness import LabSession

    session = LabSession()
    session.lab = netlab.Lab(suffix=f"{session.lab.client.rsplit('-', 1)[1]}x")
    session.start()
    try:
        session.lab.apply(netlab.Rules(router=(netlab.ROUTER_NAT, netlab.ROUTER_FTP_HELPER)))
        assert "ct helper ftp-standard" in session.lab.ruleset(session.lab.router)
        session.use_daemon("pyftpdlib", DaemonOptions())
        assert DAEMONS["pyftpdlib"].missing() is None
        daemon_pid = session.running.proc.pid  # type: ignore[union-attr]
        assert set(session.lab.namespaces) <= set(netlab.list_namespaces())
        # Nothing was created in the root namespace.
        root_links = netlab.run(["ip", "-o", "link"])
        assert "lab-lan" not in root_links and "r-wan" not in root_links
    finally:
        session.close()
    assert not set(session.lab.namespaces) & set(netlab.list_namespaces())
    with pytest.raises(ProcessLookupError):
        os.kill(daemon_pid, 0)


def test_a_killed_runs_leftovers_are_removed() -> None:
    """After a SIGKILLed run (no teardown), the next run removes its namespaces, daemons and folders."""
    import subprocess
    import tempfile
    from pathlib import Path

    if why := netlab.why_unavailable():
        pytest.fail(why) if os.environ.get("FTPWIZARD_LAB") == "require" else pytest.skip(why)
    dead = subprocess.Popen(["true"])
    dead.wait()  # a pid that no longer exists stands for the killed run
    lab = netlab.Lab(suffix=str(dead.pid))
    for ns in lab.namespaces:
        netlab.run(["ip", "netns", "add", ns])
    leftover_dir = Path(tempfile.mkdtemp(prefix=f"{netlab.PREFIX}-{dead.pid}-daemon-"))
    daemon = subprocess.Popen(lab.exec_cmd(lab.server, ["sleep", "300"]), start_new_session=True)
    try:
        removed = netlab.remove_stale_namespaces()
        assert set(lab.namespaces) <= set(removed)
        assert not set(lab.namespaces) & set(netlab.list_namespaces())
        assert daemon.wait(timeout=5) == -9
        assert not leftover_dir.exists()
    finally:
        if daemon.poll() is None:
            os.kill(daemon.pid, 9)
        for ns in lab.namespaces:
            netlab.run(["ip", "netns", "del", ns], check=False)
