"""The repository lint (scripts/lint_repo.py) passes on the repository and catches what it is for."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT = ROOT / "scripts" / "lint_repo.py"


def _lint(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(LINT), *args], capture_output=True, text=True, timeout=60, check=False)


def test_the_repository_has_no_stray_colour_or_language_literal() -> None:
    finished = _lint()
    assert finished.returncode == 0, finished.stdout + finished.stderr


def test_a_stray_colour_and_a_stray_language_code_are_reported_with_their_place(tmp_path: Path) -> None:
    (tmp_path / "ftpwizard" / "gui").mkdir(parents=True)
    (tmp_path / "ftpwizard" / "gui" / "page.py").write_text(
        'STYLE = "color:#fff;"\nBORDER = "#D0D7DE"\nif lang == "ko":\n    pass\nISSUE = "see issue #123"\n',
        encoding="utf-8")
    (tmp_path / "ftpwizard" / "present").mkdir()
    (tmp_path / "ftpwizard" / "present" / "theme.py").write_text('OK = "#1a7f37"\n', encoding="utf-8")  # the owner
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_x.py").write_text('LANG = "ko"\n', encoding="utf-8")  # tests may say "ko"
    finished = _lint("--root", str(tmp_path))
    assert finished.returncode == 1
    assert finished.stdout.splitlines() == [
        "ftpwizard/gui/page.py:1: hex colour #fff: name it in ftpwizard/present/theme.py",
        "ftpwizard/gui/page.py:2: hex colour #D0D7DE: name it in ftpwizard/present/theme.py",
        'ftpwizard/gui/page.py:3: "ko" literal: use ftpwizard.core.i18n (LANGUAGES, DEFAULT_LANGUAGE, KOREAN)',
    ]


def test_a_qt_style_placeholder_in_the_code_or_a_catalogue_is_reported(tmp_path: Path) -> None:
    (tmp_path / "ftpwizard" / "gui").mkdir(parents=True)
    (tmp_path / "ftpwizard" / "gui" / "page.py").write_text(
        'a = self.tr("Copied: %1").replace("%1", command)\n'
        'b = fill(self.tr("Copied: {command}"), command=command)\n'
        'SITE = "Default%20Settings"\n', encoding="utf-8")  # a URL escape is no placeholder
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    (tmp_path / "resources" / "translations" / "gui_ko.ts").write_text(
        "<source>Copied: {command}</source>\n<translation>복사했습니다: %1</translation>\n", encoding="utf-8")
    finished = _lint("--root", str(tmp_path))
    assert finished.returncode == 1
    assert finished.stdout.splitlines() == [
        "ftpwizard/gui/page.py:1: Qt-style placeholder '%1': write {name} and fill() it",
        "resources/translations/gui_ko.ts:2: Qt-style placeholder '%1': write {name} and fill() it",
    ]
