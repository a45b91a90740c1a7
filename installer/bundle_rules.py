"""What goes into the frozen program: the decisions both .spec files share, as plain testable Python.

PyInstaller's Qt hooks collect generously: every plugin type QtGui might use, 200 Qt translation files, the
QML tree, Wayland, OpenGL fallbacks. ftpwizard is a QtWidgets program that draws with the raster engine, so
most of that is dead weight (and size is start-up time for the onefile build, which unpacks itself on every
launch). The spec hands every collected (destination, source, type) entry to `keep_entry`; this module never
imports PyInstaller, so tests/packaging can check each rule without building anything.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

from ftpwizard.core.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "ftpwizard"
PRODUCT_NAME = "FTP Wizard"
COMPANY_NAME = "ftpwizard"
DESCRIPTION = "FTP connection troubleshooting wizard"

# The PySide6 modules the program imports. Everything else is excluded up front, so PyInstaller's hooks do
# not even look at it (QtNetwork too: all networking is stdlib sockets and ftplib).
QT_PYTHON_MODULES = ("QtCore", "QtGui", "QtWidgets")
# Qt shared libraries (libQt6<name>.so.6 / Qt6<name>.dll) allowed into the bundle:
#   Core, Gui, Widgets  the three modules above
#   DBus                libQt6Gui links it on Linux (accessibility, portals); the program cannot start without it
#   XcbQpa              the X11 platform plugin's implementation (plugins/platforms/libqxcb.so)
#   Svg                 only when QtSvg is used (see `qt_libraries(svg=True)`)
QT_LIBRARIES = frozenset({"Core", "Gui", "Widgets", "DBus", "XcbQpa"})

# Qt plugins kept, by plugin type; a type not listed here is dropped whole.
KEEP_PLUGINS: dict[str, frozenset[str] | None] = {
    # offscreen: the headless self-test and CI; xcb: Linux desktops (X11, and Wayland through XWayland);
    # windows: the Windows desktop. minimal/eglfs/linuxfb/vnc/wayland are for devices we do not ship to.
    "platforms": frozenset({"qoffscreen", "qxcb", "qwindows"}),
    # Typing Hangul on Linux goes through ibus; compose handles dead keys. (Windows IMEs need no plugin.)
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    # Qt 6 moved the native Windows look into a plugin (qmodernwindowsstyle.dll): without it the wizard
    # falls back to Fusion and stops looking like a Windows program. None = keep every plugin of the type.
    "styles": None,
}
# Plugins needed only when QtSvg is bundled (SVG icons / images).
SVG_PLUGINS: dict[str, frozenset[str]] = {
    "imageformats": frozenset({"qsvg"}),
    "iconengines": frozenset({"qsvgicon"}),
}
# Qt's own translations: only the languages the program speaks. qtbase_* translates QWizard's
# Back/Next/Cancel and the standard dialogs; qt_*.qm is only a catalogue that loads the others.
QT_LANGUAGES = LANGUAGES
QT_TRANSLATION_BASES = ("qtbase",)
# Windows software-OpenGL and ANGLE fallbacks (opengl32sw.dll alone is ~20 MB): QtWidgets draws without GL.
DROPPED_WINDOWS_DLLS = re.compile(r"^(opengl32sw|d3dcompiler_\d+|libEGL|libGLESv2)\.dll$", re.IGNORECASE)
# Python modules that are never used at run time but get pulled in by optional imports.
PYTHON_EXCLUDES = (
    "tkinter", "_tkinter", "test", "unittest", "pydoc", "pydoc_data", "lib2to3", "idlelib", "ensurepip",
    "distutils", "setuptools", "pip", "pkg_resources", "OpenSSL", "cryptography", "numpy",
    # Only pyftpdlib's multi-process server wants it (the demo server is threaded; pyftpdlib imports it in a
    # try). In the bundle it brought PyInstaller's multiprocessing runtime hook, which imported it with
    # socket, pickle and subprocess before every start (~10 ms of a 0.12 s budget, issue 17).
    "multiprocessing",
)

_QT_LIBRARY = re.compile(r"^(?:lib)?Qt6(?P<name>[A-Za-z0-9]+?)(?:\.so(?:\.\d+)*|\.dll|\.dylib)$")
_PLUGIN_FILE = re.compile(r"^(?:lib)?(?P<name>.+?)(?:\.so|\.dll|\.dylib)$")


def read_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """The version in pyproject.toml: the one place a release number is written."""
    with pyproject.open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def excluded_qt_modules(all_modules: Iterable[str], *, svg: bool = False) -> list[str]:
    """`PySide6.<Module>` names to exclude: every installed binding the program does not import."""
    wanted = set(QT_PYTHON_MODULES) | ({"QtSvg"} if svg else set())
    return sorted(f"PySide6.{m}" for m in all_modules if m.startswith("Qt") and m not in wanted)


def qt_libraries(*, svg: bool = False) -> frozenset[str]:
    return QT_LIBRARIES | ({"Svg"} if svg else frozenset())


def keep_entry(destination: str, *, svg: bool = False) -> bool:
    """Whether a collected file (its path inside the bundle) stays in the bundle."""
    path = PurePosixPath(destination.replace("\\", "/"))
    parts = path.parts
    name = path.name
    in_pyside = bool(parts) and parts[0] == "PySide6"

    if in_pyside and "qml" in parts:
        return False  # the QML tree: no QML in a widgets program
    if in_pyside and "translations" in parts and name.endswith(".qm"):
        return name in {f"{base}_{lang}.qm" for base in QT_TRANSLATION_BASES for lang in QT_LANGUAGES}
    if in_pyside and "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) < index + 3:
            return True
        plugin_type = parts[index + 1]
        match = _PLUGIN_FILE.match(name)
        plugin = match.group("name") if match else name
        if svg and plugin in SVG_PLUGINS.get(plugin_type, frozenset()):
            return True
        if plugin_type not in KEEP_PLUGINS:
            return False
        allowed = KEEP_PLUGINS[plugin_type]
        return allowed is None or plugin in allowed
    library = _QT_LIBRARY.match(name)
    if library:
        return library.group("name") in qt_libraries(svg=svg)
    if DROPPED_WINDOWS_DLLS.match(name):
        return False
    return True


def filter_entries(entries: Iterable[tuple[str, str, str]], *, svg: bool = False) -> tuple[list, list]:
    """Split PyInstaller TOC entries into (kept, dropped)."""
    kept: list[tuple[str, str, str]] = []
    dropped: list[tuple[str, str, str]] = []
    for entry in entries:
        (kept if keep_entry(entry[0], svg=svg) else dropped).append(entry)
    return kept, dropped


def _basename(destination: str) -> str:
    return PurePosixPath(destination.replace("\\", "/")).name


def prune_orphans(
    kept: list[tuple[str, str, str]],
    dropped: list[tuple[str, str, str]],
    imports_of: Callable[[str], Iterable[str]],
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Remove the system libraries that only dropped entries needed, e.g. GTK for the dropped GTK theme plugin.

    PyInstaller collects each binary's dependencies before `keep_entry` runs, so dropping libqgtk3.so still
    leaves libgtk-3 and its 40 friends behind. `imports_of(source_path)` names the libraries a binary links
    to (PyInstaller's bindepend). Candidates are the libraries some dropped binary links to; one stays if a
    kept binary that is not a candidate reaches it. Never candidates: Qt's and PySide's own files (decided
    by `keep_entry`) and libpython (the bootloader loads it without linking to it).
    """
    binaries = [e for e in kept if e[2] in {"BINARY", "EXTENSION"}]
    by_name = {_basename(e[0]): e for e in binaries}

    def reachable(roots: Iterable[tuple[str, str, str]]) -> set[str]:
        seen: set[str] = set()
        stack = list(roots)
        while stack:
            entry = stack.pop()
            for imported in imports_of(entry[1]):
                name = _basename(imported)
                if name in by_name and name not in seen:
                    seen.add(name)
                    stack.append(by_name[name])
        return seen

    def protected(entry: tuple[str, str, str]) -> bool:
        destination = entry[0].replace("\\", "/")
        return destination.startswith(("PySide6/", "shiboken6/")) or _basename(destination).startswith("libpython")

    candidates = {
        name for name in reachable(e for e in dropped if e[2] in {"BINARY", "EXTENSION"})
        if not protected(by_name[name])
    }
    needed = reachable(e for e in binaries if _basename(e[0]) not in candidates)
    orphans = candidates - needed
    return [e for e in kept if _basename(e[0]) not in orphans], [e for e in kept if _basename(e[0]) in orphans]


def resource_datas(root: Path = ROOT, *, require_compiled: bool = True) -> list[tuple[str, str]]:
    """The program's own data files as (source, folder in bundle) pairs, checked to be complete.

    The bundle keeps the checkout's layout (`resources/...`) because ftpwizard.core.resources looks for
    `sys._MEIPASS/resources`. The .ts files go too: the command line reads them without Qt.
    """
    resources = root / "resources"
    translations = resources / "translations"
    missing_qm = [ts.name for ts in sorted(translations.glob("*.ts")) if not ts.with_suffix(".qm").exists()]
    if missing_qm and require_compiled:
        raise SystemExit(
            f"translations not compiled: {', '.join(missing_qm)} have no .qm "
            "(run `python scripts/build_translations.py` first; installer/build.py does it for you)"
        )
    datas = []
    for path in sorted(resources.rglob("*")):
        if path.is_file() and path.suffix in {".qm", ".ts", ".json", ".png", ".ico", ".svg"}:
            datas.append((str(path), str(path.parent.relative_to(root).as_posix())))
    return datas


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """'1.2.3' / '1.2.3rc1' / '1.2' -> (1, 2, 3, 0): Windows wants four 16-bit numbers."""
    numbers = [int(m) for m in re.findall(r"\d+", version.split("+")[0])[:4] if int(m) < 65536]
    numbers = (numbers + [0, 0, 0, 0])[:4]
    return numbers[0], numbers[1], numbers[2], numbers[3]


def windows_version_info(version: str) -> str:
    """The text of a PyInstaller version file: the Details tab of the .exe's Properties dialog."""
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY_NAME,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": APP_NAME,
        "LegalCopyright": "MIT License",
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": PRODUCT_NAME,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""# Generated by installer/bundle_rules.py from pyproject.toml; do not edit.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
{string_structs}
        ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200, 0x0412, 1200])])
  ]
)
"""
