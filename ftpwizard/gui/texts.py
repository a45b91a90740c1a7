"""Texts shared by several pages, translated at the moment they are shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ftpwizard.core.probe.target import TargetError
from ftpwizard.core.vocabulary import CONTEXT as VOCABULARY
from ftpwizard.core.vocabulary import MODE_NAMES

TARGET_ERRORS = TargetError.MESSAGES  # one list, marked for translation where it is defined




def target_error_text(error: TargetError) -> str:
    template = TARGET_ERRORS.get(error.key)
    if template is None:
        return str(error)
    try:
        return QCoreApplication.translate("ServerInput", template).format(**error.params)
    except (KeyError, IndexError, ValueError):
        return QCoreApplication.translate("ServerInput", template)


def mode_name(mode: str) -> str:
    return QCoreApplication.translate(VOCABULARY, MODE_NAMES.get(mode, mode))
