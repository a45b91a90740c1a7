"""The Windows registry behind a small interface, so detection runs the same code on every platform.

``WinRegistry`` uses ``winreg`` (Windows only). ``MemoryRegistry`` holds keys in a dict with the same
semantics (case-insensitive key and value names, typed values); tests and the screenshot scripts fill
it with the real key names and value types of each program.
Keys are addressed as ``("HKCU" | "HKLM", r"Software\\Vendor\\Program")``; WOW6432Node is just part of
the path (the 64-bit view shows it as an ordinary subkey).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any, Protocol

REG_SZ = 1
REG_EXPAND_SZ = 2
REG_BINARY = 3
REG_DWORD = 4
REG_MULTI_SZ = 7
REG_QWORD = 11

Hive = str  # "HKCU" or "HKLM"


class RegistryError(OSError):
    """A registry read or write failed (access denied, key vanished...)."""


@dataclass(frozen=True)
class RegValue:
    type: int
    data: str | int | bytes | list[str]

    def as_text(self) -> str | None:
        if isinstance(self.data, str):
            return self.data
        if isinstance(self.data, int):
            return str(self.data)
        return None


class Registry(Protocol):
    def get(self, hive: Hive, key: str, name: str) -> RegValue | None:
        """The value ``name`` of the key ("" = the key's default value), or None when missing."""
        ...

    def subkeys(self, hive: Hive, key: str) -> list[str]:
        """Names of the direct subkeys, [] when the key is missing."""
        ...

    def exists(self, hive: Hive, key: str) -> bool: ...

    def set(self, hive: Hive, key: str, name: str, value: RegValue) -> None:
        """Write a value, creating the key if needed. Raises RegistryError."""
        ...

    def delete(self, hive: Hive, key: str, name: str) -> None:
        """Remove a value; missing is not an error. Raises RegistryError."""
        ...


UNINSTALL_ROOTS: tuple[tuple[Hive, str], ...] = (
    ("HKLM", r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall"),
    ("HKLM", r"SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\Uninstall"),
    ("HKCU", r"Software\Microsoft\Windows\CurrentVersion\Uninstall"),
)
APP_PATHS_ROOTS: tuple[tuple[Hive, str], ...] = (
    ("HKLM", r"SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths"),
    ("HKLM", r"SOFTWARE\WOW6432Node\Microsoft\Windows\CurrentVersion\App Paths"),
    ("HKCU", r"Software\Microsoft\Windows\CurrentVersion\App Paths"),
)


@dataclass(frozen=True)
class UninstallEntry:
    key: str  # the subkey name, e.g. "FileZilla Client" or "winscp3_is1"
    display_name: str
    version: str | None
    install_location: str | None
    display_icon: str | None


def read_uninstall_entries(reg: Registry) -> list[UninstallEntry]:
    entries = []
    for hive, root in UNINSTALL_ROOTS:
        for sub in reg.subkeys(hive, root):
            path = f"{root}\\{sub}"

            def text(name: str, path: str = path, hive: str = hive) -> str | None:
                v = reg.get(hive, path, name)
                return v.as_text() if v else None

            entries.append(
                UninstallEntry(
                    key=sub,
                    display_name=text("DisplayName") or "",
                    version=text("DisplayVersion"),
                    install_location=text("InstallLocation"),
                    display_icon=text("DisplayIcon"),
                )
            )
    return entries


def app_path(reg: Registry, exe: str) -> str | None:
    for hive, root in APP_PATHS_ROOTS:
        v = reg.get(hive, f"{root}\\{exe}", "")
        if v and v.as_text():
            return (v.as_text() or "").strip('"')
    return None


class MemoryRegistry:
    """An in-memory registry with Windows' semantics, for tests and screenshot scripts."""

    def __init__(self) -> None:
        # normalised key path -> (display path, {lower value name: (name, RegValue)})
        self._keys: dict[tuple[str, str], tuple[str, dict[str, tuple[str, RegValue]]]] = {}
        self.read_only = False  # simulate "access denied" on writes

    @staticmethod
    def _norm(hive: Hive, key: str) -> tuple[str, str]:
        return hive.upper(), key.strip("\\").lower()

    def put(self, hive: Hive, key: str, name: str, type_: int, data: str | int | bytes | list[str]) -> None:
        self.set(hive, key, name, RegValue(type_, data))

    def add_key(self, hive: Hive, key: str) -> None:
        parts = key.strip("\\").split("\\")
        for i in range(1, len(parts) + 1):
            sub = "\\".join(parts[:i])
            self._keys.setdefault(self._norm(hive, sub), (sub, {}))

    def get(self, hive: Hive, key: str, name: str) -> RegValue | None:
        entry = self._keys.get(self._norm(hive, key))
        if entry is None:
            return None
        found = entry[1].get(name.lower())
        return found[1] if found else None

    def subkeys(self, hive: Hive, key: str) -> list[str]:
        h, k = self._norm(hive, key)
        prefix = k + "\\"
        names = []
        for (kh, kk), (display, _values) in self._keys.items():
            if kh == h and kk.startswith(prefix) and "\\" not in kk[len(prefix) :]:
                names.append(display.split("\\")[-1])
        return sorted(names)

    def exists(self, hive: Hive, key: str) -> bool:
        return self._norm(hive, key) in self._keys

    def set(self, hive: Hive, key: str, name: str, value: RegValue) -> None:
        if self.read_only:
            raise RegistryError(13, "Access is denied")
        self.add_key(hive, key)
        values = self._keys[self._norm(hive, key)][1]
        old = values.get(name.lower())
        values[name.lower()] = (old[0] if old else name, value)

    def delete(self, hive: Hive, key: str, name: str) -> None:
        if self.read_only:
            raise RegistryError(13, "Access is denied")
        entry = self._keys.get(self._norm(hive, key))
        if entry:
            entry[1].pop(name.lower(), None)


class WinRegistry:  # pragma: no cover - needs Windows
    """The real registry (64-bit view, so WOW6432Node paths are visible as written)."""

    def __init__(self) -> None:
        import winreg

        # Any: typeshed only declares winreg's names when type-checking for Windows.
        self._w: Any = winreg
        self._hives = {"HKCU": self._w.HKEY_CURRENT_USER, "HKLM": self._w.HKEY_LOCAL_MACHINE}
        self._view = self._w.KEY_WOW64_64KEY

    def _open(self, hive: Hive, key: str, write: bool = False) -> Any:
        w = self._w
        access = (w.KEY_READ | w.KEY_SET_VALUE if write else w.KEY_READ) | self._view
        if write:
            return w.CreateKeyEx(self._hives[hive], key, 0, access)
        return w.OpenKey(self._hives[hive], key, 0, access)

    def get(self, hive: Hive, key: str, name: str) -> RegValue | None:
        try:
            with self._open(hive, key) as k:
                data, type_ = self._w.QueryValueEx(k, name)
        except OSError:
            return None
        return RegValue(type_, data)

    def subkeys(self, hive: Hive, key: str) -> list[str]:
        names: list[str] = []
        try:
            with self._open(hive, key) as k:
                i = 0
                while True:
                    try:
                        names.append(self._w.EnumKey(k, i))
                    except OSError:
                        break
                    i += 1
        except OSError:
            return []
        return names

    def exists(self, hive: Hive, key: str) -> bool:
        try:
            with self._open(hive, key):
                return True
        except OSError:
            return False

    def set(self, hive: Hive, key: str, name: str, value: RegValue) -> None:
        try:
            with self._open(hive, key, write=True) as k:
                self._w.SetValueEx(k, name, 0, value.type, value.data)
        except OSError as e:
            raise RegistryError(e.errno or 0, e.strerror or str(e)) from None

    def delete(self, hive: Hive, key: str, name: str) -> None:
        try:
            with self._open(hive, key, write=True) as k:
                self._w.DeleteValue(k, name)
        except FileNotFoundError:
            return
        except OSError as e:
            raise RegistryError(e.errno or 0, e.strerror or str(e)) from None


def real_registry() -> Registry | None:
    return WinRegistry() if sys.platform == "win32" else None
