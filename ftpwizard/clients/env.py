"""Everything detection looks at, bundled so tests can hand in a fake Windows or macOS on Linux.

The real environment reads the real registry, file system, PATH and process list. A fake one points
``root``/``home``/the environment variables into a temporary folder holding files in the programs' real
formats, and uses a ``MemoryRegistry`` holding the programs' real key names and value types.
"""

from __future__ import annotations

import codecs
import locale
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Literal

from ftpwizard.clients.registry import Registry, UninstallEntry, read_uninstall_entries, real_registry

Platform = Literal["windows", "macos", "linux"]


@dataclass
class Environment:
    platform: Platform
    home: Path
    # Environment variables: APPDATA, PROGRAMFILES, XDG_CONFIG_HOME, CURL_HOME... Read them with var()/var_path().
    vars: Mapping[str, str]
    registry: Registry | None = None
    which: Callable[[str], str | None] = shutil.which
    processes: Callable[[], list[str]] = lambda: []  # running executables' base names
    # Where absolute POSIX paths (/etc/lftp.conf, /Applications) start; in a fake Windows tree, its C:\\.
    root: Path = Path("/")
    state_dir: Path | None = None  # where registry backups live (files are backed up next to themselves)
    now: Callable[[], datetime] = field(default=datetime.now)
    # The uninstall list as read once during one detection pass; None outside a pass. Not an __init__
    # argument, so a copy (dataclasses.replace) never inherits a list read earlier.
    _pass_uninstall: list[UninstallEntry] | None = field(default=None, init=False, repr=False, compare=False)
    _in_pass: bool = field(default=False, init=False, repr=False, compare=False)

    def for_one_pass(self) -> Environment:
        """A copy for one detect_clients pass: every program looks through the same uninstall list, read
        once. Dropped after the pass, so a program installed before the next "refresh" shows up."""
        copy = replace(self)
        copy._in_pass = True
        return copy

    def uninstall_entries(self) -> list[UninstallEntry]:
        """Windows' list of installed programs; [] without a registry."""
        if self._pass_uninstall is not None:
            return self._pass_uninstall
        entries = read_uninstall_entries(self.registry) if self.registry is not None else []
        if self._in_pass:
            self._pass_uninstall = entries
        return entries

    def path(self, posix_abs: str) -> Path:
        """An absolute POSIX path (e.g. /etc/lftp.conf) inside this environment's root."""
        return self.root.joinpath(*PurePosixPath(posix_abs).parts[1:])

    def var(self, name: str) -> str | None:
        """An environment variable. Windows' names are case-insensitive and os.environ stores them
        upper-cased there (PROGRAMFILES, SYSTEMROOT), so ``var("ProgramFiles")`` must still find them."""
        value = self.vars.get(name)
        if value is None and self.platform == "windows":
            wanted = name.upper()
            value = next((v for k, v in self.vars.items() if k.upper() == wanted), None)
        return value

    def var_path(self, name: str) -> Path | None:
        value = self.var(name)
        return Path(value) if value else None

    def expand(self, value: str) -> str:
        """Windows' %NAME% expansion (ExpandEnvironmentStrings): names in any case, unknown ones left as typed.
        In a fake Windows tree on Linux the backslashes become slashes, so the result is a usable path."""
        value = re.sub(r"%([^%]+)%", lambda m: self.var(m.group(1)) or m.group(0), value)
        if os.sep == "/" and self.platform == "windows":
            value = value.replace("\\", "/")
        return value

    def virtual_store(self, path: Path) -> Path | None:
        """Where UAC file virtualization keeps a copy of ``path`` written by a program without admin rights:
        %LOCALAPPDATA%\\VirtualStore\\<path without its drive>, for paths on LOCALAPPDATA's drive only.
        In a fake Windows tree, ``root`` plays the part of C:\\."""
        local = self.var_path("LOCALAPPDATA")
        if local is None:
            return None
        try:
            return local / "VirtualStore" / path.relative_to(self.root)
        except ValueError:
            pass
        if not path.drive or path.drive.lower() != local.drive.lower():
            return None
        return local / "VirtualStore" / path.relative_to(path.anchor)

    def is_running(self, exe_names: tuple[str, ...]) -> str | None:
        """The first of ``exe_names`` (case-insensitive, with or without .exe) that is running."""
        wanted = {n.lower().removesuffix(".exe") for n in exe_names}
        for p in self.processes():
            if p.lower().removesuffix(".exe") in wanted:
                return p
        return None

    @staticmethod
    def real() -> Environment:
        plat: Platform = "windows" if sys.platform == "win32" else "macos" if sys.platform == "darwin" else "linux"
        try:
            import platformdirs

            state: Path | None = Path(platformdirs.user_data_dir("ftpwizard", appauthor=False)) / "client-backups"
        except ImportError:  # pragma: no cover - platformdirs is a dependency
            state = Path.home() / ".ftpwizard" / "client-backups"
        return Environment(
            platform=plat,
            home=Path.home(),
            vars=dict(os.environ),
            registry=real_registry(),
            which=shutil.which,
            processes=running_processes,
            state_dir=state,
        )


def tasklist_names(raw: bytes, encoding: str) -> list[str]:
    """Image names from ``tasklist /FO CSV /NH`` output. A name the code page cannot show (or bytes in
    another code page) is decoded with replacement characters: a process list never stops detection."""
    text = raw.decode(encoding, errors="replace")
    return [line.split('","')[0].strip('"') for line in text.splitlines() if line.startswith('"')]


def _console_encoding() -> str:  # pragma: no cover - Windows
    """The console's code page, OEM by default, in which console programs such as tasklist write to a
    pipe (cp949 on Korean Windows, cp437/850 where the ANSI one is cp1252); unconfirmed on Windows, see
    installer/README.md "Check on a real Windows PC". Decoding replaces what does not fit either way."""
    try:
        return codecs.lookup("oem").name
    except LookupError:
        return locale.getpreferredencoding(False)


def running_processes() -> list[str]:
    """Base names of running executables; [] when the list cannot be read (then nothing is refused)."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        try:
            raw = subprocess.run(
                ["tasklist", "/FO", "CSV", "/NH"],
                capture_output=True,
                timeout=10,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return []
        return tasklist_names(raw, _console_encoding())
    if sys.platform == "darwin":  # pragma: no cover - macOS
        try:
            out = subprocess.run(["ps", "-axo", "comm="], capture_output=True, text=True, timeout=10).stdout
        except (OSError, subprocess.SubprocessError):
            return []
        return [os.path.basename(line.strip()) for line in out.splitlines() if line.strip()]
    names = []
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/comm", encoding="utf-8", errors="replace") as f:
                names.append(f.read().strip())
        except OSError:
            continue
    return names
