"""The app icon files scripts/make_icon.py drew: a real multi-size .ico and a 256 px .png."""

from __future__ import annotations

import struct
from pathlib import Path

from PySide6.QtGui import QImage

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _ico_entries(data: bytes) -> list[tuple[int, bytes]]:
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    entries = []
    for i in range(count):
        width, _height, _colors, _r, _planes, _bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        entries.append((width or 256, data[offset:offset + size]))
    return entries


def test_ico_holds_every_size_windows_asks_for(qapp):
    entries = _ico_entries((ICONS / "ftpwizard.ico").read_bytes())
    assert {size for size, _ in entries} >= {16, 24, 32, 48, 256}
    for size, blob in entries:
        assert blob.startswith(PNG_SIGNATURE)
        image = QImage.fromData(blob, "PNG")
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()


def test_png_is_256_pixels_with_transparent_corners(qapp):
    image = QImage(str(ICONS / "ftpwizard.png"))
    assert (image.width(), image.height()) == (256, 256)
    assert image.pixelColor(0, 0).alpha() == 0  # rounded tile: corners see through
    assert image.pixelColor(128, 128).alpha() == 255


def test_make_icon_writes_what_is_committed(qapp, tmp_path, monkeypatch):
    import make_icon

    monkeypatch.setattr(make_icon, "ICON_DIR", tmp_path)
    assert make_icon.main() == 0
    drawn = _ico_entries((tmp_path / "ftpwizard.ico").read_bytes())
    committed = _ico_entries((ICONS / "ftpwizard.ico").read_bytes())
    assert [s for s, _ in drawn] == [s for s, _ in committed]
    # The same picture (PNG bytes and antialiasing may differ a little between Qt versions).
    for (size, a), (_, b) in zip(drawn, committed, strict=True):
        if size in (32, 256):
            assert _max_difference(QImage.fromData(a, "PNG"), QImage.fromData(b, "PNG")) <= 24, size


def _max_difference(a: QImage, b: QImage) -> int:
    worst = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            worst = max(worst, abs(pa.red() - pb.red()), abs(pa.green() - pb.green()),
                        abs(pa.blue() - pb.blue()), abs(pa.alpha() - pb.alpha()))
    return worst
