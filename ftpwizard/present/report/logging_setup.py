"""The program's log: a rotating file in the platform's log folder, with every known password masked.

    setup_logging()              -> Path of the log file (call once at start-up)
    register_secret(password)    whenever the user types a password: from then on it is masked in every record

The mask is a logging.Filter on the file handler, so it sees every record that reaches the file (from any
logger), and cleans the message, its arguments, the exception text and the stack text before formatting.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import tempfile
import threading
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import quote

from ftpwizard.core.redact import redact

LOG_FILE_NAME = "ftpwizard.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"
SecretsProvider = Callable[[], Iterable[str]]


class SecretRegistry:
    """The passwords typed in this session (kept in memory only, to mask them)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: set[str] = set()

    def register(self, secret: str | None) -> None:
        if not secret:
            return
        # Also the forms a password takes inside other text: repr() escapes and URL encoding.
        forms = {secret, repr(secret)[1:-1], quote(secret, safe=""), quote(secret)}
        with self._lock:
            self._secrets.update(f for f in forms if f)

    def clear(self) -> None:
        with self._lock:
            self._secrets.clear()

    def __call__(self) -> list[str]:
        with self._lock:
            return sorted(self._secrets, key=len, reverse=True)


SECRETS = SecretRegistry()


def register_secret(secret: str | None) -> None:
    """Mask ``secret`` in the log from now on (the wizard calls this when the user enters a password)."""
    SECRETS.register(secret)


class RedactingFilter(logging.Filter):
    """Replaces every secret in a record before any handler formats it. Never drops a record."""

    def __init__(self, secrets: SecretsProvider) -> None:
        super().__init__()
        self._secrets = secrets

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = list(self._secrets())
        if not secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what there is, as text
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message, secrets)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if record.exc_text:
            record.exc_text = redact(record.exc_text, secrets)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, secrets)
        for key, value in list(vars(record).items()):  # fields passed with extra={...}
            if isinstance(value, str) and key not in ("msg", "exc_text", "stack_info"):
                setattr(record, key, redact(value, secrets))
        return True


def log_folder() -> Path:
    """Where the log lives: platformdirs' user log folder (Windows: %LOCALAPPDATA%\\ftpwizard\\Logs)."""
    override = os.environ.get("FTPWIZARD_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir

    return Path(user_log_dir("ftpwizard", appauthor=False))


_handler: logging.Handler | None = None


def setup_logging(secrets_provider: SecretsProvider | None = None, folder: Path | None = None,
                  level: int = logging.INFO) -> Path:
    """Send the program's log records to a rotating file; returns the file's path. Safe to call again.

    If the log folder cannot be created, the log goes to the temporary folder instead: a missing log
    must never stop the program.
    """
    global _handler
    provider = secrets_provider or SECRETS
    target_folder = folder or log_folder()
    handler: logging.Handler | None = None
    for candidate in (target_folder, Path(tempfile.gettempdir()) / "ftpwizard-logs"):
        try:
            candidate.mkdir(parents=True, exist_ok=True)
            path = candidate / LOG_FILE_NAME
            handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
            )
            break
        except OSError:
            continue
    if handler is None:  # not even the temporary folder: log nowhere, quietly
        path = target_folder / LOG_FILE_NAME
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(RedactingFilter(provider))
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _handler = handler
    return path


def shutdown_logging() -> None:
    """Detach and close the file handler (tests; the program's exit does this by itself)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
