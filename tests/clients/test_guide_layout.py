"""The guide pictures' layout is plain Python: numbers in (font metrics, a look's frame), boxes out.

These tests lay out the real guides with a fake font (every character 7 px wide, 16 px lines) and no
QPainter; only the last test draws, to show the renderer refuses a picture whose marks disagree with
its words.
"""

from __future__ import annotations

import dataclasses
import math
import subprocess
import sys

import pytest

from ftpwizard.clients import guide_parts as parts
from ftpwizard.clients.guide_layout import layout_page
from ftpwizard.clients.guides import STYLES, load_guide, step_marks, step_text
from ftpwizard.clients.programs import GUIDE_IDS

FRAME = parts.WindowFrame(title_h=30, left=1, top=1, right=1, bottom=1)


class FakeMetrics:
    def __init__(self, char_w: float = 7.0) -> None:
        self.char_w = char_w

    def advance(self, text: str, font: parts.Font) -> float:
        return len(text) * self.char_w * (1.1 if font.bold else 1.0)

    def wrapped_height(self, text: str, font: parts.Font, width: float) -> float:
        return 16 * max(1, math.ceil(self.advance(text, font) / width))


def pages(gid: str, target: str | None, lang: str = "en", metrics: FakeMetrics | None = None
          ) -> list[parts.PageLayout]:
    doc = load_guide(gid)
    steps = doc["steps"]
    return [layout_page(doc, step, step_text(doc, step, n, len(steps), target, lang), target, lang, FRAME,
                        metrics or FakeMetrics()) for n, step in enumerate(steps, 1)]


def of_type(page: parts.PageLayout, kind: type) -> list:  # type: ignore[type-arg]
    return [part for part in page.step.parts if isinstance(part, kind)]


def inside(inner: parts.Rect, outer: parts.Rect) -> bool:
    return outer.x <= inner.x and outer.y <= inner.y and inner.right <= outer.right and inner.bottom <= outer.bottom


@pytest.mark.parametrize("gid", GUIDE_IDS)
@pytest.mark.parametrize("target", ["passive", "active", None])
def test_the_layout_marks_as_many_places_as_the_words_say(gid: str, target: str | None) -> None:
    doc = load_guide(gid)
    for step, page in zip(doc["steps"], pages(gid, target), strict=True):
        assert len(page.step.marks) == len(step_marks(doc, step, target, "en"))
        assert [c.number for c in page.callouts] == [str(n) for n in range(1, len(page.step.marks) + 1)]


@pytest.mark.parametrize("gid", GUIDE_IDS)
def test_everything_lies_inside_the_picture_and_dialogs_grow_to_fit_their_body(gid: str) -> None:
    for page in pages(gid, "active", "ko"):
        windows = of_type(page, parts.Window)
        for window in windows:
            assert inside(window.client, window.rect)
        for part in page.step.parts:
            rect = getattr(part, "rect", None)
            if rect is not None and windows and part is not windows[0] and not isinstance(part, parts.Menu):
                assert inside(rect, windows[0].rect), (gid, part)
        for callout in page.callouts:
            assert callout.box.x >= 0 and callout.box.right <= parts.WIDTH
            assert callout.pill is None or callout.pill.right <= parts.WIDTH - 4
        if page.instructions:
            assert page.instructions.rect.y == page.step.bottom + 14
            assert page.height == int(page.instructions.rect.bottom) + parts.MARGIN
        else:
            assert page.height == int(page.step.bottom) + parts.MARGIN


def test_the_setting_is_laid_out_in_the_target_state() -> None:
    """Internet Options' box means passive: ticked for passive, unticked for active, as the model says."""
    for target, ticked in (("passive", True), ("active", False)):
        boxes = of_type(pages("internet-options", target)[1], parts.Checkbox)
        setting = [box for box in boxes if box.text.startswith("Use Passive FTP")]
        assert [box.checked for box in setting] == [ticked]
    chosen = [radio.text for radio in of_type(pages("filezilla", "active")[1], parts.Radio) if radio.on]
    assert chosen == ["Active"]


def test_widths_follow_the_font_metrics() -> None:
    narrow, wide = pages("filezilla", "passive", metrics=FakeMetrics(6))[0], pages(
        "filezilla", "passive", metrics=FakeMetrics(40))[0]
    assert of_type(wide, parts.Menu)[0].rect.w > of_type(narrow, parts.Menu)[0].rect.w
    assert wide.height > narrow.height  # longer lines wrap more under the picture


def test_a_wider_frame_moves_the_client_area_not_the_window() -> None:
    doc = load_guide("alftp")
    step = doc["steps"][1]
    words = step_text(doc, step, 2, 2, "passive", "en")
    thin = layout_page(doc, step, words, "passive", "en", FRAME, FakeMetrics())
    classic = layout_page(doc, step, words, "passive", "en", parts.WindowFrame(22, 4, 2, 4, 4), FakeMetrics())
    thin_window, classic_window = of_type(thin, parts.Window)[0], of_type(classic, parts.Window)[0]
    assert (thin_window.rect.x, thin_window.rect.w) == (classic_window.rect.x, classic_window.rect.w)
    assert classic_window.client == parts.Rect(thin_window.rect.x + 4, classic_window.rect.y + 24,
                                               classic_window.rect.w - 8, classic_window.rect.h - 28)


def test_a_crossed_out_address_comes_from_the_guide_not_the_program_id() -> None:
    struck = of_type(pages("browsers", None, "ko")[0], parts.StruckAddress)
    assert [(s.address, s.caption) for s in struck] == [("ftp://ftp.example.com/", "더 이상 지원 안 함")]
    assert of_type(pages("generic", None)[0], parts.StruckAddress) == []


def test_every_style_has_a_look() -> None:
    pytest.importorskip("PySide6")
    from ftpwizard.gui.clients.guide_looks import LOOKS

    assert set(LOOKS) == STYLES


def test_the_layout_needs_no_qt() -> None:
    code = ("import sys; sys.modules['PySide6'] = None\n"
            "from ftpwizard.clients import guide_layout, guide_parts\n"
            "from ftpwizard.clients.guides import load_guide, step_text\n"
            "class M:\n"
            "    def advance(self, text, font): return 7.0 * len(text)\n"
            "    def wrapped_height(self, text, font, width): return 16.0\n"
            "doc = load_guide('filezilla'); step = doc['steps'][1]\n"
            "page = guide_layout.layout_page(doc, step, step_text(doc, step, 2, 4, 'passive', 'en'), 'passive', 'en',\n"
            "    guide_parts.WindowFrame(30, 1, 1, 1, 1), M())\n"
            "print(len(page.step.marks), page.height)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    marks, height = out.stdout.split()
    assert int(marks) >= 2 and float(height) > 200


def test_the_renderer_refuses_a_picture_whose_marks_disagree_with_its_words(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ftpwizard.gui.clients import guide_renderer

    real = guide_renderer.step_text

    def one_mark_short(*args):  # type: ignore[no-untyped-def]
        words = real(*args)
        return dataclasses.replace(words, marks=words.marks[:-1])

    monkeypatch.setattr(guide_renderer, "step_text", one_mark_short)
    with pytest.raises(RuntimeError, match="filezilla: the picture marks 2 places, the words 1"):
        guide_renderer.render_guide("filezilla", "passive", "en")
