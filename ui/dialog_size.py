"""How big a dialog opens: what it asks for, within the smallest screen the window is made for.

The window is checked at 1280x720 (README, "The window"). A dialog sized from its contents grows
with the language: the memorandum editor asked for 1470 pixels in Russian, which put Save and
Cancel beyond the right edge of a 1366-pixel laptop. A dialog therefore opens no larger than
that screen less a title bar, a frame and a taskbar, unless its contents cannot shrink that far;
the user may still make it larger.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

SMALLEST_SCREEN = QSize(1280, 720)
# What a title bar, the window's frame and a taskbar or panel take of that screen.
FRAME = QSize(40, 80)
ROOM = SMALLEST_SCREEN - FRAME


def opening_size(dialog: QWidget, wanted: QSize) -> QSize:
    """`wanted`, cut to the room of the smallest screen, never below what `dialog` needs."""
    least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    return QSize(
        max(least.width(), min(wanted.width(), ROOM.width())),
        max(least.height(), min(wanted.height(), ROOM.height())),
    )


def open_at(dialog: QWidget, width: int, height: int) -> None:
    """Resize `dialog` to `width` x `height`, cut to the smallest screen's room."""
    dialog.resize(opening_size(dialog, QSize(width, height)))
