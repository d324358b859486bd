"""`kztracker init`: create or upgrade the database and seed it if empty."""

from __future__ import annotations

import argparse

NAME = "init"
HELP = "create or upgrade the database and seed it if empty"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options of its own


def run(args: argparse.Namespace) -> int:
    from kztracker.services.database import initialize

    database, result = initialize(args.db)
    database.dispose()
    if result.total:
        added = ", ".join(
            f"{count} {kind.replace('_', ' ')}" for kind, count in result.added.items()
        )
        print(f"Database ready at {database.url}; seeded {added}.")
    else:
        print(f"Database ready at {database.url}; nothing to seed.")
    return 0
