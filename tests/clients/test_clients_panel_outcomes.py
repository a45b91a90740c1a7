"""Will the customer's own program work, and what do they change? (issue 14 section 3) Seen the way the
customer meets it: the `ftpwizard ftp://...` start path, a real FTP server whose active mode never connects
back (the PC's firewall drops it), and a Windows PC whose FileZilla is set to active mode.

The verdict page must name FileZilla as failing and point to the next page; the program page opens on
FileZilla, its "Change it for me" switches the real filezilla.xml to passive and the outcome is judged again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from probe_handlers import ActiveSilent
from probe_servers import PASSWORD, FtpServer
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QWizard

from ftpwizard.gui.accessibility import ANNOUNCED
from ftpwizard.gui.app import run_gui
from ftpwizard.gui.translations import install_translators
from ftpwizard.gui.wizard.window import FtpWizard
from ftpwizard.present.report.logging_setup import shutdown_logging
from ftpwizard.present.wizard.flow import Page

Check = Callable[[FtpWizard], None]


@pytest.fixture
def start(qtbot, qapp, tmp_path, monkeypatch) -> Iterator[Callable[[list[str], Check], int]]:  # type: ignore[no-untyped-def]
    """``start(argv, check)``: run the program as `ftpwizard ARGV`; ``check(wizard)`` runs in its event loop.
    Its own settings file and log folder, so nothing of the user's is read or written."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("ftpwizard-tests")
    monkeypatch.setenv("FTPWIZARD_LOG_DIR", str(tmp_path / "logs"))
    checked: list[FtpWizard] = []

    def run(argv: list[str], check: Check) -> int:
        def event_loop(wizard: FtpWizard) -> int:
            qtbot.addWidget(wizard)
            checked.append(wizard)
            qtbot.waitUntil(lambda: wizard.page(int(Page.FINISH)) is not None, timeout=5000)
            check(wizard)
            return 0

        return run_gui(argv, event_loop=event_loop)

    yield run
    assert checked, "the program never reached its event loop"
    shutdown_logging()
    install_translators("en")


@pytest.fixture
def active_blocked(tmp_path: Path) -> Iterator[FtpServer]:
    server = FtpServer(ActiveSilent, root=tmp_path / "ftp")
    try:
        yield server
    finally:
        server.stop()


def filezilla_set_to_active(windows, install_filezilla) -> Path:  # type: ignore[no-untyped-def]
    """FileZilla installed, its program-wide setting active (no saved site for the tested server)."""
    settings = install_filezilla(windows) / "filezilla.xml"
    text = settings.read_text(encoding="utf-8")
    settings.write_text(text.replace('<Setting name="Use Pasv mode">1</Setting>',
                                     '<Setting name="Use Pasv mode">0</Setting>'), encoding="utf-8")
    return settings


def _next(qtbot, wizard: FtpWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def walk_to_the_verdict(qtbot, wizard: FtpWizard, machine_env) -> None:  # type: ignore[no-untyped-def]
    wizard.use_clients_environment(machine_env)
    assert wizard.currentId() == int(Page.SERVER)
    wizard.server.password.setText(PASSWORD)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.state.result is not None and not wizard.state.probe_running, timeout=20000)
    _next(qtbot, wizard)
    assert wizard.currentId() == int(Page.VERDICT)
    # The programs are found and judged on a worker: their lines come after the verdict.
    qtbot.waitUntil(lambda: bool(wizard.verdict.programs.rows), timeout=5000)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_verdict_names_the_customers_filezilla_as_failing_and_the_program_page_switches_it(  # type: ignore[no-untyped-def]
        qtbot, start, active_blocked, windows, install_filezilla, lang) -> None:
    settings = filezilla_set_to_active(windows, install_filezilla)
    seen: dict[str, object] = {}
    questions: list[str] = []

    def check(wizard: FtpWizard) -> None:
        walk_to_the_verdict(qtbot, wizard, windows.env)
        assert wizard.state.result.verdict.code == "active_blocked_client_side"
        lines = wizard.verdict.programs
        [row] = [row for row in lines.rows if row.program_id == "filezilla"]
        seen["others"] = {other.program_id: other.outcome for other in lines.rows if other is not row}
        seen["verdict_line"] = row.line.text()
        seen["verdict_mark"] = row.outcome, row.mark.text()
        seen["spoken"] = wizard.verdict.headline.accessibleDescription()
        seen["row_name"] = row.accessibleName()
        seen["announced"] = lines.property(ANNOUNCED)  # they come after the verdict: announced on arrival

        _next(qtbot, wizard)
        assert wizard.currentId() == int(Page.PROGRAM)
        panel = wizard.program.panel
        assert panel is not None
        seen["selected"] = panel.list.currentItem().data(Qt.ItemDataRole.UserRole)
        seen["before"] = panel.outcome.outcome, panel.apply_button.isEnabled()

        def yes(title: str, question: str) -> bool:
            questions.append(question)
            return True

        panel.confirm = yes
        with qtbot.waitSignal(panel.changed, timeout=5000) as changed:
            qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
        seen["changed"] = changed.args
        seen["after"] = panel.outcome.outcome, panel.apply_button.isEnabled(), panel.list.currentItem().text()
        seen["judged"] = [(r.id, r.outcome.outcome) for r in wizard.state.judged_programs]

    assert start([f"ftp://alice@127.0.0.1:{active_blocked.port}", "--lang", lang], check) == 0
    line = str(seen["verdict_line"])
    outcome, mark = seen["verdict_mark"]  # type: ignore[misc]
    assert outcome == "fails"
    if lang == "en":
        assert "FileZilla" in line and "active mode" in line and "passive" in line, line
        assert line.endswith("The next page changes it for you."), line
        assert "will fail" in mark  # the mark's words, not only its colour
    else:
        assert "FileZilla" in line and "액티브 모드" in line and "패시브 모드" in line, line
        assert line.endswith("다음 화면에서 자동으로 바꿀 수 있습니다."), line
    assert line in str(seen["spoken"])  # a screen reader hears it with the verdict
    assert "FileZilla" in str(seen["announced"])
    mark_words = re.sub(r"<[^>]+>", "", mark).split(" ", 1)[1]  # after the symbol
    assert str(seen["row_name"]).startswith(mark_words + ". ")  # read out: the mark's words, then the line
    assert seen["selected"] == "filezilla"  # the program page opens on the failing program
    assert seen["before"] == ("fails", True)
    # The same question as ever: FileZilla has no saved site for this server, so every server changes.
    assert len(questions) == 1 and "127.0.0.1" in questions[0]
    assert seen["changed"][0] is True  # type: ignore[index]
    assert re.search(r'<Setting name="Use Pasv mode">1</Setting>', settings.read_text(encoding="utf-8"))
    outcome_after, button_after, list_text = seen["after"]  # type: ignore[misc]
    assert outcome_after == "works" and not button_after
    assert ("works" if lang == "en" else "✔") in list_text
    # Windows' Internet Options is on every Windows PC; it uses passive mode here, which works.
    assert seen["others"] == {"internet-options": "works"}
    assert dict(seen["judged"])["filezilla"] == "works"  # type: ignore[call-overload]  # the wizard keeps it


@pytest.fixture
def epsv_dropped(tmp_path: Path) -> Iterator[FtpServer]:
    """A server whose EPSV names a port a firewall drops, while PASV's works (curl's default fails here)."""
    from probe_handlers import EpsvTo
    from probe_servers import Blackhole

    hole = Blackhole()
    if not hole.drops_connections():
        hole.close()
        pytest.skip("this system refuses instead of dropping connections to a full backlog")
    server = FtpServer(EpsvTo, root=tmp_path / "ftp", epsv_port=hole.port)
    try:
        yield server
    finally:
        server.stop()
        hole.close()


def test_the_customers_curl_is_told_to_turn_epsv_off_and_the_button_writes_it(  # type: ignore[no-untyped-def]
        qtbot, start, epsv_dropped, linux) -> None:
    """Both modes work for the probe, so the verdict alone would say all is well: the customer's curl (which
    asks EPSV first and gives up when its port is dropped) is the one that fails, and the fix is not the mode."""
    linux.on_path["curl"] = "/usr/bin/curl"
    curlrc = linux.write(linux.env.home / ".curlrc", b"silent\n")
    seen: dict[str, object] = {}
    questions: list[str] = []

    def check(wizard: FtpWizard) -> None:
        walk_to_the_verdict(qtbot, wizard, linux.env)
        verdict = wizard.state.result.verdict
        seen["verdict"] = verdict.code, "epsv_blocked" in verdict.findings
        [row] = [row for row in wizard.verdict.programs.rows if row.program_id == "curl"]
        seen["line"] = row.outcome, row.line.text()
        _next(qtbot, wizard)
        panel = wizard.program.panel
        assert panel is not None
        seen["selected"] = panel.list.currentItem().data(Qt.ItemDataRole.UserRole)

        def yes(title: str, question: str) -> bool:
            questions.append(question)
            return True

        panel.confirm = yes
        with qtbot.waitSignal(panel.changed, timeout=5000):
            qtbot.mouseClick(panel.apply_button, Qt.MouseButton.LeftButton)
        seen["after"] = panel.outcome.outcome, panel.apply_button.isEnabled()
        # The report the Finish page copies or saves carries the outcomes the pages judged, as they are now.
        from ftpwizard.present.report.render_json import to_json

        report = wizard.finish._report_source()
        seen["report"] = {p["id"]: p["outcome"] for p in json.loads(to_json(report, "en"))["programs"]}

    assert start([f"ftp://alice@127.0.0.1:{epsv_dropped.port}", "--lang", "en"], check) == 0
    assert seen["report"] == {"curl": "works"}  # as judged again after the fix
    assert seen["verdict"] == ("both_ok", True)
    outcome, line = seen["line"]  # type: ignore[misc]
    assert outcome == "fails" and "EPSV" in line, line
    assert seen["selected"] == "curl"
    [question] = questions
    assert "every server" in question and "EPSV" in question, question  # curl has one setting for all servers
    assert curlrc.read_bytes() == b"silent\ndisable-epsv\n"
    assert seen["after"] == ("works", False)


def test_a_pc_without_ftp_programs_gets_no_program_lines(qtbot, start, active_blocked, linux) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def check(wizard: FtpWizard) -> None:
        wizard.use_clients_environment(linux.env)  # a Linux PC with no FTP program
        wizard.server.password.setText(PASSWORD)
        _next(qtbot, wizard)
        qtbot.waitUntil(lambda: wizard.state.result is not None and not wizard.state.probe_running, timeout=20000)
        _next(qtbot, wizard)
        page = wizard.verdict
        qtbot.waitUntil(lambda: not page.judging.running and page._judging is None, timeout=5000)
        seen["shown"] = page.programs.isVisibleTo(page)
        seen["judged"] = wizard.state.judged_programs

    assert start([f"ftp://alice@127.0.0.1:{active_blocked.port}", "--lang", "en"], check) == 0
    assert seen == {"shown": False, "judged": ()}


@pytest.fixture(scope="module")
def active_blocked_result(tmp_path_factory):  # type: ignore[no-untyped-def]
    """One real probe of a server whose active mode never connects back (3 s: shared by the tests below)."""
    from probe_servers import probe

    server = FtpServer(ActiveSilent, root=tmp_path_factory.mktemp("ftp"))
    try:
        return probe(server.url(), password=PASSWORD, timeout=3.0, min_data_wait=1.0)
    finally:
        server.stop()


def test_a_program_that_cannot_work_says_what_to_use_instead_and_offers_no_button(  # type: ignore[no-untyped-def]
        qtbot, qapp, windows, active_blocked_result) -> None:
    from ftpwizard.gui.clients.panel import ClientsPanel

    install_translators("en")
    windows.write(Path(windows.env.vars["SYSTEMROOT"]) / "System32" / "ftp.exe", b"MZ")
    panel = ClientsPanel(env=windows.env)
    qtbot.addWidget(panel)
    panel.set_context("passive", "127.0.0.1", result=active_blocked_result)
    panel.show_program("ftp-exe")
    assert panel.outcome.outcome == "cannot_work"
    assert "cannot work" in panel.list.currentItem().text()
    line = panel.outcome.line.text()
    assert "File Explorer" in line and "FileZilla" in line, line  # what to use instead
    assert not panel.apply_button.isVisibleTo(panel)  # ftpwizard cannot change ftp.exe: nothing to press


def test_the_button_offers_every_fix_ftpwizard_can_write_and_keeps_per_server_settings_per_server(  # type: ignore[no-untyped-def]
        linux) -> None:
    from ftpwizard.clients.apply import undo
    from ftpwizard.clients.outcome import Fix
    from ftpwizard.gui.clients.fixes import applicable_fix, apply_other_fix, fix_scope

    epsv, mode = Fix("disable-epsv", True, auto=True), Fix("mode", "passive", auto=True)
    assert applicable_fix([epsv, mode]) is epsv  # the outcome's order: the smallest change first
    assert applicable_fix([Fix("charset", "cp949", auto=False)]) is None  # guided, not pressed
    # lftp keeps prefer-epsv per host: only the tested server changes; curl has one setting for all.
    assert fix_scope("lftp", Fix("ftp:prefer-epsv", False, auto=True), "ftp.example.com") == "server"
    assert fix_scope("curl", epsv, "ftp.example.com") == "all"
    linux.on_path["curl"] = "/usr/bin/curl"
    curlrc = linux.write(linux.env.home / ".curlrc", b"silent\n")
    done = apply_other_fix(linux.env, "curl", epsv, "ftp.example.com")
    assert done.ok, done
    assert curlrc.read_bytes() == b"silent\ndisable-epsv\n"
    assert undo(linux.env, "curl").ok and curlrc.read_bytes() == b"silent\n"


def test_the_verdict_pages_program_lines_follow_a_language_switch(  # type: ignore[no-untyped-def]
        qtbot, qapp, windows, install_filezilla, active_blocked_result) -> None:
    from ftpwizard.gui.wizard.verdict import VerdictPage
    from ftpwizard.present.wizard.flow import WizardState

    install_translators("en")
    filezilla_set_to_active(windows, install_filezilla)
    state = WizardState()
    state.probe_finished(active_blocked_result)
    page = VerdictPage(state)
    qtbot.addWidget(page)
    page.clients_env = windows.env
    page.show_result(active_blocked_result)
    qtbot.waitUntil(lambda: bool(page.programs.rows), timeout=5000)

    def filezilla_line() -> str:
        return next(row.line.text() for row in page.programs.rows if row.program_id == "filezilla")

    assert "will fail" in filezilla_line()
    install_translators("ko")
    try:
        qtbot.waitUntil(lambda: "다음 화면" in filezilla_line(), timeout=2000)
        assert page.programs.title.text() == "내 FTP 프로그램"
        assert len(page.programs.rows) == len(state.judged_programs)  # rebuilt, not added to
    finally:
        install_translators("en")  # the application's language is global: the next test starts in English
