"""Words shared by every layer, defined once and Qt-free: the translation marker and the placeholder filler.

``QT_TRANSLATE_NOOP(context, text)`` marks ``text`` for pyside6-lupdate (which looks for that exact name in
the sources listed in scripts/build_translations.py AREAS) and returns it unchanged; the translation happens
later, through Qt (``QCoreApplication.translate``) in the wizard or ftpwizard.i18n on the command line.

Placeholders are written one way, ``{name}``, and filled by ``fill()``. Do not add Qt's ``%1`` style.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


class _KeepUnknown(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, **params: object) -> str:
    """``template`` with each ``{name}`` replaced by ``params[name]``; an unknown name stays as written.

    One filler for every translated template, so a translator who drops or misspells a placeholder gets a
    visible ``{name}`` instead of a KeyError in front of the customer.
    """
    return template.format_map(_KeepUnknown(params))
