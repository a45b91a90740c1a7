"""Start the wizard: `ftpwizard [URL] [--demo [--scenario S]] [--lang ko|en] [--self-test]`."""

from __future__ import annotations

import argparse
import os
import sys
import time

from ftpwizard import __version__
from ftpwizard.demo.scenarios import SCENARIOS

_T0 = time.perf_counter()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ftpwizard",
        description="Finds out why FTP logs in but never shows the file list. "
        "Subcommands: probe, clients, demo-server (see 'ftpwizard probe --help').",
    )
    parser.add_argument("url", nargs="?", help="the server to fill in, e.g. ftp://user@ftp.example.com:21")
    parser.add_argument("--demo", action="store_true", help="start the built-in demo server and test it")
    parser.add_argument("--scenario", choices=SCENARIOS, default="healthy", help="what the demo server simulates")
    parser.add_argument("--lang", choices=("ko", "en"), help="language (default: the system's)")
    parser.add_argument("--self-test", action="store_true", help="walk the whole wizard headless through every demo scenario")
    parser.add_argument("--version", action="version", version=f"ftpwizard {__version__}")
    return parser


def _start_logging() -> None:
    import logging

    from ftpwizard.report.logging_setup import setup_logging

    log_path = setup_logging()
    logging.getLogger(__name__).info("ftpwizard %s started; log at %s", __version__, log_path)


def run_gui(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.self_test:
        from ftpwizard.ui.selftest import run_self_test

        return run_self_test(args.lang or "ko")

    from PySide6.QtCore import QLocale, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from ftpwizard.i18n import system_language
    from ftpwizard.probe.target import TargetError
    from ftpwizard.ui.server_settings import remembered_server_input
    from ftpwizard.ui.translations import install_translators
    from ftpwizard.ui.wizard.window import FtpWizard
    from ftpwizard.wizard.flow import Page, ServerInput, WizardState

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("ftpwizard")
    app.setOrganizationName("ftpwizard")
    app.setApplicationVersion(__version__)
    settings = QSettings()
    # QLocale.system() knows the Windows and macOS UI language too (LANG is rarely set there).
    system = "ko" if QLocale.system().language() == QLocale.Language.Korean else system_language()
    lang = args.lang or str(settings.value("language", "") or "") or system
    install_translators(lang)

    state = WizardState(language=lang)
    state.server = remembered_server_input()
    demo = None
    start_page = Page.WELCOME
    if args.demo:
        from ftpwizard.demo.server import start_demo_server

        demo = start_demo_server(args.scenario)
        state.server = ServerInput(host=demo.host, port=demo.port, user=demo.user, password=demo.password)
        from ftpwizard.report.logging_setup import register_secret

        register_secret(demo.password)
        start_page = Page.SERVER
    elif args.url:
        server = ServerInput(host=args.url)
        try:
            server.target()
        except TargetError as exc:
            print(f"ftpwizard: {exc}", file=sys.stderr)
        server.absorb_url()
        state.server = server
        start_page = Page.SERVER
    wizard = FtpWizard(state, defer_pages=True, start_page=start_page)
    wizard.show()
    if os.environ.get("FTPWIZARD_EXIT_AFTER_SHOW"):
        # For benchmarks/bundle.py: the time from process start to the first shown window.
        def report_shown() -> None:
            print(f"shown after {time.perf_counter() - _T0:.3f} s", flush=True)
            app.quit()

        QTimer.singleShot(0, report_shown)
    # The log file and the pages after the first one are set up on the event loop's first turn: the
    # window shows sooner. Nothing is logged before that.
    QTimer.singleShot(0, _start_logging)
    QTimer.singleShot(0, wizard.ensure_all_pages)
    try:
        return app.exec()
    finally:
        wizard.shutdown()
        if demo is not None:
            demo.stop()
