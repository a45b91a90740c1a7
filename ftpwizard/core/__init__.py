"""The core: the probe engine and the diagnosis, plain Python on the standard library (ftplib, ssl), and the
Qt-free readers every layer shares (translation catalogues, resource files, redaction). It imports nothing
above it (import-linter contract in pyproject.toml)."""
