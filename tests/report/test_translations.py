"""report_ko.ts / report_en.ts: in step with the source texts, every message finished, placeholders intact."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ftpwizard.core.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [*sorted((ROOT / "ftpwizard" / "present" / "report").glob("*.py")),
           ROOT / "ftpwizard" / "gui" / "report_actions.py", ROOT / "ftpwizard" / "gui" / "details_panel.py"]
PLACEHOLDER = re.compile(r"%\d|\{[a-z_]+\}")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
        for context in root.iter("context") for message in context.iter("message")
    ]


def _lupdate(tmp_path: Path) -> set[tuple[str, str]]:
    import PySide6

    tool = Path(PySide6.__file__).parent / "lupdate"
    ts = tmp_path / "fresh.ts"
    subprocess.run([str(tool), "-silent", "-locations", "none", *map(str, SOURCES), "-ts", str(ts)],
                   check=True, capture_output=True)
    return {(c, s) for c, s, _ in _messages(ts)}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_ts_files_match_the_sources_and_are_finished(tmp_path, lang):
    ts = ROOT / "resources" / "translations" / f"report_{lang}.ts"
    messages = _messages(ts)
    assert {(c, s) for c, s, _ in messages} == _lupdate(tmp_path)
    for context, source, translation in messages:
        assert translation is not None and translation.get("type") is None, (context, source)
        text = translation.text or ""
        assert text.strip(), (context, source)
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (source, text)
        if lang == "ko" and re.search(r"[a-z]{4,}", source) and source not in {"ftpwizard version"}:
            assert re.search(r"[가-힣]", text), f"not translated to Korean: {source!r}"


def test_the_command_line_reads_the_korean_labels():
    from ftpwizard.core.i18n import translator
    from ftpwizard.present.report import texts as T

    tr = translator("ko")
    assert T.tr_fill(tr, T.MODE_FAILED, n=3) == "3단계에서 실패"
    assert tr("Report", T.VERDICT) == "진단 결과"
