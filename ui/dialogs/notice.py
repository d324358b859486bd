"""The top of a dialog that warns: a warning icon beside a bold headline and an explanation."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget


def warning_header(parent: QWidget, headline: str, explanation: QLabel) -> QHBoxLayout:
    icon = QLabel(parent)
    size = 2 * parent.fontMetrics().height()
    warning = parent.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    icon.setPixmap(warning.pixmap(QSize(size, size), parent.devicePixelRatioF()))
    icon.setAlignment(Qt.AlignmentFlag.AlignTop)
    title = QLabel(headline, parent)
    font = QFont(title.font())
    font.setBold(True)
    title.setFont(font)
    title.setWordWrap(True)
    explanation.setWordWrap(True)
    words = QVBoxLayout()
    words.addWidget(title)
    words.addWidget(explanation)
    header = QHBoxLayout()
    header.addWidget(icon)
    header.addLayout(words, 1)
    return header
