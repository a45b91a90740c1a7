"""The program settings besides the mode that decide an outcome, read from the same files detection reads:
curl's ``disable-epsv`` / ``epsv`` in the one config file it reads, lftp's ``set ftp:prefer-epsv`` in its rc
files (globally, or for this host: ``set ftp:prefer-epsv/HOST on``), FileZilla's character set and connection
limit in the saved sites of this host. Names as in the capabilities' "options"; the readers are the ones
apply_fix verifies with. Read only; nothing here writes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ftpwizard.clients import curl, filezilla, lftp
from ftpwizard.clients.changes import PlanError
from ftpwizard.clients.env import Environment
from ftpwizard.clients.model import ClientStatus
from ftpwizard.clients.outcome import ProgramSetting, setting_from_status


def _curl_options(status: ClientStatus) -> dict[str, Any]:
    if not status.config:
        return {}
    try:
        disable = curl.read_disable_epsv(Path(status.config))
    except OSError:
        return {}
    return {} if disable is None else {"disable-epsv": disable}


def _lftp_options(env: Environment, host: str | None) -> dict[str, Any]:
    """``set ftp:prefer-epsv`` as lftp uses it for ``host``: its host pattern, else the last global line."""
    value = lftp.read_prefer_epsv(env, host)
    return {} if value is None else {"ftp:prefer-epsv": value}


def _filezilla_options(env: Environment, status: ClientStatus, host: str | None) -> dict[str, Any]:
    """The custom character set and connection limit the saved sites of ``host`` agree on."""
    if not host or not status.config:
        return {}
    try:
        charset = filezilla.read_charset(env, status, host)
        limit = filezilla.read_connection_limit(env, status, host)
    except (OSError, PlanError):
        return {}
    found: dict[str, Any] = {}
    if charset:
        found["charset"] = charset.lower()  # as the probe names it: "cp949"
    if limit:  # 0: no limit
        found["max_connections"] = limit
    return found


def read_setting(env: Environment, status: ClientStatus, host: str | None = None) -> ProgramSetting:
    """The program's setting for ``host`` as predict_outcome wants it: its mode and the options we can read."""
    setting = setting_from_status(status)
    if status.id == "curl":
        options = _curl_options(status)
    elif status.id == "lftp":
        options = _lftp_options(env, host)
    elif status.id == "filezilla":
        options = _filezilla_options(env, status, host)
    else:
        options = {}
    return ProgramSetting(setting.mode, options)
