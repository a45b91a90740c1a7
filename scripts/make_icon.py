#!/usr/bin/env python3
"""Draw ftpwizard's application icon with QPainter: resources/icons/ftpwizard.png (256 px) and ftpwizard.ico.

    QT_QPA_PLATFORM=offscreen python scripts/make_icon.py

The icon is drawn here (no copied artwork): a blue tile with a folder whose file list is being fetched,
two arrows for the two FTP modes (active: server to PC, passive: PC to server) and a green check.
Every size is drawn as vectors at that size, so 16 px stays crisp instead of being a shrunken 256 px.
The .ico stores PNG images (read by Windows Vista and later, Inno Setup and PyInstaller).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from ftpwizard.present import theme  # noqa: E402

ICON_DIR = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw_icon(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256.0, size / 256.0)  # draw on a 256-unit canvas at any size

    # Tile: rounded square, blue gradient.
    gradient = QLinearGradient(0, 0, 0, 256)
    gradient.setColorAt(0.0, QColor(theme.ICON_TOP))
    gradient.setColorAt(1.0, QColor(theme.ICON_BOTTOM))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)

    # Folder: tab plus body, white.
    folder = QPainterPath()
    folder.moveTo(44, 84)
    folder.lineTo(44, 70)
    folder.quadTo(44, 62, 52, 62)
    folder.lineTo(98, 62)
    folder.lineTo(112, 76)
    folder.lineTo(172, 76)
    folder.quadTo(180, 76, 180, 84)
    folder.closeSubpath()
    p.setBrush(QColor(theme.ICON_WHITE))
    p.drawPath(folder)
    p.drawRoundedRect(QRectF(44, 84, 136, 96), 10, 10)

    # File list lines inside the folder (what the customer is waiting for).
    p.setBrush(QColor(theme.ICON_PAGE_LINES))
    for i, width in enumerate((96, 74, 86)):
        p.drawRoundedRect(QRectF(62, 102 + i * 24, width, 12), 6, 6)

    # Two arrows on the right: down (server -> PC) and up (PC -> server).
    arrow_pen = QPen(QColor(theme.ICON_ARROW), 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(arrow_pen)
    p.setBrush(QColor(theme.ICON_ARROW))
    p.drawLine(QPointF(200, 70), QPointF(200, 136))
    p.drawPolygon(QPolygonF([QPointF(186, 128), QPointF(214, 128), QPointF(200, 146)]))
    p.drawLine(QPointF(226, 150), QPointF(226, 92))
    p.drawPolygon(QPolygonF([QPointF(212, 100), QPointF(240, 100), QPointF(226, 82)]))

    # Green check badge, bottom left: "found it".
    p.setPen(QPen(QColor(theme.ICON_WHITE), 10))
    p.setBrush(QColor(theme.ICON_CHECK))
    p.drawEllipse(QPointF(84, 196), 40, 40)
    p.setPen(QPen(QColor(theme.ICON_WHITE), 14, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    p.setBrush(Qt.BrushStyle.NoBrush)
    check = QPainterPath()
    check.moveTo(64, 196)
    check.lineTo(78, 210)
    check.lineTo(104, 182)
    p.drawPath(check)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file with PNG-compressed entries: ICONDIR, one ICONDIRENTRY per size, then the PNG data."""
    count = len(images)
    header = struct.pack("<HHH", 0, 1, count)  # reserved, type 1 = icon, image count
    offset = 6 + 16 * count
    entries, blobs = b"", b""
    for size, blob in sorted(images.items()):
        dimension = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICON_DIR.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(draw_icon(size)) for size in ICO_SIZES}
    (ICON_DIR / "ftpwizard.png").write_bytes(pngs[256])
    (ICON_DIR / "ftpwizard.ico").write_bytes(ico_bytes(pngs))
    print(f"wrote {ICON_DIR / 'ftpwizard.png'} and ftpwizard.ico ({', '.join(map(str, ICO_SIZES))} px)")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
