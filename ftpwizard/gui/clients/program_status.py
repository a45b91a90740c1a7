"""The program panel's status lines for the selected program: its version, how it is set now (program-wide
and per saved site), whether that is right for the tested server, and the program's own names for the two
modes. Rich text, escaped here. Split out of panel.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from ftpwizard.clients.guides import GuideError, load_guide, mode_naming
from ftpwizard.clients.messages import SCOPE, outcome_text
from ftpwizard.clients.model import ClientStatus
from ftpwizard.core.vocabulary import fill
from ftpwizard.gui.translations import current_language
from ftpwizard.present import theme


class StatusWords(QObject):
    def html(self, c: ClientStatus, name: str, mode_name: Callable[[str], str], verdict: str, target: str, *,
             readable: bool) -> str:
        """``verdict``: check_setting's answer, or "outcome" where the outcome mark above says it;
        ``target``: the mode the program should use; ``readable``: its setting can be read or changed."""
        esc = _escape
        lines = [f"<b>{esc(name)}</b>" + (f" {esc(c.version)}" if c.version else "")]
        if c.problem is not None:
            lines.append(esc(outcome_text(c.problem.key, {"id": c.id, "client": c.name, "path": c.problem.path,
                                                          "detail": c.problem.detail}, current_language())))
        elif not readable:
            lines.append(esc(self.tr("This program's setting cannot be read automatically. Follow the pictures "
                                     "to check it.")))
        else:
            scope = QCoreApplication.translate("ClientsText", SCOPE[c.scope])
            if c.mode_is_default:  # one pair of brackets: never "(...) (...)" or nested
                line = self.tr("Current setting: {mode} (the program's default, {scope}).")
            else:
                line = self.tr("Current setting: {mode} ({scope}).")
            lines.append(esc(fill(line, mode=mode_name(c.mode), scope=scope)))
        for s in c.sites:
            lines.append(esc(fill(self.tr("Site '{site}' ({host}): {mode}"), site=s.name, host=s.host,
                           mode=mode_name(c.site_mode(s)) if s.mode == "default" else mode_name(s.mode)
                           + " " + self.tr("(set for this site only)"))))
        if verdict == "right":
            lines.append(f"<span style='color:{theme.REPORT_OK}'>✔ " + esc(self.tr("Already set the way the test recommends."))
                         + "</span>")
        elif verdict == "change":
            lines.append(f"<span style='color:{theme.PANEL_ERROR}'>✘ " + esc(
                fill(self.tr("Needs a change: choose {mode}."), mode=mode_name(target)))
                + "</span>")
        elif verdict == "cannot":
            lines.append(f"<span style='color:{theme.PANEL_ERROR}'>✘ " + esc(
                fill(self.tr("{program} has no {mode} setting. Connect to this server with another FTP program."),
                     program=name, mode=mode_name(target))) + "</span>")
        elif verdict == "none":
            lines.append(esc(self.tr("The test found no mode that works, so changing this program will not help.")))
        naming = self.mode_naming(c.id)
        if naming:
            lines.append(esc(naming))
        if c.scope == "per-site" and not c.sites and c.mode != "unknown":
            lines.append(esc(self.tr("This program keeps the setting for each site separately; check the site "
                                     "you use for this server.")))
        return "<br>".join(lines)

    def mode_naming(self, guide_id: str) -> str:
        """The program's own names for the two modes, next to ours (the guide pictures say it too)."""
        try:
            doc = load_guide(guide_id)
        except GuideError:
            return ""
        return mode_naming(doc, current_language(), lambda source: QCoreApplication.translate("ClientsGuide", source))


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
