"""The HTML report in a real browser: headless Chromium renders it, and the picture is a report, not a blank page."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import tempfile
from html import escape, unescape
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from ftpwizard.present import theme
from ftpwizard.present.report.model import build_report
from ftpwizard.present.report.write import write_report

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
            red += _near(colour, theme.REPORT_ERROR)
            green += _near(colour, theme.REPORT_OK)
    return {"ink": ink / total, "red": red / total, "green": green / total}


@needs_chromium
@pytest.mark.slow
@pytest.mark.parametrize("with_widget_pictures", [False, True], ids=["cli-svg", "gui-png"])
def test_the_report_renders_in_chromium(runs, tmp_path, qapp, with_widget_pictures):
    result = runs["client-firewall"].result
    images = None
    if with_widget_pictures:
        from ftpwizard.gui.report_actions import handshake_images

        images = handshake_images(result)
    html = tmp_path / "report.html"
    assert write_report(build_report(result, None, images), html, "ko") is None
    png = tmp_path / "report.png"
    render_script.screenshot(html, png, 1200, 2600)
    census = _census(png)
    assert census["ink"] > 0.01, census  # text and lines, not an empty page
    assert census["red"] > 0.0005 and census["green"] > 0.0005, census  # badges and arrows drawn in colour


# The report inside an iframe as wide as a phone: Chromium's headless window cannot be narrower than 500 px,
# an iframe can, and its content sees a viewport (and media queries) of exactly that width.
PHONE_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:white">
<iframe id="phone" style="display:block;width:{width}px;height:{height}px;border:0" srcdoc="{report}"></iframe>
<script>
window.addEventListener('load', function () {{
  const frame = document.getElementById('phone'), doc = frame.contentDocument, win = frame.contentWindow;
  const out = {{viewport: win.innerWidth, scrollWidth: doc.documentElement.scrollWidth,
               height: Math.ceil(doc.querySelector('main').getBoundingClientRect().bottom) + 16, cells: []}};
  for (const cell of doc.querySelectorAll('td, th')) {{
    const box = cell.getBoundingClientRect();
    const text = cell.innerText.trim();
    if (!text || box.width === 0) continue;
    // Lines of text: the tops of the text's boxes, those less than half a line apart counted once.
    const tops = [];
    const walker = doc.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {{
      const range = doc.createRange();
      range.selectNodeContents(walker.currentNode);
      for (const r of range.getClientRects()) if (r.width > 0) tops.push(r.top);
    }}
    tops.sort((a, b) => a - b);
    const lines = tops.filter((top, i) => i === 0 || top - tops[i - 1] > 9).length;
    out.cells.push({{table: cell.closest('table').className, width: Math.round(box.width), lines: lines,
                    chars: text.replace(/\\s/g, '').length, text: text.slice(0, 40)}});
  }}
  const pre = document.createElement('pre');
  pre.id = 'measure';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}});
</script></body></html>"""


def _on_a_phone(report_html: str, width: int, page: Path) -> dict:  # type: ignore[type-arg]
    """Lay the report out ``width`` px wide in headless Chromium; what every table cell looks like."""
    page.write_text(PHONE_PAGE.format(width=width, height=9000, report=escape(report_html, quote=True)),
                    encoding="utf-8")
    browser = render_script.find_chromium()
    with tempfile.TemporaryDirectory(prefix="ftpwizard-chromium-") as profile:
        proc = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                               "--disable-background-networking", "--disable-component-update", "--disable-sync",
                               f"--user-data-dir={profile}", "--window-size=500,9000", "--dump-dom",
                               page.resolve().as_uri()], capture_output=True, text=True, timeout=120)
    found = re.search(r'<pre id="measure">(.*?)</pre>', proc.stdout, re.S)
    assert found, proc.stderr[-500:]
    return json.loads(unescape(found.group(1)))


@needs_chromium
@pytest.mark.slow
@pytest.mark.parametrize("width", [360, 420])
def test_the_report_reads_on_a_phone(runs, tmp_path, qapp, width):  # type: ignore[no-untyped-def]
    """Support staff read mailed reports on phones: at 360-420 px no table column may shrink to a letter
    per line, and nothing may stick out sideways."""
    html = tmp_path / "report.html"
    report = build_report(runs["client-firewall"].result, render_script.SAMPLE_CLIENTS)
    assert write_report(report, html, "ko") is None
    layout = _on_a_phone(html.read_text(encoding="utf-8"), width, tmp_path / "phone.html")
    assert layout["viewport"] == width
    assert layout["scrollWidth"] <= width, "the page scrolls sideways"
    # Broken over lines although short, or in a column a few letters wide.
    cramped = [c for c in layout["cells"] if c["lines"] > 1 and (c["chars"] / c["lines"] < 5 or c["width"] < 80)]
    assert not cramped, [(c["text"], c["width"], c["lines"]) for c in cramped]
    steps = [c for c in layout["cells"] if c["table"] == "steps"]
    assert any("PC가 패시브 모드를 요청" in c["text"] and c["lines"] == 1 for c in steps), steps

    png = tmp_path / "phone.png"
    render_script.screenshot(tmp_path / "phone.html", png, 500, min(9000, layout["height"] + 20))
    shot = QImage(str(png)).copy(0, 0, width, min(9000, layout["height"]))
    assert shot.save(str(png))
    census = _census(png)
    assert census["ink"] > 0.01 and census["red"] > 0.0005 and census["green"] > 0.0005, census
    if os.environ.get("FTPWIZARD_WRITE_SCREENSHOTS") == "1":
        shot.save(str(ROOT / "docs" / "screenshots" / f"report-phone-{width}-ko.png"))
