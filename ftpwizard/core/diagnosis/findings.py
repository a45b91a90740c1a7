"""Finding codes about the server's policies that split FTP programs (issue 14), in one place.

The probe adds these to ``Verdict.findings`` (with their values in ``Verdict.params``): the listing's two
(names_not_utf8, listing_unparsed) already, from diagnosis/listing_findings.py; the others once it tests
EPSV and PASV separately, TLS session reuse and the connection limit. They are
defined here first so that the per-program outcome (ftpwizard/clients/outcome.py) can be written and
tested against real programs now. The verdict's own codes stay in ftpwizard/core/diagnosis/verdict.py.
"""

from __future__ import annotations

# EPSV is accepted but its data connection fails while PASV's works. ``params["epsv_error"]`` says how
# the connection failed, "refused" (the port answered with a reset) or "timeout" (nothing answered):
# curl tries PASV after a refused one but gives up after a timed-out one.
EPSV_BLOCKED = "epsv_blocked"
# The reverse: PASV's data connection fails while EPSV's works. ``params["pasv_error"]`` likewise.
PASV_BLOCKED_EPSV_OK = "pasv_blocked_epsv_ok"
# The server refuses the EPSV command (500/502): a note, programs fall back to PASV.
EPSV_REFUSED = "epsv_refused"
# FTPS: the data connection works only when it resumes the command connection's TLS session
# (vsftpd's default require_ssl_reuse=YES answers 522 otherwise).
TLS_SESSION_REUSE_REQUIRED = "tls_session_reuse_required"
# The server allows only ``params["limit"]`` logged-in connections at once from this PC.
CONNECTION_LIMIT = "connection_limit"
# The names in the listing are not UTF-8; ``params["encoding"]`` is what they are: the probe says "cp949"
# (it cannot tell EUC-KR, CP949's subset, from it: core/probe/listing.py); readers accept "euc-kr" too.
NAMES_NOT_UTF8 = "names_not_utf8"
# Some listing lines are in a format programs may not parse; ``params["sample"]`` is one of them.
LISTING_UNPARSED = "listing_unparsed"

SERVER_POLICY_CODES: tuple[str, ...] = (
    EPSV_BLOCKED,
    PASV_BLOCKED_EPSV_OK,
    EPSV_REFUSED,
    TLS_SESSION_REUSE_REQUIRED,
    CONNECTION_LIMIT,
    NAMES_NOT_UTF8,
    LISTING_UNPARSED,
)
