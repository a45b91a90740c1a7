"""An FTPS server with a self-signed certificate: the verdict page offers to trust it, and the re-test works."""

from __future__ import annotations

from pathlib import Path

from probe_servers import fingerprint, make_self_signed
from pyftpdlib.handlers import TLS_FTPHandler
from PySide6.QtCore import Qt

from ftpwizard.demo.server import demo_server
from ftpwizard.present.wizard.flow import Page, ServerInput


def test_untrusted_certificate_can_be_trusted_and_tested_again(qtbot, make_wizard, tmp_path: Path) -> None:
    pem = make_self_signed(tmp_path)
    handler = type("SelfSignedTls", (TLS_FTPHandler,), {"certfile": str(pem)})
    with demo_server("healthy", handler=handler) as server:
        wizard = make_wizard("en")
        wizard.next()
        wizard.server.show_input(ServerInput(host=server.host, port=server.port, user=server.user,
                                             password=server.password, tls="explicit"))
        wizard.next()
        qtbot.waitUntil(lambda: wizard.state.result is not None, timeout=20000)
        wizard.next()
        result = wizard.state.result
        assert result.verdict.code == "tls_failed"
        assert result.control.certificate.sha256 == fingerprint(pem)
        assert fingerprint(pem) in wizard.verdict.why.text()
        assert wizard.verdict.trust_button.isVisibleTo(wizard)
        qtbot.mouseClick(wizard.verdict.trust_button, Qt.MouseButton.LeftButton)
        assert wizard.currentId() == int(Page.TEST)
        qtbot.waitUntil(lambda: wizard.state.result is not None and not wizard.state.probe_running, timeout=20000)
        assert wizard.state.result.verdict.code == "both_ok"
        assert wizard.state.result.control.certificate.accepted
