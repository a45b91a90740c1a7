"""Page 4: the verdict in one big sentence, why, what to do, and the two pictures to replay."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ClientStatus
from ftpwizard.core.diagnosis.messages import VerdictText, render
from ftpwizard.core.probe.cancel import CancelToken
from ftpwizard.core.probe.model import MODES, ProbeResult
from ftpwizard.core.vocabulary import fill
from ftpwizard.gui.accessibility import announce
from ftpwizard.gui.handshake_view import HandshakePair, HandshakeView
from ftpwizard.gui.wizard.base import FlowPage
from ftpwizard.gui.wizard.program_lines import ProgramLines
from ftpwizard.gui.worker import BackgroundCall
from ftpwizard.present.wizard.flow import Buttons, Page, PageAction, WizardState

if TYPE_CHECKING:
    from ftpwizard.clients.program_reports import ProgramReport

SLOW_REPLAY_S = 1.0  # seconds per step: a human pace


def qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def detect_and_judge(result: ProbeResult, env: Environment | None, _emit: object = None,
                     _cancel: CancelToken | None = None) -> tuple[list[ClientStatus], list[ProgramReport]]:
    """The FTP programs on this PC and whether each will work with ``result``'s server (reads their
    settings files and the registry: run off the GUI thread)."""
    from ftpwizard.clients import detect_clients
    from ftpwizard.clients.program_reports import program_reports

    env = env or Environment.real()
    host = result.target.host
    statuses = detect_clients(env, host=host)
    return statuses, program_reports(result, statuses, env, host, everyone=False)


class VerdictPage(FlowPage):
    PAGE = Page.VERDICT

    def __init__(self, state: WizardState) -> None:
        super().__init__(state)
        self.words: VerdictText | None = None
        self._detected: list[ClientStatus] = []
        self._detected_for: ProbeResult | None = None
        self.clients_env: Environment | None = None  # where to look for FTP programs (tests: a fake machine)
        self._detected_env: Environment | None = None
        # Detection and the outcomes read files: on a worker, the answer by signal.
        self.judging = BackgroundCall(self)
        self.judging.finished.connect(self._judged)
        self._judging: tuple[ProbeResult, Environment | None] | None = None
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setWordWrap(True)
        font = QFont(self.headline.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.headline.setFont(font)
        # The verdict itself takes the focus when the page opens, so a screen reader reads it first
        # (the unnamed scroll area around it took the focus before).
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.headline.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.why_title, self.why = QLabel(), QLabel()
        self.todo_title, self.todo = QLabel(), QLabel()
        self.notes = QLabel()
        self.programs = ProgramLines(state)
        for title in (self.why_title, self.todo_title):
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
        for label in (self.why, self.todo, self.notes):
            label.setWordWrap(True)
        self.why.setObjectName("why")
        self.todo.setObjectName("advice")
        self.views = {mode: HandshakeView(mode) for mode in MODES}
        self.replay_button = QPushButton()
        self.replay_button.setObjectName("replay")
        self.replay_button.clicked.connect(self.replay)
        self.change_server = QPushButton()
        self.change_server.setObjectName("changeServer")
        self.change_server.clicked.connect(lambda: self.request(PageAction.CHANGE_SERVER))
        self.trust_button = QPushButton()
        self.trust_button.setObjectName("trustCertificate")
        self.trust_button.clicked.connect(lambda: self.request(PageAction.TRUST_CERTIFICATE))

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.headline)
        body_layout.addSpacing(6)
        body_layout.addWidget(self.why_title)
        body_layout.addWidget(self.why)
        body_layout.addWidget(self.todo_title)
        body_layout.addWidget(self.todo)
        body_layout.addWidget(self.notes)
        body_layout.addWidget(self.programs)
        # Each picture carries its mode's title; side by side only where both stay readable.
        self.pictures = HandshakePair(self.views["active"], self.views["passive"])
        body_layout.addSpacing(6)
        body_layout.addWidget(self.pictures)
        body_layout.addStretch(1)
        self.body_scroll = scroll = QScrollArea()
        scroll.setObjectName("verdictScroll")
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pictures.follow_viewport(scroll.viewport(), reserved=12)
        buttons = QHBoxLayout()
        buttons.addWidget(self.replay_button)
        buttons.addWidget(self.change_server)
        buttons.addWidget(self.trust_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def initializePage(self) -> None:
        self.show_result(self.state.result)

    def show_result(self, result: ProbeResult | None) -> None:
        if result is None or result.verdict is None:
            self.words = None
            self._refresh_texts()
            return
        control_ok = result.control.ok
        self.pictures.setVisible(control_ok)
        for mode, view in self.views.items():
            mode_result = result.modes.get(mode)
            view.setVisible(mode_result is not None)
            view.set_control_port(result.target.port)
            view.show_result(mode_result)
        self.show_actions(self.state.buttons(self.PAGE))
        self._judge(result)
        self._refresh_texts()

    def _judge(self, result: ProbeResult) -> None:
        """Find the customer's programs and their outcomes for ``result`` once, off the GUI thread."""
        if self._detected_for is result and self._detected_env is self.clients_env:
            return
        if self.judging.running:
            return  # _judged() starts again for the result shown by then
        self._judging = (result, self.clients_env)
        env = self.clients_env
        self.judging.start(lambda emit, cancel: detect_and_judge(result, env, emit, cancel))

    def _judged(self, answer: object) -> None:
        judged, self._judging = self._judging, None
        result = self.state.result
        if judged is None or result is None:
            return
        if isinstance(answer, BaseException):  # a page without the programs' lines beats no page
            import logging

            logging.getLogger(__name__).error("detecting and judging the FTP programs failed", exc_info=answer)
            answer = ([], [])
        statuses: list[ClientStatus]
        reports: list[ProgramReport]
        statuses, reports = answer  # type: ignore[misc]
        self._detected, (self._detected_for, self._detected_env) = statuses, judged
        self.state.programs_judged(judged[0], reports)
        if judged[0] is not result or judged[1] is not self.clients_env:
            self._judge(result)  # the result (or the machine) changed meanwhile
            return
        self._refresh_texts()
        announce(self.programs, self.programs.spoken())  # they come after the verdict: say them

    def _refresh_texts(self) -> None:
        result = self.state.result
        if result is None or result.verdict is None:
            self.headline.setText("")
            self.why.setText("")
            self.todo.setText("")
            self.notes.setText("")
            self.programs.show_reports(())
            return
        self.words = render(result.verdict, qt_translate)
        self.headline.setText(self.words.headline)
        self.why.setText(self.words.why)
        advice = self.words.advice
        if result.verdict.recommended_mode is not None:
            # Only the wizard has a next page: the shared verdict texts (CLI, reports) never mention it.
            advice += " " + self.tr("The next page shows where this setting is in your FTP program.")
            labels = self._program_labels(result)
            if labels:
                advice += "\n" + fill(self.tr("In the FTP programs on this PC: {programs}."), programs=labels)
        self.todo.setText(advice)
        self.notes.setText("\n".join(f"• {note}" for note in self.words.notes))
        self.notes.setVisible(bool(self.words.notes))
        self.programs.show_reports(self.state.judged_programs)
        spoken = " ".join(part for part in (self.words.why, self.words.advice, self.programs.spoken()) if part)
        self.setAccessibleDescription(f"{self.words.headline} {spoken}")
        self.headline.setAccessibleDescription(spoken)

    def _program_labels(self, result: ProbeResult) -> str:
        """Each detected program's own words for the mode to choose ("FileZilla [수동형]"): the customer
        looks for those, not for our term. The programs come from the worker (``_judged``); none until then."""
        from ftpwizard.clients.guides import GuideError, display_name, load_guide, program_label
        from ftpwizard.gui.translations import current_language

        if self._detected_for is not result or self._detected_env is not self.clients_env:
            return ""
        lang = current_language()
        parts = []
        for client in self._detected:
            mode = self.state.mode_for_program(client.id)
            try:
                label = program_label(load_guide(client.id), mode or "", lang,
                                      lambda source: QCoreApplication.translate("ClientsGuide", source))
            except GuideError:
                continue
            if label:
                parts.append(f"{display_name(client.id, client.name, lang)} {label}")
        return ", ".join(parts)

    def replay(self) -> None:
        result = self.state.result
        if result is None:
            return
        for mode, view in self.views.items():
            mode_result = result.modes.get(mode)
            if mode_result is not None:
                view.replay(mode_result, SLOW_REPLAY_S)

    def stop_animations(self) -> None:
        for view in self.views.values():
            view.stop()

    def show_actions(self, buttons: Buttons) -> None:
        """Replay where the server was reached, else the way back to the server page; trust an untrusted
        certificate: the flow decides which."""
        for action, button in ((PageAction.REPLAY, self.replay_button), (PageAction.CHANGE_SERVER, self.change_server),
                               (PageAction.TRUST_CERTIFICATE, self.trust_button)):
            button.setVisible(action in buttons.shown)
            button.setEnabled(action in buttons.enabled)

    def cleanupPage(self) -> None:
        self.stop_animations()

    def shutdown(self) -> None:
        """Nothing may outlive the window: the pictures' timers and the programs' worker."""
        self.stop_animations()
        self.judging.shutdown()

    def first_focus(self) -> QWidget | None:
        return self.headline



    def retranslate(self) -> None:
        self.setTitle(self.tr("The result"))
        self.setSubTitle(self.tr("What the test found, and what to do about it."))
        self.headline.setAccessibleName(self.tr("Result"))
        self.why_title.setText(self.tr("Why"))
        self.todo_title.setText(self.tr("What to do"))
        self.body_scroll.setAccessibleName(self.tr("The result and the pictures of both modes"))
        self.replay_button.setText(self.tr("&Show me again"))
        self.replay_button.setAccessibleName(self.tr("Replay both pictures slowly"))
        self.change_server.setText(self.tr("&Change the server details"))
        self.trust_button.setText(self.tr("&Trust this certificate and test again"))
        self._refresh_texts()
