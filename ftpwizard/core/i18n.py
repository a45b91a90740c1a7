"""Translations without Qt, for the command line: reads the same Linguist .ts files the GUI compiles.

The .ts format is plain XML (context / message / source / translation), so the command line gets the
Korean verdicts without importing Qt, which would cost it a second of start-up.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable

# xml.etree, pathlib and locale are imported where they are used: `ftpwizard probe --lang en` must start
# fast and needs none of them.

# The one list of languages. Adding a language = one line here + its catalogue files (the recipe is in
# docs/architecture.md, "How to change: a third language"). Everything else reads this table: the CLI
# choices, the wizard's language box, Qt's locale, the translation build, the installer and the tests.
# code -> (Qt locale name, the language's own name as the language box shows it). The first is the default.
_TABLE: dict[str, tuple[str, str]] = {
    "ko": ("ko_KR", "한국어"),
    "en": ("en_US", "English"),
}
LANGUAGES: tuple[str, ...] = tuple(_TABLE)
DEFAULT_LANGUAGE = LANGUAGES[0]
SOURCE_LANGUAGE = "en"  # the language the source texts are written in: needs no catalogue lookup
KOREAN = "ko"  # the customers' language, for what is about Korean itself (Hangul present, Korean-only shots)


def locale_name(lang: str) -> str:
    """Qt's locale name for a language code ("ko" -> "ko_KR"); an unknown code (an old settings file) gets the
    source language's, as the program shows it in that language too."""
    return _TABLE.get(lang, _TABLE[SOURCE_LANGUAGE])[0]


def native_name(lang: str) -> str:
    """The language's name in itself, for the language box ("ko" -> "한국어")."""
    return _TABLE[lang][1]


def language_of(locale_text: str) -> str:
    """The language of a locale string ("ko_KR.UTF-8" -> "ko"); the source language when unknown."""
    lowered = locale_text.lower()
    for lang in LANGUAGES:
        if lowered.startswith(lang):
            return lang
    return SOURCE_LANGUAGE


def system_language() -> str:
    """The system locale's language when it is one of LANGUAGES, else the source language."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return language_of(value)
    import locale

    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return language_of(loc)


@functools.lru_cache(maxsize=8)
def _catalog(lang: str) -> dict[tuple[str, str], str]:
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from ftpwizard.core.resources import resource_path

    catalog: dict[tuple[str, str], str] = {}
    folder = Path(resource_path("translations"))
    for ts in sorted(folder.glob(f"*_{lang}.ts")):
        try:
            root = ET.parse(ts).getroot()
        except (ET.ParseError, OSError):
            continue
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source")
                translation = message.find("translation")
                if source is None or translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                if translation.text:
                    catalog[(name, source)] = translation.text
    return catalog


def translator(lang: str) -> Callable[[str, str], str]:
    """A ``translate(context, source)`` function for ``lang`` (English returns the source)."""
    if lang == SOURCE_LANGUAGE:
        return lambda _context, text: text
    catalog = _catalog(lang)
    return lambda context, text: catalog.get((context, text), text)
