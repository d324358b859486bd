"""Before Qt starts, missing X11 libraries give one apt-get line (kztracker.system_check)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kztracker import system_check
from kztracker.i18n import in_language

MISSING = {"libkztracker-test-missing.so.7": "libkztracker-test-missing7"}


def test_a_missing_library_gives_its_package_in_one_apt_get_line() -> None:
    libraries = {"libc.so.6": "libc6", **MISSING}
    problem = system_check.display_problem({"DISPLAY": ":0"}, libraries)
    assert problem is not None and "\n" not in problem
    assert problem.endswith("sudo apt-get install libkztracker-test-missing7")


def test_nothing_to_say_when_every_library_loads() -> None:
    assert system_check.display_problem({"DISPLAY": ":0"}, {"libc.so.6": "libc6"}) is None


def test_each_package_is_named_once_in_the_order_given() -> None:
    libraries = {"liba.so.1": "pkg-a", "libb.so.1": "pkg-b", "libc.so.1": "pkg-a"}
    assert system_check.missing_packages(libraries, load=lambda _name: False) == ["pkg-a", "pkg-b"]


@pytest.mark.parametrize(
    ("environ", "platform", "checked"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_only_the_xcb_platform_is_checked(
    environ: dict[str, str], platform: str, checked: bool
) -> None:
    assert system_check.uses_xcb(environ, platform) is checked


def test_offscreen_is_never_checked_even_with_libraries_missing() -> None:
    assert system_check.display_problem({"QT_QPA_PLATFORM": "offscreen"}, MISSING) is None


def test_the_line_follows_the_language() -> None:
    with in_language("kk"):
        problem = system_check.display_problem({"QT_QPA_PLATFORM": "xcb"}, MISSING)
    assert problem is not None and "орнатыңыз" in problem
    assert problem.endswith("sudo apt-get install libkztracker-test-missing7")


def test_the_window_command_prints_the_line_before_qt_starts(tmp_path: Path) -> None:
    # The real entry point with the check pointed at a library no system has: one line on
    # stderr, exit 1, and Qt never imported.
    code = (
        "import sys; from kztracker import cli, system_check;"
        f"system_check.XCB_LIBRARIES = {MISSING!r};"
        "system_check.notify_desktop = lambda message: False;"
        "status = cli.main(['--db', sys.argv[1]]);"
        "print('qt loaded' if 'PySide6.QtCore' in sys.modules else 'qt not loaded');"
        "sys.exit(status)"
    )
    environment = {
        "QT_QPA_PLATFORM": "xcb",
        "KZTRACKER_LANGUAGE": "en",
        "HOME": str(tmp_path),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    }
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "unused.sqlite3")],
        cwd=tmp_path, env=environment, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stdout.strip() == "qt not loaded"
    lines = done.stderr.strip().splitlines()
    assert lines == [
        "kztracker: the window needs system libraries that are missing; install them with: "
        "sudo apt-get install libkztracker-test-missing7"
    ]


class _Pipe:
    def __init__(self, tty: bool) -> None:
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_started_from_the_menu_the_line_is_also_a_desktop_notification() -> None:
    calls: list[list[str]] = []
    shown = system_check.notify_desktop(
        "install them with: sudo apt-get install libx",
        stream=_Pipe(tty=False),  # type: ignore[arg-type]
        which=lambda name: f"/usr/bin/{name}",
        run=lambda command, **_options: calls.append(command),
    )
    assert shown
    assert calls == [
        ["/usr/bin/notify-send", "--app-name=kztracker", "--icon=dialog-error", "kztracker",
         "install them with: sudo apt-get install libx"]
    ]  # fmt: skip


def test_in_a_terminal_or_without_notify_send_there_is_no_notification() -> None:
    def fail(*_args: object, **_options: object) -> None:
        raise AssertionError("notify-send must not run")

    found = lambda name: f"/usr/bin/{name}"  # noqa: E731
    assert not system_check.notify_desktop("x", _Pipe(tty=True), found, fail)  # type: ignore[arg-type]
    assert not system_check.notify_desktop("x", _Pipe(tty=False), lambda _n: None, fail)  # type: ignore[arg-type]
