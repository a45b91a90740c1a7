"""Every Korean text a customer reads follows docs/glossary-ko.md: one term per concept, no particle hedges.

The retired variants and hedge patterns are read from the glossary's machine-readable blocks, so the
rules live in one place. Texts checked: the Linguist catalogues (*_ko.ts, which also hold the command
line's and the reports' texts), the program guides' Korean values and the installer's Korean messages.
"""

from __future__ import annotations

import functools
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary-ko.md"
PLACEHOLDER = r"(?:\{[a-z_]+\}|%\d)"
# A particle whose form depends on the last syllable (받침), right after a placeholder (or its closing quote).
PARTICLE_AFTER_PLACEHOLDER = re.compile(
    PLACEHOLDER + r"['\"\]’]?(?:은|는|이|가|을|를|와|과|으로|로|이라고|라고)(?=[\s.,:;!?)\]]|$)"
)
# Catalogue areas whose texts the command line and the reports print too: they have no "next page".
NOT_GUI_ONLY = ("verdict_ko.ts", "cli_ko.ts", "report_ko.ts", "programs_ko.ts")


def _block(name: str) -> list[str]:
    match = re.search(rf"```{name}\n(.*?)```", GLOSSARY.read_text(encoding="utf-8"), re.S)
    assert match, f"docs/glossary-ko.md has no ```{name} block"
    return [line for line in match.group(1).splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def retired_rules() -> list[tuple[re.Pattern[str], str]]:
    rules = []
    for line in _block("retired-ko"):
        pattern, _, instead = line.partition(" => ")
        rules.append((re.compile(pattern), instead))
    return rules


def hedge_patterns() -> list[re.Pattern[str]]:
    return [re.compile(line) for line in _block("particle-hedges-ko")]


def catalogue_texts() -> Iterator[tuple[str, str]]:
    for ts in sorted((ROOT / "resources" / "translations").glob("*_ko.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                yield f"{ts.name} {name}: {message.findtext('source')!r}", message.findtext("translation") or ""


def _korean_values(node: object, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "ko" and isinstance(value, str):
                yield where, value
            else:
                yield from _korean_values(value, where)
    elif isinstance(node, list):
        for item in node:
            yield from _korean_values(item, where)


def guide_texts() -> Iterator[tuple[str, str]]:
    for path in sorted((ROOT / "resources" / "clients").glob("*.json")):
        yield from _korean_values(json.loads(path.read_text(encoding="utf-8")), path.name)


def installer_texts() -> Iterator[tuple[str, str]]:
    iss = ROOT / "installer" / "windows" / "ftpwizard.iss"
    for line in iss.read_text(encoding="utf-8-sig").splitlines():
        if line.startswith("korean."):
            yield f"{iss.name} {line.partition('=')[0]}", line.partition("=")[2]


@functools.cache
def all_korean_texts() -> tuple[tuple[str, str], ...]:
    return (*catalogue_texts(), *guide_texts(), *installer_texts())


def test_the_glossary_blocks_parse_and_catch_what_they_name() -> None:
    rules = retired_rules()
    assert len(rules) >= 10
    assert any(p.search("두 방식 모두 정상입니다") for p, _ in rules)
    assert any(p.search("서버 관리자에게 알려 주세요") for p, _ in rules)
    assert not any(p.search("네트워크 구성 마법사(N)...") for p, _ in rules)  # FileZilla's own menu item
    assert any(p.search("{host}을(를)") for p in hedge_patterns())
    assert PARTICLE_AFTER_PLACEHOLDER.search("ftpwizard {version}로 만든 보고서")
    assert PARTICLE_AFTER_PLACEHOLDER.search("'{host}'은 올바른")
    assert not PARTICLE_AFTER_PLACEHOLDER.search("{host}의 {port}번 포트")
    assert not PARTICLE_AFTER_PLACEHOLDER.search("인증서의 SHA-256 지문은 {fingerprint}입니다.")


def test_every_korean_text_is_found() -> None:
    texts = all_korean_texts()
    assert sum(1 for where, _ in texts if where.endswith(".json")) > 200
    assert sum(1 for where, _ in texts if ".ts " in where) > 400
    assert any(where.startswith("ftpwizard.iss") for where, _ in texts)


def test_no_retired_term() -> None:
    rules = retired_rules()
    wrong = [f"{where}\n  {text}\n  -> {instead}" for where, text in all_korean_texts()
             for pattern, instead in rules if pattern.search(text)]
    assert not wrong, "retired terms (docs/glossary-ko.md):\n" + "\n".join(wrong)


def test_no_particle_hedge() -> None:
    hedges = hedge_patterns()
    wrong = [f"{where}\n  {text}" for where, text in all_korean_texts() if any(p.search(text) for p in hedges)]
    assert not wrong, "particle hedges:\n" + "\n".join(wrong)


def test_no_particle_right_after_a_placeholder() -> None:
    wrong = [f"{where}\n  {text}" for where, text in all_korean_texts() if PARTICLE_AFTER_PLACEHOLDER.search(text)]
    assert not wrong, "a particle follows a placeholder; rewrite the sentence:\n" + "\n".join(wrong)


def test_command_line_and_report_texts_do_not_point_to_a_next_page() -> None:
    wrong = [f"{where}: {text}" for where, text in catalogue_texts()
             if where.split()[0] in NOT_GUI_ONLY and "다음 화면" in text]
    assert not wrong, "\n".join(wrong)


def test_no_nested_parentheses() -> None:
    wrong = []
    for where, text in catalogue_texts():
        depth = 0
        for ch in text:
            depth += {"(": 1, ")": -1}.get(ch, 0)
            if depth > 1:
                wrong.append(f"{where}: {text}")
                break
    assert not wrong, "\n".join(wrong)


def test_no_space_before_a_bracket_in_a_sentence() -> None:
    """보안 연결(TLS), not 보안 연결 (TLS); file-type filters and shortcut hints keep their space."""
    wrong = [f"{where}: {text}" for where, text in catalogue_texts()
             if re.search(r"\S \((?!\*\.|Ctrl\+)", text)]
    assert not wrong, "\n".join(wrong)
