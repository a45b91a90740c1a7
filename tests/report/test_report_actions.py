"""The Finish page's report buttons, in a real Qt event loop (offscreen)."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QColor, QGuiApplication, QImage

from ftpwizard.core.probe import records
from ftpwizard.gui import report_actions
from ftpwizard.gui.report_actions import ReportActions, images_from_views, qimage_to_png
from ftpwizard.present import theme
from ftpwizard.present.report.model import Environment, LocalAddress, build_report
from ftpwizard.present.report.render_text import to_text

# The offscreen platform says this whenever a top-level window is shown; it is not about our code.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ENV = Environment("2026-11-25T14:32:05+09:00", "0.1.0", "Windows", "11 (10.0.22631)",
                  (LocalAddress("192.168.0.23", "private"),))


@pytest.fixture
def settings_dir(tmp_path, qapp):
    """QSettings in a temporary INI file, so the test can read every byte the widget stored."""
    folder = tmp_path / "settings"
    old_format = QSettings.defaultFormat()
    old_org, old_app = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QCoreApplication.setOrganizationName("ftpwizard-test")
    QCoreApplication.setApplicationName("report-test")
    yield folder
    QSettings.setDefaultFormat(old_format)
    QCoreApplication.setOrganizationName(old_org)
    QCoreApplication.setApplicationName(old_app)


@pytest.fixture
def report(runs):
    return build_report(runs["client-firewall"].result, None, environment=ENV)


@pytest.fixture
def actions(qtbot, report):
    widget = ReportActions(lang="en", log_dir=None)
    qtbot.addWidget(widget)
    widget.set_report_source(lambda: report)
    widget.show()
    return widget


def test_buttons_wait_for_a_report(qtbot):
    widget = ReportActions(lang="en")
    qtbot.addWidget(widget)
    assert not widget.copy_button.isEnabled() and not widget.save_button.isEnabled()
    assert widget.log_button.isEnabled()


def test_copy_puts_the_text_report_on_the_clipboard_and_confirms(qtbot, actions, report, password):
    with qtbot.waitSignal(actions.reportCopied) as signal:
        actions.copy_button.click()
    clipboard = QGuiApplication.clipboard().text()
    assert clipboard == to_text(report, "en") == signal.args[0]
    assert "Verdict: Use passive mode" in clipboard
    assert password not in clipboard
    assert actions.status.isVisible() and "Report copied" in actions.status.text()


def test_save_writes_html_through_the_replaceable_dialog(qtbot, actions, report, tmp_path, monkeypatch, settings_dir,  # type: ignore[no-untyped-def]
                                                         password):
    asked: list[str] = []
    target = tmp_path / "chosen.html"

    def fake_dialog(parent, default_path):
        asked.append(default_path)
        return str(target)

    monkeypatch.setattr(report_actions, "ask_save_path", fake_dialog)
    with qtbot.waitSignal(actions.reportSaved):
        actions.save_button.click()
    ran = datetime.fromisoformat(report.result.started_at)  # named after the test, not after the saving
    assert Path(asked[0]).name == f"ftp-check-127.0.0.1-{ran:%Y-%m-%d-%H%M}.html"
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and password not in html
    assert str(target) in actions.status.text()
    # The folder is remembered, and nothing else (certainly no password) is in the settings file.
    QSettings().sync()
    stored = b"".join(p.read_bytes() for p in settings_dir.rglob("*") if p.is_file())
    assert str(tmp_path).encode() in stored
    assert password.encode() not in stored
    actions.save_button.click()
    assert Path(asked[1]).parent == tmp_path


def test_the_report_says_when_the_test_ran_not_when_it_was_copied(qtbot, runs, tmp_path, monkeypatch,  # type: ignore[no-untyped-def]
                                                                   settings_dir):
    """A customer copies or saves the report hours after the test: the report must date the test."""
    result = records.replace(runs["client-firewall"].result, started_at="2026-11-25T09:15:00+09:00")
    widget = ReportActions(lang="ko", log_dir=None)
    qtbot.addWidget(widget)
    widget.set_report_source(lambda: build_report(result, None))  # built at the click, as the wizard does
    widget.show()
    with qtbot.waitSignal(widget.reportCopied):
        widget.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0].endswith(" — 검사 시작 시각: 2026-11-25 09:15:00 +09:00")
    assert re.search(r"^작성 시각: \d{4}-", text, re.M), "when it was copied is said too, as such"

    asked: list[str] = []
    target = tmp_path / "saved.html"
    monkeypatch.setattr(report_actions, "ask_save_path", lambda parent, default: asked.append(default) or str(target))
    with qtbot.waitSignal(widget.reportSaved):
        widget.save_button.click()
    assert Path(asked[0]).name == "ftp-check-127.0.0.1-2026-11-25-0915.html"
    meta = re.search(r'<p class="meta">(.*?)</p>', target.read_text(encoding="utf-8"))
    assert meta and meta.group(1).endswith(" · 검사 시작 시각: 2026-11-25 09:15:00 +09:00")


def test_a_bare_name_gets_html_and_cancel_writes_nothing(qtbot, actions, tmp_path, monkeypatch, settings_dir):
    answers = iter([None, str(tmp_path / "bare")])
    monkeypatch.setattr(report_actions, "ask_save_path", lambda parent, default: next(answers))
    actions.save_button.click()
    assert [p for p in tmp_path.iterdir() if p != settings_dir] == []
    actions.save_button.click()
    assert (tmp_path / "bare.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_a_bad_save_path_shows_the_message(qtbot, actions, tmp_path, monkeypatch, settings_dir):
    bad = tmp_path / "gone" / "r.html"
    monkeypatch.setattr(report_actions, "ask_save_path", lambda parent, default: str(bad))
    with qtbot.waitSignal(actions.failed) as signal:
        actions.save_button.click()
    assert "does not exist" in signal.args[0]
    assert actions.status.text() == signal.args[0]


def test_open_log_folder_uses_the_opener(qtbot, tmp_path, monkeypatch):
    opened: list[Path] = []
    monkeypatch.setattr(report_actions, "open_folder", lambda folder, done: opened.append(folder) or done(True))
    widget = ReportActions(lang="en", log_dir=tmp_path / "logs")
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.logFolderOpened):
        widget.log_button.click()
    assert opened == [tmp_path / "logs"] and (tmp_path / "logs").is_dir()

    monkeypatch.setattr(report_actions, "open_folder", lambda folder, done: done(False))
    with qtbot.waitSignal(widget.failed) as signal:
        widget.log_button.click()
    assert str(tmp_path / "logs") in signal.args[0]


def test_a_failing_source_is_a_message_not_a_crash(qtbot):
    widget = ReportActions(lang="en")
    qtbot.addWidget(widget)

    def broken():
        raise RuntimeError("no result")

    widget.set_report_source(broken)
    with qtbot.waitSignal(widget.failed):
        widget.copy_button.click()
    assert "could not be made" in widget.status.text()


def test_labels_and_report_language_follow_the_application_language(qtbot, qapp, actions, tmp_path):
    """install_translators() installs the .qm files and sets QLocale: the widget follows both."""
    from PySide6.QtCore import QLocale, QTranslator

    from ftpwizard.core.resources import resource_path

    widget = ReportActions()
    qtbot.addWidget(widget)
    widget.set_report_source(actions._source)
    assert widget.copy_button.text() == "&Copy report"
    import subprocess

    import PySide6

    qm = tmp_path / "report_ko.qm"  # compiled here: the test leaves the source tree as it was
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    ts = Path(resource_path("translations", "report_ko.ts"))
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    old_locale = QLocale()
    QCoreApplication.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Korean))
    try:
        qtbot.waitUntil(lambda: widget.copy_button.text() == "보고서 복사(&C)")
        assert widget.save_button.text() == "보고서 저장(&S)..."
        assert widget.log_button.text() == "로그 폴더 열기(&O)"
        assert widget.lang == "ko"
        with qtbot.waitSignal(widget.reportCopied) as signal:
            widget.copy_button.click()
        assert "진단 결과" in signal.args[0]
        assert "보고서를 복사했습니다" in widget.status.text()
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(old_locale)
    qtbot.waitUntil(lambda: widget.copy_button.text() == "&Copy report")


class _PaintedView:
    """Stands in for the handshake widget (another branch): anything with render_image(w, h) -> QImage."""

    def __init__(self, color: str) -> None:
        self.color = color

    def render_image(self, width: int, height: int, device_pixel_ratio: float = 1.0) -> QImage:
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor(self.color))
        return image


def test_widget_images_become_png_in_the_html(qapp, runs):
    images = images_from_views({"active": _PaintedView(theme.REPORT_ERROR), "passive": _PaintedView(theme.REPORT_OK)}, 64, 32)
    assert all(data.startswith(b"\x89PNG\r\n\x1a\n") for data in images.values())
    back = QImage.fromData(images["active"], "PNG")
    assert (back.width(), back.height()) == (64, 32) and back.pixelColor(5, 5).name() == theme.REPORT_ERROR
    assert qimage_to_png(QImage()) == b""  # a null image gives no bytes, and is left out
    from ftpwizard.present.report.render_html import to_html

    html = to_html(build_report(runs["healthy"].result, None, images, environment=ENV), "en")
    assert html.count("data:image/png;base64,") == 2


def test_render_for_a_look(qtbot, actions, tmp_path):
    actions.copy_button.click()
    actions.resize(640, 90)
    image = actions.grab()
    assert not image.isNull()
    image.save(str(tmp_path / "report-actions.png"))


def test_the_gui_report_carries_the_handshake_widget_pictures(qapp, runs, password):
    from ftpwizard.gui.report_actions import build_gui_report
    from ftpwizard.present.report.render_html import to_html

    report = build_gui_report(runs["server-firewall"].result, None)
    assert set(report.images) == {"active", "passive"}
    for data in report.images.values():
        image = QImage.fromData(data, "PNG")
        assert (image.width(), image.height()) == (1520, 888)  # 760 x 444 at 2x
        # Not an empty canvas: the picture has many colours (cards, walls, green and red arrows).
        colours = {image.pixel(x, y) for x in range(0, 1520, 16) for y in range(0, 888, 16)}
        assert len(colours) > 20
    html = to_html(report, "en")
    assert html.count('<img src="data:image/png;base64,') == 2 and "<svg" not in html
    assert password not in html
