"""Start the wizard: `ftpwizard [URL] [--demo [--scenario S]] [--lang LANG] [--self-test]` (LANG: i18n.LANGUAGES)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from ftpwizard import __version__
from ftpwizard.core.i18n import LANGUAGES
from ftpwizard.core.vocabulary import QT_TRANSLATE_NOOP
from ftpwizard.demo.scenarios import SCENARIOS

if TYPE_CHECKING:
    from ftpwizard.demo.server import DemoServer
    from ftpwizard.gui.wizard.window import FtpWizard
    from ftpwizard.present.wizard.flow import WizardState

_T0 = time.perf_counter()


APP_CONTEXT = "App"


H_DESCRIPTION = QT_TRANSLATE_NOOP("App", "Finds out why FTP logs in but never shows the file list. Subcommands: probe, clients, demo-server (see 'ftpwizard probe --help').")
H_URL = QT_TRANSLATE_NOOP("App", "the server to fill in, e.g. ftp://user@ftp.example.com:21")
H_DEMO = QT_TRANSLATE_NOOP("App", "start the built-in demo server and test it")
H_SCENARIO = QT_TRANSLATE_NOOP("App", "what the demo server simulates")
H_LANG = QT_TRANSLATE_NOOP("App", "language (default: the system's)")
H_SELF_TEST = QT_TRANSLATE_NOOP("App", "walk the whole wizard headless through every demo scenario")
H_VERSION = QT_TRANSLATE_NOOP("App", "show the version and exit")


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    from ftpwizard.core.i18n import translator
    from ftpwizard.present.cli_words import localize_parser

    tr = translator(lang)

    def t(text: str) -> str:
        return tr(APP_CONTEXT, text)

    parser = argparse.ArgumentParser(prog="ftpwizard", description=t(H_DESCRIPTION), add_help=False)
    localize_parser(parser, lang)
    parser.add_argument("url", nargs="?", help=t(H_URL))
    parser.add_argument("--demo", action="store_true", help=t(H_DEMO))
    parser.add_argument("--scenario", choices=SCENARIOS, default="healthy", help=t(H_SCENARIO))
    parser.add_argument("--lang", choices=LANGUAGES, help=t(H_LANG))
    parser.add_argument("--self-test", action="store_true", help=t(H_SELF_TEST))
    parser.add_argument("--version", action="version", version=f"ftpwizard {__version__}", help=t(H_VERSION))
    return parser


def _start_logging() -> None:
    import logging

    from ftpwizard.present.report.logging_setup import setup_logging

    log_path = setup_logging()
    logging.getLogger(__name__).info("ftpwizard %s started; log at %s", __version__, log_path)


def start_demo(state: WizardState, scenario: str) -> DemoServer:
    """Start the built-in demo server and fill its details in: what --demo does (the self-test too)."""
    from ftpwizard.demo.server import start_demo_server
    from ftpwizard.present.report.logging_setup import register_secret
    from ftpwizard.present.wizard.flow import Page, ServerInput

    demo = start_demo_server(scenario)
    register_secret(demo.password)
    state.server = ServerInput(host=demo.host, port=demo.port, user=demo.user, password=demo.password)
    state.demo_scenario = scenario
    state.start_page = Page.SERVER
    return demo


def open_window(state: WizardState) -> FtpWizard:
    """The wizard window on the flow's first page, shown. Pages 3-6 are built on the event loop's first turn."""
    from PySide6.QtCore import QTimer

    from ftpwizard.gui.wizard.window import FtpWizard

    wizard = FtpWizard(state, defer_pages=True)
    wizard.open_start_page()
    wizard.show()
    if os.environ.get("FTPWIZARD_EXIT_AFTER_SHOW"):
        # For benchmarks/bundle.py: the time from process start to the first shown window, taken before
        # the deferred pages load (they are queued after it).
        def report_shown() -> None:
            from PySide6.QtWidgets import QApplication

            print(f"shown after {time.perf_counter() - _T0:.3f} s", flush=True)
            QApplication.quit()

        QTimer.singleShot(0, report_shown)
    QTimer.singleShot(0, wizard, wizard.ensure_all_pages)
    return wizard


def run_gui(argv: list[str], *, event_loop: Callable[[FtpWizard], int] | None = None) -> int:
    """``event_loop`` runs the shown window and returns the exit code (default: the application's exec();
    tests pass their own, to look at the window the real start path opened)."""
    from ftpwizard.core.i18n import DEFAULT_LANGUAGE, SOURCE_LANGUAGE, language_of, system_language
    from ftpwizard.present.cli_words import lang_asked

    args = build_parser(lang_asked(argv) or system_language()).parse_args(argv)
    if args.self_test:
        from ftpwizard.gui.selftest import run_self_test

        return run_self_test(args.lang or DEFAULT_LANGUAGE)

    from PySide6.QtCore import QLocale, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from ftpwizard.core.probe.target import TargetError
    from ftpwizard.gui.server_settings import remembered_server_input
    from ftpwizard.gui.translations import install_translators
    from ftpwizard.present.wizard.flow import Page, ServerInput, WizardState

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ftpwizard")
    app.setOrganizationName("ftpwizard")
    app.setApplicationVersion(__version__)
    settings = QSettings()
    # QLocale.system() knows the Windows and macOS UI language too (LANG is rarely set there).
    from_qt = language_of(QLocale.system().name())
    system = from_qt if from_qt != SOURCE_LANGUAGE else system_language()
    lang = args.lang or str(settings.value("language", "") or "") or system
    install_translators(lang)

    state = WizardState(language=lang)
    state.server = remembered_server_input()
    demo = None
    if args.demo:
        demo = start_demo(state, args.scenario)
    elif args.url:
        server = ServerInput(host=args.url)
        try:
            server.target()
        except TargetError as exc:
            print(f"ftpwizard: {exc}", file=sys.stderr)
        server.absorb_url()
        state.server = server
        state.start_page = Page.SERVER
    wizard = open_window(state)
    # The log file is set up on the event loop's first turn: the window shows sooner. Nothing is logged
    # before that.
    QTimer.singleShot(0, _start_logging)
    try:
        return event_loop(wizard) if event_loop is not None else app.exec()
    finally:
        wizard.shutdown()
        if demo is not None:
            demo.stop()
