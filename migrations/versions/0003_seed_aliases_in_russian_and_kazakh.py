"""seed aliases in Russian and Kazakh

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06

A database seeded before the seed carried the official Russian and Kazakh names of its Kazakh
bodies, universities and centres gets them as aliases: only on an organization still under its
exact seeded name, and only an alias no record holds yet (a user's own alias is never touched).
The names are this revision's own copy, so a later change to resources/seed/seed.json cannot
change what it did. Downgrade removes these aliases from those organizations.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kztracker.normalize import clean_name, name_key

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ALIASES: dict[str, tuple[str, ...]] = {
    "Government of the Republic of Kazakhstan": (
        "Правительство Республики Казахстан",
        "Қазақстан Республикасының Үкіметі",
    ),
    "Ministry of Science and Higher Education of the Republic of Kazakhstan": (
        "Министерство науки и высшего образования Республики Казахстан",
        "Қазақстан Республикасы Ғылым және жоғары білім министрлігі",
    ),
    "Ministry of Health of the Republic of Kazakhstan": (
        "Министерство здравоохранения Республики Казахстан",
        "Қазақстан Республикасы Денсаулық сақтау министрлігі",
    ),
    "National Academy of Sciences under the President of the Republic of Kazakhstan": (
        "Национальная академия наук при Президенте Республики Казахстан",
        "Қазақстан Республикасы Президентінің жанындағы Қазақстан Республикасы Ұлттық ғылым "
        "академиясы",
    ),
    "QazBioPharm National Holding": (
        "Национальный холдинг QazBioPharm",
        "QazBioPharm ұлттық холдингі",
    ),
    "National Center for Biotechnology": (
        "Национальный центр биотехнологии",
        "Ұлттық биотехнология орталығы",
    ),
    "National Center for Neurosurgery": (
        "Национальный центр нейрохирургии",
        "Ұлттық нейрохирургия орталығы",
    ),
    "Astana Medical University": (
        "Медицинский университет Астана",
        "Астана медициналық университеті",
    ),
    "Nazarbayev University": ("Назарбаев Университет", "Назарбаев Университеті"),
    "Nazarbayev University School of Medicine": ("Школа медицины Назарбаев Университета",),
    "Biomedical Research Center": (
        "Биомедицинский исследовательский центр",
        "Биомедициналық зерттеу орталығы",
    ),
    "National Laboratory Astana": (
        "Национальная лаборатория Астана",
        "Астана Ұлттық зертханасы",
    ),
    "AstraZeneca": ("АстраЗенека",),
    "De Montfort University": ("Университет Де Монфорт",),
}

_organization = sa.table("organization", sa.column("id", sa.Integer), sa.column("name"))
_alias = sa.table(
    "organization_alias",
    sa.column("id", sa.Integer),
    sa.column("organization_id", sa.Integer),
    sa.column("alias"),
    sa.column("alias_key"),
)


def _seeded_ids(connection: sa.Connection) -> dict[str, int]:
    rows = connection.execute(
        sa.select(_organization.c.name, _organization.c.id).where(
            _organization.c.name.in_(list(ALIASES))
        )
    )
    return {name: id_ for name, id_ in rows}


def upgrade() -> None:
    connection = op.get_bind()
    taken = set(connection.scalars(sa.select(_alias.c.alias_key)))
    new = []
    for name, organization_id in _seeded_ids(connection).items():
        for alias in ALIASES[name]:
            key = name_key(alias)
            if key not in taken:
                taken.add(key)
                new.append(
                    {"organization_id": organization_id, "alias": clean_name(alias), "alias_key": key}
                )
    if new:
        op.bulk_insert(_alias, new)


def downgrade() -> None:
    connection = op.get_bind()
    for name, organization_id in _seeded_ids(connection).items():
        connection.execute(
            sa.delete(_alias).where(
                _alias.c.organization_id == organization_id,
                _alias.c.alias_key.in_([name_key(alias) for alias in ALIASES[name]]),
            )
        )
