"""The facts of the five seed announcements, correctly linked, seeded once."""

from typing import Any

from sqlalchemy import func, select

from kztracker.db import Database
from kztracker.models import Organization, Person, Provenance
from kztracker.normalize import mixes_scripts
from kztracker.services.listing import list_records
from kztracker.services.seeding import seed_database

AZ_MEMO = "Memorandum of Understanding between the Ministry of Science and Higher Education and AstraZeneca Kazakhstan"  # noqa: E501
MSHE = "Ministry of Science and Higher Education of the Republic of Kazakhstan"


def _by(rows: list[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    return {row[key]: row for row in rows}


def test_the_astrazeneca_memorandum_and_its_four_areas(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        memo = _by(list_records(session, "memoranda"), "title")[AZ_MEMO]
    assert {p["name"] for p in memo["parties"]} >= {MSHE, "AstraZeneca Kazakhstan"}
    assert len(memo["focus_areas"]) == 4
    joined = " ".join(memo["focus_areas"]).lower()
    for word in ("real-world", "young health", "sustainab", "early diagnosis"):
        assert word in joined
    assert memo["signatories"], "the signing side is recorded"


def test_people_with_titles_and_organizations(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        people = _by(list_records(session, "people"), "name")
    assert people["Sayasat Nurbek"]["organization"] == MSHE
    assert "Minister" in people["Akmaral Alnazarova"]["title"]
    assert people["Yuriy Pya"]["aliases"] == ["Yuri Pya"]
    assert "Anar Turmukhambetova" in people
    for person in people.values():
        assert person["title"], person["name"]
        assert not mixes_scripts(person["name"])
    titles = " ".join(p["title"] for p in people.values()).lower()
    for role in ("prime minister", "deputy prime minister", "rector", "president", "academician"):
        assert role in titles, role


def test_partner_hierarchy(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        partners = _by(list_records(session, "partners"), "name")
    assert partners["AstraZeneca Kazakhstan"]["parent"] == "AstraZeneca"
    disc = next(p for p in partners.values() if p["short_name"] == "DISC")
    assert disc["parent"] == "AstraZeneca"
    children_of_nu = {n for n, p in partners.items() if p["parent"] == "Nazarbayev University"}
    assert any("School of Medicine" in n for n in children_of_nu)
    assert any("Biomedical Research Center" in n for n in children_of_nu)


def test_dated_milestones(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        milestones = list_records(session, "milestones")
    by_title = {m["title"].lower(): m for m in milestones}
    connected = next(m for t, m in by_title.items() if t.startswith("connected 2024"))
    assert connected["due"] in ("2024-10", "2024-10-17")
    year = next(m for t, m in by_title.items() if "year of science" in t)
    assert year["due"] == "2026"
    planned = {t for t, m in by_title.items() if m["status"] == "planned"}
    assert any("aaalac" in t for t in planned)
    assert any("regional pharmaceutical" in t for t in planned)
    assert any("66 million" in t for t in by_title)


def test_every_seeded_record_cites_a_source(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        cited = set(session.execute(select(Provenance.record_kind, Provenance.record_id)))
        people = session.scalars(select(Person.id)).all()
        orgs = session.scalars(select(Organization.id)).all()
    assert all(("person", pid) in cited for pid in people)
    assert all(("organization", oid) in cited for oid in orgs)


def test_seeding_twice_adds_nothing(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        before = session.scalar(select(func.count()).select_from(Provenance))
        assert seed_database(session).total == 0
        assert session.scalar(select(func.count()).select_from(Provenance)) == before


def test_seeding_never_overwrites_a_users_change(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        person = session.scalar(select(Person).where(Person.name == "Sayasat Nurbek"))
        assert person is not None
        person.title = "Former minister"
    with seeded_db.sessions.begin() as session:
        seed_database(session)
    with seeded_db.session() as session:
        person = session.scalar(select(Person).where(Person.name == "Sayasat Nurbek"))
        assert person is not None and person.title == "Former minister"


KAZAKH_BODIES = (
    "Government of the Republic of Kazakhstan",
    MSHE,
    "Ministry of Health of the Republic of Kazakhstan",
    "National Academy of Sciences under the President of the Republic of Kazakhstan",
    "National Center for Biotechnology",
    "National Center for Neurosurgery",
    "Astana Medical University",
    "Nazarbayev University",
    "Biomedical Research Center",
    "National Laboratory Astana",
)


def _is_kazakh(alias: str) -> bool:
    return any(letter in alias for letter in "ӘәҒғҚқҢңӨөҰұҮүІіҺһ")


def test_kazakh_bodies_carry_their_russian_and_kazakh_names(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        partners = _by(list_records(session, "partners"), "name")
    for name in KAZAKH_BODIES:
        cyrillic = [a for a in partners[name]["aliases"] if any("Ѐ" <= c <= "ӿ" for c in a)]
        assert any(_is_kazakh(a) for a in cyrillic), name
        assert any(not _is_kazakh(a) for a in cyrillic), name
    assert (
        "Министерство науки и высшего образования Республики Казахстан"
        in (partners[MSHE]["aliases"])
    )
    assert (
        "Қазақстан Республикасы Ғылым және жоғары білім министрлігі" in (partners[MSHE]["aliases"])
    )


def test_every_alias_names_one_partner_in_one_script(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        partners = list_records(session, "partners")
    owners: dict[str, str] = {}
    for partner in partners:
        for alias in partner["aliases"]:
            assert not mixes_scripts(alias), alias
            assert owners.setdefault(alias.casefold(), partner["name"]) == partner["name"], alias
