"""Probe, then diagnose: the one function the command line, the wizard, the self-test and the demo call.

The probe (``ftpwizard.core.probe``) only measures and never interprets; the diagnosis is a pure function of its
result. This is where the two meet, so that neither imports the other the wrong way round.
"""

from __future__ import annotations

from ftpwizard.core.diagnosis.verdict import diagnose

TYPE_CHECKING = False  # not typing's: importing typing costs the command line start-up time (records.py)
if TYPE_CHECKING:
    from collections.abc import Callable

    from ftpwizard.core.probe.cancel import CancelToken
    from ftpwizard.core.probe.engine import ProbeOptions
    from ftpwizard.core.probe.model import Event, ProbeResult
    from ftpwizard.core.probe.target import Target


def with_verdict(result: ProbeResult) -> ProbeResult:
    """``result`` with its verdict filled in (none for a cancelled probe)."""
    result.verdict = None if result.cancelled else diagnose(result)
    return result


def probe_and_diagnose(
    target: Target,
    options: ProbeOptions | None = None,
    on_event: Callable[[Event], None] | None = None,
    cancel: CancelToken | None = None,
) -> ProbeResult:
    """Probe ``target`` (blocks; events go to ``on_event`` from worker threads), then diagnose the result.

    The engine's ``ProbeFinished`` event carries the bare result; the verdict is on the returned one."""
    from ftpwizard.core.probe.engine import run_probe  # the engine and ssl load with the first probe

    return with_verdict(run_probe(target, options, on_event, cancel))
