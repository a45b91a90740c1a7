#!/usr/bin/env python3
"""Render every FTP-program guide to docs/screenshots/clients/<id>-<mode>-<lang>-<n>.png (offscreen).

    QT_QPA_PLATFORM=offscreen python scripts/render_guides.py [--langs ko,en] [--out docs/screenshots/clients]

Korean in both modes (the pictures differ: ticked or not), English for passive mode. Needs a Hangul
font (Debian: fonts-nanum).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "clients")
    parser.add_argument("--langs", default="ko,en")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from ftpwizard.clients.programs import GUIDE_IDS
    from ftpwizard.core.i18n import KOREAN
    from ftpwizard.gui.clients.guide_renderer import render_guide_images

    app = QApplication.instance() or QApplication(sys.argv[:1])
    del app
    for lang in args.langs.split(","):
        for mode in ("passive", "active") if lang == KOREAN else ("passive",):
            for guide_id in GUIDE_IDS:
                for n, image in enumerate(render_guide_images(guide_id, mode, lang), 1):
                    path = args.out / f"{guide_id}-{mode}-{lang}-{n}.png"
                    image.save(str(path))
                    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
