"""The scenario x daemon table of verdicts and times to verdict (printed by pytest and the benchmark)."""

from __future__ import annotations

from dataclasses import dataclass

from lab_scenarios import ALL_DAEMONS, SCENARIOS


@dataclass(frozen=True)
class Cell:
    daemon: str
    scenario: str
    expected: str
    got: str | None  # None: the probe printed no JSON
    seconds: float


def format_table(cells: list[Cell]) -> str:
    """Markdown: one row per scenario, one column per daemon, ``verdict  time``; a ✗ marks a wrong verdict."""
    by_key = {(c.scenario, c.daemon): c for c in cells}
    columns = [d for d in (*ALL_DAEMONS, "none") if any(c.daemon == d for c in cells)]
    lines = ["| scenario | expected | " + " | ".join(columns) + " |", "|---|---|" + "---|" * len(columns)]
    for scenario in SCENARIOS:
        row = [by_key.get((scenario.id, d)) for d in columns]
        if not any(row):
            continue
        texts = []
        for cell in row:
            if cell is None:
                texts.append("")
            elif cell.got == cell.expected:
                texts.append(f"{cell.seconds:.1f} s")
            else:
                texts.append(f"✗ {cell.got} {cell.seconds:.1f} s")
        expected = {c.expected for c in row if c is not None}
        lines.append(f"| {scenario.title} | {' / '.join(sorted(expected))} | " + " | ".join(texts) + " |")
    return "\n".join(lines)
