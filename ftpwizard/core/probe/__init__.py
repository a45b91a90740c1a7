"""The probe engine: plain Python (no Qt), standard-library ftplib/ssl underneath.

Names are loaded on first use, so that importing ``ftpwizard.core.probe.target`` (the wizard's first page needs
it) does not load the whole engine and ssl before the window is shown.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing's: importing typing costs the command line start-up time (records.py)
if TYPE_CHECKING:
    from typing import Any

_WHERE = {
    "CancelToken": "ftpwizard.core.probe.cancel",
    "ProbeOptions": "ftpwizard.core.probe.engine",
    "run_probe": "ftpwizard.core.probe.engine",
    "Target": "ftpwizard.core.probe.target",
    "TargetError": "ftpwizard.core.probe.target",
    "parse_target": "ftpwizard.core.probe.target",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'ftpwizard.core.probe' has no attribute {name!r}")
    return getattr(__import__(module, fromlist=[name]), name)
