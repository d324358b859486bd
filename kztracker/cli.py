"""The command line: a thin face over kztracker.services. No traceback reaches the user.

Each command lives in its own module under kztracker.commands; this module builds the parser
from them, dispatches, and turns every failure into one line on stderr.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import re
import sys
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from types import ModuleType
from typing import Any, TextIO

from kztracker import __version__
from kztracker.commands import COMMANDS
from kztracker.errors import (
    SHOWN_LIMIT,
    Interrupted,
    KztrackerError,
    one_line,
    os_error_message,
)
from kztracker.i18n import _, set_language, system_language
from kztracker.logs import setup_logging

log = logging.getLogger("kztracker")

# A run of characters longer than a message shows of one argument (a pasted page, a path
# of 100,000 characters): argparse would echo it whole.
_LONG_RUN = re.compile(r"[^\s,()]{" + str(SHOWN_LIMIT + 1) + ",}")


def _shortened(message: str) -> str:
    return _LONG_RUN.sub(lambda m: m.group(0)[: SHOWN_LIMIT - 1] + "…", message)


def say(message: str) -> None:
    """Print one message for the user on stderr: one line, no password, bounded."""
    print("kztracker: " + one_line(message), file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line and exit status 2, as argparse does, without the usage block.
        # argparse's own words stay English; the pointer to --help follows the language.
        text = _("{message} (see kztracker --help)").format(message=_shortened(message))
        self.exit(2, "kztracker: " + one_line(text) + "\n")


class _Output:
    """A command's standard output, its write failures named as the standard output: the
    operating system's error carries no file name there (`> /dev/full`, a full disk behind
    `> list.txt`), and os_error_message would say "a file"."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return _named_failure(self._stream.write, text)

    def flush(self) -> None:
        _named_failure(self._stream.flush)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _named_failure(call: Callable[..., Any], *args: Any) -> Any:
    """`call(*args)` on the standard output, a failure to write named as the standard output."""
    try:
        return call(*args)
    except BrokenPipeError:
        raise  # `| head` closing early is no failure (see main)
    except OSError as exc:
        named = OSError(exc.errno, exc.strerror, _("the standard output"))
        raise KztrackerError(os_error_message(named)) from exc


@contextmanager
def _named_output() -> Iterator[None]:
    """sys.stdout as _Output while a command runs, flushed before it counts as done: output
    still buffered would otherwise fail at exit, past every message of main."""
    stream = sys.stdout
    if stream is None:  # no console at all (a windowed start): nothing to name
        yield
        return
    sys.stdout = _Output(stream)  # type: ignore[assignment]
    try:
        yield
        sys.stdout.flush()
    finally:
        sys.stdout = stream


def _location(value: str) -> str:
    """--db's value. An empty one (`--db "$DB"` with DB unset in a script) is refused: taken as
    absent, it would send the command, an import --yes say, to the user's own database."""
    if not value.strip():
        raise argparse.ArgumentTypeError(
            _("it is empty; give a database file or URL, or leave --db out")
        )
    return value


def _command_modules() -> dict[str, ModuleType]:
    modules = (importlib.import_module(f"kztracker.commands.{name}") for name in COMMANDS)
    return {module.NAME: module for module in modules}


def build_parser(modules: dict[str, ModuleType] | None = None) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kztracker",
        description="Track Kazakhstan's international partnerships.",
        epilog="example: kztracker --db team.sqlite list memoranda",
    )
    parser.add_argument("--version", action="version", version=f"kztracker {__version__}")
    parser.add_argument(
        "--db",
        type=_location,
        metavar="PATH_OR_URL",
        help="database file or URL (default: KZTRACKER_DATABASE_URL, else the user data folder)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help="print the log and, on an unexpected error, its traceback to the terminal",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, module in (modules or _command_modules()).items():
        # Every command's --help ends with a line a user can copy and adapt.
        example = getattr(module, "EXAMPLE", "")
        epilog = f"example: {example}" if example else None
        module.add_arguments(commands.add_parser(name, help=module.HELP, epilog=epilog))
    return parser


def _open_app(db: str | None) -> int:
    # Before Qt loads: missing X11 libraries get one apt-get line, not Qt's abort.
    from kztracker.system_check import display_problem, notify_desktop

    problem = display_problem()
    if problem:
        notify_desktop(problem)
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
    # Before anything else runs: library warnings and logging go to the log file, never to
    # the terminal between the lines a user reads.
    log_path = setup_logging(args.debug)
    try:
        if args.command in modules:
            with _named_output():
                status: int = modules[args.command].run(args)
            return status
        return _open_app(args.db)
    except Interrupted as exc:
        say(str(exc))
        return 130
    except KztrackerError as exc:
        log.info("refused: %s", exc, exc_info=args.debug)
        say(str(exc))
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        say(_("interrupted"))
        return 130
    except OSError as exc:
        log.warning("operating system error", exc_info=True)
        say(os_error_message(exc))
        return 1
    except Exception as exc:  # noqa: BLE001 - last line of defence: one line, never a traceback
        damaged = _damage_met(exc, args.db)
        if damaged is not None:
            log.warning("damaged database", exc_info=True)
            say(damaged)
            return 1
        reason = _database_refusal(exc)
        if reason is not None:
            # The database refused or went away mid-command (a server restarted, a disk error):
            # expected in the field, so a sentence of its own; the details go to the log.
            log.warning("database error", exc_info=True)
            say(
                _(
                    "the database stopped the command ({reason}); nothing more was done — try "
                    "again, and if it persists send {log}"
                ).format(reason=reason, log=log_path)
            )
            return 1
        log.exception("unexpected error")
        if args.debug:
            traceback.print_exc(file=sys.stderr)
        say(
            _("unexpected error: {error}; the details are in {log}").format(
                error=f"{type(exc).__name__}: {exc}", log=log_path
            )
        )
        return 1


def _damage_met(exc: Exception, db: str | None) -> str | None:
    """The "damaged, and where the backups are" message when the command met a damaged page
    of a SQLite file (see kztracker.sqlite_checks.damage_met), else None."""
    errors = sys.modules.get("sqlalchemy.exc")
    if errors is None or not isinstance(exc, errors.DBAPIError) or exc.orig is None:
        return None
    from kztracker.sqlite_checks import damage_met

    try:
        return damage_met(db, exc.orig)
    except KztrackerError:
        return None


def _database_refusal(exc: Exception) -> str | None:
    """The driver's first line when `exc` is the database's own error, else None. SQLAlchemy
    is looked up, not imported: `kztracker --version` need not load it."""
    errors = sys.modules.get("sqlalchemy.exc")
    if errors is None or not isinstance(exc, errors.DBAPIError):
        return None
    lines = str(exc.orig if exc.orig is not None else exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
