"""The wizard's sizes (issue 12): the handshake pictures stay readable at the default window size and at
the smallest one the window allows; the window fits the screen it opens on."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWizard

from ftpwizard.core.i18n import LANGUAGES
from ftpwizard.demo.server import demo_server
from ftpwizard.gui.handshake_view import HandshakeView
from ftpwizard.gui.wizard.window import MINIMUM_SIZE, PREFERRED_SIZE
from ftpwizard.present.wizard.flow import Page, ServerInput
from ftpwizard.present.wizard.handshake_layout import MIN_TEXT_PX


def smallest_text(views: list[HandshakeView]) -> float:
    shown = [view for view in views if view.isVisible()]
    assert len(shown) == 2
    return min(min(view.text_sizes()) for view in shown)


@pytest.mark.parametrize("size", [PREFERRED_SIZE, MINIMUM_SIZE], ids=["default", "smallest"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_handshake_labels_are_at_least_11_pixels_tall(qtbot, make_wizard, size: QSize, lang: str) -> None:
    with demo_server("client-nat") as server:
        wizard = make_wizard(lang)
        wizard.resize(size)
        assert wizard.size() == size  # the window allows this size
        wizard.next()
        wizard.server.show_input(ServerInput(host=server.host, port=server.port, user=server.user,
                                             password=server.password))
        wizard.next()
        qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
        lanes = [lane.view for lane in wizard.test.lanes.values()]
        qtbot.waitUntil(lambda: not any(view.is_animating() for view in lanes), timeout=5000)
        on_test_page = smallest_text(lanes)
        assert on_test_page >= MIN_TEXT_PX, f"test page at {size.width()}x{size.height()}: {on_test_page:.1f} px"
        wizard.next()
        assert wizard.currentId() == int(Page.VERDICT)
        on_verdict_page = smallest_text(list(wizard.verdict.views.values()))
        assert on_verdict_page >= MIN_TEXT_PX, f"verdict at {size.width()}x{size.height()}: {on_verdict_page:.1f} px"
        assert wizard.button(QWizard.WizardButton.NextButton).isVisible()


def test_the_window_opens_inside_the_screens_available_area(make_wizard) -> None:
    wizard = make_wizard("en")
    area = wizard.screen().availableGeometry()  # offscreen: 800x600, smaller than the preferred size
    assert wizard.width() <= area.width() and wizard.height() <= area.height()
    assert wizard.minimumWidth() <= 880 and wizard.minimumHeight() <= 560
