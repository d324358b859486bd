"""One module per command-line command.

Each module names its command and offers two functions: `add_arguments(parser)` declares its
options and `run(args)` carries it out through kztracker.services and returns the exit status.
`kztracker.cli` builds the parser from COMMANDS, in this order, and dispatches to them.
"""

from __future__ import annotations

import argparse
from typing import Protocol


class Command(Protocol):
    NAME: str
    HELP: str

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


# Module names under kztracker.commands; each is imported only when the parser is built.
COMMANDS: tuple[str, ...] = (
    "init",
    "list",
    "export",
    "calendar",
    "history",
    "backup",
    "restore",
    "copy",
    "screenshots",
    "importing",
    "import_sheet",
)
