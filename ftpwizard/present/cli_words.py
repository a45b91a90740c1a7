"""What every command line (`ftpwizard`, `ftpwizard probe`, `ftpwizard clients`) says the same way: which
language a command line asks for, and argparse's own words (usage, headings, -h) in that language.

Light on purpose: the wizard's start path reads it before its first window, so it imports neither the
probe engine nor Qt (tests/gui/test_start_up.py lists what loads before the first window)."""

from __future__ import annotations

from ftpwizard.core.i18n import LANGUAGES, translator
from ftpwizard.core.vocabulary import QT_TRANSLATE_NOOP

TYPE_CHECKING = False  # not typing's: importing typing costs the command line start-up time (records.py)
if TYPE_CHECKING:
    import argparse
    from typing import Any

CONTEXT = "Cli"


H_USAGE = QT_TRANSLATE_NOOP("Cli", "usage: ")
H_POSITIONALS = QT_TRANSLATE_NOOP("Cli", "positional arguments")
H_OPTIONS = QT_TRANSLATE_NOOP("Cli", "options")
H_HELP = QT_TRANSLATE_NOOP("Cli", "show this help message and exit")


def lang_asked(argv: list[str]) -> str | None:
    """The --lang the user gave, even on a command line that is otherwise wrong: its error and its --help
    are in that language."""
    for i, arg in enumerate(argv):
        value = argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else arg.partition("=")[2] if arg.startswith("--lang=") else ""
        if value in LANGUAGES:
            return value
    return None


def localize_parser(parser: argparse.ArgumentParser, lang: str) -> None:
    """argparse's own words (usage, headings, -h) in ``lang``; ``parser`` must be made with add_help=False."""
    import argparse

    tr = translator(lang)

    class Formatter(argparse.HelpFormatter):
        def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any = None) -> None:
            super().add_usage(usage, actions, groups, tr(CONTEXT, H_USAGE))

    parser.formatter_class = Formatter
    parser._positionals.title = tr(CONTEXT, H_POSITIONALS)
    parser._optionals.title = tr(CONTEXT, H_OPTIONS)
    parser.add_argument("-h", "--help", action="help", help=tr(CONTEXT, H_HELP))
