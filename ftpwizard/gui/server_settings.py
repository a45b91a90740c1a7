"""The server page's fields kept for next time (host, port, user, TLS; the password never), in QSettings.

Apart from the page: the program reads them before its first window, without loading the page's widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ftpwizard.present.wizard.flow import ServerInput

SETTINGS_GROUP = "server"


def remember_server_input(server: ServerInput) -> None:
    settings = QSettings()
    settings.beginGroup(SETTINGS_GROUP)
    for key, value in server.remembered().items():
        settings.setValue(key, value)
    settings.endGroup()
    settings.sync()


def remembered_server_input() -> ServerInput:
    settings = QSettings()
    settings.beginGroup(SETTINGS_GROUP)
    values = {key: settings.value(key) for key in settings.childKeys()}
    settings.endGroup()
    return ServerInput.from_remembered(values)
