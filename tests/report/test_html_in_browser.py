"""The HTML report in a real browser: headless Chromium renders it, and the picture is a report, not a blank page."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from ftpwizard.report.model import build_report
from ftpwizard.report.write import write_report

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("render_report_png", ROOT / "scripts" / "render_report_png.py")
assert _spec is not None and _spec.loader is not None
render_script = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(render_script)

needs_chromium = pytest.mark.skipif(render_script.find_chromium() is None,
                                    reason="needs Debian's chromium package (apt-get install chromium)")


def _near(colour: QColor, target: str, tolerance: int = 12) -> bool:
    t = QColor(target)
    return all(abs(a - b) <= tolerance for a, b in ((colour.red(), t.red()), (colour.green(), t.green()),
                                                    (colour.blue(), t.blue())))


def _census(png: Path) -> dict[str, float]:
    image = QImage(str(png))
    assert not image.isNull()
    total = ink = red = green = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            colour = image.pixelColor(x, y)
            total += 1
            if colour.lightness() < 200:
                ink += 1
            red += _near(colour, "#cf222e")
            green += _near(colour, "#1a7f37")
    return {"ink": ink / total, "red": red / total, "green": green / total}


@needs_chromium
@pytest.mark.slow
@pytest.mark.parametrize("with_widget_pictures", [False, True], ids=["cli-svg", "gui-png"])
def test_the_report_renders_in_chromium(runs, tmp_path, qapp, with_widget_pictures):
    result = runs["client-firewall"].result
    images = None
    if with_widget_pictures:
        from ftpwizard.ui.report_actions import handshake_images

        images = handshake_images(result)
    html = tmp_path / "report.html"
    assert write_report(build_report(result, None, images), html, "ko") is None
    png = tmp_path / "report.png"
    render_script.screenshot(html, png, 1200, 2600)
    census = _census(png)
    assert census["ink"] > 0.01, census  # text and lines, not an empty page
    assert census["red"] > 0.0005 and census["green"] > 0.0005, census  # badges and arrows drawn in colour
