"""The support report: one object holding everything a support person needs, rendered three ways.

``build_report`` copies the probe result and removes the password from every string in it (the transcript
already shows ``PASS ****``; this also catches a password a server echoed in a reply or an error text).
The renderers (render_text / render_html / render_json) only read a Report.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as _dt
import enum
import platform
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import ftpwizard
from ftpwizard.core.probe import records
from ftpwizard.core.probe.addresses import local_addresses
from ftpwizard.core.probe.model import ProbeResult
from ftpwizard.core.redact import redact

if TYPE_CHECKING:
    from ftpwizard.clients.program_reports import ProgramReport

# Keys of a detected program's data that may hold a credential: never copied into a report.
_SECRET_KEY_PARTS = ("pass", "pwd", "secret", "token", "credential")


@dataclass(frozen=True)
class LocalAddress:
    address: str
    kind: str  # addresses.classify(): private, public, loopback, link-local, shared...

    @property
    def private(self) -> bool:
        """Not reachable from the internet as it is (behind a router / NAT)."""
        return self.kind != "public"


@dataclass(frozen=True)
class Environment:
    created_at: str  # ISO 8601, local time with offset
    app_version: str
    os_name: str
    os_version: str
    local_addresses: tuple[LocalAddress, ...] = ()


@dataclass
class Report:
    result: ProbeResult  # a copy without the password
    environment: Environment
    clients: list[dict[str, Any]] | None = None  # None: not checked; []: none found
    # Each program's outcome with this server (clients/program_reports.py); None: not judged.
    programs: list[ProgramReport] | None = None
    images: dict[str, bytes] = field(default_factory=dict)  # mode -> PNG of the handshake widget
    # Secrets removed from the copy; the renderers mask them once more in their output, in case.
    secrets: tuple[str, ...] = field(default=(), repr=False)

    @property
    def target(self) -> Any:
        return self.result.target

    def redact(self, text: str) -> str:
        return redact(text, self.secrets)


def os_description() -> tuple[str, str]:
    """('Windows', '10 (10.0.19045)'), ('macOS', '14.5'), ('Linux', 'Debian GNU/Linux 12 (bookworm)')..."""
    system = platform.system() or "unknown"
    try:
        if system == "Windows":
            release, version, _csd, _ptype = platform.win32_ver()
            return system, f"{release} ({version})" if version else release
        if system == "Darwin":
            return "macOS", platform.mac_ver()[0] or platform.release()
        if system == "Linux":
            try:
                pretty = platform.freedesktop_os_release().get("PRETTY_NAME", "")
            except OSError:
                pretty = ""
            kernel = platform.release()
            return system, f"{pretty} (kernel {kernel})" if pretty else kernel
    except (OSError, ValueError):
        pass
    return system, platform.release()


def current_environment(now: _dt.datetime | None = None) -> Environment:
    moment = (now or _dt.datetime.now()).astimezone()
    os_name, os_version = os_description()
    try:
        found = local_addresses()
    except OSError:
        found = []
    # Loopback addresses are on every machine and tell the reader nothing.
    addresses = tuple(LocalAddress(addr, kind) for addr, kind in found if kind != "loopback")
    return Environment(moment.isoformat(timespec="seconds"), ftpwizard.__version__, os_name, os_version, addresses)


def scrub(value: Any, clean: Callable[[str], str]) -> Any:
    """``value`` with every string cleaned, through lists, dicts, records and dataclasses (enums stay)."""
    if isinstance(value, enum.Enum):
        return value
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [scrub(v, clean) for v in value]
    if isinstance(value, tuple):
        return tuple(scrub(v, clean) for v in value)
    if isinstance(value, dict):
        return {scrub(k, clean): scrub(v, clean) for k, v in value.items()}
    if records.is_record(value):  # the probe's results
        return records.replace(value, **{name: scrub(getattr(value, name), clean) for name in records.fields(value)})
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: scrub(getattr(value, f.name), clean) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value


def _is_secret_key(key: object) -> bool:
    name = str(key).lower()
    return any(part in name for part in _SECRET_KEY_PARTS)


def _safe_client_data(value: Any) -> Any:
    """A program's detection data without any field that could hold a stored password."""
    if isinstance(value, dict):
        return {k: _safe_client_data(v) for k, v in value.items() if not _is_secret_key(k)}
    if isinstance(value, list | tuple):
        return [_safe_client_data(v) for v in value]
    return value


def _secrets_of(result: ProbeResult) -> tuple[str, ...]:
    password = getattr(result.target, "password", "") or ""
    return (password,) if password else ()


def build_report(
    result: ProbeResult,
    clients: list[dict[str, Any]] | None,
    images: dict[str, bytes] | None = None,
    *,
    environment: Environment | None = None,
    extra_secrets: Iterable[str] = (),
    programs: list[ProgramReport] | None = None,
) -> Report:
    """The report for one probe. ``clients``: dicts as in ``ftpwizard clients --json`` (None = not checked);
    ``images``: {"active": png, "passive": png} from the GUI's handshake widget (the CLI passes none);
    ``programs``: each program's outcome with this server (present/programs.py; None = not judged)."""
    secrets = tuple(dict.fromkeys((*_secrets_of(result), *(s for s in extra_secrets if s))))

    def clean(text: str) -> str:
        return redact(text, secrets)

    safe = copy.deepcopy(result)
    if hasattr(safe.target, "password") and records.is_record(safe.target):
        safe.target = records.replace(safe.target, password="")
    safe = scrub(safe, clean)
    safe_clients = None if clients is None else [scrub(_safe_client_data(c), clean) for c in clients]
    return Report(
        result=safe,
        environment=environment or current_environment(),
        clients=safe_clients,
        programs=None if programs is None else list(programs),
        images={k: bytes(v) for k, v in (images or {}).items() if v},
        secrets=secrets,
    )


def report_file_name(report: Report, extension: str = "html") -> str:
    """ftp-check-<host>-YYYY-MM-DD-HHMM.<extension> (when the test ran), safe on every file system."""
    host = str(getattr(report.target, "display_host", "") or getattr(report.target, "host", "") or "server")
    safe_host = "".join(ch if ch.isalnum() or ch in ".-_" else "-" for ch in host).strip(".-") or "server"
    try:  # named after the test, like the report's first line, not after the moment it was saved
        moment = _dt.datetime.fromisoformat(report.result.started_at or report.environment.created_at)
    except ValueError:
        moment = _dt.datetime.now()
    return f"ftp-check-{safe_host[:60]}-{moment:%Y-%m-%d-%H%M}.{extension}"
