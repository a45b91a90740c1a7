"""Words shared by every layer, defined once and Qt-free: the translation marker and the placeholder filler.

``QT_TRANSLATE_NOOP(context, text)`` marks ``text`` for pyside6-lupdate (which looks for that exact name in
the sources listed in scripts/build_translations.py AREAS) and returns it unchanged; the translation happens
later, through Qt (``QCoreApplication.translate``) in the wizard or ftpwizard.core.i18n on the command line.

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


# ------------------------------------------------------------------ shared terms
# Words every surface (command line, report, wizard) shows the same way. They are translated in their own
# context, so each has one Korean translation (resources/translations/vocabulary_<lang>.ts); a Term carries
# that context, and the surfaces' translate helpers use ``context_of(text, their_own_context)``.
CONTEXT = "Vocabulary"


class Term(str):
    """A shared word: translated in the Vocabulary context wherever it is shown."""

    __slots__ = ()
    context = CONTEXT


def context_of(text: str, default: str) -> str:
    """The context to translate ``text`` in: a Term's own, else the caller's."""
    return CONTEXT if isinstance(text, Term) else default


MODE_NAMES: dict[str, Term] = {
    "active": Term(QT_TRANSLATE_NOOP("Vocabulary", "Active mode")),
    "passive": Term(QT_TRANSLATE_NOOP("Vocabulary", "Passive mode")),
}
SEQUENTIAL_NOTE = Term(QT_TRANSLATE_NOOP(
    "Vocabulary", "The server allowed only one connection: the modes were tested one after the other."))
# The control connection's steps, by ftpwizard.core.probe.model.CONTROL_STEPS name: the command line's
# "failed at", the report's step table, the details panel's log and the Test page's progress line.
STEP_NAMES: dict[str, Term] = {
    "resolve": Term(QT_TRANSLATE_NOOP("Vocabulary", "Look up the server's address")),
    "connect": Term(QT_TRANSLATE_NOOP("Vocabulary", "Connect to the server")),
    "banner": Term(QT_TRANSLATE_NOOP("Vocabulary", "Server greeting")),
    "tls": Term(QT_TRANSLATE_NOOP("Vocabulary", "Secure connection (TLS)")),
    "login": Term(QT_TRANSLATE_NOOP("Vocabulary", "Log in")),
}
# The sides a diagnosis blames (ftpwizard.core.diagnosis.model.SIDES): the handshake picture's and the report
# diagram's captions and the "where it stopped" line.
SIDE_NAMES: dict[str, Term] = {
    "client": Term(QT_TRANSLATE_NOOP("Vocabulary", "My PC")),
    "server": Term(QT_TRANSLATE_NOOP("Vocabulary", "FTP server")),
    "network": Term(QT_TRANSLATE_NOOP("Vocabulary", "The network between my PC and the server")),
    "unknown": Term(QT_TRANSLATE_NOOP("Vocabulary", "Cannot tell")),
}
# How a step failed, by ftpwizard.core.probe.model.ErrorKind value: the command line's tag after a failed
# step ("[refused]") and the report's step table say it in the same words.
ERROR_NAMES: dict[str, Term] = {
    "dns": Term(QT_TRANSLATE_NOOP("Vocabulary", "name not found")),
    "timeout": Term(QT_TRANSLATE_NOOP("Vocabulary", "no answer (timeout)")),
    "refused": Term(QT_TRANSLATE_NOOP("Vocabulary", "refused")),
    "reset": Term(QT_TRANSLATE_NOOP("Vocabulary", "connection reset")),
    "unreachable": Term(QT_TRANSLATE_NOOP("Vocabulary", "unreachable")),
    "rejected": Term(QT_TRANSLATE_NOOP("Vocabulary", "rejected by the server")),
    "tls": Term(QT_TRANSLATE_NOOP("Vocabulary", "TLS error")),
    "protocol": Term(QT_TRANSLATE_NOOP("Vocabulary", "invalid reply")),
    "cancelled": Term(QT_TRANSLATE_NOOP("Vocabulary", "cancelled")),
}
