"""The SQL of kztracker.first_read, compiled ahead of time from the services' own statements.

first_read reads the window's first rows through sqlite3 before SQLAlchemy is imported (issue
18), so it cannot build statements when it runs. It runs instead the very selects the services
read through Core (browse.milestone_reads, first_page's id and name statements,
filter_choices.choice_statements), compiled here for SQLite into first_read_sql.json beside it.
Those statements are the one source of what is read; a test compiles them again and fails
when the file differs. After changing one of them:

    .venv/bin/python -m kztracker.first_read_compile
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kztracker.services.first_page_order import FIRST_PAGE_FIELDS

SQL_FILE = Path(__file__).with_name("first_read_sql.json")
# The parameters first_read gives when it runs a statement: a list of milestone ids (an
# expanding IN) and a row count (LIMIT). Every other parameter keeps its compiled value.
IDS = "ids"
COUNT = "count"


def statements() -> dict[str, Any]:
    """Every statement first_read runs, by the name it asks for it with."""
    from sqlalchemy import bindparam

    from kztracker.services.browse import milestone_reads
    from kztracker.services.filter_choices import choice_statements
    from kztracker.services.first_page import (
        empty_ids_statement,
        filled_ids_statement,
        named_statements,
    )

    count: Any = bindparam(COUNT)
    found: dict[str, Any] = {
        f"rows {name}": statement for name, statement in milestone_reads()._asdict().items()
    }
    of_ids = milestone_reads(bindparam(IDS, expanding=True))
    found["rows own_links of ids"] = of_ids.own_links
    found["rows milestones of ids"] = of_ids.milestones
    for field in FIRST_PAGE_FIELDS:
        for direction in ("asc", "desc"):
            filled = filled_ids_statement(field, direction == "desc", count, "sqlite")
            if filled is not None:
                found[f"first {field} {direction}"] = filled
                found[f"first {field} empty"] = empty_ids_statement(field, count)
        # The title's (id, title); a related record's (id, name), then each milestone's link.
        labels = ("titles",) if field == "title" else ("names", "links")
        for label, statement in zip(labels, named_statements(field), strict=False):
            found[f"first {field} {label}"] = statement
    for field, statement in choice_statements().items():
        found[f"choices {field}"] = statement
    return found


def compiled() -> dict[str, dict[str, Any]]:
    """Each statement as SQLite's SQL text (qmark parameters) and its parameters in order:
    [name, value], the value None for those first_read gives (IDS, COUNT)."""
    from sqlalchemy.dialects import sqlite

    dialect = sqlite.dialect()
    found = {}
    for name, statement in statements().items():
        text = statement.compile(dialect=dialect)
        values = text.params
        found[name] = {
            "sql": str(text),
            "params": [[key, values[key]] for key in text.positiontup or ()],
        }
    return found


def main() -> None:
    # One statement a line, so a change to one shows as one line in a diff.
    lines = [f"{json.dumps(name)}: {json.dumps(entry)}" for name, entry in compiled().items()]
    SQL_FILE.write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
    print(f"wrote {SQL_FILE}")


if __name__ == "__main__":
    main()
