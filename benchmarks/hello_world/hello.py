"""The baseline for benchmarks/bundle.py: the smallest PySide6 window, frozen exactly like ftpwizard.

With FTPWIZARD_EXIT_AFTER_SHOW=1 it prints `FTPWIZARD_FIRST_WINDOW_SHOWN <unix time>` as soon as its first
window is on screen and exits 0: the same contract the wizard follows, so the two start-up times compare.
"""

import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

EXIT_AFTER_SHOW = "FTPWIZARD_EXIT_AFTER_SHOW"
SHOWN_MARKER = "FTPWIZARD_FIRST_WINDOW_SHOWN"


class HelloWindow(QLabel):
    def __init__(self) -> None:
        super().__init__("Hello, world! 안녕하세요!")
        self.setWindowTitle("hello")
        self.resize(320, 120)
        self._reported = False

    def showEvent(self, event) -> None:  # Qt names it so
        super().showEvent(event)
        if os.environ.get(EXIT_AFTER_SHOW) == "1" and not self._reported:
            self._reported = True
            # Next turn of the event loop: the show has been processed and the first paint queued.
            QTimer.singleShot(0, self._report_and_quit)

    def _report_and_quit(self) -> None:
        print(f"{SHOWN_MARKER} {time.time():.6f}", flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = HelloWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
