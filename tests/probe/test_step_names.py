"""Issue 13 point 6: a control step has one name, shown alike by the command line, the report and the details panel.

One real probe whose login fails (wrong password against a real pyftpdlib server), read through each surface's
own entry point, in every language.
"""

from __future__ import annotations

import io
from typing import Any

import pytest
from probe_servers import probe

from ftpwizard.commands.probe import run
from ftpwizard.core.i18n import LANGUAGES, translator
from ftpwizard.core.probe.model import StepFinished, StepStarted
from ftpwizard.core.vocabulary import CONTEXT, STEP_NAMES
from ftpwizard.gui.details_panel import DetailsPanel
from ftpwizard.gui.translations import install_translators
from ftpwizard.present.report.model import build_report
from ftpwizard.present.report.render_text import to_text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_failed_login_has_the_same_step_name_in_the_cli_the_report_and_the_details_panel(
        ftp_server: Any, qtbot: Any, lang: str) -> None:
    server = ftp_server()
    name = translator(lang)(CONTEXT, STEP_NAMES["login"])

    out = io.StringIO()
    run([server.url(), "--lang", lang, "--password-stdin"], stdin=io.StringIO("wrong\n"), stdout=out,
        stderr=io.StringIO())

    events: list[Any] = []
    result = probe(server.url(), password="wrong", on_event=events.append)
    assert result.control.failed_step == "login"
    report = to_text(build_report(result, None), lang)

    install_translators(lang)
    try:
        panel = DetailsPanel()
        qtbot.addWidget(panel)
        for event in events:
            if isinstance(event, StepStarted | StepFinished):
                panel.add_step(event)
        shown = panel.text()
    finally:
        install_translators("en")

    failed_at = translator(lang)("Cli", "failed at: {step}").replace("{step}", name)
    assert failed_at in out.getvalue()
    assert translator(lang)("Report", "failed at: {step}").replace("{step}", name) in report
    assert f"✗ {name}" in shown
