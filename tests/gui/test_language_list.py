"""One list of languages (ftpwizard.core.i18n.LANGUAGES): the wizard's language box and the command lines'
--lang choices are made from it, so adding a language there (and its catalogues) is all it takes."""

from __future__ import annotations

import pytest

from ftpwizard.commands.main import main
from ftpwizard.core.i18n import LANGUAGES, native_name


def test_the_language_box_offers_every_language_by_its_own_name(make_wizard) -> None:  # type: ignore[no-untyped-def]
    wizard = make_wizard("en")
    box = wizard.welcome.language
    assert [box.itemData(i) for i in range(box.count())] == list(LANGUAGES)
    assert [box.itemText(i) for i in range(box.count())] == [native_name(lang) for lang in LANGUAGES]
    assert box.currentData() == "en"


@pytest.mark.parametrize("command", [["--help"], ["probe", "--help"]])
def test_the_command_lines_offer_every_language(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main([*command, "--lang", "en"])
    assert stopped.value.code == 0
    assert "{" + ",".join(LANGUAGES) + "}" in capsys.readouterr().out


def test_a_language_the_program_no_longer_has_shows_the_source_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ftpwizard.gui.translations import current_language, install_translators

    try:
        install_translators("xx")  # e.g. remembered in the settings by a build that had it
        assert current_language() == "en"
    finally:
        install_translators("en")
