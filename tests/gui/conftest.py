from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from ftpwizard.gui.translations import install_translators
from ftpwizard.gui.wizard.window import FtpWizard
from ftpwizard.present.wizard.flow import ServerInput, WizardState


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, qapp) -> Iterator[str]:
    """Each test gets its own settings file: nothing leaks between tests or into the user's settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QCoreApplication.setOrganizationName("ftpwizard-tests")
    QCoreApplication.setApplicationName("ftpwizard")
    yield str(tmp_path / "settings")
    install_translators("en")


@pytest.fixture
def make_wizard(qtbot):
    created: list[FtpWizard] = []

    def make(lang: str = "en", server: ServerInput | None = None) -> FtpWizard:
        install_translators(lang)
        wizard = FtpWizard(WizardState(language=lang, server=server or ServerInput()))
        qtbot.addWidget(wizard)
        wizard.show()
        created.append(wizard)
        return wizard

    yield make
    for wizard in created:
        wizard.shutdown()

