"""Texts shared by several pages, translated at the moment they are shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ftpwizard.probe.target import TargetError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


TARGET_ERRORS = {
    "empty": QT_TRANSLATE_NOOP("ServerInput", "Enter the server's address, for example ftp.example.com."),
    "bad_port": QT_TRANSLATE_NOOP("ServerInput", "The port must be a number from 1 to 65535 (FTP normally uses 21)."),
    "email": QT_TRANSLATE_NOOP("ServerInput", "This looks like an e-mail address. Enter the FTP server's address (for example ftp.{domain})."),
    "sftp": QT_TRANSLATE_NOOP("ServerInput", "sftp:// is SSH, not FTP: this program tests FTP and FTPS servers. Ask your hosting company whether the server also offers FTP."),
    "scheme": QT_TRANSLATE_NOOP("ServerInput", "'{scheme}://' is not an FTP address. Use an address like ftp.example.com or ftp://ftp.example.com."),
    "spaces": QT_TRANSLATE_NOOP("ServerInput", "A server address cannot contain spaces."),
    "too_long": QT_TRANSLATE_NOOP("ServerInput", "That address is too long to be a server name (at most 253 characters)."),
    "bad_host": QT_TRANSLATE_NOOP("ServerInput", "'{host}' is not a valid server name or IP address."),
    "bad_ipv6": QT_TRANSLATE_NOOP("ServerInput", "That IPv6 address is not valid. Write it in brackets, for example [2001:db8::1]."),
    "user_at": QT_TRANSLATE_NOOP("ServerInput", "The address contains more than one '@'. Enter the user name in its own field."),
    "query": QT_TRANSLATE_NOOP("ServerInput", "The address has a '?' or '#' part that an FTP address never has."),
    "port_conflict": QT_TRANSLATE_NOOP("ServerInput", "The address says port {address_port} but the Port field says {field_port}. Remove the port from the address or make the two the same."),
    "user_line_break": QT_TRANSLATE_NOOP("ServerInput", "The user name contains a line break. Type it again on one line."),
    "password_line_break": QT_TRANSLATE_NOOP("ServerInput", "The password contains a line break, which FTP cannot send. Type or paste only the password itself."),
}

MODE_NAMES = {
    "active": QT_TRANSLATE_NOOP("Mode", "Active mode"),
    "passive": QT_TRANSLATE_NOOP("Mode", "Passive mode"),
}


def target_error_text(error: TargetError) -> str:
    template = TARGET_ERRORS.get(error.key)
    if template is None:
        return str(error)
    try:
        return QCoreApplication.translate("ServerInput", template).format(**error.params)
    except (KeyError, IndexError, ValueError):
        return QCoreApplication.translate("ServerInput", template)


def mode_name(mode: str) -> str:
    return QCoreApplication.translate("Mode", MODE_NAMES.get(mode, mode))
