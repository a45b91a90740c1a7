"""The diagnosis: a pure function from a probe result to a verdict (with who is to blame for each failed
mode), and the verdict's words (ko/en). ``run.probe_and_diagnose`` runs the probe and then the diagnosis."""

from ftpwizard.core.diagnosis.model import Blame, Verdict
from ftpwizard.core.diagnosis.verdict import ALL_CODES, diagnose

__all__ = ["ALL_CODES", "Blame", "Verdict", "diagnose"]
