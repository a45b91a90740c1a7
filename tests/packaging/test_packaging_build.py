"""installer/build.py and the Inno Setup script: the commands they run and the files they expect."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installer" / "windows" / "ftpwizard.iss"


def test_pyinstaller_command_passes_mode_to_the_spec(build_script, tmp_path):
    cmd = build_script.pyinstaller_command("/py", "ftpwizard", "onefile", tmp_path / "dist", tmp_path / "work")
    assert cmd[:4] == ["/py", "-m", "PyInstaller", str(ROOT / "installer" / "ftpwizard.spec")]
    assert cmd[-3:] == ["--", "--mode", "onefile"]  # after `--`: arguments for the spec itself
    assert "--clean" in cmd and "--noconfirm" in cmd


def test_every_runtime_dependency_is_pinned_for_the_build(build_script):
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = {}
    for line in build_script.REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            requirement = Requirement(line)
            assert str(requirement.specifier).startswith("=="), f"not pinned: {line}"
            pins[requirement.name.lower()] = str(requirement.specifier)[2:]
    for dependency in [*pyproject["project"]["dependencies"], *pyproject["project"]["optional-dependencies"]["build"]]:
        requirement = Requirement(dependency)
        assert requirement.name.lower() in pins, f"{requirement.name} missing from requirements-build.txt"
        assert requirement.specifier.contains(pins[requirement.name.lower()]), (
            f"requirements-build.txt pins {requirement.name}=={pins[requirement.name.lower()]}, "
            f"pyproject.toml wants {requirement.specifier}"
        )


def test_installer_step_refuses_to_run_off_windows(build_script, monkeypatch, tmp_path):
    monkeypatch.setattr(build_script.os, "name", "posix")
    args = build_script.parse_args(["--installer", "--python", "/nonexistent/python", "--dist", str(tmp_path)])
    with pytest.raises(build_script.BuildError, match="run it on Windows"):
        build_script.build(args)


def test_failed_command_is_a_build_error_not_a_traceback(build_script, capsys):
    with pytest.raises(build_script.BuildError, match="exit code 3"):
        build_script.run(["python3", "-c", "raise SystemExit(3)"])


def test_main_reports_failure_in_one_line(build_script, capsys, monkeypatch):
    monkeypatch.setattr(build_script.os, "name", "posix")
    assert build_script.main(["--installer", "--python", "/nonexistent"]) == 1
    assert "build: FAILED: --installer" in capsys.readouterr().err


def test_iscc_command_defines_what_the_script_expects(build_script, tmp_path):
    cmd = build_script.iscc_command("ISCC.exe", "1.2.3rc1", tmp_path)
    defines = dict(re.findall(r"^/D(\w+)=(.*)$", " ".join(c for c in cmd if c.startswith("/D")).replace(" /D", "\n/D"), re.M))
    # VersionInfoVersion accepts only numbers: a release candidate's version stops ISCC unless it gets these.
    assert defines == {"AppVersion": "1.2.3rc1", "AppVersionNumeric": "1.2.3.1", "BundleDir": str(tmp_path / "ftpwizard")}
    script = ISS.read_text(encoding="utf-8")
    for name in defines:
        assert f"#ifndef {name}" in script
    assert "VersionInfoVersion={#AppVersionNumeric}" in _iss_section("Setup")
    assert cmd[-1] == str(ISS)


def _fake_windows(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A Windows user's machine for find_iscc: upper-case variables as os.environ holds them, a registry."""
    from ftpwizard.clients.env import Environment
    from ftpwizard.clients.registry import MemoryRegistry

    c = tmp_path / "C"
    local = c / "Users/kim/AppData/Local"
    local.mkdir(parents=True)
    return Environment(platform="windows", home=c / "Users/kim", registry=MemoryRegistry(), which=lambda name: None,
                       vars={"PROGRAMFILES": str(c / "Program Files"), "PROGRAMFILES(X86)": str(c / "Program Files (x86)"),
                             "LOCALAPPDATA": str(local)}, root=c)


def _iscc(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ISCC.exe").write_bytes(b"MZ")
    return folder / "ISCC.exe"


def test_find_iscc_inno_setup_7_for_one_user(build_script, tmp_path):
    env = _fake_windows(tmp_path)
    iscc = _iscc(Path(env.vars["LOCALAPPDATA"]) / "Programs/Inno Setup 7")
    assert build_script.find_iscc(env) == str(iscc)


def test_find_iscc_prefers_inno_setup_7_in_program_files(build_script, tmp_path):
    env = _fake_windows(tmp_path)
    _iscc(Path(env.vars["PROGRAMFILES(X86)"]) / "Inno Setup 6")
    iscc7 = _iscc(Path(env.vars["PROGRAMFILES"]) / "Inno Setup 7")
    assert build_script.find_iscc(env) == str(iscc7)


def test_find_iscc_from_its_uninstall_entry(build_script, tmp_path):
    from ftpwizard.clients.registry import REG_SZ

    env = _fake_windows(tmp_path)
    iscc = _iscc(tmp_path / "D/Tools/Inno")
    key = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\Inno Setup 7_is1"
    env.registry.put("HKCU", key, "DisplayName", REG_SZ, "Inno Setup version 7.1.0")
    env.registry.put("HKCU", key, "InstallLocation", REG_SZ, str(iscc.parent))
    assert build_script.find_iscc(env) == str(iscc)


def test_find_iscc_missing_is_a_build_error(build_script, tmp_path):
    with pytest.raises(build_script.BuildError, match="Inno Setup 6.3 or later not found"):
        build_script.find_iscc(_fake_windows(tmp_path))


def _iss_section(name: str) -> list[str]:
    text = ISS.read_text(encoding="utf-8")
    body = text.split(f"[{name}]", 1)[1].split("\n[", 1)[0]
    return [line for line in body.splitlines() if line.strip() and not line.lstrip().startswith(";")]


def test_installer_speaks_korean_and_english():
    languages = " ".join(_iss_section("Languages"))
    assert 'MessagesFile: "compiler:Languages\\Korean.isl"' in languages
    assert 'MessagesFile: "compiler:Default.isl"' in languages


def test_installer_makes_start_menu_and_desktop_shortcuts_to_the_windowed_exe():
    icons = _iss_section("Icons")
    assert any(line.startswith('Name: "{group}\\') and "{app}\\{#AppExeName}" in line for line in icons)
    assert any(line.startswith('Name: "{autodesktop}\\') and "Tasks: desktopicon" in line for line in icons)
    assert any("{uninstallexe}" in line for line in icons)
    assert '#define AppExeName "ftpwizard.exe"' in ISS.read_text(encoding="utf-8")


def test_installer_installs_the_whole_onedir_bundle():
    files = _iss_section("Files")
    assert files == ['Source: "{#BundleDir}\\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs']
    default = re.search(r'#define BundleDir "(.+)"', ISS.read_text(encoding="utf-8"))
    assert default and (ISS.parent / default.group(1).replace("\\", "/")).resolve() == ROOT / "dist" / "ftpwizard"


def test_installer_icon_exists_and_version_is_passed_in():
    setup = dict(line.split("=", 1) for line in _iss_section("Setup"))
    assert (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).is_file()
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["UninstallDisplayIcon"] == "{app}\\{#AppExeName}"
