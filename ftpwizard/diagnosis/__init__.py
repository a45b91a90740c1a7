"""The diagnosis: a pure function from a probe result to a verdict, and the verdict's words (ko/en)."""

from ftpwizard.diagnosis.verdict import ALL_CODES, diagnose

__all__ = ["ALL_CODES", "diagnose"]
