"""The baseline for benchmarks/bundle.py: the smallest PySide6 window, frozen exactly like ftpwizard.

With FTPWIZARD_EXIT_AFTER_SHOW=1 it prints `shown after <seconds> s` on the first turn of the event loop
after its first window was shown, and exits 0: the same contract as ftpwizard/gui/app.py, so the two
start-up times compare.
"""

import time

_T0 = time.perf_counter()

import os  # noqa: E402 - after the clock starts, like ftpwizard/gui/app.py
import sys  # noqa: E402

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

EXIT_AFTER_SHOW = "FTPWIZARD_EXIT_AFTER_SHOW"


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
        print(f"shown after {time.perf_counter() - _T0:.3f} s", flush=True)
        QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = HelloWindow()
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
