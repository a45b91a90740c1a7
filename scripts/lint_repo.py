#!/usr/bin/env python3
"""Repository lint: one truth for colours and languages (issue 13, point 6).

    python scripts/lint_repo.py [--root DIR]      exit 0 when clean, 1 with one line per finding

Fails on
- a hex colour literal ("#1a7f37", "color:#fff") outside ftpwizard/present/theme.py: give the colour a name
  there, by what it means, and read it from the theme;
- a "ko" string literal outside the places that own the language codes: use ftpwizard.core.i18n
  (LANGUAGES, DEFAULT_LANGUAGE, KOREAN) instead;
- a Qt-style placeholder ("%1") or a ``.replace("%`` in ftpwizard/ or the translation catalogues: placeholders
  are ``{name}``, filled by ftpwizard.core.vocabulary.fill() (one style, so a translator sees what each one is).
Run by tests/test_repo_lint.py, so CI fails too.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("ftpwizard", "scripts", "tests", "installer", "benchmarks", "resources")
SUFFIXES = {".py", ".qss", ".css", ".json", ".ts"}

# Six hex digits anywhere; three only right after a quote, '=', ':' or '(' (so "issue #123" is no colour).
HEX = re.compile(r"#[0-9A-Fa-f]{6}\b|(?<=[\"'=:(])#[0-9A-Fa-f]{3}\b")
KO = re.compile(r"[\"']ko[\"']")
# %1..%9 not followed by a hex digit (so a URL escape such as "Default%20Settings" is no placeholder).
QT_PLACEHOLDER = re.compile(r"%[1-9](?![0-9A-Fa-f])|\.replace\(\s*[\"']%")
PLACEHOLDER_SCOPE = ("ftpwizard/", "resources/translations/")

# path (a file, or a folder ending in "/") -> why it may hold the literal. Keep these short.
HEX_OWNERS = {
    "ftpwizard/present/theme.py": "the one theme: every colour is named here",
    "ftpwizard/gui/clients/guide_looks.py": "the guide pictures imitate each program's own window style (classic, XP, "
    "Windows 10, Mac, terminal): those palettes belong to the looks, one class each, all in this one module",
    "tests/test_repo_lint.py": "plants stray colours to see this lint catch them",
}
KO_OWNERS = {
    "ftpwizard/core/i18n.py": "the one list of languages",
    "ftpwizard/clients/guides.py": "documents the guide JSON's {\"ko\", \"en\"} text format",
    "ftpwizard/clients/program_facts.py": "reads the program JSON's name in the same {\"ko\", \"en\"} format",
    "resources/clients/": "the guide JSON texts, keyed by language",
    "tests/": "tests call the program in Korean on purpose and assert Korean text",
}
PLACEHOLDER_OWNERS = {
    "ftpwizard/core/vocabulary.py": "its docstring names the style it forbids",
}


def _owned(rel: str, owners: dict[str, str]) -> bool:
    return any(rel == owner or (owner.endswith("/") and rel.startswith(owner)) for owner in owners)


def findings(root: Path) -> list[str]:
    found: list[str] = []
    for folder in FOLDERS:
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            if path.suffix not in SUFFIXES or not path.is_file() or "__pycache__" in path.parts:
                continue
            rel = path.relative_to(root).as_posix()
            if rel == "scripts/lint_repo.py":
                continue
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError):
                continue
            for number, line in enumerate(lines, 1):
                if rel.startswith(PLACEHOLDER_SCOPE) and not _owned(rel, PLACEHOLDER_OWNERS) and (
                        match := QT_PLACEHOLDER.search(line)):
                    found.append(f"{rel}:{number}: Qt-style placeholder {match.group(0)!r}: write {{name}} and fill() it")
                if path.suffix == ".ts":  # the catalogues: only the placeholder rule applies
                    continue
                if not _owned(rel, HEX_OWNERS) and (match := HEX.search(line)):
                    found.append(f"{rel}:{number}: hex colour {match.group(0)}: name it in ftpwizard/present/theme.py")
                if not _owned(rel, KO_OWNERS) and KO.search(line):
                    found.append(f"{rel}:{number}: \"ko\" literal: use ftpwizard.core.i18n (LANGUAGES, DEFAULT_LANGUAGE, KOREAN)")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--root", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    problems = findings(args.root)
    for line in problems:
        print(line)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
