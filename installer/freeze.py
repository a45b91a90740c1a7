"""The PyInstaller recipe both .spec files run (the product and the hello-world baseline), so the benchmark
compares two programs built exactly the same way.

Only imported from inside a .spec file: PyInstaller's Analysis/PYZ/EXE/COLLECT classes are handed in through
`spec_globals` (they exist only in the spec's namespace).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import bundle_rules as rules

MODES = ("onedir", "onefile")


def parse_spec_args(argv: list[str]) -> argparse.Namespace:
    """Arguments after `--` on the pyinstaller command line: `pyinstaller x.spec -- --mode onefile`."""
    parser = argparse.ArgumentParser(prog="pyinstaller <spec> --")
    parser.add_argument(
        "--mode",
        choices=(*MODES, "both"),
        default="onedir",
        help="onedir: the installed program (starts fast); onefile: the portable single file; both: one analysis, two outputs",
    )
    return parser.parse_args(argv)


def _installed_qt_modules() -> list[str]:
    import PySide6

    folder = Path(PySide6.__file__).parent
    return sorted({p.name.split(".")[0] for p in folder.iterdir() if p.name.startswith("Qt") and p.suffix in {".so", ".pyd"}})


def _linked_libraries(path: str) -> list[str]:
    from PyInstaller.depend import bindepend

    return [name for name, _full_path in bindepend.get_imports(path)]


def _with_trimmed_icu(binaries: list, work: Path) -> list:
    """Swap Qt's 32 MB libicudata for one with Korean and English data only (see trim_icu.py)."""
    import trim_icu

    missing = trim_icu.tools_missing()
    result = []
    for destination, source, typecode in binaries:
        if Path(destination).name.startswith("libicudata.so") and not missing:
            trimmed = trim_icu.trim(Path(source), work)
            print(f"trim_icu: {Path(source).stat().st_size / 1e6:.0f} MB -> {trimmed.stat().st_size / 1e6:.0f} MB", file=sys.stderr)
            source = str(trimmed)
        elif Path(destination).name.startswith("libicudata.so"):
            print(f"trim_icu: WARNING: {', '.join(missing)} not found: keeping the full ICU data "
                  "(apt install binutils icu-devtools gcc)", file=sys.stderr)
        result.append((destination, source, typecode))
    return result


def make_bundles(
    spec_globals: dict[str, Any],
    *,
    script: str,
    name: str,
    modes: tuple[str, ...],
    datas: list[tuple[str, str]],
    hiddenimports: list[str],
    pathex: list[str],
    icon: str | None = None,
    version_file: str | None = None,
    svg: bool = False,
    console_companion: bool = False,
    trim_icu: bool = True,
) -> None:
    Analysis, PYZ, EXE, COLLECT = (spec_globals[n] for n in ("Analysis", "PYZ", "EXE", "COLLECT"))
    windows = sys.platform == "win32"

    a = Analysis(
        [script],
        pathex=pathex,
        datas=datas,
        hiddenimports=hiddenimports,
        excludes=[*rules.PYTHON_EXCLUDES, *rules.excluded_qt_modules(_installed_qt_modules(), svg=svg)],
        noarchive=False,
        optimize=0,  # not 2: argparse --help and dataclass docs need docstrings
    )
    a.binaries, dropped_binaries = rules.filter_entries(a.binaries, svg=svg)
    a.binaries, orphans = rules.prune_orphans(a.binaries, dropped_binaries, _linked_libraries)
    a.datas, dropped_datas = rules.filter_entries(a.datas, svg=svg)
    if trim_icu and sys.platform.startswith("linux"):
        a.binaries = _with_trimmed_icu(a.binaries, Path(spec_globals["workpath"]) / "icu")
    print(
        f"bundle_rules: dropped {len(dropped_binaries)} Qt binaries, {len(orphans)} system libraries only they "
        f"needed and {len(dropped_datas)} data files (Qt modules, plugins, translations the program does not use)",
        file=sys.stderr,
    )
    pyz = PYZ(a.pure)

    common: dict[str, Any] = dict(
        debug=False,
        # Linux: drop debug symbols (a pyenv libpython carries ~18 MB of them). Windows: never (PyInstaller
        # advises against it, and the DLLs there ship without symbols anyway).
        strip=not windows,
        upx=False,  # UPX-packed Qt plugins fail to load ("not a valid Qt plugin")
        console=False,  # windowed: no black console window behind the wizard on Windows
        disable_windowed_traceback=False,
        icon=icon,
        version=version_file,
    )

    if "onedir" in modes:
        exe = EXE(pyz, a.scripts, [], exclude_binaries=True, name=name, **common)
        executables = [exe]
        if console_companion:
            # A windowed .exe has no stdout on Windows, so `probe`, `clients` and `--self-test` get a console
            # twin in the same folder: ftpwizard-cli.exe, sharing every library with ftpwizard.exe.
            executables.append(EXE(pyz, a.scripts, [], exclude_binaries=True, name=f"{name}-cli", **{**common, "console": True}))
        COLLECT(*executables, a.binaries, a.datas, strip=not windows, upx=False, name=name)

    if "onefile" in modes:
        # The portable build: one file that unpacks itself to a temporary folder on every start.
        EXE(pyz, a.scripts, a.binaries, a.datas, name=f"{name}-portable", runtime_tmpdir=None, **common)
