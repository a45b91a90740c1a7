#!/usr/bin/env python3
"""Build the program's translations.

    python scripts/build_translations.py            compile every resources/translations/*.ts to .qm
    python scripts/build_translations.py --update   re-extract source texts into each area's .ts (keeps translations)

Each area keeps its own Linguist files (<area>_ko.ts, <area>_en.ts), so work on one area never edits
another's file. Uses the lupdate/lrelease that ship inside PySide6, so nothing else needs installing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout: the package is next to scripts/
from ftpwizard.core.i18n import LANGUAGES, locale_name  # noqa: E402

TS_DIR = ROOT / "resources" / "translations"
LANGS = {lang: locale_name(lang) for lang in LANGUAGES}  # the one list: ftpwizard/core/i18n.py
# area -> source files and folders whose texts it holds
AREAS: dict[str, list[str]] = {
    "verdict": ["ftpwizard/core/diagnosis/messages.py"],
    "cli": ["ftpwizard/commands/probe.py", "ftpwizard/commands/console.py", "ftpwizard/present/cli_words.py"],
    "wizard": ["ftpwizard/gui/app.py", "ftpwizard/gui/wizard", "ftpwizard/gui/worker.py", "ftpwizard/gui/texts.py",
               "ftpwizard/core/probe/target.py"],
    "handshake": ["ftpwizard/gui/handshake_view.py", "ftpwizard/present/wizard/handshake_state.py"],
    "clients": ["ftpwizard/gui/clients", "ftpwizard/clients"],
    "vocabulary": ["ftpwizard/core/vocabulary.py"],  # shared terms (context Vocabulary), one translation each
    "report": ["ftpwizard/present/report", "ftpwizard/gui/report_actions.py", "ftpwizard/gui/details_panel.py"],
    # Will the customer's own program work? (issue 14): the words every surface shows alike
    "programs": ["ftpwizard/present/program_words.py"],
}


def _tool(name: str) -> str:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise SystemExit(f"cannot find Qt's {name} (is PySide6 installed?)")


def _sources(area: str) -> list[str]:
    files: list[str] = []
    for entry in AREAS[area]:
        path = ROOT / entry
        if path.is_dir():
            files += [str(p) for p in sorted(path.rglob("*.py"))]
        elif path.exists():
            files.append(str(path))
    return files


def update(out_dir: Path = TS_DIR, areas: list[str] | None = None) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for area in areas or list(AREAS):
        sources = _sources(area)
        if not sources:
            continue
        for lang, qt_lang in LANGS.items():
            ts = out_dir / f"{area}_{lang}.ts"
            cmd = [_tool("lupdate"), "-locations", "none", "-no-obsolete", "-target-language", qt_lang, *sources, "-ts", str(ts)]
            subprocess.run(cmd, check=True, capture_output=True)


def compile_all(ts_dir: Path = TS_DIR) -> list[Path]:
    out = []
    for ts in sorted(ts_dir.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        out.append(qm)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--update", action="store_true")
    args = parser.parse_args()
    if args.update:
        update()
        return 0
    compile_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
