#!/usr/bin/env python3
"""Make the sample support report and its picture in a real browser (headless Chromium).

    python scripts/render_report_png.py                      docs/sample-report.html + docs/sample-report.png
    python scripts/render_report_png.py --scenario server-firewall --lang en --html /tmp/r.html --png /tmp/r.png
    python scripts/render_report_png.py --gui                the wizard's report (handshake widget pictures)

Runs the real probe against the built-in demo server (loopback only). The FTP programs listed are sample
data (the report shows what ``ftpwizard clients --json`` found on the machine that made it).
Needs Debian's ``chromium`` package (apt-get install chromium).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from ftpwizard.core.i18n import DEFAULT_LANGUAGE, LANGUAGES  # noqa: E402

SAMPLE_CLIENTS = [
    {"id": "alftp", "name": "AlFTP", "version": "5.31", "mode": "active", "scope": "global",
     "sites": [], "can_apply": False, "config": None},
    {"id": "filezilla", "name": "FileZilla", "version": "3.66.5", "mode": "passive", "scope": "global",
     "sites": [{"name": "My homepage", "host": "127.0.0.1", "mode": "default"}], "can_apply": True,
     "config": "C:\\Users\\kim\\AppData\\Roaming\\FileZilla\\filezilla.xml"},
]
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome")


def find_chromium() -> str | None:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def screenshot(html: Path, png: Path, width: int = 1200, height: int = 2000, timeout: float = 60.0) -> None:
    """Render ``html`` in headless Chromium to ``png`` (window size width x height). Raises RuntimeError."""
    browser = find_chromium()
    if browser is None:
        raise RuntimeError("headless Chromium not found: apt-get install chromium")
    with tempfile.TemporaryDirectory(prefix="ftpwizard-chromium-") as profile:
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--hide-scrollbars", f"--user-data-dir={profile}", f"--screenshot={png}",
               f"--window-size={width},{height}", html.resolve().as_uri()]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0 or not png.exists():
        raise RuntimeError(f"chromium failed ({proc.returncode}): {proc.stderr[-500:]}")


def trim_bottom(png: Path, margin: int = 24) -> None:
    """Cut the empty page background below the report (the window was taller than the page)."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    background = image.pixel(image.width() - 1, image.height() - 1)
    last = image.height() - 1
    while last > 0 and all(image.pixel(x, last) == background for x in range(0, image.width(), 4)):
        last -= 1
    image.copy(0, 0, image.width(), min(image.height(), last + margin)).save(str(png))


def make_report(scenario: str, gui: bool, lang: str):
    from ftpwizard.core.diagnosis.run import probe_and_diagnose
    from ftpwizard.core.probe import ProbeOptions, parse_target
    from ftpwizard.demo.server import demo_server
    from ftpwizard.present.report.model import build_report

    with demo_server(scenario) as server:
        target = parse_target(f"{server.host}:{server.port}").with_credentials(user=server.user, password=server.password)
        result = probe_and_diagnose(target, ProbeOptions(timeout=5.0, min_data_wait=2.0))
    if not gui:
        return build_report(result, SAMPLE_CLIENTS)
    from PySide6.QtWidgets import QApplication

    from ftpwizard.gui.report_actions import handshake_images
    from ftpwizard.gui.translations import install_translators

    _app = QApplication.instance() or QApplication([])
    install_translators(lang)  # the widget's pictures speak the report's language
    return build_report(result, SAMPLE_CLIENTS, handshake_images(result))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--scenario", default="client-firewall")
    parser.add_argument("--lang", choices=LANGUAGES, default=DEFAULT_LANGUAGE)
    parser.add_argument("--gui", action="store_true", help="use the handshake widget's pictures (needs Qt)")
    parser.add_argument("--html", type=Path, default=ROOT / "docs" / "sample-report.html")
    parser.add_argument("--png", type=Path, default=ROOT / "docs" / "sample-report.png")
    parser.add_argument("--width", type=int, default=1200)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from ftpwizard.present.report.write import write_report

    report = make_report(args.scenario, args.gui, args.lang)
    error = write_report(report, args.html, args.lang)
    if error:
        print(error, file=sys.stderr)
        return 1
    screenshot(args.html, args.png, args.width, 6000)
    trim_bottom(args.png)
    print(f"wrote {args.html} and {args.png}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
