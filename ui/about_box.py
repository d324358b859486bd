"""Help > About kztracker: what the app is, its version, and the licences it ships with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def tr(text: str) -> str:
    # The window's context: these texts were the main window's and keep their translations.
    return QCoreApplication.translate("MainWindow", text)


def show_about(parent: QWidget) -> None:
    from kztracker import __version__
    from kztracker.resources import notice_file

    box = QMessageBox(parent)
    box.setWindowTitle(tr("About kztracker"))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.setText(
        tr(
            "<p><b>kztracker</b></p><p>Memoranda, partners, people, focus areas and "
            "milestones of Kazakhstan's international partnerships, in one place.</p>"
        )
        + tr("<p>Version {version}</p>").format(version=__version__)
    )
    # NOTICE.txt ships inside the package: the licence and each library's licence.
    try:
        box.setDetailedText(notice_file().read_text(encoding="utf-8"))
        box.setInformativeText(
            tr("Its licence and those of the libraries it is built on are in the details.")
        )
    except OSError:
        pass
    box.exec()
