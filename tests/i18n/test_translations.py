"""Every user-visible source text has a finished Korean translation with the same placeholders."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ftpwizard.core.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
_spec = importlib.util.spec_from_file_location("build_translations", ROOT / "scripts" / "build_translations.py")
assert _spec and _spec.loader
build_translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(build_translations)

PLACEHOLDER = re.compile(r"%\d+|\{[a-z_]+\}")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    """Run lupdate over today's sources into a fresh folder."""
    out = tmp_path_factory.mktemp("ts")
    build_translations.update(out)
    return out


AREAS = [area for area in build_translations.AREAS if build_translations._sources(area)]


@pytest.mark.parametrize("area", AREAS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_source_text_is_translated(extracted: Path, area: str, lang: str) -> None:
    fresh = _messages(extracted / f"{area}_{lang}.ts")
    if not fresh:
        pytest.skip(f"no user-visible texts in the {area} sources yet")
    committed_path = TS_DIR / f"{area}_{lang}.ts"
    assert committed_path.exists(), f"{committed_path.name} is missing: run scripts/build_translations.py --update"
    committed = _messages(committed_path)
    missing = [src for key in fresh if key not in committed for src in [key[1]]]
    assert not missing, f"{area}_{lang}.ts lacks {len(missing)} text(s), e.g. {missing[:3]}"
    unfinished = []
    for key in fresh:
        translation = committed[key].find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
            unfinished.append(key[1])
    assert not unfinished, f"{area}_{lang}.ts has {len(unfinished)} unfinished text(s), e.g. {unfinished[:3]}"


@pytest.mark.parametrize("ts", sorted(TS_DIR.glob("*.ts")), ids=lambda p: p.name)
def test_placeholders_match(ts: Path) -> None:
    wrong = []
    for (_context, source), message in _messages(ts).items():
        text = message.findtext("translation") or ""
        if text and sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append(f"{source[:60]!r} -> {text[:60]!r}")
    assert not wrong, "\n".join(wrong)


def test_korean_texts_are_korean() -> None:
    """A Korean file whose texts are English copies would pass the checks above: catch it."""
    for ts in TS_DIR.glob("*_ko.ts"):
        texts = [m.findtext("translation") or "" for m in _messages(ts).values()]
        hangul = [t for t in texts if re.search("[\uac00-\ud7a3]", t)]
        assert len(hangul) >= 0.6 * len(texts), f"{ts.name}: only {len(hangul)} of {len(texts)} texts are Korean"
