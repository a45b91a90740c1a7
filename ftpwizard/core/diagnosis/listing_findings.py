"""What the folder listing tells the customer: names not in UTF-8, lines programs may not parse (issue 14).

One function, called by ``diagnose()``: it reads the listings' facts the probe recorded
(``ModeResult.listing``, from ftpwizard/core/probe/listing.py) and adds the findings with their values.
"""

from __future__ import annotations

from ftpwizard.core.diagnosis.findings import LISTING_UNPARSED, NAMES_NOT_UTF8
from ftpwizard.core.probe.model import ProbeResult

TYPE_CHECKING = False  # not typing's: importing typing costs the command line start-up time (records.py)
if TYPE_CHECKING:
    from ftpwizard.core.probe.listing import ListingFacts


def _listings(result: ProbeResult) -> list[ListingFacts]:
    """Each mode's listing facts, passive's first (the mode nearly every program uses)."""
    found = []
    for mode in ("passive", "active"):
        run = result.modes.get(mode)
        listing = getattr(run, "listing", None)  # None too for a result saved before listings were analysed
        if listing is not None and listing.lines:
            found.append(listing)
    return found


def listing_findings(result: ProbeResult, params: dict[str, object]) -> list[str]:
    """The findings about the listing itself; their values go into ``params``.

    ``names_not_utf8`` with ``params["encoding"]`` ("cp949"): a listing holds names that are not UTF-8
    but are Korean text in CP949, so programs that assume UTF-8 show them garbled. Names in no known
    character set are not claimed as CP949: nothing is said. ``params["utf8_feature"]`` says whether the
    server's FEAT lists UTF8 all the same (then FileZilla assumes UTF-8 and needs the custom character set),
    ``params["opts_utf8"]`` how it answered OPTS UTF8 ON (None: not sent), ``params["utf8_after_opts"]``
    whether a listing read after it was UTF-8 while one read without it was CP949 (the server converts).

    ``listing_unparsed`` with ``params["sample"]`` (the first such line, already redacted and made safe
    by the probe) and ``params["unparsed_lines"]``: lines in no format FTP programs parse.
    """
    findings: list[str] = []
    listings = _listings(result)
    korean = next((facts for facts in listings if facts.encoding == "cp949"), None)
    if korean is not None:
        findings.append(NAMES_NOT_UTF8)
        params["encoding"] = korean.encoding
        params["utf8_feature"] = "UTF8" in result.control.features
        params["opts_utf8"] = result.control.opts_utf8
        # The server sends UTF-8 once asked (OPTS UTF8 ON) and CP949 otherwise: programs that ask (FileZilla,
        # lftp) show the names right, those that do not (curl, Windows' ftp) garble them.
        params["utf8_after_opts"] = not korean.opts_utf8 and any(
            facts.opts_utf8 and facts.encoding in (None, "utf-8") for facts in listings
        )
    odd = next((facts for facts in listings if facts.unparsed and facts.unparsed_sample), None)
    if odd is not None:
        findings.append(LISTING_UNPARSED)
        params["sample"] = odd.unparsed_sample
        params["unparsed_lines"] = odd.unparsed
    return findings
