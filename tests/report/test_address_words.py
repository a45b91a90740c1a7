"""How the report names this PC's addresses (issue 12): 192.0.2.x is a documentation range (RFC 5737), not
private, and the name in parentheses after an address holds no parentheses of its own."""

from __future__ import annotations

import re

import pytest

from ftpwizard.core.probe.addresses import classify
from ftpwizard.present.report.model import Environment, LocalAddress, build_report
from ftpwizard.present.report.render_html import to_html
from ftpwizard.present.report.render_text import to_text

ADDRESSES = ("192.168.0.23", "192.0.2.7", "100.64.3.4", "169.254.1.9", "8.8.8.8")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_address_kinds_are_named_without_nesting_and_documentation_is_not_private(runs, lang) -> None:
    env = Environment("2026-11-25T14:32:05+09:00", "0.1.0", "Windows", "11",
                      tuple(LocalAddress(a, classify(a)) for a in ADDRESSES))
    report = build_report(runs["healthy"].result, None, environment=env)
    text = to_text(report, lang)
    line = next(line for line in text.splitlines() if "192.0.2.7" in line)
    for address in ADDRESSES:
        named = re.search(re.escape(address) + r" \(([^)]*)\)", line)
        assert named is not None, line
        assert "(" not in named.group(1), line  # "(private (example range))" nested
    documentation = re.search(r"192\.0\.2\.7 \(([^)]*)\)", line).group(1)
    assert not re.search(r"private|사설", documentation), documentation
    assert re.search(r"documentation|문서", documentation), documentation
    html = to_html(report, lang)
    assert not re.search(r"192\.0\.2\.7</code> — (private|사설)", html)
