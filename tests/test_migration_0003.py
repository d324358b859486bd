"""Revision 0003: a database seeded before the Russian and Kazakh aliases gets them, both ways."""

from __future__ import annotations

import copy
import re
from typing import Any

from alembic import command
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from kztracker.db import alembic_config
from kztracker.models import Organization, OrganizationAlias
from kztracker.services.seeding import load_seed, seed_database

_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _old_seed() -> dict[str, Any]:
    """The seed as it was before this change: no Cyrillic aliases."""
    data = copy.deepcopy(load_seed())
    for organization in data["organizations"]:
        organization["aliases"] = [a for a in organization["aliases"] if not _CYRILLIC.search(a)]
    return data


def _aliases(session: Session) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    rows = session.execute(
        select(Organization.name, OrganizationAlias.alias).join(OrganizationAlias)
    )
    for name, alias in rows:
        found.setdefault(name, set()).add(alias)
    return found


def test_revision_0003_adds_the_seed_aliases_and_takes_them_back(database_url: str) -> None:
    config = alembic_config(database_url)
    command.upgrade(config, "0002")
    engine = create_engine(database_url)
    with Session(engine) as session:
        seed_database(session, _old_seed())
        ids = dict(session.execute(select(Organization.name, Organization.id)).all())
        # A user's own aliases: one the revision would add, on another partner, and one of theirs.
        session.add(
            OrganizationAlias(
                organization_id=ids["Nazarbayev University School of Medicine"],
                alias="Назарбаев Университет",
            )
        )
        session.add(
            OrganizationAlias(
                organization_id=ids["Ministry of Health of the Republic of Kazakhstan"],
                alias="Минздрав",
            )
        )
        session.commit()
        before = _aliases(session)

    command.upgrade(config, "0003")
    with Session(engine) as session:
        upgraded = _aliases(session)
    fresh = {o["name"]: set(o["aliases"]) for o in load_seed()["organizations"]}
    for name, aliases in fresh.items():
        expected = set(aliases)
        if name == "Nazarbayev University":
            expected.discard("Назарбаев Университет")  # the user's alias elsewhere stays theirs
        assert upgraded.get(name, set()) - before.get(name, set()) == expected - before.get(
            name, set()
        ), name
    assert "Минздрав" in upgraded["Ministry of Health of the Republic of Kazakhstan"]
    assert "Назарбаев Университет" in upgraded["Nazarbayev University School of Medicine"]

    command.downgrade(config, "0002")
    with Session(engine) as session:
        assert _aliases(session) == before
    command.upgrade(config, "head")
    with Session(engine) as session:
        assert _aliases(session) == upgraded
    engine.dispose()
