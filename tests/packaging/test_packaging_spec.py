"""The .spec files executed for real, with PyInstaller's build steps replaced by recorders.

PyInstaller runs a .spec with Analysis/PYZ/EXE/COLLECT and a few paths in its namespace; giving it recorders
instead shows what each mode would build (names, windowed, no UPX, filtered contents) in a second, where a
real build takes minutes (that one runs in CI: scripts/ci_bundle.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


class FakeAnalysis:
    instances: list[FakeAnalysis] = []

    def __init__(self, scripts, **kwargs):
        self.scripts_in = scripts
        self.kwargs = kwargs
        self.scripts = ["<scripts>"]
        self.pure = ["<pure>"]
        # What PyInstaller's hooks would have collected: some of it must go.
        self.binaries = [
            ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "/nonexistent/libqoffscreen.so", "BINARY"),
            ("PySide6/Qt/plugins/platforms/libqwayland.so", "/nonexistent/libqwayland.so", "BINARY"),
            ("PySide6/Qt/lib/libQt6Qml.so.6", "/nonexistent/libQt6Qml.so.6", "BINARY"),
        ]
        self.datas = [
            ("PySide6/Qt/translations/qtbase_ko.qm", "/nonexistent/qtbase_ko.qm", "DATA"),
            ("PySide6/Qt/translations/qtbase_fr.qm", "/nonexistent/qtbase_fr.qm", "DATA"),
        ]
        FakeAnalysis.instances.append(self)


class Recorder:
    def __init__(self, kind, calls):
        self.kind, self.calls = kind, calls

    def __call__(self, *args, **kwargs):
        call = {"kind": self.kind, "args": args, **kwargs}
        self.calls.append(call)
        return call


def run_spec(spec: Path, spec_args: list[str], tmp_path: Path, monkeypatch, platform: str = "linux") -> list[dict]:
    import bundle_rules  # the module object the spec imports too

    real_resource_datas = bundle_rules.resource_datas
    # Whether this checkout's translations are compiled is the build's business (tested in test_packaging_rules).
    monkeypatch.setattr(bundle_rules, "resource_datas", lambda root: real_resource_datas(root, require_compiled=False))
    calls: list[dict] = []
    FakeAnalysis.instances.clear()
    namespace = {
        "__file__": str(spec), "SPECPATH": str(spec.parent), "workpath": str(tmp_path / "work"),
        "DISTPATH": str(tmp_path / "dist"), "Analysis": FakeAnalysis, "PYZ": Recorder("PYZ", calls),
        "EXE": Recorder("EXE", calls), "COLLECT": Recorder("COLLECT", calls),
    }
    monkeypatch.setattr(sys, "argv", [str(spec), *spec_args])
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec inserts its own folders
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), namespace)
    return calls


SPEC = ROOT / "installer" / "ftpwizard.spec"
HELLO_SPEC = ROOT / "benchmarks" / "hello_world" / "hello.spec"


def _exes(calls):
    return [c for c in calls if c["kind"] == "EXE"]


@pytest.mark.parametrize("spec", [SPEC, HELLO_SPEC], ids=["ftpwizard", "hello"])
def test_default_build_is_onedir_windowed_without_upx(spec, tmp_path, monkeypatch):
    calls = run_spec(spec, [], tmp_path, monkeypatch)
    name = "ftpwizard" if spec == SPEC else "hello"
    exes, collects = _exes(calls), [c for c in calls if c["kind"] == "COLLECT"]
    assert [e["name"] for e in exes] == [name]
    assert exes[0]["exclude_binaries"] is True
    assert all(e["console"] is False and e["upx"] is False for e in exes)
    assert len(collects) == 1 and collects[0]["name"] == name and collects[0]["upx"] is False


def test_both_modes_share_one_analysis(tmp_path, monkeypatch):
    calls = run_spec(SPEC, ["--mode", "both"], tmp_path, monkeypatch)
    assert len(FakeAnalysis.instances) == 1
    assert [e["name"] for e in _exes(calls)] == ["ftpwizard", "ftpwizard-portable"]
    onefile = _exes(calls)[1]
    assert "exclude_binaries" not in onefile  # binaries and data go inside the single file
    assert FakeAnalysis.instances[0].binaries in [list(a) for a in onefile["args"]]


def test_onefile_only(tmp_path, monkeypatch):
    calls = run_spec(SPEC, ["--mode", "onefile"], tmp_path, monkeypatch)
    assert [e["name"] for e in _exes(calls)] == ["ftpwizard-portable"]
    assert not [c for c in calls if c["kind"] == "COLLECT"]


def test_spec_filters_what_the_hooks_collected(tmp_path, monkeypatch):
    run_spec(SPEC, [], tmp_path, monkeypatch)
    analysis = FakeAnalysis.instances[0]
    assert [b[0] for b in analysis.binaries] == ["PySide6/Qt/plugins/platforms/libqoffscreen.so"]
    assert [d[0] for d in analysis.datas] == ["PySide6/Qt/translations/qtbase_ko.qm"]


def test_spec_bundles_the_program_and_its_resources(tmp_path, monkeypatch):
    run_spec(SPEC, [], tmp_path, monkeypatch)
    analysis = FakeAnalysis.instances[0]
    assert analysis.scripts_in == [str(ROOT / "installer" / "launch.py")]
    hidden = analysis.kwargs["hiddenimports"]
    assert {"ftpwizard.commands.main", "ftpwizard.commands.probe", "ftpwizard.demo.server", "PySide6.QtWidgets"} <= set(hidden)
    folders = {folder for _src, folder in analysis.kwargs["datas"]}
    assert {"resources/icons", "resources/translations"} <= folders
    excludes = analysis.kwargs["excludes"]
    assert "PySide6.QtNetwork" in excludes and "tkinter" in excludes
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} & set(excludes)


def test_windows_build_gets_icon_version_resource_and_console_twin(tmp_path, monkeypatch):
    calls = run_spec(SPEC, [], tmp_path, monkeypatch, platform="win32")
    exes = _exes(calls)
    assert [(e["name"], e["console"]) for e in exes] == [("ftpwizard", False), ("ftpwizard-cli", True)]
    assert exes[0]["icon"].endswith("ftpwizard.ico") and Path(exes[0]["icon"]).is_file()
    version_text = Path(exes[0]["version"]).read_text(encoding="utf-8")
    assert "StringStruct('ProductName', 'FTP Wizard')" in version_text
    assert exes[0]["strip"] is False  # never strip Windows DLLs
    collect = [c for c in calls if c["kind"] == "COLLECT"][0]
    assert [a for a in collect["args"] if isinstance(a, dict)] == exes  # both .exe files in one folder


def test_linux_build_has_no_windows_only_options(tmp_path, monkeypatch):
    exe = _exes(run_spec(SPEC, [], tmp_path, monkeypatch))[0]
    assert exe["icon"] is None and exe["version"] is None and exe["strip"] is True


def test_unknown_spec_argument_is_refused(tmp_path, monkeypatch):
    with pytest.raises(SystemExit):
        run_spec(SPEC, ["--mode", "zip"], tmp_path, monkeypatch)
