"""Fake machines for the clients tests: a Linux home, a Windows user profile with a registry, a Mac.

Only the registry is simulated (it cannot exist on Linux); files are real files in the real formats,
under a temporary folder that plays the part of C:\\ or /.
"""

from __future__ import annotations

import sys
import threading
import warnings
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

# pytest runs in importlib mode (test folders are not packages): make this folder's helpers (real_programs)
# importable.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ftpwizard.clients.env import Environment
from ftpwizard.clients.registry import REG_SZ, MemoryRegistry


class Machine:
    def __init__(self, env: Environment, base: Path) -> None:
        self.env = env
        self.base = base
        self.running: list[str] = []
        self.on_path: dict[str, str] = {}
        env.processes = lambda: list(self.running)
        env.which = lambda name: self.on_path.get(name)

    @property
    def registry(self) -> MemoryRegistry:
        assert isinstance(self.env.registry, MemoryRegistry)
        return self.env.registry

    def write(self, path: Path, data: bytes | str) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path


def _now() -> datetime:
    return datetime(2026, 11, 25, 21, 0, 0)  # fixed, so backup names are predictable


@pytest.fixture
def linux(tmp_path: Path) -> Machine:
    home = tmp_path / "home" / "kim"
    home.mkdir(parents=True)
    env = Environment(platform="linux", home=home, vars={"HOME": str(home)}, root=tmp_path / "root",
                      state_dir=tmp_path / "state", now=_now)
    return Machine(env, tmp_path)


@pytest.fixture
def windows(tmp_path: Path) -> Machine:
    c = tmp_path / "C"
    profile = c / "Users" / "kim"
    # Keys as os.environ holds them on Windows: upper-cased (CPython's nt os.environ), whatever
    # case `set` shows (ProgramFiles, SystemRoot).
    vars_ = {
        "USERPROFILE": str(profile),
        "APPDATA": str(profile / "AppData" / "Roaming"),
        "LOCALAPPDATA": str(profile / "AppData" / "Local"),
        "PROGRAMFILES": str(c / "Program Files"),
        "PROGRAMFILES(X86)": str(c / "Program Files (x86)"),
        "SYSTEMROOT": str(c / "Windows"),
        "WINDIR": str(c / "Windows"),
    }
    profile.mkdir(parents=True)
    env = Environment(platform="windows", home=profile, vars=vars_, registry=MemoryRegistry(), root=c,
                      state_dir=tmp_path / "state", now=_now)
    return Machine(env, c)


@pytest.fixture
def mac(tmp_path: Path) -> Machine:
    home = tmp_path / "Users" / "kim"
    home.mkdir(parents=True)
    env = Environment(platform="macos", home=home, vars={"HOME": str(home)}, root=tmp_path,
                      state_dir=tmp_path / "state", now=_now)
    return Machine(env, tmp_path)


# As written by FileZilla 3.66 on Windows (tab indentation, CRLF) - trimmed to a few settings.
FZ_XML = (
    '<?xml version="1.0" encoding="UTF-8"?>\r\n'
    '<FileZilla3 version="3.66.4" platform="windows">\r\n'
    "\t<Settings>\r\n"
    '\t\t<Setting name="Use Pasv mode">1</Setting>\r\n'
    '\t\t<Setting name="Limit local ports">0</Setting>\r\n'
    '\t\t<Setting name="Allow transfermode fallback">1</Setting>\r\n'
    '\t\t<Setting name="Default editor">2C:\\Windows\\notepad.exe</Setting>\r\n'
    '\t\t<Setting name="Last local directory">C:\\Users\\김철수\\홈페이지\\</Setting>\r\n'
    "\t</Settings>\r\n"
    "</FileZilla3>\r\n"
)

FZ_SITES = """<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
\t<Servers>
\t\t<Server>
\t\t\t<Host>ftp.example.com</Host>
\t\t\t<Port>21</Port>
\t\t\t<Protocol>0</Protocol>
\t\t\t<Type>0</Type>
\t\t\t<User>kim</User>
\t\t\t<Pass encoding="base64">c2VjcmV0LXBhc3N3b3Jk</Pass>
\t\t\t<Logontype>1</Logontype>
\t\t\t<PasvMode>MODE_ACTIVE</PasvMode>
\t\t\t<EncodingType>Auto</EncodingType>
\t\t\t<BypassProxy>0</BypassProxy>
\t\t\t<Name>내 홈페이지</Name>
\t\t\t<SyncBrowsing>0</SyncBrowsing>
\t\t\t<DirectoryComparison>0</DirectoryComparison>
\t\t</Server>
\t\t<Folder expanded="1">회사
\t\t\t<Server>
\t\t\t\t<Host>FTP.Example.com</Host>
\t\t\t\t<Port>2121</Port>
\t\t\t\t<Protocol>0</Protocol>
\t\t\t\t<Type>0</Type>
\t\t\t\t<Logontype>0</Logontype>
\t\t\t\t<Name>Other port, no mode stored</Name>
\t\t\t</Server>
\t\t\t<Server>
\t\t\t\t<Host>ftp.example.com</Host>
\t\t\t\t<Port>22</Port>
\t\t\t\t<Protocol>1</Protocol>
\t\t\t\t<Name>SFTP has no transfer mode</Name>
\t\t\t</Server>
\t\t</Folder>
\t\t<Server>
\t\t\t<Host>other.example.net</Host>
\t\t\t<Protocol>0</Protocol>
\t\t\t<PasvMode>MODE_ACTIVE</PasvMode>
\t\t\t<Name>Unrelated</Name>
\t\t</Server>
\t</Servers>
</FileZilla3>
"""


def _install_filezilla(windows: Machine) -> Path:
    reg = windows.registry
    key = r"SOFTWARE\Microsoft\Windows\CurrentVersion\Uninstall\FileZilla Client"
    reg.put("HKLM", key, "DisplayName", REG_SZ, "FileZilla 3.66.4")
    reg.put("HKLM", key, "DisplayVersion", REG_SZ, "3.66.4")
    reg.put("HKLM", key, "InstallLocation", REG_SZ, r"C:\Program Files\FileZilla FTP Client")
    cdir = Path(windows.env.vars["APPDATA"]) / "FileZilla"
    windows.write(cdir / "filezilla.xml", FZ_XML)
    windows.write(cdir / "sitemanager.xml", FZ_SITES)
    return cdir


@pytest.fixture
def install_filezilla():  # type: ignore[no-untyped-def]
    """FileZilla 3.66.4 installed for all users, with a filezilla.xml and a sitemanager.xml."""
    return _install_filezilla


@pytest.fixture
def fz_xml() -> str:
    return FZ_XML


@pytest.fixture
def fz_sites() -> str:
    return FZ_SITES


@pytest.fixture
def ftp_server(tmp_path: Path) -> Iterator[int]:
    with warnings.catch_warnings():  # pyftpdlib imports asyncore, deprecated in 3.11
        warnings.simplefilter("ignore", DeprecationWarning)
        from pyftpdlib.authorizers import DummyAuthorizer
        from pyftpdlib.handlers import FTPHandler
        from pyftpdlib.servers import FTPServer

    (tmp_path / "srv").mkdir()
    auth = DummyAuthorizer()
    auth.add_anonymous(str(tmp_path / "srv"))
    handler = type("Handler", (FTPHandler,), {"authorizer": auth, "permit_foreign_addresses": True})
    server = FTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"timeout": 0.05}, daemon=True)
    thread.start()
    try:
        yield server.address[1]
    finally:
        server.close_all()
        thread.join(timeout=10)
