"""Status colours that stay readable on a dark background as well as a light one.

The shared status colours (ui.labels) are dark, chosen for text on white; on a dark theme the
same hue is lightened until it reads.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def readable_on(colour: QColor, palette: QPalette, role: QPalette.ColorRole) -> QColor:
    """`colour` as is on a light background, lightened on a dark one."""
    background = palette.color(role)
    if background.lightnessF() >= 0.5:
        return QColor(colour)
    lighter = QColor(colour)
    for _ in range(12):  # lighter() ends at white, so this stops well before the bound
        if lighter.lightnessF() >= 0.68:
            break
        lighter = lighter.lighter(115)
    return lighter
