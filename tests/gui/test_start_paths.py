"""The way in (issue 12): the window the `ftpwizard` command opens, through its real start path.

Each test calls ``run_gui`` (what ``ftpwizard.commands.main.main`` calls for the wizard) with the command line's
arguments; instead of the application's exec() it gets an event loop that looks at the window it opened.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QWizard

from ftpwizard.gui.app import run_gui
from ftpwizard.gui.wizard.window import FtpWizard
from ftpwizard.present.report.logging_setup import shutdown_logging
from ftpwizard.present.wizard.flow import Page

Check = Callable[[FtpWizard], None]


@pytest.fixture
def start(qtbot, tmp_path, monkeypatch) -> Iterator[Callable[[list[str], Check], int]]:
    """``start(argv, check)``: run the program with ``argv``; ``check(wizard)`` runs in its event loop."""
    monkeypatch.setenv("FTPWIZARD_LOG_DIR", str(tmp_path / "logs"))
    checked: list[FtpWizard] = []

    def run(argv: list[str], check: Check) -> int:
        def event_loop(wizard: FtpWizard) -> int:
            qtbot.addWidget(wizard)
            checked.append(wizard)
            # The event loop's first turn: the later pages are built and the log is set up.
            qtbot.waitUntil(lambda: wizard.page(int(Page.FINISH)) is not None, timeout=5000)
            check(wizard)
            return 0

        return run_gui(argv, event_loop=event_loop)

    yield run
    assert checked, "the program never reached its event loop"
    shutdown_logging()


def _next(wizard: FtpWizard):  # type: ignore[no-untyped-def]
    return wizard.button(QWizard.WizardButton.NextButton)


def _run_test(qtbot, wizard: FtpWizard) -> str:
    qtbot.mouseClick(_next(wizard), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == int(Page.TEST)
    qtbot.waitUntil(lambda: wizard.state.result is not None and not wizard.state.probe_running, timeout=20000)
    return wizard.state.result.verdict.code


@pytest.mark.parametrize(("lang", "scenario", "verdict", "simulates"), [
    ("en", "healthy", "both_ok", "both modes work"),
    ("ko", "client-nat", "active_rejected_nat", "공유기"),
])
def test_demo_start_shows_the_running_demo_server(qtbot, start, lang, scenario, verdict, simulates) -> None:
    seen: dict[str, object] = {}

    def check(wizard: FtpWizard) -> None:
        page = wizard.server
        assert wizard.currentId() == int(Page.SERVER)
        seen.update(host=page.host.text(), port=page.port.text(), user=page.user.text(),
                    password=bool(page.password.text()), note=page.demo_note.text(),
                    note_shown=page.demo_note.isVisibleTo(wizard), next=_next(wizard).isEnabled())
        # The fields are the running demo server's: the test through them reaches it.
        seen["verdict"] = _run_test(qtbot, wizard)

    assert start(["--demo", "--scenario", scenario, "--lang", lang], check) == 0
    assert seen["host"] == "127.0.0.1"
    assert seen["port"].isdigit() and seen["port"] != "21"
    assert seen["user"] and seen["password"]
    assert seen["next"]
    assert seen["note_shown"] and simulates in seen["note"]
    assert seen["verdict"] == verdict


def test_url_start_shows_its_parts(start) -> None:
    seen: dict[str, object] = {}

    def check(wizard: FtpWizard) -> None:
        page = wizard.server
        seen.update(page=wizard.currentId(), host=page.host.text(), port=page.port.text(), user=page.user.text(),
                    next=_next(wizard).isEnabled(), note=page.demo_note.isVisibleTo(wizard))

    assert start(["ftp://demo@127.0.0.1:2401", "--lang", "en"], check) == 0
    assert seen == {"page": int(Page.SERVER), "host": "127.0.0.1", "port": "2401", "user": "demo",
                    "next": True, "note": False}


def test_plain_start_shows_the_remembered_server(start) -> None:
    QCoreApplication.setOrganizationName("ftpwizard")  # where the program keeps its settings
    settings = QSettings()
    settings.beginGroup("server")
    for key, value in {"host": "ftp.example.com", "port": 2121, "user": "kim", "tls": "explicit"}.items():
        settings.setValue(key, value)
    settings.endGroup()
    settings.sync()
    seen: dict[str, object] = {}

    def check(wizard: FtpWizard) -> None:
        assert wizard.currentId() == int(Page.WELCOME)
        wizard.next()
        page = wizard.server
        seen.update(host=page.host.text(), port=page.port.text(), user=page.user.text(), tls=page.tls.currentData())

    assert start(["--lang", "en"], check) == 0
    assert seen == {"host": "ftp.example.com", "port": "2121", "user": "kim", "tls": "explicit"}


@pytest.mark.parametrize("argv", [["--demo", "--lang", "en"], ["ftp://demo@127.0.0.1:2401", "--lang", "en"]])
def test_language_can_be_chosen_when_started_on_the_server_page(qtbot, start, argv) -> None:
    seen: dict[str, object] = {}

    def check(wizard: FtpWizard) -> None:
        back = wizard.button(QWizard.WizardButton.BackButton)
        seen["back"] = back.isVisible() and back.isEnabled()
        host = wizard.server.host.text()
        qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
        seen["page"] = wizard.currentId()
        wizard.welcome.language.setCurrentIndex(wizard.welcome.language.findData("ko"))
        qtbot.waitUntil(lambda: wizard.server.title() == "내 FTP 서버", timeout=2000)
        qtbot.mouseClick(_next(wizard), Qt.MouseButton.LeftButton)
        seen["again"] = (wizard.currentId(), wizard.server.host.text() == host, _next(wizard).text())

    assert start(argv, check) == 0
    assert seen["back"] and seen["page"] == int(Page.WELCOME)
    page, same_host, next_text = seen["again"]
    assert page == int(Page.SERVER) and same_host and next_text.startswith("다음")


def test_enter_always_goes_forward_and_finishes_on_the_last_page(qtbot, start) -> None:
    """Keyboard only, from `ftpwizard --demo`: Enter on each page is the forward action. On the Finish page
    the focus starts on "Test again"; Enter must finish, not run the test again."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPushButton

    seen: dict[str, object] = {}

    def enter(wizard: FtpWizard) -> None:
        QTest.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)

    def check(wizard: FtpWizard) -> None:
        enter(wizard)  # Server -> Test
        assert wizard.currentId() == int(Page.TEST)
        qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
        enter(wizard)  # -> Verdict
        assert wizard.currentId() == int(Page.VERDICT)
        focus = QApplication.focusWidget()
        seen["verdict_focus"] = (focus is wizard.verdict.headline, focus.accessibleName() if focus else "")
        enter(wizard)  # -> Program
        assert wizard.currentId() == int(Page.PROGRAM)
        enter(wizard)  # -> Finish
        assert wizard.currentId() == int(Page.FINISH)
        seen["finish_focus"] = QApplication.focusWidget()
        seen["page_defaults"] = [b.objectName() for p in (wizard.test, wizard.verdict, wizard.program, wizard.finish)
                                 for b in p.findChildren(QPushButton) if b.autoDefault() or b.isDefault()]
        result = wizard.state.result
        enter(wizard)
        seen["finished"] = (wizard.result() == QWizard.DialogCode.Accepted, wizard.isVisible(),
                            wizard.state.probe_running, wizard.state.result is result)

    assert start(["--demo", "--lang", "en"], check) == 0
    assert seen["verdict_focus"] == (True, "Result")
    assert seen["page_defaults"] == []
    assert seen["finished"] == (True, False, False, True)


def _walk_to_finish(qtbot, wizard: FtpWizard) -> None:
    _run_test(qtbot, wizard)
    while wizard.currentId() != int(Page.FINISH):
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before


def _opener(folder, script: str):  # type: ignore[no-untyped-def]
    """A real program called xdg-open, as the system's would be found on PATH."""
    folder.mkdir()
    program = folder / "xdg-open"
    program.write_text(f"#!/bin/sh\n{script}\n")
    program.chmod(0o755)
    return folder


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="xdg-open is the folder opener on Linux and BSD")
def test_open_log_folder_says_when_the_opener_failed_and_shows_the_path(qtbot, start, tmp_path, monkeypatch) -> None:
    """xdg-open exits 3 when it finds no file manager (a bare desktop, a remote session); Qt's openUrl()
    still said True, and the page said "opened"."""
    import os

    failing = _opener(tmp_path / "failing", 'echo "xdg-open: no method available for opening $1" >&2; exit 3')
    working = _opener(tmp_path / "working", f'printf %s "$1" > "{tmp_path}/opened.txt"')
    seen: dict[str, object] = {}

    def check(wizard: FtpWizard) -> None:
        _walk_to_finish(qtbot, wizard)
        actions = wizard.finish.ensure_actions()
        monkeypatch.setenv("PATH", f"{failing}{os.pathsep}{os.environ['PATH']}")
        with qtbot.waitSignal(actions.failed, timeout=10000) as failed:
            qtbot.mouseClick(actions.log_button, Qt.MouseButton.LeftButton)
        selectable = bool(actions.status.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse)
        seen["failed"] = (failed.args[0], actions.status.text(), selectable)
        monkeypatch.setenv("PATH", f"{working}{os.pathsep}{os.environ['PATH']}")
        with qtbot.waitSignal(actions.logFolderOpened, timeout=10000) as opened:
            qtbot.mouseClick(actions.log_button, Qt.MouseButton.LeftButton)
        seen["opened"] = (opened.args[0], actions.status.text())

    assert start(["--demo", "--lang", "en"], check) == 0
    log_dir = str(tmp_path / "logs")
    message, status, selectable = seen["failed"]
    assert message == status and "could not be opened" in status and log_dir in status and selectable
    folder, status = seen["opened"]
    assert folder == log_dir and "opened" in status
    assert (tmp_path / "opened.txt").read_text() == log_dir


# The offscreen platform says this whenever a new top-level window (the question) is shown.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_esc_on_the_verdict_page_asks_before_closing(qtbot, start) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    seen: dict[str, object] = {}

    def check(wizard: FtpWizard) -> None:
        _run_test(qtbot, wizard)
        wizard.next()
        assert wizard.currentId() == int(Page.VERDICT)
        QTest.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Escape)
        box = wizard.close_question
        seen["asked"] = (wizard.isVisible(), box is not None and box.isVisible(), box.text() if box else "")
        QTest.keyClick(box, Qt.Key.Key_Escape)  # Esc on the question: stay
        qtbot.waitUntil(lambda: wizard.close_question is None, timeout=2000)
        seen["stayed"] = (wizard.isVisible(), wizard.currentId(), wizard.state.result is not None)
        assert not wizard.close()  # the window's X asks too
        seen["x_asks"] = wizard.close_question is not None and wizard.isVisible()
        QTest.keyClick(wizard.close_question, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: wizard.close_question is None, timeout=2000)
        QTest.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Escape)
        box = wizard.close_question
        close = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.AcceptRole)
        qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=2000)
        seen["closed"] = wizard.result() == QWizard.DialogCode.Rejected

    assert start(["--demo", "--lang", "en"], check) == 0
    visible, asked, question = seen["asked"]
    assert visible and asked and "result" in question
    assert seen["stayed"] == (True, int(Page.VERDICT), True)
    assert seen["x_asks"]
    assert seen["closed"]


def test_a_connection_failure_is_shown_on_the_test_and_finish_pages(qtbot, start) -> None:
    """ftp://127.0.0.1:<port nobody listens on>: the Test page said "testing" over an empty grey area, and
    the Finish page spoke of changing the program's setting though there was none to change."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    seen: dict[str, object] = {}

    def check(wizard: FtpWizard) -> None:
        assert _run_test(qtbot, wizard) == "control_refused"
        test = wizard.test
        seen["test"] = (test.title(), test.failure.isVisibleTo(wizard), test.failure.text())
        wizard.next()
        wizard.next()  # no program page: straight to the end
        seen["finish"] = (wizard.currentId(), wizard.finish.subTitle())

    assert start([f"ftp://127.0.0.1:{port}", "--lang", "en"], check) == 0
    title, failure_shown, failure = seen["test"]
    assert title == "Could not connect to the server"
    assert failure_shown and str(port) in failure
    page, subtitle = seen["finish"]
    assert page == int(Page.FINISH)
    assert "FTP program" not in subtitle and "server details" in subtitle


def test_the_test_page_title_follows_the_test(qtbot, start) -> None:
    seen: list[str] = []

    def check(wizard: FtpWizard) -> None:
        qtbot.mouseClick(_next(wizard), Qt.MouseButton.LeftButton)
        seen.append(wizard.test.title())  # running
        qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
        seen.append(wizard.test.title())
        wizard.test.start()
        qtbot.mouseClick(wizard.test.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not wizard.state.probe_running, timeout=20000)
        seen.append(wizard.test.title() if wizard.state.result.cancelled else "Test cancelled")

    assert start(["--demo", "--scenario", "client-firewall", "--lang", "en"], check) == 0
    assert seen == ["Testing both modes", "Test finished", "Test cancelled"]


def test_the_details_panel_opens_usefully_tall(qtbot, start) -> None:
    from PySide6.QtTest import QTest

    seen: dict[str, float] = {}

    def check(wizard: FtpWizard) -> None:
        _run_test(qtbot, wizard)
        QTest.keyClick(wizard, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        view = wizard.test.details.view
        def lines() -> float:
            return view.viewport().height() / view.fontMetrics().lineSpacing()

        qtbot.waitUntil(view.isVisible, timeout=2000)
        try:  # the layout settles on a later turn of the event loop
            qtbot.waitUntil(lambda: lines() >= 12, timeout=2000)
        finally:
            seen["lines"] = lines()

    assert start(["--demo", "--lang", "en"], check) == 0
    assert seen["lines"] >= 12, f"the transcript shows {seen['lines']:.1f} lines"


def test_self_test_checks_the_fields_the_demo_start_fills_in(capsys) -> None:
    """`ftpwizard --self-test` opens each demo window as `--demo` does and checks its Server page."""
    from ftpwizard.commands.main import main
    from ftpwizard.gui.selftest import EXPECTED

    assert main(["--self-test", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    shown = [line for line in out.splitlines() if "the server page shows the demo server" in line]
    assert len(shown) == len(EXPECTED) and all(line.startswith("ok") for line in shown), out
    assert "built-in demo server" in shown[0]
