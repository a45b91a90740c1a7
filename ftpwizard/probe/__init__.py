"""The probe engine: plain Python (no Qt), standard-library ftplib/ssl underneath.

Names are loaded on first use, so that importing ``ftpwizard.probe.target`` (the wizard's first page needs
it) does not load the whole engine and ssl before the window is shown.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing's: importing typing costs the command line start-up time (records.py)
if TYPE_CHECKING:
    from typing import Any

_WHERE = {
    "CancelToken": "ftpwizard.probe.cancel",
    "ProbeOptions": "ftpwizard.probe.engine",
    "run_probe": "ftpwizard.probe.engine",
    "Target": "ftpwizard.probe.target",
    "TargetError": "ftpwizard.probe.target",
    "parse_target": "ftpwizard.probe.target",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'ftpwizard.probe' has no attribute {name!r}")
    return getattr(__import__(module, fromlist=[name]), name)
