"""Keyboard and screen-reader use of the real wizard (issue 12, point 10): every focusable widget on every
page has an accessible name, the main actions have Alt shortcuts in both languages, the focused button
shows a ring in the theme's highlight colour, and status lines are announced."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QPushButton, QWidget, QWizard

from ftpwizard.core.i18n import LANGUAGES
from ftpwizard.demo.server import demo_server
from ftpwizard.gui.accessibility import FocusRingStyle, set_status
from ftpwizard.present.wizard.flow import Page, ServerInput

WIZARD_BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CancelButton, QWizard.WizardButton.FinishButton)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for the widget (its own name, else its buddy label's or its text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_focusable(wizard: QWizard) -> list[str]:
    found = []
    for widget in wizard.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if widget.focusProxy() is not None:
            continue  # the focus goes to its proxy, which is checked itself
        if not accessible_name(widget):
            found.append(f"{type(widget).__name__} '{widget.objectName()}' in {type(widget.parentWidget()).__name__}")
    return found


def mnemonics(wizard: QWizard) -> list[str]:
    """The Alt letters of every visible button and label on the current page and in the button row."""
    texts = [w.text() for w in wizard.currentPage().findChildren(QAbstractButton) if w.isVisible()]
    texts += [w.text() for w in wizard.currentPage().findChildren(QLabel) if w.isVisible() and w.buddy()]
    texts += [wizard.button(b).text() for b in WIZARD_BUTTONS if wizard.button(b).isVisible()]
    return [m.group(1).lower() for t in texts for m in [re.search(r"&([^&\s])", t)] if m]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_names_its_focusable_widgets_and_has_unique_alt_keys(qtbot, make_wizard, lang: str) -> None:
    with demo_server("client-nat") as server:
        wizard = make_wizard(lang)
        seen = []
        while True:
            page = Page(wizard.currentId())
            seen.append(page)
            if page is Page.SERVER:
                wizard.server.show_input(ServerInput(host=server.host, port=server.port, user=server.user,
                                                     password=server.password))
            if page is Page.TEST:
                qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
            if page is Page.FINISH:
                wizard.finish.ensure_actions()
            qtbot.waitUntil(wizard.currentPage().isVisible, timeout=2000)
            assert unnamed_focusable(wizard) == [], f"{page.name} page ({lang})"
            letters = mnemonics(wizard)
            assert len(letters) == len(set(letters)), f"{page.name} page ({lang}): Alt keys {letters}"
            if page is Page.FINISH:
                break
            wizard.next()
        assert seen == list(Page)


@pytest.mark.parametrize(("lang", "expected"), [
    ("ko", ["대신 바꿔 주기(&C)", "되돌리기(&U)", "다시 찾기(&S)", "보고서 복사(&C)", "보고서 저장(&S)...", "로그 폴더 열기(&O)"]),
    ("en", ["&Change it for me", "&Undo", "&Search again", "&Copy report", "&Save report...", "&Open log folder"]),
])
def test_main_actions_have_alt_shortcuts(qtbot, make_wizard, lang: str, expected: list[str]) -> None:
    wizard = make_wizard(lang)
    wizard.ensure_all_pages()
    panel = wizard.program.ensure_panel()
    actions = wizard.finish.ensure_actions()
    shown = [panel.apply_button.text(), panel.undo_button.text(), panel.rescan_button.text(),
             actions.copy_button.text(), actions.save_button.text(), actions.log_button.text()]
    assert shown == expected
    panel.set_context("passive", None)
    assert panel.heading.buddy() is panel.list
    assert accessible_name(panel.list) == ("내 PC에서 찾은 FTP 프로그램" if lang == "ko" else "FTP programs on this computer")
    assert accessible_name(panel.picture_scroll)


def ring_pixels(button: QPushButton) -> int:
    """How many pixels of the theme's highlight colour are on the button's outer edge band."""
    image: QImage = button.grab().toImage()
    highlight = button.palette().color(QPalette.ColorRole.Highlight)
    count = 0
    for x in range(image.width()):
        for y in range(image.height()):
            if min(x, y, image.width() - 1 - x, image.height() - 1 - y) <= 3:
                c = QColor(image.pixel(x, y))
                if abs(c.red() - highlight.red()) + abs(c.green() - highlight.green()) + abs(c.blue() - highlight.blue()) < 60:
                    count += 1
    return count


@pytest.fixture(params=["fusion", "windows"])
def base_style(request, qapp):
    """The ring over Linux's Fusion and over the classic Windows style (whose own focus mark is dotted)."""
    before = qapp.style().baseStyle().name() if isinstance(qapp.style(), FocusRingStyle) else qapp.style().name()
    yield request.param
    qapp.setStyle(FocusRingStyle(before))


def test_the_focused_button_shows_a_ring_in_the_highlight_colour(qtbot, qapp, make_wizard, base_style) -> None:
    wizard = make_wizard("en")
    assert isinstance(wizard.style(), FocusRingStyle)
    qapp.setStyle(FocusRingStyle(base_style))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    cancel.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(cancel.hasFocus, timeout=1000)
    unfocused = ring_pixels(next_button)
    next_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(next_button.hasFocus, timeout=1000)
    focused = ring_pixels(next_button)
    perimeter = 2 * (next_button.width() + next_button.height())
    assert focused >= perimeter * 0.8 > unfocused, (focused, unfocused, perimeter)


def test_status_lines_are_announced(qtbot, make_wizard) -> None:
    with demo_server("healthy") as server:
        wizard = make_wizard("en")
        wizard.next()
        wizard.server.show_input(ServerInput(host=server.host, port=server.port, user=server.user,
                                             password=server.password))
        wizard.next()
        qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
        status = wizard.test.control_status
        assert status.text().startswith("Done.")
        assert status.accessibleDescription() == status.text()
        interface = QAccessible.queryAccessibleInterface(status)
        assert interface.text(QAccessible.Text.Description) == status.text()
        for lane in wizard.test.lanes.values():
            assert lane.status.text() and lane.status.accessibleDescription() == lane.status.text()


def test_a_countdown_is_not_announced_every_second(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    assert set_status(label, "Step 3: waiting for the server to connect (2 s)")
    assert not set_status(label, "Step 3: waiting for the server to connect (3 s)")
    assert label.accessibleDescription() == "Step 3: waiting for the server to connect (3 s)"
    assert set_status(label, "Step 3 failed: the server could not connect")
    assert not set_status(label, "Step 3 failed: the server could not connect")
    assert set_status(label, "Step 3 failed: the server could not connect", again=True)
