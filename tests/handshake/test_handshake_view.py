"""The handshake widget on a real (offscreen) Qt event loop: renders, animates, stops, translates."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import handshake_scenarios as sc
import pytest
from handshake_tools import PYSIDE_DIR, ROOT, TRANSLATIONS, compile_ts
from PySide6.QtCore import QAbstractAnimation, QTimer, QTranslator, QVariantAnimation
from PySide6.QtGui import QColor, QFontDatabase, QImage
from pytestqt.qtbot import QtBot

from ftpwizard.core.i18n import LANGUAGES
from ftpwizard.core.probe.model import StepStarted
from ftpwizard.gui.handshake_icons import FONT_FAMILIES
from ftpwizard.gui.handshake_view import HandshakeView
from ftpwizard.present.wizard import handshake_theme as theme
from ftpwizard.present.wizard.handshake_layout import EDGE, ROW_Y, WALL_X, H, W, arrow_span
from ftpwizard.present.wizard.handshake_state import HandshakeState
from ftpwizard.present.wizard.handshake_timeline import FRAME_MS, REVEAL_MS, TRAVEL_MS, ManualClock, ease

GREEN, RED, AMBER_LINE = QColor(theme.OK), QColor(theme.ERROR), QColor(theme.WARNING)
HANGUL = re.compile(r"[\uac00-\ud7a3]")


def close(colour: QColor, target: QColor, tolerance: int = 45) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour.getRgb()[:3], target.getRgb()[:3], strict=True))


def pixel(image: QImage, x: float, y: float, width: float = W) -> QColor:
    """The colour at logical picture coordinates (x, y) of an image rendered at ``width`` logical px."""
    scale = width / W * image.devicePixelRatio()
    return image.pixelColor(round(x * scale), round(y * scale))


def make_view(qtbot: QtBot, mode: str = "active") -> HandshakeView:
    view = HandshakeView(mode)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    return view


def running_timers(view: HandshakeView) -> list[str]:
    timers = [t.objectName() or repr(t) for t in view.findChildren(QTimer) if t.isActive()]
    animations = [
        repr(a) for a in view.findChildren(QVariantAnimation) if a.state() == QAbstractAnimation.State.Running
    ]
    return timers + animations


# ------------------------------------------------------------ the Qt binding itself


def test_qt_binding_does_not_leak_none_references(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call: the app then
    aborted after a few repaints ("none_dealloc"). Painting must leave None's refcount alone."""
    view = make_view(qtbot)
    view.show_result(sc.CLIENT_FIREWALL.mode_result())
    view.render_image(480, 280)
    before = sys.getrefcount(None)
    for _ in range(5):
        view.render_image(480, 280)
    assert sys.getrefcount(None) >= before - 20


# ------------------------------------------------------------ translations


def ts_messages(lang: str) -> dict[str, ET.Element]:
    root = ET.parse(TRANSLATIONS / f"handshake_{lang}.ts").getroot()
    return {m.findtext("source") or "": m for m in root.iter("message")}


@pytest.mark.parametrize("ts_lang", LANGUAGES)
def test_translation_files_are_complete_and_current(ts_lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = [ROOT / "ftpwizard/present/wizard/handshake_state.py", ROOT / "ftpwizard/gui/handshake_view.py"]
    subprocess.run(
        [str(PYSIDE_DIR / "lupdate"), "-silent", *map(str, sources), "-ts", str(fresh)], check=True
    )
    wanted = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    messages = ts_messages(ts_lang)
    assert wanted == set(messages), "run pyside6-lupdate and translate the new texts"
    for source, message in messages.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        text = translation.text or ""
        assert text.strip(), source
        assert sorted(re.findall(r"{\w+}", text)) == sorted(re.findall(r"{\w+}", source)), source
        if ts_lang == "ko" and re.search(r"[a-z]{3}", source) and source not in ("{code} OK",):
            assert HANGUL.search(text), f"not translated to Korean: {source}"


def test_a_korean_font_is_available() -> None:
    korean = set(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))
    assert korean & set(FONT_FAMILIES), "install fonts-nanum (Linux) so Korean text is not drawn as boxes"


# ------------------------------------------------------------ still pictures of every scenario


def test_a_language_switch_retranslates_tooltip_description_and_name(qtbot: QtBot, qapp, tmp_path: Path) -> None:
    """Screen readers and the tooltip read these: they must follow the language like the painted text."""
    view = make_view(qtbot, "active")
    view.show_result(sc.CLIENT_FIREWALL.mode_result())
    assert not HANGUL.search(view.toolTip() + view.accessibleName() + view.accessibleDescription())
    statuses: list[str] = []
    view.statusChanged.connect(statuses.append)
    translator = QTranslator()
    assert translator.load(str(compile_ts("ko", tmp_path)))
    qapp.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: HANGUL.search(view.toolTip()) is not None, timeout=2000)
        assert HANGUL.search(view.accessibleName()), view.accessibleName()
        assert view.accessibleDescription() == view.toolTip()
        assert statuses and HANGUL.search(statuses[-1]) and statuses[-1] in view.toolTip()
    finally:
        qapp.removeTranslator(translator)
    qtbot.waitUntil(lambda: not HANGUL.search(view.toolTip()), timeout=2000)
    assert not HANGUL.search(view.accessibleName() + statuses[-1])


# Where the red ✕ must be, per scenario: (x, row).
MARKS = {
    "active_client_firewall": (WALL_X["client"], ROW_Y[3]),
    "active_nat_500": (WALL_X["client"], ROW_Y[2]),
    "active_refused_502": (EDGE["server"] - 24, ROW_Y[2]),
    "passive_server_firewall": (WALL_X["server"], ROW_Y[3]),
}


@pytest.mark.parametrize("scenario", sc.ALL, ids=lambda s: s.name)
def test_still_picture_of_each_scenario(qtbot: QtBot, lang: str, scenario: sc.Scenario) -> None:
    view = make_view(qtbot, scenario.mode)
    view.show_result(scenario.mode_result())
    assert running_timers(view) == []
    image = view.render_image(960, 560)
    assert not image.isNull() and image.width() == 960
    status = view.status_text()
    if lang == "ko":
        assert HANGUL.search(status), status
    assert status in view.accessibleDescription()
    assert view.accessibleName()
    mark = MARKS.get(scenario.name)
    if mark is not None:
        x, y = mark
        assert close(pixel(image, x, y - 9), RED), "the red ✕ is not where the step was stopped"
    else:  # every arrow finished: green (or amber for the wrong-address warning on step 2)
        for n in (1, 2, 3, 4):
            expected = AMBER_LINE if (scenario is sc.PASSIVE_BAD_ADDRESS and n == 2) else GREEN
            assert close(pixel(image, 480, ROW_Y[n]), expected), f"arrow {n}"


def test_failed_arrow_stops_at_the_blocking_firewall(qtbot: QtBot) -> None:
    view = make_view(qtbot, "passive")
    view.show_result(sc.SERVER_FIREWALL.mode_result())
    image = view.render_image(960, 560)
    y = ROW_Y[3]
    assert close(pixel(image, 480, y), RED)  # the client's attempt crosses the middle...
    assert not close(pixel(image, (WALL_X["server"] + EDGE["server"]) / 2, y), RED)  # ...but not the wall


def test_arrows_point_in_the_direction_of_each_step(qtbot: QtBot) -> None:
    """Arrow heads are wide triangles: 6 px off the line there is colour only at the pointed end."""
    for scenario, heads in (
        (sc.HEALTHY_ACTIVE, {1: "server", 2: "client", 3: "client", 4: "client"}),
        (sc.HEALTHY_PASSIVE, {1: "server", 2: "client", 3: "server", 4: "client"}),
    ):
        view = make_view(qtbot, scenario.mode)
        view.show_result(scenario.mode_result())
        image = view.render_image(960, 560)
        for n, side in heads.items():
            near = {"client": EDGE["client"] + 20, "server": EDGE["server"] - 20}
            far = "client" if side == "server" else "server"
            assert close(pixel(image, near[side], ROW_Y[n] - 5), GREEN), (scenario.name, n)
            assert not close(pixel(image, near[far], ROW_Y[n] - 5), GREEN), (scenario.name, n)


def test_high_dpi_and_resized_renders_keep_the_layout(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.show_result(sc.CLIENT_FIREWALL.mode_result())
    x, y = MARKS["active_client_firewall"]
    sharp = view.render_image(960, 560, device_pixel_ratio=2.0)
    assert (sharp.width(), sharp.height(), sharp.devicePixelRatio()) == (1920, 1120, 2.0)
    assert close(pixel(sharp, x, y - 9), RED)
    small = view.render_image(480, 280)
    assert close(pixel(small, x, y - 9, width=480), RED)
    # a wider-than-picture widget: the picture is centred and scaled to the height
    view.resize(1400, 560)
    view.show()
    qtbot.waitExposed(view)
    grabbed = view.grab().toImage()
    assert grabbed.width() == 1400 * grabbed.devicePixelRatio()
    offset = (1400 - W) / 2
    assert close(
        grabbed.pixelColor(
            round((offset + x) * grabbed.devicePixelRatio()), round((y - 9) * grabbed.devicePixelRatio())
        ),
        RED,
    )
    assert view.heightForWidth(960) == round(960 * H / W)


# ------------------------------------------------------------ live events and animation
# The timing itself is tested without Qt (test_handshake_timeline.py); here a ManualClock checks that the
# widget draws the timeline's frames and wakes up when it says so.


def clocked_view(qtbot: QtBot, mode: str = "active") -> tuple[HandshakeView, ManualClock]:
    clock = ManualClock()
    view = HandshakeView(mode, clock=clock)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    return view, clock


def test_a_running_step_is_drawn_where_the_clock_has_moved_its_dot(qtbot: QtBot) -> None:
    view, clock = clocked_view(qtbot)
    events = sc.CLIENT_FIREWALL.events()
    cut = next(i for i, e in enumerate(events) if isinstance(e, StepStarted) and e.step == 3)
    for event in events[: cut + 1]:
        view.apply_event(event)
    clock.advance(2 * REVEAL_MS / 1000 + TRAVEL_MS / 2000)  # steps 1-2 have grown; step 3's dot half way
    start, end, _ = arrow_span(view.state.arrow(3), None)
    image = view.render_image(960, 560)
    blue = QColor(theme.RUNNING)
    dot = start + (end - start) * ease(((2 * REVEAL_MS + TRAVEL_MS / 2) % TRAVEL_MS) / TRAVEL_MS)
    assert close(pixel(image, dot, ROW_Y[3] - 4), blue)  # the dot (white at its very centre)
    assert close(pixel(image, (start + dot) / 2, ROW_Y[3]), blue)  # the solid line behind it
    ahead = dot + (40 if end > start else -40)  # step 3 of active mode runs from the server to my PC
    assert not close(pixel(image, ahead, ROW_Y[3]), blue, tolerance=20)  # only faint dashes ahead of it
    assert close(pixel(image, 480, ROW_Y[1]), GREEN) and close(pixel(image, 480, ROW_Y[2]), GREEN)


def test_the_widget_wakes_up_when_the_countdown_changes(qtbot: QtBot, lang: str) -> None:
    view, clock = clocked_view(qtbot)
    events = sc.CLIENT_FIREWALL.events()
    cut = next(i for i, e in enumerate(events) if isinstance(e, StepStarted) and e.step == 3)
    for event in events[: cut + 1]:
        view.apply_event(event)
    assert view.is_animating()
    clock.advance(1.0)  # both reveals done: the countdown of step 3 shows 5 s less the one that passed
    with qtbot.waitSignal(view.statusChanged, timeout=2000, check_params_cb=lambda text: "4" in text):
        pass
    for event in events[cut + 1 :]:
        view.apply_event(event)
    clock.advance(1.0)  # the failure has grown to the wall
    qtbot.waitUntil(lambda: not view.is_animating(), timeout=2000)
    assert view.status().severity == "error"
    assert view.status_text() == view.accessibleDescription().splitlines()[0]
    assert running_timers(view) == []


def test_replay_runs_and_finishes(qtbot: QtBot, lang: str) -> None:
    view, clock = clocked_view(qtbot)
    statuses: list[str] = []
    view.statusChanged.connect(statuses.append)
    view.replay(sc.CLIENT_FIREWALL.mode_result(), seconds_per_step=1.0)
    assert view.is_animating()
    for _ in range(2):  # two steps' worth of frames, each drawn when the widget wakes up
        clock.advance(1.0)
        with qtbot.waitSignal(view.statusChanged, timeout=2000):
            pass
    clock.advance(10.0)
    with qtbot.waitSignal(view.replayFinished, timeout=2000):
        pass
    assert view.state == HandshakeState.from_mode_result(sc.CLIENT_FIREWALL.mode_result())
    assert running_timers(view) == []
    assert len(statuses) >= 3  # it told the story step by step before the verdict
    assert statuses[-1] == view.status_text()


def test_replay_without_animations_jumps_to_the_end(qtbot: QtBot) -> None:
    view, _ = clocked_view(qtbot, "passive")
    view.set_animations_enabled(False)
    with qtbot.waitSignal(view.replayFinished, timeout=1000):
        view.replay(sc.PASSIVE_BAD_ADDRESS.mode_result(), seconds_per_step=5.0)
    assert view.status().severity == "warning"
    assert running_timers(view) == []


def test_turning_animations_off_mid_replay_finishes_it(qtbot: QtBot) -> None:
    view, _ = clocked_view(qtbot)
    view.replay(sc.HEALTHY_ACTIVE.mode_result(), seconds_per_step=5.0)
    with qtbot.waitSignal(view.replayFinished, timeout=1000):
        view.set_animations_enabled(False)
    assert view.status().severity == "ok"
    assert running_timers(view) == []


def test_stop_leaves_nothing_running(qtbot: QtBot) -> None:
    view, _ = clocked_view(qtbot)
    view.replay(sc.HEALTHY_ACTIVE.mode_result(), seconds_per_step=1.0)
    assert running_timers(view)
    view.stop()
    assert running_timers(view) == []
    # a live step in progress (its dot moves, its countdown ticks) stops too
    view.apply_event(StepStarted("active", 3, None, 10.0, 5.0))
    assert running_timers(view)
    view.stop()
    assert running_timers(view) == []
    # and with animations off, only the countdown ticked
    view.set_animations_enabled(False)
    view.apply_event(StepStarted("active", 4, "LIST", 20.0, 5.0))
    assert running_timers(view) == ["handshakeFrameTimer"]
    view.stop()
    assert running_timers(view) == []


def test_live_events_interrupt_a_replay_and_reset_clears(qtbot: QtBot) -> None:
    view, _ = clocked_view(qtbot, "passive")
    view.replay(sc.HEALTHY_PASSIVE.mode_result(), seconds_per_step=1.0)
    view.apply_event(StepStarted("passive", 1, "EPSV", 1.0, 5.0))
    assert view.timeline.next_tick_ms() == FRAME_MS  # only the running dot moves: no replay frame is due
    assert view.state.command == "EPSV"
    view.reset()
    assert running_timers(view) == []
    assert view.state == HandshakeState("passive")


def test_widget_paints_in_korean(qtbot: QtBot, lang: str) -> None:
    view = make_view(qtbot, "passive")
    view.show_result(sc.SERVER_FIREWALL.mode_result())
    view.resize(760, 444)
    view.show()
    qtbot.waitExposed(view)
    assert not view.grab().isNull()
    drawn = view.drawn_texts()
    assert view.status_text() in drawn
    korean = [text for text in drawn if HANGUL.search(text)]
    if lang == "ko":  # all but the port numbers and the server's own words is drawn in Korean
        assert len(korean) >= 10, drawn
    else:
        assert korean == [], korean
    assert ("서버" in view.accessibleDescription()) == (lang == "ko")
