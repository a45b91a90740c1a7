"""One way to hide a password inside text, shared by the probe's transcript, the log and the reports."""

from __future__ import annotations

from collections.abc import Iterable

MASK = "****"


def redact(text: str, secrets: Iterable[str]) -> str:
    """``text`` with every secret replaced by MASK. Longest first: a secret that is part of a longer one
    must not leave pieces of the longer one readable."""
    for secret in sorted((s for s in secrets if s), key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, MASK)
    return text
