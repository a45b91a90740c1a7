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

LANGUAGES = ("ko", "en")


def system_language() -> str:
    """'ko' when the system locale is Korean, else 'en'."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    import locale

    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "ko" if loc.lower().startswith("ko") else "en"


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
    if lang == "en":
        return lambda _context, text: text
    catalog = _catalog(lang)
    return lambda context, text: catalog.get((context, text), text)
