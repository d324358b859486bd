"""The command line: a thin face over kztracker.services. No traceback reaches the user.

Each command lives in its own module under kztracker.commands; this module builds the parser
from them, dispatches, and turns every failure into one line on stderr.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from types import ModuleType

from kztracker import __version__
from kztracker.commands import COMMANDS
from kztracker.errors import KztrackerError
from kztracker.i18n import _, set_language, system_language


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line and exit status 2, as argparse does, without the usage block.
        # argparse's own words stay English; the pointer to --help follows the language.
        self.exit(
            2, "kztracker: " + _("{message} (see kztracker --help)").format(message=message) + "\n"
        )


def _command_modules() -> dict[str, ModuleType]:
    modules = (importlib.import_module(f"kztracker.commands.{name}") for name in COMMANDS)
    return {module.NAME: module for module in modules}


def build_parser(modules: dict[str, ModuleType] | None = None) -> argparse.ArgumentParser:
    parser = _Parser(prog="kztracker", description="Track Kazakhstan's international partnerships.")
    parser.add_argument("--version", action="version", version=f"kztracker {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or URL (default: KZTRACKER_DATABASE_URL, else the user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, module in (modules or _command_modules()).items():
        module.add_arguments(commands.add_parser(name, help=module.HELP))
    return parser


def _open_app(db: str | None) -> int:
    # Before Qt loads: missing X11 libraries get one apt-get line, not Qt's abort.
    from kztracker.system_check import display_problem

    problem = display_problem()
    if problem:
        raise KztrackerError(problem)
    # The entry point is the one place allowed to reach the window; importing it by name keeps
    # the core free of any static dependency on the Qt layer.
    try:
        app = importlib.import_module("ui.app")
    except ImportError as exc:
        raise KztrackerError(
            _("the desktop interface cannot start: {error}").format(error=exc)
        ) from exc
    status: int = app.run(db)
    return status


def main(argv: Sequence[str] | None = None) -> int:
    # Messages follow KZTRACKER_LANGUAGE or the system locale; the window sets its own choice.
    set_language(system_language())
    modules = _command_modules()
    args = build_parser(modules).parse_args(argv)
    try:
        if args.command in modules:
            status: int = modules[args.command].run(args)
            return status
        return _open_app(args.db)
    except KztrackerError as exc:
        print(f"kztracker: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("kztracker: " + _("interrupted"), file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - last line of defence: one line, never a traceback
        message = _("unexpected error: {error}").format(error=f"{type(exc).__name__}: {exc}")
        print(f"kztracker: {message}", file=sys.stderr)
        return 1
