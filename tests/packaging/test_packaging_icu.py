"""The trimmed ICU data library: which items go, and a real trim of the library Qt ships."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import trim_icu  # installer/ is on the tests' pythonpath (pyproject.toml), as it is on a .spec file's


def test_other_languages_and_codecs_go_korean_and_english_stay():
    items = [
        "ko.res", "ko_KR.res", "en.res", "en_US_POSIX.res", "root.res", "ja.res", "de_CH.res",
        "coll/ko.res", "coll/ja.res", "coll/de_.res", "coll/res_index.res", "curr/pool.res", "zone/fr.res",
        "translit/root.res", "windows-949-2000.cnv", "ibm-970_P110_P110-2006_U2.cnv", "ibm-943_P15A-2003.cnv",
        "cnvalias.icu", "ucadata.icu", "zoneinfo64.res", "metaZones.res", "supplementalData.res", "brkitr/line.brk",
    ]
    assert trim_icu.items_to_drop(items) == [
        "ja.res", "de_CH.res", "coll/ja.res", "coll/de_.res", "zone/fr.res", "translit/root.res", "ibm-943_P15A-2003.cnv",
    ]


def _qt_icu_library() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's Linux wheels only")
def test_trimmed_library_keeps_korean_collation_case_and_time_zone_names(tmp_path):
    library = _qt_icu_library()
    if library is None or trim_icu.tools_missing():
        pytest.skip(f"needs Qt's ICU and {trim_icu.tools_missing()}")
    trimmed = trim_icu.trim(library, tmp_path)
    assert trimmed.stat().st_size < library.stat().st_size / 3
    probe = (
        "from PySide6.QtCore import QCollator, QLocale, QTimeZone, QStringDecoder\n"
        "ko = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)\n"
        "print(sorted(['하나', '가방', '나무'], key=QCollator(ko).sortKey))\n"
        "print(QLocale(QLocale.Language.Turkish).toUpper('i'))\n"
        "print(QTimeZone(b'Asia/Seoul').displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, ko))\n"
        "print(QStringDecoder('EUC-KR').isValid())\n"
    )
    # The loader takes an already-loaded soname: preloading the trimmed copy makes Qt use it.
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                            env={"LD_PRELOAD": str(trimmed), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["['가방', '나무', '하나']", "İ", "대한민국 표준시", "True"]
