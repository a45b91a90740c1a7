"""One answer per program for the server just tested: the model every view reads (issue 14 section 3).

A real probe against a real pyftpdlib server whose active mode never connects back, and a Windows PC with
FileZilla installed whose site for that server is set to active mode (the real sitemanager.xml layout).
"""

from __future__ import annotations

from pathlib import Path

from probe_handlers import ActiveSilent
from probe_servers import PASSWORD, FtpServer, probe

from ftpwizard.clients.detect import detect_clients
from ftpwizard.clients.program_reports import detected_reports, program_reports
from ftpwizard.clients.programs import PROGRAMS


def _probe_active_blocked(tmp_path: Path):  # type: ignore[no-untyped-def]
    server = FtpServer(ActiveSilent, root=tmp_path / "ftp")
    try:
        return probe(server.url(), password=PASSWORD, timeout=3.0, min_data_wait=1.0)
    finally:
        server.stop()


def test_the_customers_filezilla_set_to_active_is_told_to_switch_and_every_program_is_judged(
        tmp_path: Path, windows, install_filezilla) -> None:  # type: ignore[no-untyped-def]
    result = _probe_active_blocked(tmp_path)
    cdir = install_filezilla(windows)
    # The fixture's site "내 홈페이지" is this server's, set to active; make it the only one for the host.
    sites = cdir / "sitemanager.xml"
    sites.write_text(sites.read_text(encoding="utf-8").replace("<Host>FTP.Example.com</Host>",
                                                               "<Host>elsewhere.example.org</Host>"), encoding="utf-8")
    host = "ftp.example.com"
    statuses = detect_clients(windows.env, host=host)
    reports = program_reports(result, statuses, windows.env, host)

    assert [r.id for r in reports] == [p.id for p in PROGRAMS if p.id in {s.id for s in statuses}] + \
        [p.id for p in PROGRAMS if p.id not in {s.id for s in statuses}]
    mine = detected_reports(reports)
    filezilla = next(r for r in mine if r.id == "filezilla")
    assert filezilla.detected and filezilla.can_apply and filezilla.source == str(cdir / "filezilla.xml")
    ftp_exe = next(r for r in reports if r.id == "ftp-exe")
    assert ftp_exe.outcome.outcome == "cannot_work"
    as_json = filezilla.to_json()
    assert set(as_json) == {"id", "name", "detected", "setting", "outcome", "reasons", "fix"}
    assert set(as_json["setting"]) == {"mode", "scope", "source"}
    assert (filezilla.mode, filezilla.scope) == ("active", "site")
    assert as_json["outcome"] == "fails" and as_json["reasons"] == ["active_blocked_client_side"]
    assert as_json["fix"] == [{"setting": "mode", "value": "passive", "auto": True}]
    # Programs not installed are judged in their defaults and say so.
    curl = next(r for r in reports if r.id == "curl")
    assert not curl.detected and curl.mode == "default" and curl.source is None
    assert curl.outcome.outcome == "works"  # curl's default is passive; passive works here


def test_only_detected_programs_when_asked(tmp_path: Path, windows) -> None:  # type: ignore[no-untyped-def]
    result = _probe_active_blocked(tmp_path)
    statuses = detect_clients(windows.env, host="127.0.0.1")
    reports = program_reports(result, statuses, windows.env, everyone=False)
    assert [r.id for r in reports] == [s.id for s in statuses]
    assert all(r.detected for r in reports)
