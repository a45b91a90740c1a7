"""What the bundle keeps and drops, checked on the real destination paths PyInstaller produces."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX_QT = "PySide6/Qt"
WINDOWS_QT = "PySide6"  # the Windows wheel has no Qt/ level: PySide6/plugins, PySide6/Qt6Core.dll


@pytest.mark.parametrize(
    "destination",
    [
        f"{LINUX_QT}/plugins/platforms/libqoffscreen.so",
        f"{LINUX_QT}/plugins/platforms/libqxcb.so",
        f"{LINUX_QT}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        f"{LINUX_QT}/translations/qtbase_ko.qm",
        f"{LINUX_QT}/translations/qtbase_en.qm",
        f"{LINUX_QT}/lib/libQt6Core.so.6",
        f"{LINUX_QT}/lib/libQt6Gui.so.6",
        f"{LINUX_QT}/lib/libQt6Widgets.so.6",
        f"{LINUX_QT}/lib/libQt6DBus.so.6",
        f"{LINUX_QT}/lib/libQt6XcbQpa.so.6",
        f"{LINUX_QT}/lib/libicudata.so.73",
        "PySide6/QtWidgets.abi3.so",
        "libpython3.11.so.1.0",
        "resources/translations/wizard_ko.qm",
        rf"{WINDOWS_QT}\plugins\platforms\qwindows.dll",
        rf"{WINDOWS_QT}\plugins\platforms\qoffscreen.dll",
        rf"{WINDOWS_QT}\plugins\styles\qmodernwindowsstyle.dll",
        rf"{WINDOWS_QT}\Qt6Widgets.dll",
        rf"{WINDOWS_QT}\translations\qtbase_ko.qm",
    ],
)
def test_what_the_program_needs_is_kept(rules, destination):
    assert rules.keep_entry(destination)


@pytest.mark.parametrize(
    "destination",
    [
        f"{LINUX_QT}/translations/qtbase_de.qm",
        f"{LINUX_QT}/translations/qt_ko.qm",  # a catalogue of other files, not the texts
        f"{LINUX_QT}/translations/qtdeclarative_ko.qm",
        f"{LINUX_QT}/plugins/platforms/libqwayland.so",
        f"{LINUX_QT}/plugins/platforms/libqeglfs.so",
        f"{LINUX_QT}/plugins/platformthemes/libqgtk3.so",
        f"{LINUX_QT}/plugins/imageformats/libqjpeg.so",
        f"{LINUX_QT}/plugins/xcbglintegrations/libqxcb-glx-integration.so",
        f"{LINUX_QT}/plugins/tls/libqopensslbackend.so",
        f"{LINUX_QT}/lib/libQt6Network.so.6",
        f"{LINUX_QT}/lib/libQt6Qml.so.6",
        f"{LINUX_QT}/lib/libQt6Quick.so.6",
        f"{LINUX_QT}/lib/libQt6WaylandClient.so.6",
        f"{LINUX_QT}/lib/libQt6Svg.so.6",
        f"{LINUX_QT}/qml/QtQuick/Controls/qmldir",
        rf"{WINDOWS_QT}\opengl32sw.dll",
        rf"{WINDOWS_QT}\d3dcompiler_47.dll",
        rf"{WINDOWS_QT}\Qt6Network.dll",
        rf"{WINDOWS_QT}\translations\qtbase_ja.qm",
    ],
)
def test_what_the_program_does_not_use_is_dropped(rules, destination):
    assert not rules.keep_entry(destination)


def test_svg_switch_brings_svg_library_and_its_plugins(rules):
    for destination in (f"{LINUX_QT}/lib/libQt6Svg.so.6", f"{LINUX_QT}/plugins/imageformats/libqsvg.so",
                        f"{LINUX_QT}/plugins/iconengines/libqsvgicon.so"):
        assert not rules.keep_entry(destination)
        assert rules.keep_entry(destination, svg=True)
    assert not rules.keep_entry(f"{LINUX_QT}/plugins/imageformats/libqjpeg.so", svg=True)


def test_excluded_qt_modules_are_all_but_the_three_used(rules):
    installed = ["QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtQml", "QtSvg", "QtDBus"]
    assert rules.excluded_qt_modules(installed) == ["PySide6.QtDBus", "PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtSvg"]
    assert "PySide6.QtSvg" not in rules.excluded_qt_modules(installed, svg=True)


def test_filter_entries_splits_kept_and_dropped(rules):
    entries = [
        (f"{LINUX_QT}/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        (f"{LINUX_QT}/lib/libQt6Qml.so.6", "/src/libQt6Qml.so.6", "BINARY"),
    ]
    kept, dropped = rules.filter_entries(entries)
    assert [e[0] for e in kept] == [f"{LINUX_QT}/lib/libQt6Core.so.6"]
    assert [e[0] for e in dropped] == [f"{LINUX_QT}/lib/libQt6Qml.so.6"]


def _entry(destination: str) -> tuple[str, str, str]:
    return (destination, f"/src/{destination}", "BINARY")


def test_prune_orphans_removes_what_only_dropped_binaries_needed(rules):
    gtk_theme = _entry(f"{LINUX_QT}/plugins/platformthemes/libqgtk3.so")
    xcb = _entry(f"{LINUX_QT}/plugins/platforms/libqxcb.so")
    gui = _entry(f"{LINUX_QT}/lib/libQt6Gui.so.6")
    gtk, gio, glib, x11 = (_entry(n) for n in ("libgtk-3.so.0", "libgio-2.0.so.0", "libglib-2.0.so.0", "libX11.so.6"))
    python = _entry("libpython3.11.so.1.0")
    ssl_ext = ("python3.11/lib-dynload/_ssl.so", "/src/_ssl.so", "EXTENSION")
    crypto = _entry("libcrypto.so.3")
    links = {
        gtk_theme[1]: ["libgtk-3.so.0", "libgio-2.0.so.0", "libglib-2.0.so.0", "libQt6Gui.so.6", "libpython3.11.so.1.0"],
        gtk[1]: ["libgio-2.0.so.0", "libglib-2.0.so.0", "libX11.so.6"],
        gio[1]: ["libglib-2.0.so.0"],
        xcb[1]: ["libQt6Gui.so.6", "libX11.so.6"],
        gui[1]: ["libglib-2.0.so.0"],
        ssl_ext[1]: ["libcrypto.so.3"],
    }
    kept = [xcb, gui, gtk, gio, glib, x11, python, ssl_ext, crypto]
    new_kept, orphans = rules.prune_orphans(kept, [gtk_theme], lambda path: links.get(path, []))
    assert {e[0] for e in orphans} == {"libgtk-3.so.0", "libgio-2.0.so.0"}
    # glib and X11 stay (Qt itself links them); libpython stays though nothing links it (it is dlopen-ed).
    assert {e[0] for e in new_kept} == {e[0] for e in kept} - {"libgtk-3.so.0", "libgio-2.0.so.0"}


def test_prune_orphans_without_dropped_binaries_changes_nothing(rules):
    kept = [_entry("libfoo.so.1"), _entry("libbar.so.2")]
    assert rules.prune_orphans(kept, [], lambda path: ["libfoo.so.1"]) == (kept, [])


def test_version_comes_from_pyproject(rules, tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[project]\nname = "x"\nversion = "2.5.1"\n', encoding="utf-8")
    assert rules.read_version(pyproject) == "2.5.1"
    assert rules.read_version() == rules.read_version(rules.ROOT / "pyproject.toml")


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("1.2.3rc1", (1, 2, 3, 1)), ("3.4.5+local.7", (3, 4, 5, 0))],
)
def test_version_tuple_has_four_numbers(rules, version, expected):
    assert rules.version_tuple(version) == expected


class _Recorder:
    """Stands in for PyInstaller's versioninfo classes (which import pefile, Windows-only)."""

    def __init__(self, kind: str):
        self.kind = kind

    def __call__(self, *args, **kwargs):
        return {"kind": self.kind, "args": args, "kwargs": kwargs}


def test_windows_version_info_is_a_valid_version_file(rules):
    text = rules.windows_version_info("1.2.3")
    names = ["VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo", "VarStruct"]
    info = eval(text, {n: _Recorder(n) for n in names})  # how PyInstaller itself reads the file
    assert info["kwargs"]["ffi"]["kwargs"]["filevers"] == (1, 2, 3, 0)
    table = info["kwargs"]["kids"][0]["args"][0][0]
    strings = {s["args"][0]: s["args"][1] for s in table["args"][1]}
    assert strings["ProductName"] == "FTP Wizard"
    assert strings["ProductVersion"] == "1.2.3"
    assert strings["OriginalFilename"] == "ftpwizard.exe"


def test_resource_datas_refuses_uncompiled_translations(rules, tmp_path):
    translations = tmp_path / "resources" / "translations"
    translations.mkdir(parents=True)
    (translations / "wizard_ko.ts").write_text("<TS/>", encoding="utf-8")
    with pytest.raises(SystemExit, match="wizard_ko.ts"):
        rules.resource_datas(tmp_path)


def test_resource_datas_keeps_the_checkout_layout(rules, tmp_path):
    files = ["resources/translations/wizard_ko.ts", "resources/translations/wizard_ko.qm",
             "resources/clients/filezilla.json", "resources/icons/ftpwizard.png", "resources/icons/notes.txt"]
    for name in files:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    datas = {(Path(src).relative_to(tmp_path).as_posix(), folder) for src, folder in rules.resource_datas(tmp_path)}
    assert datas == {
        ("resources/translations/wizard_ko.ts", "resources/translations"),
        ("resources/translations/wizard_ko.qm", "resources/translations"),
        ("resources/clients/filezilla.json", "resources/clients"),
        ("resources/icons/ftpwizard.png", "resources/icons"),
    }


BLOCK_MULTIPROCESSING = """
import sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "multiprocessing":
            raise ImportError("excluded from the bundle")

sys.meta_path.insert(0, Block())
from ftpwizard.demo.server import start_demo_server
from ftpwizard.core.diagnosis.run import probe_and_diagnose
from ftpwizard.core.probe import ProbeOptions, parse_target

server = start_demo_server("healthy")
try:
    target = parse_target(f"ftp://{server.user}@{server.host}:{server.port}").with_credentials(password=server.password)
    print(probe_and_diagnose(target, ProbeOptions(timeout=5)).verdict.code)
finally:
    server.stop()
"""


def test_the_demo_server_runs_without_multiprocessing_which_the_bundle_leaves_out(rules):
    assert "multiprocessing" in rules.PYTHON_EXCLUDES
    done = subprocess.run([sys.executable, "-c", BLOCK_MULTIPROCESSING], capture_output=True, text=True,
                          timeout=60, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-1] == "both_ok"
