"""The wizard in a real Qt event loop (offscreen), against the built-in demo server."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QSpinBox, QWizard

from ftpwizard.demo.server import DemoServer, demo_server
from ftpwizard.present.wizard.flow import Page, ServerInput


def demo_input(server: DemoServer) -> ServerInput:
    return ServerInput(host=server.host, port=server.port, user=server.user, password=server.password)

SCENARIOS = {
    # scenario: (verdict, failed mode, failed step, side to blame)
    "healthy": ("both_ok", None, None, None),
    "client-firewall": ("active_blocked_client_side", "active", 3, "client"),
    "client-nat": ("active_rejected_nat", "active", 2, "client"),
    "server-firewall": ("passive_blocked_server_side", "passive", 3, "server"),
    "bad-pasv-address": ("passive_bad_address", None, None, None),
}


def _run_to_verdict(qtbot, wizard) -> None:
    wizard.next()  # server -> test: both probes start
    assert wizard.currentId() == int(Page.TEST)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # Next disabled while running
    qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == int(Page.VERDICT)


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_full_walk_gives_the_right_verdict_and_picture(qtbot, make_wizard, scenario: str) -> None:
    code, failed_mode, failed_step, side = SCENARIOS[scenario]
    with demo_server(scenario) as server:
        wizard = make_wizard("en")
        wizard.next()  # welcome -> server
        wizard.server.show_input(demo_input(server))
        _run_to_verdict(qtbot, wizard)
        result = wizard.state.result
        assert result.verdict.code == code
        assert wizard.verdict.headline.text()
        assert wizard.verdict.why.text() and wizard.verdict.todo.text()
        for mode, view in wizard.verdict.views.items():
            failed = view.state.failed_arrow
            if mode == failed_mode:
                assert failed is not None and failed.n == failed_step
                assert side in str(view.state.culprit)
            else:
                assert failed is None
        wizard.next()
        assert wizard.currentId() == int(Page.PROGRAM)
        wizard.next()
        assert wizard.currentId() == int(Page.FINISH)


def test_korean_verdict_page(qtbot, make_wizard) -> None:
    with demo_server("client-nat") as server:
        wizard = make_wizard("ko")
        wizard.next()
        wizard.server.show_input(demo_input(server))
        _run_to_verdict(qtbot, wizard)
        assert "패시브 모드를 사용하세요" in wizard.verdict.headline.text()
        assert wizard.button(QWizard.WizardButton.NextButton).text().startswith("다음")


def test_control_failure_offers_a_way_back_to_the_server_page(qtbot, make_wizard) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    wizard = make_wizard("en")
    wizard.next()
    wizard.server.show_input(ServerInput(host="127.0.0.1", port=port))
    _run_to_verdict(qtbot, wizard)
    assert wizard.state.result.verdict.code == "control_refused"
    assert wizard.verdict.change_server.isVisibleTo(wizard)
    assert not wizard.verdict.pictures.isVisibleTo(wizard)
    qtbot.mouseClick(wizard.verdict.change_server, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == int(Page.SERVER)


class _SilentServer:
    """Accepts TCP connections (the kernel does) and never says a word: the probe waits on the banner."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]

    def close(self) -> None:
        self.sock.close()


def test_cancel_makes_the_wizard_idle_within_200_ms(qtbot, make_wizard) -> None:
    silent = _SilentServer()
    try:
        wizard = make_wizard("en")
        wizard.next()
        wizard.server.show_input(ServerInput(host="127.0.0.1", port=silent.port))
        wizard.next()
        qtbot.waitUntil(lambda: wizard.test.control_status.text().startswith("Server greeting"), timeout=5000)
        clock = QElapsedTimer()
        clock.start()
        qtbot.mouseClick(wizard.test.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not wizard.runner.running and not wizard.state.probe_running, timeout=1000)
        elapsed = clock.elapsed()
        assert elapsed <= 200, f"idle after {elapsed} ms"
        assert wizard.state.result.cancelled
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        assert not [t for t in threading.enumerate() if t.name.startswith("ftpwizard-")]
    finally:
        silent.close()


def test_esc_during_a_test_cancels_the_test_not_the_program(qtbot, make_wizard) -> None:
    """The flow's escape(): QWizard would close the window; while testing Esc stops the test only, like
    the Cancel button (it says so and is off until the cancelled result is in)."""
    silent = _SilentServer()
    try:
        wizard = make_wizard("en")
        wizard.next()
        wizard.server.show_input(ServerInput(host="127.0.0.1", port=silent.port))
        wizard.next()
        qtbot.waitUntil(lambda: wizard.test.control_status.text().startswith("Server greeting"), timeout=5000)
        with qtbot.waitSignal(wizard.runner.finished, timeout=5000):
            QTest.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Escape)
            assert wizard.test.control_status.text() == "Stopping ..."
            assert not wizard.test.cancel_button.isEnabled()
        assert wizard.isVisible() and wizard.currentId() == int(Page.TEST)
        assert wizard.state.result.cancelled and wizard.test.title() == "Test cancelled"
        assert wizard.test.cancel_button.isEnabled() and wizard.test.cancel_button.text() == "&Test again"
        assert _back(wizard).isEnabled() and not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        QTest.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Escape)  # no test runs now: Esc closes
        assert not wizard.isVisible()
    finally:
        silent.close()


def test_closing_the_window_during_a_probe_exits_promptly(qtbot, make_wizard) -> None:
    silent = _SilentServer()
    try:
        wizard = make_wizard("en")
        wizard.next()
        wizard.server.show_input(ServerInput(host="127.0.0.1", port=silent.port))
        wizard.next()
        qtbot.waitUntil(lambda: wizard.runner.running, timeout=2000)
        started = time.monotonic()
        wizard.close()
        assert time.monotonic() - started < 0.5
        assert not wizard.runner.running
    finally:
        silent.close()


def test_no_network_call_runs_on_the_gui_thread(qtbot, make_wizard, monkeypatch) -> None:
    """Counted, not timed: every blocking socket call of a whole probe (resolve, connect, accept, send,
    receive) runs on a worker thread, never on the thread that paints the window."""
    on_gui_thread: list[str] = []
    gui_thread = threading.main_thread()

    def watched(owner: object, name: str) -> None:
        original = getattr(owner, name)

        def call(*args, **kwargs):
            if threading.current_thread() is gui_thread:
                on_gui_thread.append(name)
            return original(*args, **kwargs)

        monkeypatch.setattr(owner, name, call)

    with demo_server("client-firewall") as server:
        wizard = make_wizard("en")
        wizard.next()
        wizard.server.show_input(demo_input(server))
        for name in ("connect", "connect_ex", "accept", "recv", "recv_into", "send", "sendall"):
            watched(socket.socket, name)
        for name in ("getaddrinfo", "create_connection"):
            watched(socket, name)
        wizard.next()  # the probe starts here
        qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
        monkeypatch.undo()
    assert wizard.state.result.verdict.code == "active_blocked_client_side"
    assert on_gui_thread == []


@pytest.mark.timing
def test_gui_thread_is_never_blocked_during_a_slow_probe(qtbot, make_wizard) -> None:
    """A 10 ms timer keeps ticking while the probe waits 3 s on the data connection. The margin is honest
    for a loaded 2-core machine (gaps of 150-220 ms were seen there under load); a probe wait on the GUI
    thread would show as a gap of seconds. The counted check above is the exact one."""
    with demo_server("client-firewall") as server:
        wizard = make_wizard("en")
        wizard.next()
        wizard.server.show_input(demo_input(server))
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(tick)
        wizard.next()  # showing the page is GUI work of its own; the probe starts here
        last[0] = time.perf_counter()
        timer.start()
        try:
            qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
        finally:
            timer.stop()
        assert len(gaps) > 100
        assert max(gaps[1:]) < 0.500, f"longest gap {max(gaps[1:]) * 1000:.0f} ms"


def test_keyboard_only_walk_and_accessible_names(qtbot, make_wizard) -> None:
    with demo_server("healthy") as server:
        wizard = make_wizard("en")
        QTest.keyClick(wizard, Qt.Key.Key_Return)  # Next is the default button
        assert wizard.currentId() == int(Page.SERVER)
        host = wizard.server.host
        host.setFocus()
        qtbot.waitUntil(host.hasFocus, timeout=1000)
        QTest.keyClicks(host, server.host)
        QTest.keyClick(host, Qt.Key.Key_Tab)
        assert wizard.server.port.hasFocus()
        wizard.server.port.selectAll()
        QTest.keyClicks(wizard.server.port, str(server.port))
        QTest.keyClick(wizard.server.port, Qt.Key.Key_Tab)
        QTest.keyClicks(wizard.server.user, server.user)
        QTest.keyClick(wizard.server.user, Qt.Key.Key_Tab)
        QTest.keyClicks(wizard.server.password, server.password)
        QTest.keyClick(wizard.server.password, Qt.Key.Key_Return)
        assert wizard.currentId() == int(Page.TEST)
        qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
        assert wizard.state.result.verdict.code == "both_ok"
        QTest.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)
        assert wizard.currentId() == int(Page.VERDICT)
        for page in (wizard.welcome, wizard.server, wizard.test, wizard.verdict):
            fields = [f for kind in (QLineEdit, QSpinBox, QComboBox) for f in page.findChildren(kind)]
            for field in fields:
                if field.isVisibleTo(page) and field.objectName() != "qt_spinbox_lineedit":
                    assert field.accessibleName(), f"{type(field).__name__} {field.objectName()} has no accessible name"
            for button in page.findChildren(QAbstractButton):
                # Qt's own sub-buttons (a line edit's clear button, scroll arrows) are named by Qt's accessibility.
                if button.isVisibleTo(page) and not isinstance(button.parent(), QLineEdit):
                    assert button.accessibleName() or button.text(), f"button {button.objectName()} has no name"


def test_invalid_input_disables_next_and_says_why(qtbot, make_wizard) -> None:
    wizard = make_wizard("en")
    wizard.next()
    wizard.server.host.setFocus()
    QTest.keyClicks(wizard.server.host, "kim@example.com")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert "e-mail" in wizard.server.error.text()
    wizard.server.host.clear()
    QTest.keyClicks(wizard.server.host, "ftp.example.com")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.server.error.text() == ""


# The user name is stripped of surrounding white space anyway; a line break inside it is not.
@pytest.mark.parametrize(("field", "pasted"), [("user", "kim\r\nkim-Secret1"), ("password", "kim-Secret1\r\n")])
def test_a_pasted_line_break_in_a_credential_disables_next_and_says_why(qtbot, make_wizard, field, pasted) -> None:
    wizard = make_wizard("en")
    wizard.next()
    QTest.keyClicks(wizard.server.host, "ftp.example.com")
    line_edit = getattr(wizard.server, field)
    # A whole line copied from a text file (Notepad, an e-mail) brings its line break along.
    QApplication.clipboard().setText(pasted)
    line_edit.setFocus()
    QTest.keySequence(line_edit, QKeySequence.StandardKey.Paste)
    assert "\r\n" in line_edit.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.server.error.isVisibleTo(wizard.server)
    assert f"{'user name' if field == 'user' else 'password'} contains a line break" in wizard.server.error.text()
    assert "kim-Secret1" not in wizard.server.error.text()
    line_edit.clear()
    QTest.keyClicks(line_edit, "kim")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.server.error.text() == ""


def test_pasted_url_fills_the_fields(qtbot, make_wizard) -> None:
    wizard = make_wizard("en")
    wizard.next()
    wizard.server.host.setText("ftp://kim@ftp.example.com:2121")
    assert wizard.server.host.text() == "ftp.example.com"
    assert wizard.server.port.value() == 2121
    assert wizard.server.user.text() == "kim"


def test_settings_remember_the_server_but_never_the_password(qtbot, make_wizard, isolated_settings) -> None:
    secret = "Pw-7c5e0d-비밀"
    wizard = make_wizard("en")
    wizard.next()
    wizard.server.show_input(ServerInput(host="ftp.example.com", port=2121, user="kim", password=secret))
    assert wizard.server.validatePage()
    stored = b"".join(p.read_bytes() for p in Path(isolated_settings).rglob("*") if p.is_file())
    assert b"ftp.example.com" in stored
    assert secret.encode() not in stored and secret.encode("utf-16-le") not in stored
    wizard.runner.cancel()


def test_language_switch_retranslates_live(qtbot, make_wizard) -> None:
    wizard = make_wizard("en")
    assert wizard.welcome.title() == "Why doesn't my FTP file list show up?"
    wizard.welcome.language.setCurrentIndex(0)  # 한국어
    # Qt posts LanguageChange to every window: wait for it to arrive.
    qtbot.waitUntil(lambda: wizard.welcome.title() == "FTP 파일 목록이 왜 안 보일까요?", timeout=2000)
    assert wizard.windowTitle() == "FTP 연결 진단"


def test_later_pages_built_after_showing_still_walk(qtbot) -> None:
    """The program shows the window before building pages 3-6; going Next must build them in time."""
    from ftpwizard.gui.translations import install_translators
    from ftpwizard.gui.wizard.window import FtpWizard
    from ftpwizard.present.wizard.flow import WizardState

    install_translators("en")
    with demo_server("client-firewall") as server:
        wizard = FtpWizard(WizardState(language="en", server=demo_input(server)), defer_pages=True)
        qtbot.addWidget(wizard)
        wizard.show()
        try:
            assert wizard.page(int(Page.TEST)) is None
            wizard.next()
            wizard.server.show_input(demo_input(server))
            wizard.next()
            assert wizard.currentId() == int(Page.TEST)
            qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
            assert wizard.state.result.verdict.code == "active_blocked_client_side"
        finally:
            wizard.shutdown()


@pytest.mark.parametrize("args", [["--demo"], ["--demo", "--scenario", "client-nat", "--lang", "ko"], ["ftp://kim@ftp.example.com:2121"]])
def test_program_starts_and_shows_its_window(args: list[str], tmp_path: Path) -> None:
    """The README's run command path: a real process that shows the window (offscreen) and exits cleanly."""
    import os
    import subprocess
    import sys

    # Its settings and log go to a private home, not the tester's.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FTPWIZARD_EXIT_AFTER_SHOW="1", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-m", "ftpwizard", *args], env=env, capture_output=True, text=True,
                          timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert "shown after" in done.stdout
    assert "Traceback" not in done.stderr


def _walk_to_finish(qtbot, wizard) -> None:
    _run_to_verdict(qtbot, wizard)
    wizard.next()  # verdict -> program
    wizard.next()  # program -> finish
    assert wizard.currentId() == int(Page.FINISH)


def test_report_pictures_are_drawn_once_per_result_and_language(qtbot, make_wizard, monkeypatch) -> None:
    """Copy/Save build the report on the GUI thread: the two handshake PNGs must not be redrawn each click."""
    from ftpwizard.gui import report_actions

    drawn: list[object] = []
    real_handshake_images = report_actions.handshake_images

    def counting_handshake_images(result, *args, **kwargs):  # type: ignore[no-untyped-def]
        drawn.append(result)
        return real_handshake_images(result, *args, **kwargs)

    monkeypatch.setattr(report_actions, "handshake_images", counting_handshake_images)
    with demo_server("healthy") as server:
        wizard = make_wizard("en")
        wizard.next()
        wizard.server.show_input(demo_input(server))
        _walk_to_finish(qtbot, wizard)
        actions = wizard.finish.ensure_actions()
        texts = []
        for _ in range(3):
            with qtbot.waitSignal(actions.reportCopied, timeout=5000) as copied:
                qtbot.mouseClick(actions.copy_button, Qt.MouseButton.LeftButton)
            texts.append(copied.args[0])
        assert len(drawn) == 1, f"pictures drawn {len(drawn)} times for 3 copies"
        assert all(texts)
        report = wizard.finish.report_actions._report()
        assert set(report.images) == {"active", "passive"}
        assert len(drawn) == 1
        # The pictures carry the interface language's captions: a language switch draws them again.
        wizard.set_language("ko")
        report = wizard.finish.report_actions._report()
        assert set(report.images) == {"active", "passive"}
        assert len(drawn) == 2
        # A new result gets its own pictures.
        wizard.test_again()
        qtbot.waitUntil(lambda: wizard.state.result is not None and not wizard.state.probe_running, timeout=20000)
        wizard.finish.report_actions._report()
        assert len(drawn) == 3 and drawn[2] is not drawn[0]


def _back(wizard):  # type: ignore[no-untyped-def]
    return wizard.button(QWizard.WizardButton.BackButton)


def test_back_is_disabled_during_every_run_of_the_test(qtbot, make_wizard) -> None:
    """Leaving the page would cancel the probe: Back stays off on the first run and on "Test again"."""
    silent = _SilentServer()
    try:
        wizard = make_wizard("en")
        wizard.next()
        wizard.server.show_input(ServerInput(host="127.0.0.1", port=silent.port))
        wizard.next()
        qtbot.waitUntil(lambda: wizard.test.control_status.text().startswith("Server greeting"), timeout=5000)
        assert not _back(wizard).isEnabled()
        qtbot.mouseClick(wizard.test.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not wizard.state.probe_running, timeout=5000)
        assert _back(wizard).isEnabled()
        assert wizard.test.cancel_button.text() == "&Test again"
        qtbot.mouseClick(wizard.test.cancel_button, Qt.MouseButton.LeftButton)  # the re-test
        assert wizard.state.probe_running
        qtbot.waitUntil(lambda: wizard.test.control_status.text().startswith("Server greeting"), timeout=5000)
        assert not _back(wizard).isEnabled()
        qtbot.mouseClick(wizard.test.cancel_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not wizard.state.probe_running, timeout=5000)
        assert _back(wizard).isEnabled()
    finally:
        silent.close()


def test_back_is_disabled_while_testing_again_from_the_finish_page(qtbot, make_wizard) -> None:
    with demo_server("healthy") as server:
        wizard = make_wizard("en")
        wizard.next()
        wizard.server.show_input(demo_input(server))
        _walk_to_finish(qtbot, wizard)
        qtbot.mouseClick(wizard.finish.test_again, Qt.MouseButton.LeftButton)
        assert wizard.currentId() == int(Page.TEST) and wizard.state.probe_running
        assert not _back(wizard).isEnabled()
        qtbot.waitUntil(lambda: not wizard.state.probe_running, timeout=20000)
        assert wizard.state.result.verdict.code == "both_ok"
        assert _back(wizard).isEnabled()
