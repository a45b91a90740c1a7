"""The clients area's Linguist files: complete, finished, placeholders intact, in step with the code."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

from ftpwizard.core.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
# The clients area of scripts/build_translations.py: every module of both packages.
SOURCES = [*sorted((ROOT / "ftpwizard/clients").glob("*.py")), *sorted((ROOT / "ftpwizard/gui/clients").glob("*.py"))]


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or ""): m.find("translation")  # type: ignore[misc]
            for c in root.iter("context") for m in c.iter("message")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_is_translated_with_its_placeholders(lang: str) -> None:
    found = messages(ROOT / f"resources/translations/clients_{lang}.ts")
    assert len(found) > 80
    for (_ctx, source), tr in found.items():
        assert tr is not None and tr.get("type") is None and tr.text, source
        assert sorted(re.findall(r"%\d|\{\w+\}", source)) == sorted(re.findall(r"%\d|\{\w+\}", tr.text)), source
    if lang == "ko":
        assert found[("ClientsPanel", "Change it for me")].text == "자동으로 바꾸기"


def test_ts_files_hold_every_string_in_the_code(tmp_path: Path) -> None:
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *map(str, SOURCES), "-ts", str(fresh)], check=True, capture_output=True, timeout=120)
    assert set(messages(fresh)) == set(messages(ROOT / "resources/translations/clients_ko.ts"))
