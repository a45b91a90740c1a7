"""The words of every verdict: English source texts, translated through Qt Linguist files.

The texts are marked with QT_TRANSLATE_NOOP so ``pyside6-lupdate`` extracts them into
``resources/translations/verdict_<lang>.ts``; the GUI translates them with QCoreApplication.translate and the
command line with ``ftpwizard.core.i18n`` (which reads the same files without Qt). Placeholders are ``{name}``
filled from ``Verdict.params``.
"""

from __future__ import annotations

from collections.abc import Callable

from ftpwizard.core.diagnosis.model import Blame, Verdict
from ftpwizard.core.probe.records import record
from ftpwizard.core.vocabulary import QT_TRANSLATE_NOOP, SIDE_NAMES, context_of

CONTEXT = "Verdict"
Translate = Callable[[str, str], str]


# code -> (headline, why, what to do)
TEXTS: dict[str, tuple[str, str, str]] = {
    "both_ok": (
        QT_TRANSLATE_NOOP("Verdict", "Both modes work. Use passive mode."),
        QT_TRANSLATE_NOOP("Verdict", "Your PC opened the data connection to the server (passive), and the server could also connect back to your PC (active)."),
        QT_TRANSLATE_NOOP("Verdict", "Set your FTP program to passive mode: it is the standard and keeps working when you change networks. If the file list still does not appear, the cause is in the program's settings, not in the network."),
    ),
    "active_ok": (
        QT_TRANSLATE_NOOP("Verdict", "Active mode works."),
        QT_TRANSLATE_NOOP("Verdict", "Only active mode was tested, and the server connected back to your PC."),
        QT_TRANSLATE_NOOP("Verdict", "Test both modes to get a recommendation."),
    ),
    "passive_ok": (
        QT_TRANSLATE_NOOP("Verdict", "Passive mode works."),
        QT_TRANSLATE_NOOP("Verdict", "Only passive mode was tested, and your PC opened the data connection to the server."),
        QT_TRANSLATE_NOOP("Verdict", "Set your FTP program to passive mode."),
    ),
    "active_blocked_client_side": (
        QT_TRANSLATE_NOOP("Verdict", "Use passive mode: your PC's firewall or router blocks active mode."),
        QT_TRANSLATE_NOOP("Verdict", "In active mode the server must connect back to your PC (step ③). That connection never arrived: a firewall on your PC or your router stopped it. In passive mode your PC makes every connection itself, so nothing needs to come in."),
        QT_TRANSLATE_NOOP("Verdict", "Switch your FTP program to passive mode. You do not need to change your firewall."),
    ),
    "active_rejected_nat": (
        QT_TRANSLATE_NOOP("Verdict", "Use passive mode: your PC is behind a router, so active mode cannot work."),
        QT_TRANSLATE_NOOP("Verdict", "Your PC asked the server to connect to {announced}, an address inside your network. The server sees you coming from a different address and refused (step ②, server reply: {step_reply}). Home and office routers cause this."),
        QT_TRANSLATE_NOOP("Verdict", "Switch your FTP program to passive mode."),
    ),
    "active_refused_by_server": (
        QT_TRANSLATE_NOOP("Verdict", "Use passive mode: this server does not allow active mode."),
        QT_TRANSLATE_NOOP("Verdict", "The server refused the active-mode request (step ②, server reply: {step_reply})."),
        QT_TRANSLATE_NOOP("Verdict", "Switch your FTP program to passive mode."),
    ),
    "passive_blocked_server_side": (
        QT_TRANSLATE_NOOP("Verdict", "Use active mode for now: the server's firewall blocks passive mode."),
        QT_TRANSLATE_NOOP("Verdict", "The server offered port {passive_port} for the file list, but your PC's connection to that port got no answer (step ③). The server's firewall keeps its passive ports closed. Active mode works."),
        QT_TRANSLATE_NOOP("Verdict", "Switch your FTP program to active mode. Ask your hosting company to open the passive-mode port range in the server's firewall (in this test the server offered port {passive_port}); after that, switch back to passive mode."),
    ),
    "passive_refused_by_server": (
        QT_TRANSLATE_NOOP("Verdict", "Use active mode: this server refuses passive mode."),
        QT_TRANSLATE_NOOP("Verdict", "The server refused the passive-mode request (step ②, server reply: {step_reply})."),
        QT_TRANSLATE_NOOP("Verdict", "Switch your FTP program to active mode, and tell your hosting company that passive mode is turned off."),
    ),
    "passive_bad_address": (
        QT_TRANSLATE_NOOP("Verdict", "Use passive mode in an up-to-date FTP program: the server names a wrong address."),
        QT_TRANSLATE_NOOP("Verdict", "In its passive reply the server told your PC to connect to {advertised}, {advertised_class} address that your PC cannot use. Connecting to the server's own address instead worked."),
        QT_TRANSLATE_NOOP("Verdict", "FileZilla, WinSCP and curl ignore the wrong address and work in passive mode. Older programs such as AlFTP and Internet Explorer may hang while loading the file list: use active mode in those. The server's settings need fixing: tell your hosting company, and send them the report if you can."),
    ),
    "both_blocked": (
        QT_TRANSLATE_NOOP("Verdict", "Neither mode works: the file list is blocked on both sides."),
        QT_TRANSLATE_NOOP("Verdict", "Active mode failed because the server could not connect back to your PC (your firewall or router). Passive mode failed because the server's port {passive_port} did not answer (the server's firewall)."),
        QT_TRANSLATE_NOOP("Verdict", "Ask your hosting company to open the passive-mode port range; then use passive mode. Until then, try from another network (for example a phone hotspot)."),
    ),
    "server_closed_connection": (
        QT_TRANSLATE_NOOP("Verdict", "The server hung up in the middle of the test."),
        QT_TRANSLATE_NOOP("Verdict", "While your PC waited for the server to connect back (step ③ of active mode), the server closed the command connection instead. Your firewall does not do that: the server stopped, restarted or ended the session itself. So this test cannot tell whether active mode works."),
        QT_TRANSLATE_NOOP("Verdict", "Test again in a minute. If it happens again, send the report to your hosting company."),
    ),
    "data_transfer_failed": (
        QT_TRANSLATE_NOOP("Verdict", "The data connection opened, but the file list did not arrive."),
        QT_TRANSLATE_NOOP("Verdict", "The last step failed (server reply: {step_reply})."),
        QT_TRANSLATE_NOOP("Verdict", "The folder may not exist, you may lack permission, or the server stopped the transfer. Test again; if it repeats, send the report to your hosting company."),
    ),
    "control_dns_failed": (
        QT_TRANSLATE_NOOP("Verdict", "The server name {host} could not be found."),
        QT_TRANSLATE_NOOP("Verdict", "Your PC could not look up the address of {host}. The name may be mistyped, or your internet connection is not working."),
        QT_TRANSLATE_NOOP("Verdict", "Check the spelling of the server address (your hosting company's welcome e-mail has it) and that websites open."),
    ),
    "control_refused": (
        QT_TRANSLATE_NOOP("Verdict", "The server refused the connection on port {port}."),
        QT_TRANSLATE_NOOP("Verdict", "Nothing accepts FTP connections at {host} port {port}: the FTP service is not running there, or the port is wrong."),
        QT_TRANSLATE_NOOP("Verdict", "Check the port (FTP normally uses 21) and ask your hosting company whether FTP is turned on for your account."),
    ),
    "control_timeout": (
        QT_TRANSLATE_NOOP("Verdict", "The server did not answer on port {port}."),
        QT_TRANSLATE_NOOP("Verdict", "Your PC's connection to {host} port {port} got no answer: a firewall drops it silently (on your PC, in your network or at the server), or the server is down."),
        QT_TRANSLATE_NOOP("Verdict", "Check the address and port. Try from another network (for example a phone hotspot): if it works there, your network blocks FTP. Otherwise ask your hosting company."),
    ),
    "login_failed": (
        QT_TRANSLATE_NOOP("Verdict", "The server rejected the user name or password."),
        QT_TRANSLATE_NOOP("Verdict", "You are connected, but the server refused the login (server reply: {reply})."),
        QT_TRANSLATE_NOOP("Verdict", "Check the user name and password (capital letters matter). Your hosting company can reset the FTP password."),
    ),
    "tls_required": (
        QT_TRANSLATE_NOOP("Verdict", "The server requires a secure connection (FTPS)."),
        QT_TRANSLATE_NOOP("Verdict", "The server refused to log in without encryption (server reply: {reply})."),
        QT_TRANSLATE_NOOP("Verdict", "Test again with the secure connection set to \"FTPS, explicit (AUTH TLS)\". In your FTP program set the encryption to \"Require explicit FTP over TLS\" (FileZilla) or \"TLS/SSL Explicit encryption\" (WinSCP)."),
    ),
    "tls_failed": (
        QT_TRANSLATE_NOOP("Verdict", "The secure connection (FTPS) could not be set up."),
        QT_TRANSLATE_NOOP("Verdict", "{tls_detail}"),
        QT_TRANSLATE_NOOP("Verdict", "Many hosting companies use a shared certificate. Ask them to confirm the fingerprint; if it matches, you can accept this certificate and test again. You can also test without FTPS to check the data connection."),
    ),
    "not_ftp_server": (
        QT_TRANSLATE_NOOP("Verdict", "This is not an FTP server."),
        QT_TRANSLATE_NOOP("Verdict", "Port {port} at {host} answered in another language than FTP (server reply: {reply})."),
        QT_TRANSLATE_NOOP("Verdict", "Check the port with your hosting company (FTP normally uses 21)."),
    ),
    "not_ftp_server:ssh": (
        QT_TRANSLATE_NOOP("Verdict", "This is an SFTP (SSH) server, not an FTP server."),
        QT_TRANSLATE_NOOP("Verdict", "Port {port} at {host} speaks SSH: SFTP is a different protocol with no active or passive mode, so this tool cannot test it."),
        QT_TRANSLATE_NOOP("Verdict", "In FileZilla or WinSCP choose the SFTP protocol (port 22) for this server, or ask your hosting company for the FTP port."),
    ),
    "not_ftp_server:http": (
        QT_TRANSLATE_NOOP("Verdict", "This is a web server, not an FTP server."),
        QT_TRANSLATE_NOOP("Verdict", "Port {port} at {host} answered like a website."),
        QT_TRANSLATE_NOOP("Verdict", "Use the FTP address and port your hosting company gave you (FTP normally uses port 21)."),
    ),
    "not_ftp_server:silent": (
        QT_TRANSLATE_NOOP("Verdict", "The server accepted the connection but never greeted."),
        QT_TRANSLATE_NOOP("Verdict", "An FTP server says hello first. This one stayed silent: it may expect a secure connection from the very start (implicit FTPS, usually port 990), or it is not an FTP server."),
        QT_TRANSLATE_NOOP("Verdict", "If your hosting company mentions FTPS or port 990, choose the implicit secure connection (ftps://) and test again."),
    ),
    "server_refused_service": (
        QT_TRANSLATE_NOOP("Verdict", "The server is refusing connections right now."),
        QT_TRANSLATE_NOOP("Verdict", "The server closed the connection (server reply: {reply}). Often it allows only a few connections at once from one address, or it is overloaded."),
        QT_TRANSLATE_NOOP("Verdict", "Close other FTP programs connected to this server, wait a minute and test again."),
    ),
    "control_protocol_error": (
        QT_TRANSLATE_NOOP("Verdict", "The server's replies make no sense."),
        QT_TRANSLATE_NOOP("Verdict", "The server sent something that is not a valid FTP reply (server reply: {reply}). A security device in between may be interfering, or it may not be an FTP server."),
        QT_TRANSLATE_NOOP("Verdict", "Send the report to your hosting company."),
    ),
}

NOTES: dict[str, str] = {
    "tls_hides_port_from_router": QT_TRANSLATE_NOOP("Verdict", "With FTPS the command that announces your port is encrypted, so the router's FTP support (FTP ALG) cannot read and rewrite it: active mode may work with plain FTP but fails with FTPS. Passive mode avoids this."),
    "sequential_probe": QT_TRANSLATE_NOOP("Verdict", "The server allows only one connection from your address at a time, so the two modes were tested one after the other."),
    "passive_bad_address": QT_TRANSLATE_NOOP("Verdict", "The server's passive reply names {advertised}, which your PC cannot use; the test connected to the server's own address instead."),
    # The listing itself (diagnosis/listing_findings.py): {encoding_name} is "CP949", {sample} a line as read.
    "names_not_utf8": QT_TRANSLATE_NOOP("Verdict", "The file names on this server are written in the old Korean character set, not in UTF-8: {encoding_name}. FTP programs that assume UTF-8 show these names garbled. In your FTP program, set the character set for this server to {encoding_name}."),
    "listing_unparsed": QT_TRANSLATE_NOOP("Verdict", "Some lines of the file list are in a format FTP programs may not read, for example: “{sample}”. If your FTP program shows the folder empty or with files missing, send the report to your hosting company."),
    # The server policies that split FTP programs (diagnosis/policy_findings.py): what differs for programs
    # that do otherwise than the probe. Which program does what is the program page's to say.
    "epsv_blocked": QT_TRANSLATE_NOOP("Verdict", "The data port the server names for EPSV is blocked, while the one for PASV works: FTP programs that ask with EPSV first cannot list the files in passive mode."),
    "pasv_blocked_epsv_ok": QT_TRANSLATE_NOOP("Verdict", "The data port the server names for PASV is blocked, but the one for EPSV works: FTP programs that ask with EPSV first can list the files in passive mode too."),
    "tls_session_reuse_required": QT_TRANSLATE_NOOP("Verdict", "The server accepts a secure data connection only when it reuses the command connection's TLS session: FTP programs that do not reuse it cannot list the files."),
    "connection_limit": QT_TRANSLATE_NOOP("Verdict", "The server allows your PC this many connections at once: {limit}. If your FTP program opens more (to transfer several files at once), lower its number of simultaneous connections to {limit}."),
}

ADDRESS_CLASSES: dict[str, str] = {
    "private": QT_TRANSLATE_NOOP("Verdict", "a private (internal network)"),
    "loopback": QT_TRANSLATE_NOOP("Verdict", "a loopback (the server itself)"),
    "unspecified": QT_TRANSLATE_NOOP("Verdict", "an empty (0.0.0.0)"),
    "link-local": QT_TRANSLATE_NOOP("Verdict", "a link-local"),
    "documentation": QT_TRANSLATE_NOOP("Verdict", "an example (documentation)"),
    "shared": QT_TRANSLATE_NOOP("Verdict", "a carrier-internal"),
    "public": QT_TRANSLATE_NOOP("Verdict", "another public"),
    "invalid": QT_TRANSLATE_NOOP("Verdict", "an invalid"),
}

TLS_DETAIL_CERT = QT_TRANSLATE_NOOP("Verdict", "The server's certificate is not trusted ({certificate_problem}). Its SHA-256 fingerprint is {fingerprint}.")
TLS_DETAIL_OTHER = QT_TRANSLATE_NOOP("Verdict", "The server does not offer FTPS, or the secure connection failed while it was being set up (server reply: {reply}).")
NO_REPLY = QT_TRANSLATE_NOOP("Verdict", "none")
# tls_failed without a certificate to accept: the server has no FTPS, so fingerprint advice would mislead.
TLS_ADVICE_NO_FTPS = QT_TRANSLATE_NOOP("Verdict", "This server does not seem to support FTPS (secure connection). Set the secure connection to \"No (plain FTP)\" and test again, or ask your hosting company whether the server offers FTPS.")

# The certificate problem in the customer's words: OpenSSL's verify message (or the engine's own) is
# matched by a fragment, lower-case; the raw text stays in the report's certificate row.
CERTIFICATE_PROBLEMS: tuple[tuple[str, str], ...] = (
    ("not the certificate you accepted", QT_TRANSLATE_NOOP("Verdict", "not the certificate you accepted before")),
    ("self-signed", QT_TRANSLATE_NOOP("Verdict", "a self-signed certificate")),
    ("self signed", QT_TRANSLATE_NOOP("Verdict", "a self-signed certificate")),
    ("mismatch", QT_TRANSLATE_NOOP("Verdict", "the certificate's domain differs from the server address")),
    ("expired", QT_TRANSLATE_NOOP("Verdict", "the certificate has expired")),
    ("not yet valid", QT_TRANSLATE_NOOP("Verdict", "the certificate is not valid yet")),
    ("issuer", QT_TRANSLATE_NOOP("Verdict", "issued by an authority this PC does not trust")),
)
CERTIFICATE_PROBLEM_OTHER = QT_TRANSLATE_NOOP("Verdict", "the certificate could not be verified")


def certificate_problem_text(problem: str, translate: Translate) -> str:
    """OpenSSL's words for a certificate problem, said in the customer's language."""
    lowered = problem.lower()
    for fragment, text in CERTIFICATE_PROBLEMS:
        if fragment in lowered:
            return translate(CONTEXT, text)
    return translate(CONTEXT, CERTIFICATE_PROBLEM_OTHER)

# Where a failed mode stopped, in words: the diagnosis's Blame (its mark, else its side), read, not re-decided.
BLAME_PLACES: dict[str, str] = {  # the sides are the shared SIDE_NAMES; the walls are this context's own
    "client_wall": QT_TRANSLATE_NOOP("Verdict", "your PC's firewall or router"),
    "client": SIDE_NAMES["client"],
    "server_wall": QT_TRANSLATE_NOOP("Verdict", "the server's firewall"),
    "server": SIDE_NAMES["server"],
    "network": SIDE_NAMES["network"],
    "unknown": SIDE_NAMES["unknown"],
}
STOPPED_AT_LABEL = QT_TRANSLATE_NOOP("Verdict", "Where it stopped")
STOPPED_AT = QT_TRANSLATE_NOOP("Verdict", "{place}, at step {step}")


@record(frozen=True)
class VerdictText:
    headline: str
    why: str
    advice: str
    notes: tuple[str, ...]


class _Params(dict[str, object]):
    def __missing__(self, key: str) -> str:
        return "?"


def _fill(template: str, params: dict[str, object]) -> str:
    try:
        return template.format_map(_Params(params))  # unknown {names} become '?'
    except (ValueError, IndexError, KeyError):
        return template


def _identity(_context: str, text: str) -> str:
    return text


def render_blame(blame: Blame, translate: Translate | None = None) -> str:
    """Where a failed mode stopped: "the server, at step ③" (for the command line and the reports)."""
    tr = translate or _identity
    text = BLAME_PLACES[blame.mark or blame.side]
    place = tr(context_of(text, CONTEXT), text)
    return _fill(tr(CONTEXT, STOPPED_AT), {"place": place, "step": "①②③④"[blame.step - 1]})


def render(verdict: Verdict, translate: Translate | None = None) -> VerdictText:
    """The verdict in words. ``translate(context, source)`` is Qt's or ftpwizard.core.i18n's (identity = English)."""
    tr = translate or _identity
    params: dict[str, object] = dict(verdict.params)
    for reply_key in ("reply", "step_reply"):
        if not params.get(reply_key):
            params[reply_key] = tr(CONTEXT, NO_REPLY)
    if params.get("encoding"):
        params["encoding_name"] = str(params["encoding"]).upper()  # as programs' settings spell it: CP949
    cls = str(params.get("advertised_class", ""))
    if cls in ADDRESS_CLASSES:
        params["advertised_class"] = tr(CONTEXT, ADDRESS_CLASSES[cls])
    if verdict.code == "tls_failed":
        if params.get("fingerprint"):
            params["certificate_problem"] = certificate_problem_text(str(params.get("certificate_problem", "")), tr)
        detail = TLS_DETAIL_CERT if params.get("fingerprint") else TLS_DETAIL_OTHER
        params["tls_detail"] = _fill(tr(CONTEXT, detail), params)
    key = verdict.code
    other = str(params.get("other", ""))
    if key == "not_ftp_server" and f"{key}:{other}" in TEXTS:
        key = f"{key}:{other}"
    headline, why, advice = TEXTS.get(key, TEXTS["control_protocol_error"])
    if key == "tls_failed" and not params.get("fingerprint"):
        advice = TLS_ADVICE_NO_FTPS
    notes = tuple(
        _fill(tr(CONTEXT, NOTES[f]), params) for f in verdict.findings if f in NOTES and f != verdict.code
    )
    return VerdictText(
        _fill(tr(CONTEXT, headline), params),
        _fill(tr(CONTEXT, why), params),
        _fill(tr(CONTEXT, advice), params),
        notes,
    )
