"""The clients panel's status sentence for a program on its default setting (issue 12): one pair of
parentheses, not "(one setting for all servers). (the program's default)"."""

from __future__ import annotations

import re

import pytest

from ftpwizard.gui.clients.panel import ClientsPanel
from ftpwizard.gui.translations import install_translators


@pytest.mark.parametrize(("lang", "default_word"), [("en", "the program's default"), ("ko", "프로그램 기본값")])
def test_default_setting_is_said_in_one_sentence(qtbot, linux, lang, default_word) -> None:  # type: ignore[no-untyped-def]
    linux.on_path["lftp"] = "/usr/bin/lftp"  # no ~/.lftprc: lftp runs on its default, passive mode
    install_translators(lang)
    try:
        panel = ClientsPanel(env=linux.env)
        qtbot.addWidget(panel)
        panel.set_context("passive", "ftp.example.com")
        status = panel.status.text()
    finally:
        install_translators("en")
    line = next(part for part in re.split(r"<br\s*/?>", status) if default_word in part)
    assert not re.search(r"\)\.?\s*\(", line), line  # two parenthesised parts in a row
    depth = 0
    for ch in line:  # and none inside another
        depth += {"(": 1, ")": -1}.get(ch, 0)
        assert depth <= 1, line
