"""`ftpwizard --self-test`: walk the whole wizard headless through every demo scenario.

Run from a frozen bundle this proves the bundle is complete: a missing Qt plugin, translation or data
file fails here, not at a customer's desk. One line per check; exit 0 only if every check passed.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from ftpwizard.core.i18n import DEFAULT_LANGUAGE, KOREAN

if TYPE_CHECKING:
    from ftpwizard.present.wizard.flow import WizardState

EXPECTED = {
    "healthy": "both_ok",
    "client-firewall": "active_blocked_client_side",
    "client-nat": "active_rejected_nat",
    "server-firewall": "passive_blocked_server_side",
    "bad-pasv-address": "passive_bad_address",
}
WAIT_S = 30.0


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def _has_result(state: WizardState) -> Callable[[], bool]:
    return lambda: state.result is not None


def wait_until(condition: Callable[[], bool], timeout_s: float) -> bool:
    """Run the Qt event loop until ``condition()`` holds or the time is up."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    return True


def run_self_test(lang: str = DEFAULT_LANGUAGE, out=None) -> int:
    out = out or sys.stdout
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ftpwizard.gui.app import open_window, start_demo
    from ftpwizard.gui.translations import install_translators, korean_loaded
    from ftpwizard.present.wizard.flow import Page, WizardState

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ftpwizard-selftest")
    app.setOrganizationName("ftpwizard")
    results: list[bool] = []

    def check(ok: bool, text: str) -> None:
        results.append(ok)
        print(f"{'ok  ' if ok else 'FAIL'}  {text}", file=out, flush=True)

    qt_ko = install_translators(lang)
    if lang == KOREAN:
        check(korean_loaded(), "Korean translations of ftpwizard loaded")
        check(qt_ko, "Qt's own Korean translation (qtbase_ko) loaded")

    for scenario, expected in EXPECTED.items():
        started = time.monotonic()
        # The window exactly as `ftpwizard --demo --scenario S` opens it: nothing is filled in here.
        state = WizardState(language=lang)
        demo = start_demo(state, scenario)
        wizard = open_window(state)
        try:
            page = wizard.server
            shown = (page.host.text(), page.port.text(), page.user.text(), page.password.text())
            expected_fields = (demo.host, str(demo.port), demo.user, demo.password)
            note = page.demo_note.text()
            check(wizard.currentId() == int(Page.SERVER) and shown == expected_fields
                  and page.demo_note.isVisibleTo(wizard) and bool(note) and (lang != KOREAN or _has_hangul(note)),
                  f"{scenario}: the server page shows the demo server ({demo.host}:{demo.port}, user {demo.user}) — {note}")
            wizard.next()  # to the test page: both probes start
            finished = wait_until(_has_result(wizard.state), WAIT_S)
            if not finished:
                check(False, f"{scenario}: no result within {WAIT_S:.0f} s")
                continue
            wizard.next()  # to the verdict page
            result = wizard.state.result
            code = result.verdict.code if result and result.verdict else "none"
            headline = wizard.verdict.headline.text()
            ok = code == expected and wizard.currentId() == int(Page.VERDICT) and bool(headline)
            if lang == KOREAN:
                ok = ok and _has_hangul(headline)
            check(ok, f"{scenario}: {code} (expected {expected}) in {time.monotonic() - started:.1f} s — {headline}")
            while wizard.currentId() != int(Page.FINISH) and wizard.currentId() != -1:
                before = wizard.currentId()
                wizard.next()
                if wizard.currentId() == before:
                    break
            check(wizard.currentId() == int(Page.FINISH), f"{scenario}: reached the last page")
        finally:
            wizard.shutdown()
            wizard.done(0)
            wizard.deleteLater()
            demo.stop()
    passed = sum(results)
    print(f"self-test: {passed} passed, {len(results) - passed} failed", file=out, flush=True)
    return 0 if results and all(results) else 1
