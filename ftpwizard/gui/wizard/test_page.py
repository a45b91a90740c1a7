"""Page 3: both probes at once, each lane animating the real handshake as the engine reports it."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ftpwizard.core.diagnosis.messages import render
from ftpwizard.core.probe.model import (
    MODES,
    Event,
    Mode,
    ModeFinished,
    Note,
    ProbeFinished,
    ProbeResult,
    StepFinished,
    StepStarted,
    TranscriptEvent,
)
from ftpwizard.core.probe.target import TargetError
from ftpwizard.core.vocabulary import STEP_NAMES, fill
from ftpwizard.gui.accessibility import set_status
from ftpwizard.gui.details_panel import DetailsPanel
from ftpwizard.gui.handshake_view import HandshakePair, HandshakeView
from ftpwizard.gui.texts import target_error_text
from ftpwizard.gui.wizard.base import FlowPage
from ftpwizard.gui.wizard.verdict import qt_translate
from ftpwizard.gui.worker import ProbeRunner
from ftpwizard.present.report.logging_setup import register_secret
from ftpwizard.present.wizard.flow import Buttons, Page, PageAction, WizardState

log = logging.getLogger(__name__)

DETAILS_LINES = 10


class Lane(QWidget):
    """One mode: its handshake picture (which carries the mode's title) and a status line under it."""

    def __init__(self, mode: Mode, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode: Mode = mode
        self.view = HandshakeView(mode)
        self.view.setObjectName(f"{mode}View")
        self.status = QLabel()
        self.status.setObjectName(f"{mode}Status")
        self.status.setWordWrap(True)
        self.view.statusChanged.connect(lambda text: set_status(self.status, text))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        # From here on the view says when its status changes, a language switch included.
        set_status(self.status, self.view.status_text())


class TestPage(FlowPage):
    PAGE = Page.TEST

    probeFinished = Signal(object)  # ProbeResult

    def __init__(self, state: WizardState, runner: ProbeRunner) -> None:
        super().__init__(state)
        self.runner = runner
        self.control_status = QLabel()
        self.control_status.setObjectName("controlStatus")
        self.control_status.setWordWrap(True)
        self.lanes: dict[str, Lane] = {mode: Lane(mode) for mode in MODES}
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelProbe")
        self.cancel_button.clicked.connect(self._button_pressed)
        self._button_action = PageAction.TEST_AGAIN  # what the button does: the flow says (show_actions)
        self.animate = QCheckBox()
        self.animate.setChecked(True)
        self.animate.toggled.connect(self._set_animated)
        self.details_button = QPushButton()
        self.details_button.setCheckable(True)
        # When the server cannot be reached there are no pictures: this says what happened in their place.
        self.failure = QLabel()
        self.failure.setObjectName("connectionFailure")
        self.failure.setWordWrap(True)
        self.failure.setTextFormat(Qt.TextFormat.PlainText)
        self.failure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.failure.setFrameShape(QFrame.Shape.StyledPanel)
        self.failure.setMargin(16)
        self.failure.setVisible(False)
        self.details = DetailsPanel()
        # A transcript needs room to be read: at least DETAILS_LINES lines (it opened four lines tall).
        self.details.view.setMinimumHeight(self.details.view.fontMetrics().lineSpacing() * DETAILS_LINES
                                           + 2 * self.details.view.frameWidth() + 8)
        self.details.setVisible(False)
        self.details_button.toggled.connect(self._show_details)
        self.details_shortcut = QShortcut(QKeySequence("Ctrl+D"), self)
        self.details_shortcut.activated.connect(self.details_button.toggle)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.animate)
        buttons.addWidget(self.details_button)
        # Side by side only where both pictures stay readable, else one above the other; they scroll
        # (a 1366x768 laptop at 125-150 %), the buttons below them stay in view.
        self.pictures = HandshakePair(self.lanes["active"], self.lanes["passive"])
        lanes = QWidget()
        lanes_layout = QVBoxLayout(lanes)
        lanes_layout.setContentsMargins(0, 0, 0, 0)
        lanes_layout.addWidget(self.pictures)
        lanes_layout.addStretch(1)
        self.lanes_scroll = QScrollArea()
        self.lanes_scroll.setObjectName("lanesScroll")
        self.lanes_scroll.setWidget(lanes)
        self.lanes_scroll.setWidgetResizable(True)
        self.lanes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.lanes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Room under each picture for its status line (two lines when it wraps).
        status_lines = 2 * self.fontMetrics().lineSpacing() + 4
        self.pictures.follow_viewport(self.lanes_scroll.viewport(), reserved=status_lines)
        layout = QVBoxLayout(self)
        layout.addWidget(self.control_status)
        # The pictures scroll and take the spare room; where the server was not reached the failure takes
        # their place (see _show_failure); the details panel, when open, shares the room below the buttons.
        layout.addWidget(self.lanes_scroll, 2)
        layout.addWidget(self.failure)
        layout.addLayout(buttons)
        layout.addWidget(self.details, 1)
        self._layout = layout
        runner.probe_event.connect(self._on_event)
        runner.finished.connect(self._on_finished)
        self.retranslate()

    # ------------------------------------------------------------ running

    def initializePage(self) -> None:
        self.start()

    def cleanupPage(self) -> None:
        self.runner.cancel()

    def start(self) -> None:
        if self.runner.running:
            return
        try:
            target = self.state.start_probe()
        except TargetError as exc:
            self._set_control_text(target_error_text(exc))
            return
        register_secret(target.password)  # masked in the log and the details panel from now on
        log.info("probe of %s:%s started (tls %s, user %s)", target.host, target.port, target.tls, target.login_user)
        for lane in self.lanes.values():
            lane.view.reset()
            lane.view.set_control_port(target.port)
            lane.setVisible(True)
        self._show_failure(None)
        self.details.clear()
        from ftpwizard.core.probe.engine import ProbeOptions  # the engine loads with the first probe

        options = ProbeOptions(accept_certificate=self.state.accepted_certificate)
        host = target.display_host or target.host
        self._set_control_text(fill(self.tr("Connecting to {host} ..."), host=host))
        self.runner.start_probe(target, options)
        self.completeChanged.emit()
        self.update_buttons()

    def _button_pressed(self) -> None:
        self.request(self._button_action)

    def cancel(self) -> None:
        """Stop the running test (the flow's cancel route): the cancelled result follows within 50 ms."""
        self.runner.cancel()
        self._set_control_text(self.tr("Stopping ..."))

    def _on_event(self, event: Event) -> None:
        if isinstance(event, StepStarted | StepFinished):
            self.details.add_step(event)
            if event.phase == "control":
                self._control_event(event)
            else:
                self.lanes[event.phase].view.apply_event(event)
        elif isinstance(event, TranscriptEvent):
            self.details.add_transcript_line(event.entry)
        elif isinstance(event, ModeFinished):
            self.details.add_mode(event.result)  # what the listing showed (names' character set, format)
        elif isinstance(event, Note) and event.key == "sequential":
            self._set_control_text(
                self.tr("The server allows only one connection at a time: testing the modes one after the other.")
            )
        elif isinstance(event, ProbeFinished):
            pass  # the result arrives with runner.finished

    def _control_event(self, event: StepStarted | StepFinished) -> None:
        step = str(event.step)
        if isinstance(event, StepStarted):
            name = STEP_NAMES.get(step)  # the same step name as the details panel, the report and the CLI
            self._set_control_text(QCoreApplication.translate(name.context, name) + " ..." if name else "")
        elif event.ok and step == "login":
            self._set_control_text(self.tr("Logged in. Now testing both ways of getting the file list ..."))
        elif not event.ok:
            self._set_control_text(self.tr("The connection to the server failed. See the result on the next page."))

    def _on_finished(self, result: object) -> None:
        if not isinstance(result, ProbeResult):
            # The engine never raises; if it ever did, say so instead of freezing the page.
            self.state.probe_stopped()
            self._set_control_text(self.tr("The test stopped because of an internal error."))
            self.completeChanged.emit()
            self.update_buttons()
            return
        self.state.probe_finished(result)
        for mode, lane in self.lanes.items():
            mode_result = result.modes.get(mode)
            if mode_result is not None:
                lane.view.show_result(mode_result)
            lane.setVisible(result.control.ok or result.cancelled)
        self._show_failure(result)
        if result.cancelled:
            self._set_control_text(self.tr("Test cancelled."))
        elif result.control.ok:
            self._set_control_text(self.tr("Done. Press Next to see what it means."))
        else:
            self._set_control_text(self.tr("Could not connect to the server. Press Next to see why."))
        self.completeChanged.emit()
        self.update_buttons()
        self.probeFinished.emit(result)
        if not result.cancelled and self.wizard() is not None:
            next_button = self.wizard().button(self.wizard().WizardButton.NextButton)
            next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        # Open, the transcript gets most of the room: the pictures scroll, a transcript needs lines to be read.
        self._layout.setStretchFactor(self.lanes_scroll, 1 if shown else 2)
        self._layout.setStretchFactor(self.details, 2 if shown else 1)

    def _show_failure(self, result: ProbeResult | None) -> None:
        """In place of the pictures when the server was not reached: the verdict's headline and why."""
        failed = result is not None and not result.control.ok and not result.cancelled and result.verdict is not None
        if failed and result is not None and result.verdict is not None:
            words = render(result.verdict, qt_translate)
            self.failure.setText(f"{words.headline}\n\n{words.why}")
        self.failure.setVisible(failed)
        self.lanes_scroll.setVisible(not failed)

    def _set_animated(self, on: bool) -> None:
        for lane in self.lanes.values():
            lane.view.set_animations_enabled(on)

    def _set_control_text(self, text: str) -> None:
        set_status(self.control_status, text)

    def update_buttons(self) -> None:
        """The title and buttons for the probe's state. Call after completeChanged.emit() and after the
        wizard has switched to this page: QWizard re-enables Back at both."""
        titles = {
            "running": self.tr("Testing both modes"),
            "finished": self.tr("Test finished"),
            "cancelled": self.tr("Test cancelled"),
            "no_connection": self.tr("Could not connect to the server"),
            "stopped": self.tr("The test stopped"),
        }
        self.setTitle(titles[self.state.test_outcome])
        self.apply_buttons()

    def show_actions(self, buttons: Buttons) -> None:
        """One button: "Cancel test" while the test runs (off while it stops), "Test again" after."""
        self._button_action = PageAction.CANCEL_TEST if PageAction.CANCEL_TEST in buttons.shown else PageAction.TEST_AGAIN
        self.cancel_button.setEnabled(self._button_action in buttons.enabled)
        self.cancel_button.setText(self.tr("&Cancel test") if self._button_action is PageAction.CANCEL_TEST
                                   else self.tr("&Test again"))

    def stop_animations(self) -> None:
        for lane in self.lanes.values():
            lane.view.stop()

    def retranslate(self) -> None:
        self.setSubTitle(self.tr("Active mode: the server connects to your PC. Passive mode: your PC connects to the server."))
        self.animate.setText(self.tr("&Animate"))
        self.details_button.setText(self.tr("&Details (Ctrl+D)"))
        self.details_button.setAccessibleName(self.tr("Show the technical details"))
        self.cancel_button.setAccessibleName(self.tr("Cancel or repeat the test"))
        self.animate.setAccessibleName(self.tr("Animate the pictures"))
        self.lanes_scroll.setAccessibleName(self.tr("Pictures of both modes"))
        self.update_buttons()
