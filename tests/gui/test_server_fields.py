"""The Server page's address and port fields, typed into as the user does (issue 12, points 3 and 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from ftpwizard.present.wizard.flow import Page


def _server_page(make_wizard, lang: str = "en"):  # type: ignore[no-untyped-def]
    wizard = make_wizard(lang)
    wizard.next()
    assert wizard.currentId() == int(Page.SERVER)
    return wizard, wizard.server


def _type(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    qtbot.waitUntil(field.hasFocus, timeout=1000)
    field.selectAll()
    QTest.keyClicks(field, text)


def _next_enabled(wizard) -> bool:  # type: ignore[no-untyped-def]
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_typed_host_and_port_are_split_when_leaving_the_field(qtbot, make_wizard) -> None:
    wizard, page = _server_page(make_wizard)
    _type(qtbot, page.host, "127.0.0.1:2401")
    QTest.keyClick(page.host, Qt.Key.Key_Tab)
    assert (page.host.text(), page.port.text()) == ("127.0.0.1", "2401")
    assert wizard.state.server.target().port == 2401
    assert _next_enabled(wizard)


def test_pasted_ipv6_with_port_is_split_and_a_bare_ipv6_is_left_alone(qtbot, make_wizard) -> None:
    wizard, page = _server_page(make_wizard)
    page.host.setText("[2001:db8::1]:2121")  # a paste arrives in one piece
    assert (page.host.text(), page.port.text()) == ("[2001:db8::1]", "2121")
    page.host.clear()
    page.port.setText("21")
    page.host.setText("2001:db8::1")
    QTest.keyClick(page.host, Qt.Key.Key_Tab)
    assert (page.host.text(), page.port.text()) == ("2001:db8::1", "21")
    assert _next_enabled(wizard)


def test_a_port_conflict_is_shown_and_nothing_is_guessed(qtbot, make_wizard) -> None:
    wizard, page = _server_page(make_wizard)
    _type(qtbot, page.port, "2121")
    _type(qtbot, page.host, "ftp.example.com:2401")
    QTest.keyClick(page.host, Qt.Key.Key_Tab)
    assert (page.host.text(), page.port.text()) == ("ftp.example.com:2401", "2121")
    assert page.port_error.isVisibleTo(wizard)
    assert "2401" in page.port_error.text() and "2121" in page.port_error.text()
    assert not _next_enabled(wizard)
    _type(qtbot, page.port, "2401")  # the user settles it
    assert not page.port_error.isVisibleTo(wizard)
    assert _next_enabled(wizard)


def test_a_bad_port_keeps_what_was_typed_and_says_why(qtbot, make_wizard) -> None:
    wizard, page = _server_page(make_wizard, "ko")
    _type(qtbot, page.host, "ftp.example.com")
    for typed in ("70000", "0"):
        _type(qtbot, page.port, typed)
        QTest.keyClick(page.port, Qt.Key.Key_Tab)  # leaving the field changes nothing either
        assert page.port.text() == typed
        assert page.port_error.isVisibleTo(wizard)
        assert "65535" in page.port_error.text() and "포트" in page.port_error.text()
        assert not _next_enabled(wizard)
    _type(qtbot, page.port, "2121")
    assert not page.port_error.isVisibleTo(wizard)
    assert _next_enabled(wizard)
    assert wizard.state.server.target().port == 2121
