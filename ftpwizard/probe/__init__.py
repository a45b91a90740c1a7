"""The probe engine: plain Python (no Qt), standard-library ftplib/ssl underneath."""

from ftpwizard.probe.cancel import CancelToken
from ftpwizard.probe.engine import ProbeOptions, run_probe
from ftpwizard.probe.target import Target, TargetError, parse_target

__all__ = ["CancelToken", "ProbeOptions", "Target", "TargetError", "parse_target", "run_probe"]
