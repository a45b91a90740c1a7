#!/usr/bin/env python3
"""Render every wizard page in Korean and English to docs/screenshots/*.png (offscreen, no screen needed).

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out docs/screenshots]

Includes the test page mid-animation and the verdict page of every demo scenario. Needs a Hangul font
(Debian: fonts-nanum) or the Korean pictures show empty boxes.

The pages judge the FTP programs of a typical customer's PC, not of the machine running this script: a
Windows PC (files in the real layouts under a temporary folder, the registry in memory) with FileZilla 3.66
set to active mode and Windows' own ftp.exe, so the verdict pages show what such a customer reads.

Also (unless --no-laptop) the Verdict and Program pages as a customer's laptop shows them: the whole
1366x768 screen at 125 % on a real X server with title bars and a taskbar strip (Xvfb + Openbox, from
scripts/setup.sh test), in Korean: ko-laptop-1366x768-125-*.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--langs", default="ko,en")
    parser.add_argument("--no-laptop", action="store_true", help="skip the laptop-screen shots (need Xvfb)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ftpwizard.core.probe.model import StepStarted
    from ftpwizard.demo.server import start_demo_server
    from ftpwizard.gui.selftest import EXPECTED, wait_until
    from ftpwizard.gui.translations import install_translators
    from ftpwizard.gui.wizard.window import FtpWizard
    from ftpwizard.present.wizard.flow import ServerInput, WizardState

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings_dir = tempfile.mkdtemp(prefix="ftpwizard-shots-")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app.setOrganizationName("ftpwizard-screenshots")
    customer_pc = sample_customer_pc(Path(tempfile.mkdtemp(prefix="ftpwizard-shots-pc-")))
    written = []

    def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        app.processEvents()
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    for lang in args.langs.split(","):
        install_translators(lang)
        for scenario in EXPECTED:
            demo = start_demo_server(scenario)
            wizard = FtpWizard(WizardState(language=lang))
            wizard.use_clients_environment(customer_pc)
            try:
                wizard.state.server = ServerInput(host="ftp.example.com" if scenario == "healthy" else demo.host,
                                                  port=demo.port, user=demo.user, password=demo.password)
                wizard.resize(1040, 720)
                wizard.show()
                if scenario == "healthy":
                    shot(wizard, f"{lang}-1-welcome")
                wizard.next()
                wizard.server.show_input(wizard.state.server)
                if scenario == "healthy":
                    shot(wizard, f"{lang}-2-server")
                    wizard.state.server.host = demo.host
                    wizard.server.show_input(wizard.state.server)
                wizard.next()
                if scenario == "client-firewall":
                    # Mid-animation: the active lane waits for the server to connect back.
                    started = time.monotonic()
                    wait_until(lambda t0=started: time.monotonic() - t0 > 1.6, 5)
                    shot(wizard, f"{lang}-3-test-running-{scenario}")
                wait_until(lambda w=wizard: w.state.result is not None, 30)
                wait_until(lambda w=wizard: not any(lane.view.is_animating() for lane in w.test.lanes.values()), 10)
                if scenario in ("healthy", "server-firewall"):
                    shot(wizard, f"{lang}-3-test-done-{scenario}")
                wizard.next()
                # The programs' lines come from a worker after the verdict is shown.
                wait_until(lambda w=wizard: bool(w.verdict.programs.rows), 10)
                shot(wizard, f"{lang}-4-verdict-{scenario}")
                if scenario == "healthy":
                    wizard.next()
                    shot(wizard, f"{lang}-5-program")
                    wizard.next()
                    shot(wizard, f"{lang}-6-finish")
            finally:
                wizard.shutdown()
                wizard.close()
                wizard.deleteLater()
                demo.stop()
        # A control-phase failure: nothing listens on the port.
        wizard = FtpWizard(WizardState(language=lang))
        try:
            import socket

            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                free_port = s.getsockname()[1]
            wizard.state.server = ServerInput(host="127.0.0.1", port=free_port)
            wizard.show()
            wizard.next()
            wizard.server.show_input(wizard.state.server)
            wizard.next()
            wait_until(lambda w=wizard: w.state.result is not None, 30)
            wizard.next()
            shot(wizard, f"{lang}-4-verdict-control-refused")
        finally:
            wizard.shutdown()
            wizard.close()
            wizard.deleteLater()
    del StepStarted
    if not args.no_laptop:
        written += laptop_shots(args.out)
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


FILEZILLA_ACTIVE = (
    '<?xml version="1.0" encoding="UTF-8"?>\r\n<FileZilla3 version="3.66.4" platform="windows">\r\n'
    '\t<Settings>\r\n\t\t<Setting name="Use Pasv mode">0</Setting>\r\n\t</Settings>\r\n</FileZilla3>\r\n'
)


def sample_customer_pc(folder: Path):  # type: ignore[no-untyped-def]
    """A Windows PC with FileZilla 3.66.4 set to active mode and Windows' ftp.exe (see the docstring)."""
    from ftpwizard.clients.env import Environment
    from ftpwizard.clients.registry import REG_SZ, MemoryRegistry

    c = folder / "C"
    profile = c / "Users" / "kim"
    appdata = profile / "AppData" / "Roaming"
    registry = MemoryRegistry()
    key = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\FileZilla Client"
    registry.put("HKLM", key, "DisplayName", REG_SZ, "FileZilla 3.66.4")
    registry.put("HKLM", key, "DisplayVersion", REG_SZ, "3.66.4")
    (appdata / "FileZilla").mkdir(parents=True)
    (appdata / "FileZilla" / "filezilla.xml").write_bytes(FILEZILLA_ACTIVE.encode("utf-8"))
    (c / "Windows" / "System32").mkdir(parents=True)
    (c / "Windows" / "System32" / "ftp.exe").write_bytes(b"MZ")
    names = {"USERPROFILE": profile, "APPDATA": appdata, "LOCALAPPDATA": profile / "AppData" / "Local",
             "PROGRAMFILES": c / "Program Files", "PROGRAMFILES(X86)": c / "Program Files (x86)",
             "SYSTEMROOT": c / "Windows", "WINDIR": c / "Windows"}
    return Environment(platform="windows", home=profile, vars={k: str(v) for k, v in names.items()},
                       registry=registry, which=lambda name: None, root=c, state_dir=folder / "state")


def laptop_shots(out: Path) -> list[Path]:
    """The whole screen of a 1366x768 laptop at 125 %, on the Verdict and the Program page (Korean)."""
    import shutil

    sys.path.insert(0, str(ROOT / "tests" / "screen"))
    from x_display import missing_tools, walk_program

    from ftpwizard.core.i18n import KOREAN

    if missing_tools():
        print(f"laptop shots skipped: needs {', '.join(missing_tools())}", file=sys.stderr)
        return []
    with tempfile.TemporaryDirectory(prefix="ftpwizard-laptop-") as tmp:
        finished = walk_program(Path(tmp), 1366, 768, 1.25, KOREAN, shots="verdict,program")
        error = Path(tmp, "error.txt")
        if finished.returncode != 0 or error.exists():
            raise SystemExit(f"laptop shots failed: {error.read_text() if error.exists() else finished.stderr[-2000:]}")
        written = []
        for page in ("verdict", "program"):
            target = out / f"ko-laptop-1366x768-125-{page}.png"
            shutil.copyfile(Path(tmp, f"{page}.png"), target)
            written.append(target)
        return written


if __name__ == "__main__":
    sys.exit(main())
