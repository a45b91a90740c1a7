"""Support mode's live panel fed with a real probe's events, in the order the engine emitted them."""

from __future__ import annotations

from pathlib import Path

import pytest
from probe_servers import PASSWORD, FtpServer, probe
from PySide6.QtGui import QGuiApplication

from ftpwizard.core.probe.model import (
    ModeFinished,
    StepFinished,
    StepStarted,
    TranscriptEvent,
    TranscriptLine,
)
from ftpwizard.gui.details_panel import DetailsPanel
from ftpwizard.present.report import logging_setup

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _feed(panel: DetailsPanel, events) -> None:
    for event in events:
        if isinstance(event, TranscriptEvent):
            panel.add_transcript_line(event.entry)
        elif isinstance(event, StepStarted | StepFinished):
            panel.add_step(event)


@pytest.fixture
def panel(qtbot):
    widget = DetailsPanel()
    qtbot.addWidget(widget)
    widget.resize(760, 360)
    widget.show()
    return widget


def test_shows_every_transcript_line_and_step_timing(panel, runs, password):
    run = runs["server-firewall"]
    _feed(panel, run.events)
    text = panel.text()
    for entry in run.result.transcript:
        assert entry.line in text
    assert "PASS ****" in text and password not in text
    passive3 = run.result.modes["passive"].step(3)
    assert f"Passive ③ FAILED after {passive3.elapsed_ms:.1f} ms: timeout" in text
    assert "Passive ③ started: connect 127.0.0.1:" in text and "(waits up to 1 s)" in text
    assert "Active ④ OK in" in text and "Log in OK in" in text


def test_copy_all_and_clear(panel, runs, qtbot):
    _feed(panel, runs["healthy"].events)
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == panel.text() != ""
    panel.clear()
    assert panel.text() == ""


def test_lines_are_bounded_and_the_view_follows_the_end(qtbot):
    panel = DetailsPanel(max_lines=50)
    qtbot.addWidget(panel)
    panel.resize(600, 200)
    panel.show()
    for i in range(300):
        panel.add_transcript_line(TranscriptLine(float(i), "<", f"line {i}"))
    assert panel.view.document().blockCount() == 50
    assert panel.text().splitlines()[-1].endswith("< line 299")
    assert "line 249" not in panel.text()
    bar = panel.view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()


def test_the_view_stays_put_while_the_reader_scrolled_up(qtbot):
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 200)
    panel.show()
    for i in range(100):
        panel.add_transcript_line(TranscriptLine(float(i), ">", f"LIST {i}"))
    bar = panel.view.verticalScrollBar()
    bar.setValue(10)
    panel.add_transcript_line(TranscriptLine(101.0, "<", "226 done"))
    assert bar.value() == 10
    bar.setValue(bar.maximum())
    panel.add_transcript_line(TranscriptLine(102.0, "<", "221 bye"))
    assert bar.value() == bar.maximum()


def test_a_registered_password_echoed_by_a_server_is_masked(panel):
    secret = "Echoed-Secret-123"
    logging_setup.register_secret(secret)
    try:
        panel.add_transcript_line(TranscriptLine(1.0, "<", f"530 bad password {secret}"))
    finally:
        logging_setup.SECRETS.clear()
    assert secret not in panel.text() and "530 bad password ****" in panel.text()


def test_text_is_monospace_and_selectable(panel):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontDatabase

    # What the code chose (the platform's fixed-width font), not what this machine's fontconfig resolved it
    # to: a machine with extra fonts installed may map the family to a font that reports no fixed pitch.
    assert panel.view.font().family() == QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()
    flags = panel.view.textInteractionFlags()
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse
    assert panel.view.isReadOnly()


def test_render_for_a_look(panel, runs, tmp_path):
    _feed(panel, runs["client-firewall"].events)
    image = panel.grab()
    assert not image.isNull()
    image.save(str(tmp_path / "details-panel.png"))


def test_a_finished_mode_says_what_its_listing_showed(panel, tmp_path: Path) -> None:
    """A CP949 server's listing: the panel names the character set, as the report does."""
    server = FtpServer(root=tmp_path / "ftp", files={"index.html": "home", "자료.txt": "data"}, encoding="cp949")
    events: list[object] = []
    try:
        probe(server.url(), password=PASSWORD, on_event=events.append, timeout=3.0)
    finally:
        server.stop()
    for event in events:
        if isinstance(event, ModeFinished):
            panel.add_mode(event.result)
    text = panel.text()
    assert "Passive ④ File list: 2 lines (Unix), names: CP949 (old Korean)" in text
    assert "Active ④ File list: 2 lines (Unix), names: CP949 (old Korean)" in text
