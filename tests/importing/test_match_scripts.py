"""People matched across Cyrillic and Latin, with the reason in the user's language."""

from __future__ import annotations

from sqlalchemy import select

from kztracker import i18n
from kztracker.db import Database
from kztracker.importing.apply import apply_draft
from kztracker.importing.draft import Document, Draft, DraftOrganization, DraftPerson, Span
from kztracker.importing.match import match_draft
from kztracker.models import Person, PersonAlias


def _people(db: Database, *names: str, text: str = "x" * 40) -> list[DraftPerson]:
    draft = Draft(
        Document(text=text, origin="test", format="pasted"),
        people=[DraftPerson(name) for name in names],
    )
    with db.session() as session:
        match_draft(session, draft)
    return draft.people


def test_a_cyrillic_name_proposes_the_latin_record(seeded_db: Database) -> None:
    nurbek, alnazarova, pya, stranger = _people(
        seeded_db, "Саясат Нурбек", "Ақмарал Әлназарова", "Юрий Пя", "Ержан Қасымов"
    )
    for item, name in (
        (nurbek, "Sayasat Nurbek"),
        (alnazarova, "Akmaral Alnazarova"),
        (pya, "Yuriy Pya"),
    ):
        best = item.match.best
        assert item.match.action == "link" and best is not None
        assert (best.name, best.reason) == (name, "transliteration")
        assert 0.9 <= best.score < 1
    assert stranger.match.action == "create"


def test_a_latin_name_proposes_a_cyrillic_record(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        session.add(Person(name="Жандос Темірханов"))
    # One draft each: inside one draft the two spellings would be folded into one person.
    (zhandos,) = _people(seeded_db, "Zhandos Temirkhanov")
    (jandos,) = _people(seeded_db, "Jandos Temirhanov")
    (other,) = _people(seeded_db, "Zhanna Temirkhanova")
    for item in (zhandos, jandos):
        assert item.match.action == "link" and item.match.best is not None
        assert item.match.best.name == "Жандос Темірханов"
    assert all(c.name != "Жандос Темірханов" or c.score < 0.86 for c in other.match.candidates)


def test_the_reason_is_in_the_users_language(seeded_db: Database) -> None:
    for language, reason in (("ru", "транслитерация"), ("kk", "транслитерация")):
        i18n.set_language(language)
        try:
            (item,) = _people(seeded_db, "Саясат Нурбек")
        finally:
            i18n.set_language("en")
        assert item.match.best is not None and item.match.best.reason == reason


def test_a_merge_across_scripts_teaches_the_alias(seeded_db: Database) -> None:
    text = "Министр Саясат Нурбек выступил."
    draft = Draft(
        Document(text=text, origin="a.txt", format="txt"),
        people=[DraftPerson("Саясат Нурбек", spans=[Span(8, 21)])],
    )
    with seeded_db.session() as session:
        match_draft(session, draft)
    draft.people[0].match.learn_alias = True  # the reviewer's merge
    with seeded_db.sessions.begin() as session:
        apply_draft(session, draft)
    with seeded_db.session() as session:
        owner = session.scalar(
            select(Person.name).join(PersonAlias).where(PersonAlias.alias == "Саясат Нурбек")
        )
    assert owner == "Sayasat Nurbek"
    (again,) = _people(seeded_db, "Саясат Нурбек")
    assert again.match.best is not None
    assert (again.match.best.score, again.match.best.reason) == (1.0, "alias")


def test_seeded_partners_are_found_by_their_russian_and_kazakh_names(seeded_db: Database) -> None:
    names = {
        "Министерство науки и высшего образования Республики Казахстан": (
            "Ministry of Science and Higher Education of the Republic of Kazakhstan"
        ),
        "Қазақстан Республикасы Денсаулық сақтау министрлігі": (
            "Ministry of Health of the Republic of Kazakhstan"
        ),
        "Назарбаев Университет": "Nazarbayev University",
        # Without "of the Republic of Kazakhstan", written the Russian and the Kazakh way.
        "Министерство здравоохранения": "Ministry of Health of the Republic of Kazakhstan",
        "Министерство науки и высшего образования РК": (
            "Ministry of Science and Higher Education of the Republic of Kazakhstan"
        ),
        "Ғылым және жоғары білім министрлігі": (
            "Ministry of Science and Higher Education of the Republic of Kazakhstan"
        ),
        "Астана медициналық университеті": "Astana Medical University",
    }
    draft = Draft(
        Document(text="x" * 40, origin="test", format="pasted"),
        organizations=[DraftOrganization(name) for name in names],
    )
    with seeded_db.session() as session:
        match_draft(session, draft)
    for item in draft.organizations:
        best = item.match.best
        assert item.match.action == "link" and best is not None, item.name
        assert best.name == names[item.name] and best.score >= 0.95
        assert best.reason in ("alias", "same name without the country qualifier")


def test_another_ministry_in_russian_is_not_linked(seeded_db: Database) -> None:
    draft = Draft(
        Document(text="x" * 40, origin="test", format="pasted"),
        organizations=[DraftOrganization("Министерство энергетики Республики Казахстан")],
    )
    with seeded_db.session() as session:
        match_draft(session, draft)
    assert draft.organizations[0].match.action == "create"
