#!/usr/bin/env python3
"""Fill translations into a Linguist .ts file from a JSON object {source: translation}.

    python scripts/fill_translations.py resources/translations/wizard_ko.ts ko.json
    python scripts/fill_translations.py --english resources/translations/wizard_en.ts

Translators can use Qt Linguist instead; this exists so that texts written in review can be applied
in one step. Only messages whose source is in the JSON change; the rest of the file stays as it is.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(ts_path: Path, mapping: dict[str, str] | None) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        text = source if mapping is None else mapping.get(source)
        if text is None:
            if translation.get("type") == "unfinished" or not translation.text:
                missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    # Linguist writes <!DOCTYPE TS>; ElementTree drops it: put it back so the file diffs cleanly.
    text = ts_path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        ts_path.write_text(text, encoding="utf-8")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ts", type=Path)
    parser.add_argument("json", type=Path, nargs="?")
    parser.add_argument("--english", action="store_true", help="translation = source for every message")
    args = parser.parse_args()
    mapping = None if args.english else json.loads(args.json.read_text(encoding="utf-8"))
    missing = fill(args.ts, mapping)
    for source in missing:
        print("untranslated:", source[:100])
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
