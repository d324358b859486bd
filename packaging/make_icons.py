"""Render the application icon (resources/icons/kztracker.svg) to PNGs and a Windows .ico.

Run after changing the SVG: `.venv/bin/python packaging/make_icons.py`; the outputs are
committed beside the SVG (the desktop entry's hicolor sizes, the window icon on systems
without Qt's SVG plugin, the Windows bundle's .ico).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "kztracker.svg"))
    if not renderer.isValid():
        print("make_icons: kztracker.svg is not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"kztracker-{size}.png"))
        if size == 256:
            # Qt's ico plugin writes one image per file: the largest, which Windows scales.
            image.save(str(ICONS / "kztracker.ico"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
