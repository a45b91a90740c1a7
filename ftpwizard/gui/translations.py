"""Install the translators for a language: ours (every resources/translations/*_<lang>.qm) and Qt's own
qtbase_<lang>.qm, without which QWizard's and QMessageBox's buttons stay English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ftpwizard.core.i18n import SOURCE_LANGUAGE, language_of, locale_name
from ftpwizard.core.i18n import translator as ts_translator
from ftpwizard.core.resources import resource_path

_installed: list[QTranslator] = []


class TsFileTranslator(QTranslator):
    """Reads .ts files directly: used only when the compiled .qm files are missing (a fresh checkout)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self._translate = ts_translator(lang)

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        text = self._translate(context, source)
        # None is a null QString: "not translated here", so Qt shows the source. "" would show nothing.
        return text if text != source else None

    def isEmpty(self) -> bool:
        return False


def _qt_translation_dirs() -> list[Path]:
    return [Path(resource_path("translations", "qt")), Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]


def install_translators(lang: str) -> bool:
    """Switch the application's language; True when Qt's own translation for it was found too."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(locale_name(lang)))
    if lang == SOURCE_LANGUAGE:
        return True
    qt_found = False
    for folder in _qt_translation_dirs():
        qt = QTranslator()
        if qt.load(f"qtbase_{lang}", str(folder)):
            app.installTranslator(qt)
            _installed.append(qt)
            qt_found = True
            break
    folder = Path(resource_path("translations"))
    compiled = sorted(folder.glob(f"*_{lang}.qm"))
    if compiled and len(compiled) >= len(list(folder.glob(f"*_{lang}.ts"))):
        for qm in compiled:
            ours = QTranslator()
            if ours.load(str(qm)):
                app.installTranslator(ours)
                _installed.append(ours)
    else:
        fallback = TsFileTranslator(lang)
        app.installTranslator(fallback)
        _installed.append(fallback)
    return qt_found


def current_language() -> str:
    """One of LANGUAGES: the application's language (install_translators sets QLocale's default)."""
    return language_of(QLocale().name())


def korean_loaded() -> bool:
    """True when our Korean texts are active (the self-test checks this)."""
    return QCoreApplication.translate("Verdict", "Both modes work. Use passive mode.") != "Both modes work. Use passive mode."
