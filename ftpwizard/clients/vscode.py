"""VS Code's FTP extensions, found in VS Code's extensions folder: ``<publisher>.<name>-<version>``
folders under ~/.vscode/extensions (Insiders: ~/.vscode-insiders, VSCodium: ~/.vscode-oss; the
VSCODE_EXTENSIONS variable moves it). On Windows ~ is %USERPROFILE%. VS Code writes the folder names in
lower case and, on uninstalling, lists the folder in ``.obsolete`` (a JSON object) until it deletes it.

Their settings live in each project's folder (.vscode/sftp.json, .vscode/ftp-kr.json) or in the
extension's own file: ftpwizard only guides, it never edits them. All three open passive data connections
only (see their capabilities), so the mode they use is passive whatever a file says.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ClientStatus
from ftpwizard.clients.program_facts import default_mode, new_status

_FOLDER = re.compile(r"^(?P<id>[^.]+\.[^.]+?)-(?P<version>\d+(?:\.\d+)*(?:[-+][\w.-]+)?)$")


def extension_folders(env: Environment) -> list[Path]:
    """The extensions folders of the VS Code builds installed for this user (those that exist)."""
    moved = env.var_path("VSCODE_EXTENSIONS")
    candidates = [moved] if moved else []
    candidates += [env.home / name / "extensions" for name in (".vscode", ".vscode-insiders", ".vscode-oss")]
    return [c for c in candidates if c.is_dir()]


def _obsolete(folder: Path) -> set[str]:
    try:
        data = json.loads((folder / ".obsolete").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return set()
    return {str(k).lower() for k, v in data.items() if v} if isinstance(data, dict) else set()


def installed_extensions(env: Environment) -> dict[str, tuple[str, Path]]:
    """Installed extension id (lower case) -> (highest version, its folder)."""
    found: dict[str, tuple[tuple[int, ...], str, Path]] = {}
    for folder in extension_folders(env):
        gone = _obsolete(folder)
        try:
            entries = sorted(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            m = _FOLDER.match(entry.name)
            if not m or not entry.is_dir() or entry.name.lower() in gone:
                continue
            ext_id, version = m["id"].lower(), m["version"]
            key = tuple(int(p) for p in re.findall(r"\d+", version.split("-", 1)[0]))
            if ext_id not in found or key > found[ext_id][0]:
                found[ext_id] = (key, version, entry)
    return {ext_id: (version, path) for ext_id, (_, version, path) in found.items()}


@dataclass(frozen=True)
class VSCodeExtension:
    ID: str
    extension_ids: tuple[str, ...]  # publisher.name, lower case, in order of preference
    config: str  # where its connection settings are, as the user would look for them
    EXES: tuple[str, ...] = ("code", "code - insiders", "codium")

    def detect(self, env: Environment, host: str | None) -> ClientStatus | None:
        installed = installed_extensions(env)
        for ext_id in self.extension_ids:
            if ext_id in installed:
                version, path = installed[ext_id]
                return new_status(self.ID, version=version, mode=default_mode(self.ID), mode_is_default=True,
                                  config=self.config, install_path=str(path))
        return None


# Natizyskunk's is the maintained fork of liximomo's SFTP; both read .vscode/sftp.json.
VSCODE_SFTP = VSCodeExtension("vscode-sftp", ("natizyskunk.sftp", "liximomo.sftp"),
                              ".vscode/sftp.json")
VSCODE_FTP_SIMPLE = VSCodeExtension("vscode-ftp-simple", ("humy2833.ftp-simple",),
                                    "ftp-simple.json")
# ftp-kr's source is karikera/ftp-kr; its Marketplace publisher is "ruakr" (package.json).
VSCODE_FTP_KR = VSCodeExtension("vscode-ftp-kr", ("ruakr.ftp-kr",), ".vscode/ftp-kr.json")
