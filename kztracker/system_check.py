"""Before Qt starts: are the system libraries its X11 (xcb) platform loads there?

PySide6's wheels carry Qt itself but not the X11 libraries its xcb platform plugin links to. On
a stock Debian or Ubuntu desktop some are missing (libxcb-cursor0, libxcb-icccm4,
libxcb-keysyms1 ...), and Qt then aborts with a long message that names a plugin, not a package.
This check loads each library first and, when any is missing, gives the one `apt-get install`
line that adds them all. It never imports Qt, so it runs before Qt could abort.

Only the xcb platform is checked: not the offscreen one (tests, screenshots), not Wayland, and
not Windows or macOS, where the wheels carry all they need.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from typing import Any, TextIO

from kztracker.i18n import _

# Each shared library the xcb platform of PySide6 6.11 loads from the system, as `ldd` lists them
# for PySide6/Qt/plugins/platforms/libqxcb.so, lib/libQt6XcbQpa.so.6, libQt6Gui, libQt6Widgets,
# libQt6DBus and the xcb GL integrations, less the C library, and the Debian/Ubuntu package that
# installs it (Ubuntu 24.04's "t64" renames accept the old names).
XCB_LIBRARIES: Mapping[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


def uses_xcb(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt is about to open its window through X11's xcb platform."""
    environ = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        # A list ("wayland;xcb") tries the first one first.
        return chosen.split(";")[0].split(":")[0] == "xcb"
    # Unset: Qt prefers Wayland in a Wayland session, X11 otherwise.
    return not environ.get("WAYLAND_DISPLAY")


def loadable(library: str) -> bool:
    try:
        ctypes.CDLL(library)
    except OSError:
        return False
    return True


def missing_packages(
    libraries: Mapping[str, str] | None = None, load: Callable[[str], bool] = loadable
) -> list[str]:
    """The packages to install for the libraries that cannot be loaded, each named once."""
    missing: list[str] = []
    for library, package in (XCB_LIBRARIES if libraries is None else libraries).items():
        if package not in missing and not load(library):
            missing.append(package)
    return missing


def install_command(packages: list[str]) -> str:
    return "sudo apt-get install " + " ".join(packages)


def display_problem(
    environ: Mapping[str, str] | None = None, libraries: Mapping[str, str] | None = None
) -> str | None:
    """The one line to show when the window cannot open for want of system libraries, or None."""
    if not uses_xcb(environ):
        return None
    packages = missing_packages(libraries)
    if not packages:
        return None
    return _(
        "the window needs system libraries that are missing; install them with: {command}"
    ).format(command=install_command(packages))


def notify_desktop(
    message: str,
    stream: TextIO | None = None,
    which: Callable[[str], str | None] = shutil.which,
    run: Callable[..., Any] = subprocess.run,
) -> bool:
    """Show `message` as a desktop notification too when no terminal shows stderr (the app was
    started from the menu), so the apt-get line is not lost in a log. False if it could not."""
    stream = sys.stderr if stream is None else stream
    if stream is not None and stream.isatty():
        return False
    notifier = which("notify-send")
    if not notifier:
        return False
    try:
        run([notifier, "--app-name=kztracker", "--icon=dialog-error", "kztracker", message],
            timeout=5, check=False, capture_output=True)  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return False
    return True
