"""Render the handshake picture of every sample scenario to PNG, in Korean and English.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python scripts/render_handshake.py [out_dir]

Writes <out_dir>/<lang>_<scenario>.png (default docs/screenshots/handshake) plus a frame in the middle
of an animation (<lang>_animating.png). The scenarios are the test suite's (tests/handshake).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "handshake"))
sys.path.insert(0, str(ROOT))

import handshake_scenarios as sc  # noqa: E402

from ftpwizard.core.i18n import LANGUAGES  # noqa: E402
from ftpwizard.core.probe.model import StepStarted  # noqa: E402
from ftpwizard.gui.handshake_view import HandshakeView  # noqa: E402
from ftpwizard.gui.translations import install_translators  # noqa: E402
from ftpwizard.present.wizard.handshake_state import ArrowStatus  # noqa: E402
from ftpwizard.present.wizard.handshake_timeline import ManualClock  # noqa: E402

SIZE = (960, 560)


def render_all(out_dir: Path) -> list[Path]:
    _app = QApplication.instance() or QApplication([])  # held: the views need it alive
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for lang in LANGUAGES:
        install_translators(lang)  # as the program does (compiled .qm, else the .ts files)
        for scenario in sc.ALL:
            view = HandshakeView(scenario.mode)
            view.show_result(scenario.mode_result())
            path = out_dir / f"{lang}_{scenario.name}.png"
            view.render_image(*SIZE).save(str(path))
            written.append(path)
        # Moments of an animation, on a clock moved by hand (the same picture on every run).
        # A live frame: the server is trying to connect back, the countdown runs.
        clock = ManualClock()
        view = HandshakeView("active", clock=clock)
        for event in sc.CLIENT_FIREWALL.events():
            view.apply_event(event)
            if isinstance(event, StepStarted) and event.step == 3:
                break
        clock.advance(1.6)
        path = out_dir / f"{lang}_animating.png"
        view.render_image(*SIZE).save(str(path))
        view.stop()
        written.append(path)
        # A replay frame: step 3 growing.
        clock = ManualClock()
        view = HandshakeView("passive", clock=clock)
        view.replay(sc.HEALTHY_PASSIVE.mode_result(), seconds_per_step=1.0)
        while view.state.arrow(3).status is not ArrowStatus.OK:
            clock.advance(0.02)
            view.timeline.advance()
        clock.advance(0.15)
        path = out_dir / f"{lang}_replay_frame.png"
        view.render_image(*SIZE).save(str(path))
        view.stop()
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "handshake"
    for written_path in render_all(target):
        print(written_path)
