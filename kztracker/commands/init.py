"""`kztracker init`: create or upgrade the database and seed it if empty."""

from __future__ import annotations

import argparse

from kztracker.counts import counted_list
from kztracker.i18n import _

NAME = "init"
# The seeder counts by table-like plural names; the counted words go by record kind.
_SEEDED = {
    "sources": "source",
    "focus_areas": "focus_area",
    "organizations": "organization",
    "people": "person",
    "memoranda": "memorandum",
    "milestones": "milestone",
}
HELP = "create or upgrade the database and seed it if empty"
EXAMPLE = "kztracker --db team.sqlite init"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options of its own


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from kztracker.services.database import initialize

    database, result = initialize(args.db)
    database.dispose()
    database.require_writable()
    # The URL as a message may show it: a server's password masked.
    url = make_url(database.url).render_as_string(hide_password=True)
    if result.total:
        added = counted_list({_SEEDED[kind]: count for kind, count in result.added.items()})
        print(_("Database ready at {url}; seeded {added}.").format(url=url, added=added))
    else:
        print(_("Database ready at {url}; nothing to seed.").format(url=url))
    return 0
