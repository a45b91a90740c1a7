"""Run by test_screen_fit.py on a real X server: start the program through its real entry point
(``ftpwizard.commands.main.main`` with the arguments given), walk every page of the wizard the way a user presses
Next, and write what each page looks like on this screen to a JSON file (and the whole screen to PNGs).

    python walk_child.py OUT_DIR [--shots page,page] [--scenario S] [--minimum] -- ftpwizard arguments...

--minimum: the user first makes the window as small as it goes.

A Server page left empty by the start path is filled with the details of a demo server this walk starts
(scenario S, default client-nat), as a user would type them.
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QRect, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QWidget,
    QWizard,
)

from ftpwizard.gui.handshake_view import HandshakeView

PAGE_NAMES = {0: "welcome", 1: "server", 2: "test", 3: "verdict", 4: "program", 5: "finish"}
WAIT_MS = 30000


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def inside_scroll_area(widget: QWidget, page: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped_widgets(page: QWidget) -> list[str]:
    """Visible widgets outside any scroll area that do not get the room they need."""
    found = []
    page_rect = page.rect()
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or inside_scroll_area(widget, page):
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and widget.text():
            text = widget.text()[:40]
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if needed > widget.height() + 1:
                    found.append(f"label {name} {text!r}: {widget.height()} px high, needs {needed}")
            elif widget.sizeHint().width() > widget.width() + 1:
                found.append(f"label {name} {text!r}: {widget.width()} px wide, needs {widget.sizeHint().width()}")
        elif isinstance(widget, QAbstractButton) and widget.text():
            if widget.minimumSizeHint().width() > widget.width() + 1:
                found.append(f"button {name} {widget.text()!r}: {widget.width()} px wide, "
                             f"needs {widget.minimumSizeHint().width()}")
        elif not isinstance(widget, QLabel) and not widget.objectName().startswith("qt_"):  # Qt's own parts
            hint = widget.minimumSizeHint()
            if hint.isValid() and (widget.width() < hint.width() - 1 or widget.height() < hint.height() - 1):
                found.append(f"{type(widget).__name__} {name}: {widget.width()}x{widget.height()}, "
                             f"needs {hint.width()}x{hint.height()}")
        top_left = widget.mapTo(page, widget.rect().topLeft())
        if not page_rect.contains(QRect(top_left, widget.size())):
            found.append(f"{name} at {rect(QRect(top_left, widget.size()))} leaves the page {rect(page_rect)}")
    return found


def measure(wizard: QWizard) -> dict[str, Any]:
    screen = wizard.screen()
    available = screen.availableGeometry()
    page = wizard.currentPage()
    buttons = {}
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.CancelButton, QWizard.WizardButton.FinishButton):
        button = wizard.button(which)
        if button.isVisible():
            buttons[button.text()] = rect(QRect(button.mapToGlobal(button.rect().topLeft()), button.size()))
    return {
        "page": PAGE_NAMES.get(wizard.currentId(), str(wizard.currentId())),
        "screen": rect(screen.geometry()),
        "available": rect(available),
        "frame": rect(wizard.frameGeometry()),
        "window": rect(wizard.geometry()),
        "minimum": [wizard.minimumWidth(), wizard.minimumHeight()],
        "page_size": [page.width(), page.height()],
        "page_minimum": [page.minimumSizeHint().width(), page.minimumSizeHint().height()],
        "buttons": buttons,
        "clipped": clipped_widgets(page),
        "dpr": screen.devicePixelRatio(),
        "handshake_text_px": {
            view.mode(): round(min(view.text_sizes()), 2)
            for view in page.findChildren(HandshakeView)
            if view.isVisible()
        },
        "handshake_width": {view.mode(): view.width() for view in page.findChildren(HandshakeView) if view.isVisible()},
    }


class Walker:
    def __init__(self, app: QApplication, out: Path, shots: set[str], scenario: str, minimum: bool) -> None:
        self.minimum = minimum
        self.app = app
        self.out = out
        self.shots = shots
        self.pages: list[dict[str, Any]] = []
        self.clock = QElapsedTimer()
        self.clock.start()
        self.wizard: QWizard | None = None
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self.step)
        self.seen: set[int] = set()
        self.settled_at = -1
        from ftpwizard.demo.server import start_demo_server

        self.demo = start_demo_server(scenario)

    def fail(self, message: str) -> None:
        self.timer.stop()
        (self.out / "error.txt").write_text(message, encoding="utf-8")
        if self.wizard is not None:
            self.wizard.close()
        self.app.quit()

    def step(self) -> None:
        try:
            self._step()
        except Exception:
            self.fail(traceback.format_exc())

    def _step(self) -> None:
        if self.clock.elapsed() > 4 * WAIT_MS:
            self.fail(f"the walk took too long; pages so far: {[p['page'] for p in self.pages]}")
            return
        if self.wizard is None:
            found = [w for w in self.app.topLevelWidgets() if isinstance(w, QWizard) and w.isVisible()]
            if not found:
                return
            self.wizard = found[0]
        wizard = self.wizard
        # The window manager frames the window after it is shown; measure only then.
        if wizard.frameGeometry() == wizard.geometry():
            return
        if self.minimum:
            self.minimum = False
            wizard.resize(wizard.minimumSize())
            return
        page_id = wizard.currentId()
        if page_id not in self.seen:
            if page_id == 2 and getattr(wizard.state, "result", None) is None:
                return  # the test runs: measure the finished page
            self.app.processEvents()
            if self.settled_at < 0:
                self.settled_at = self.clock.elapsed()  # let the page lay itself out for one more turn
                return
            self.settled_at = -1
            self.seen.add(page_id)
            record = measure(wizard)
            self.pages.append(record)
            if record["page"] in self.shots:
                shot = self.out / f"{record['page']}.png"
                wizard.screen().grabWindow(0).save(str(shot))
            if page_id == 5:
                (self.out / "pages.json").write_text(json.dumps(self.pages, indent=1), encoding="utf-8")
                self.timer.stop()
                wizard.close()
                return
            if page_id == 1 and not wizard.button(QWizard.WizardButton.NextButton).isEnabled():
                # A plain start on a fresh PC: the user types the server's details (here: this walk's own
                # demo server) into the fields.
                from ftpwizard.present.wizard.flow import ServerInput

                demo = self.demo
                wizard.server.show_input(ServerInput(host=demo.host, port=demo.port, user=demo.user,  # type: ignore[attr-defined]
                                                     password=demo.password))
            wizard.next()


def main() -> int:
    args = sys.argv[1:]
    split = args.index("--")
    own, program_args = args[:split], args[split + 1:]
    out = Path(own[0])
    shots = set(own[own.index("--shots") + 1].split(",")) if "--shots" in own else set()
    app = QApplication(sys.argv[:1])
    scenario = own[own.index("--scenario") + 1] if "--scenario" in own else "client-nat"
    walker = Walker(app, out, shots, scenario, "--minimum" in own)
    walker.timer.start()
    from ftpwizard.commands.main import main as ftpwizard_main

    try:
        return ftpwizard_main(program_args)
    finally:
        walker.timer.stop()
        walker.demo.stop()


if __name__ == "__main__":
    sys.exit(main())
