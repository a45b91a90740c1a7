"""Every page fits the laptop screens our customers have: the real program (``ftpwizard.commands.main.main``) on a
real X server (Xvfb + Openbox: title bars, and a taskbar strip the window must keep clear of) at the
screen sizes and Windows scalings named in issue 12, walked page by page with Next."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from x_display import missing_tools, walk_program

from ftpwizard.core.i18n import LANGUAGES

MAX_MINIMUM = (880, 560)  # the window may not insist on more than this (logical pixels)
MIN_TEXT_PX = 11.0  # Hangul needs this many pixels to be read
PAGES = ["welcome", "server", "test", "verdict", "program", "finish"]

SCREENS = [  # width, height, scale (QT_SCALE_FACTOR = the Windows display scaling)
    (1366, 768, 1.0),
    (1366, 768, 1.25),
    (1366, 768, 1.5),
    (1280, 720, 1.0),
    (1920, 1080, 1.5),
]


def require_x_tools() -> None:
    missing = missing_tools()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must run the screen tests, but {', '.join(missing)} is missing (scripts/setup.sh test)")
        pytest.skip(f"needs {', '.join(missing)} (installed by scripts/setup.sh test)")


def walk(tmp_path: Path, width: int, height: int, scale: float, lang: str = "ko",
         minimum: bool = False) -> list[dict[str, Any]]:
    """Start the program on a fresh PC (no remembered server) and walk every page; what each page measured."""
    require_x_tools()
    out = tmp_path / "walk"
    out.mkdir()
    finished = walk_program(out, width, height, scale, lang, home=tmp_path / "home", minimum=minimum)
    error = out / "error.txt"
    assert not error.exists(), error.read_text(encoding="utf-8")
    assert finished.returncode == 0, finished.stderr[-3000:]
    pages: list[dict[str, Any]] = json.loads((out / "pages.json").read_text(encoding="utf-8"))
    return pages


def inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return x >= ox and y >= oy and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.slow
@pytest.mark.parametrize(("width", "height", "scale"), SCREENS, ids=[f"{w}x{h}@{round(s * 100)}%" for w, h, s in SCREENS])
def test_every_page_fits_the_screen_with_its_buttons(tmp_path: Path, width: int, height: int, scale: float) -> None:
    check_pages(walk(tmp_path, width, height, scale), width, height, scale)


@pytest.mark.slow
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_works_at_the_smallest_window_size(tmp_path: Path, lang: str) -> None:
    pages = walk(tmp_path, 1366, 768, 1.0, lang, minimum=True)
    for page in pages:
        assert page["window"][2:] == page["minimum"], f"{page['page']}: the window did not shrink"
    check_pages(pages, 1366, 768, 1.0)


def check_pages(pages: list[dict[str, Any]], width: int, height: int, scale: float) -> None:
    assert [p["page"] for p in pages] == PAGES
    for page in pages:
        where = f"{page['page']} page at {width}x{height} @ {scale:.0%}"
        # The whole window, title bar included, stays inside the screen less the taskbar.
        assert page["available"][3] < page["screen"][3], "the window manager keeps no taskbar strip"
        assert inside(page["frame"], page["available"]), f"{where}: window {page['frame']} vs {page['available']}"
        assert page["minimum"][0] <= MAX_MINIMUM[0] and page["minimum"][1] <= MAX_MINIMUM[1], where
        assert page["buttons"], where
        for text, button in page["buttons"].items():
            assert inside(button, page["available"]), f"{where}: button {text!r} at {button}"
        assert page["clipped"] == [], f"{where}: {page['clipped']}"
        if page["page"] in ("test", "verdict"):
            assert set(page["handshake_text_px"]) == {"active", "passive"}, where
            for mode, px in page["handshake_text_px"].items():
                assert px >= MIN_TEXT_PX, f"{where}: the {mode} picture's smallest text is {px} px"
