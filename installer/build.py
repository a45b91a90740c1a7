#!/usr/bin/env python3
"""Build the double-clickable program in one command, from a clean virtual environment.

    python installer/build.py                     Linux or Windows: dist/ftpwizard/ (onedir, the main build)
    python installer/build.py --mode both         also dist/ftpwizard-portable[.exe] (onefile)
    py installer\\build.py --mode both --installer Windows: also the Inno Setup installer, dist/installer/

Steps: create build/venv-bundle (a venv that holds only installer/requirements-build.txt, so nothing from a
developer's venv leaks into the bundle), compile the translations, run PyInstaller on installer/ftpwizard.spec,
and on Windows with --installer run Inno Setup's ISCC on installer/windows/ftpwizard.iss.
`--python PATH` skips the venv and uses an existing interpreter (faster when iterating).
`--app hello` builds the hello-world baseline (benchmarks/hello_world) the same way, for benchmarks/bundle.py.
Needs only Python 3.11+ on the PATH; the Windows installer step also needs Inno Setup 6.3 or later (7 too).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "installer" / "requirements-build.txt"
SPECS = {
    "ftpwizard": ROOT / "installer" / "ftpwizard.spec",
    "hello": ROOT / "benchmarks" / "hello_world" / "hello.spec",
}
DEFAULT_VENV = ROOT / "build" / "venv-bundle"
ISS = ROOT / "installer" / "windows" / "ftpwizard.iss"
# Inno Setup installs to "<Program Files>\Inno Setup <major>" (7.0 and 7.1 as "Inno Setup 7"), or, installed
# without admin rights, under %LOCALAPPDATA%\Programs. The script needs 6.3 or later (Korean.isl).
INNO_MAJORS = ("7", "6")
INNO_FOLDERS = (("PROGRAMFILES", ""), ("PROGRAMFILES(X86)", ""), ("LOCALAPPDATA", "Programs"))


class BuildError(Exception):
    pass


def venv_python(folder: Path) -> Path:
    return folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def prepare_venv(folder: Path, *, fresh: bool) -> Path:
    """A venv with exactly the pinned build requirements; reused when its requirements are unchanged."""
    stamp = folder / "requirements-build.txt"
    wanted = REQUIREMENTS.read_text(encoding="utf-8")
    if fresh and folder.exists():
        shutil.rmtree(folder)
    python = venv_python(folder)
    if python.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        return python
    if folder.exists():
        shutil.rmtree(folder)
    print(f"build: creating a clean venv in {folder}", flush=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", str(REQUIREMENTS)])
    stamp.write_text(wanted, encoding="utf-8")
    return python


def run(cmd: list[str], **kwargs: object) -> None:
    print("build: $ " + " ".join(cmd), flush=True)
    result = subprocess.run(cmd, cwd=ROOT, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        raise BuildError(f"command failed with exit code {result.returncode}: {' '.join(cmd)}")


def pyinstaller_command(python: str, app: str, mode: str, dist: Path, work: Path) -> list[str]:
    return [
        python, "-m", "PyInstaller", str(SPECS[app]),
        "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work / app),
        "--", "--mode", mode,
    ]


def _windows_environment() -> Any:
    """The Windows registry, environment and file system behind the interface ftpwizard's FTP-program
    detection uses (ftpwizard/clients/env.py), so a fake Windows can stand in for it in tests."""
    sys.path.insert(0, str(ROOT))
    from ftpwizard.clients.env import Environment

    return Environment.real()


def find_iscc(env: Any = None) -> str:
    """ISCC.exe: on the PATH, where Inno Setup's uninstall entry says it is installed ("Inno Setup 7_is1",
    newest first), or in the default folders for all users or one user."""
    env = env if env is not None else _windows_environment()
    found = env.which("ISCC") or env.which("iscc")
    if found:
        return str(found)
    candidates: list[Path] = []
    entries = [e for e in env.uninstall_entries() if re.fullmatch(r"Inno Setup (\d+)_is1", e.key, re.I)]
    for entry in sorted(entries, key=lambda e: -int(re.findall(r"\d+", e.key)[0])):
        if entry.install_location:
            candidates.append(Path(entry.install_location) / "ISCC.exe")
    for major in INNO_MAJORS:
        for variable, sub in INNO_FOLDERS:
            base = env.var_path(variable)
            if base:
                candidates.append(base / sub / f"Inno Setup {major}" / "ISCC.exe")
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    raise BuildError("Inno Setup 6.3 or later not found: install it from jrsoftware.org (ISCC.exe) or put ISCC on the PATH")


def iscc_command(iscc: str, version: str, dist: Path) -> list[str]:
    """AppVersion is shown to people ("0.2.0rc1"); VersionInfoVersion must be four numbers, the same ones the
    .exe files carry (bundle_rules.version_tuple)."""
    numeric = ".".join(str(n) for n in _bundle_rules().version_tuple(version))
    return [iscc, f"/DAppVersion={version}", f"/DAppVersionNumeric={numeric}", f"/DBundleDir={dist / 'ftpwizard'}",
            f"/O{dist / 'installer'}", str(ISS)]


def _bundle_rules() -> Any:
    sys.path.insert(0, str(ROOT / "installer"))
    import bundle_rules

    return bundle_rules


def build(args: argparse.Namespace) -> Path:
    if args.installer and os.name != "nt":
        raise BuildError("--installer makes the Windows setup program: run it on Windows (the Linux build has no installer)")
    python = args.python or str(prepare_venv(args.venv, fresh=args.fresh))
    if args.app == "ftpwizard":
        run([python, str(ROOT / "scripts" / "build_translations.py")])
    run(pyinstaller_command(python, args.app, args.mode, args.dist, args.work))
    if args.installer:
        run(iscc_command(find_iscc(), _bundle_rules().read_version(), args.dist))
    name = "ftpwizard" if args.app == "ftpwizard" else "hello"
    return args.dist / (name if args.mode != "onefile" else f"{name}-portable")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--mode", choices=("onedir", "onefile", "both"), default="onedir")
    parser.add_argument("--app", choices=tuple(SPECS), default="ftpwizard")
    parser.add_argument("--installer", action="store_true", help="Windows only: also build the Inno Setup installer")
    parser.add_argument("--python", help="build with this interpreter instead of a clean venv")
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV, help=f"the clean venv (default {DEFAULT_VENV.relative_to(ROOT)})")
    parser.add_argument("--fresh", action="store_true", help="delete and recreate the venv first")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    # Relative paths mean relative to where the command was typed, not to the checkout PyInstaller runs in.
    args.dist, args.work, args.venv = args.dist.resolve(), args.work.resolve(), args.venv.resolve()
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        output = build(args)
    except BuildError as exc:
        print(f"build: FAILED: {exc}", file=sys.stderr)
        return 1
    print(f"build: done: {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
