"""Browse rows, search and filters on the seeded database (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import insert, select

from kztracker.db import Database
from kztracker.models import Milestone, Organization, OrganizationAlias, Person
from kztracker.services.browse import browse_rows, milestone_rows
from kztracker.services.filter_choices import filter_choices
from kztracker.services.search import (
    OPEN,
    OVERDUE,
    Filters,
    filter_in_any_script,
    filter_rows,
    fold,
    refines,
    row_keys,
    row_matches,
    search_terms,
)


def _rows(database: Database, kind: str) -> list[Any]:
    with database.session() as session:
        return list(browse_rows(session, kind))


def _id(database: Database, model: type, name: str) -> int:
    with database.session() as session:
        column = model.title if model is Milestone else model.name  # type: ignore[attr-defined]
        value = session.scalar(select(model.id).where(column == name))  # type: ignore[attr-defined]
    assert value is not None, name
    return int(value)


@pytest.mark.parametrize(
    ("kind", "count"),
    [
        ("memorandum", 5),
        ("milestone", 17),
        ("organization", 31),
        ("focus_area", 13),
    ],
)
def test_every_kind_lists_its_records_as_plain_tuples(
    seeded_db: Database, kind: str, count: int
) -> None:
    with seeded_db.session() as session:
        rows = browse_rows(session, kind)
    assert len(rows) == count
    assert all(isinstance(row, tuple) for row in rows)
    assert len({row.id for row in rows}) == count


def test_people_and_sources_are_listed(seeded_db: Database) -> None:
    people = _rows(seeded_db, "person")
    sources = _rows(seeded_db, "source")
    assert any(row.name == "Sayasat Nurbek" for row in people)
    assert len(sources) >= 5


def test_a_milestone_row_names_its_related_records(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        rows = {row.title: row for row in milestone_rows(session, dt.date(2025, 1, 1))}
    row = rows["ConnectED 2024 conference in Astana"]
    assert row.due == "2024-10-17"
    assert row.status == "done"
    assert row.responsible == "Sayasat Nurbek"
    assert row.focus_area == "Transnational education"
    assert "Government of the Republic of Kazakhstan" in row.partners
    assert (row.due_first, row.due_last) == ("2024-10-17", "2024-10-17")
    assert not row.overdue  # done milestones are never overdue
    year = rows["2026 declared Year of Science and Education"]
    assert (year.due_first, year.due_last) == ("2026-01-01", "2026-12-31")


def test_an_open_milestone_past_its_period_is_overdue(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        late = {r.title: r.overdue for r in milestone_rows(session, dt.date(2027, 1, 1))}
        early = {r.title: r.overdue for r in milestone_rows(session, dt.date(2026, 12, 31))}
    assert late["2026 declared Year of Science and Education"] is True
    # "2026" means the whole year: not overdue until the year is over.
    assert early["2026 declared Year of Science and Education"] is False


def test_a_milestone_of_a_memorandum_is_found_under_the_memorandum_parties(
    seeded_db: Database,
) -> None:
    partner = _id(seeded_db, Organization, "Huawei")
    with seeded_db.session() as session:
        rows = milestone_rows(session)
    titles = {row.title for row in filter_rows(rows, "", Filters(organization_id=partner))}
    assert titles == {"GenAI courses prepared for 7,000 students", "40 ICT Academies established"}


def test_search_ignores_case_and_look_alike_letters(seeded_db: Database) -> None:
    rows = _rows(seeded_db, "milestone")
    # "Аstana" with a Cyrillic capital A, in upper case.
    found = filter_rows(rows, "\u0410STANA")
    assert {row.title for row in found} >= {"ConnectED 2024 conference in Astana"}
    assert filter_rows(rows, "astana") == found


def test_search_needs_every_word_in_any_field(seeded_db: Database) -> None:
    rows = _rows(seeded_db, "milestone")
    titles = {row.title for row in filter_rows(rows, "biomedical waqar")}
    assert titles == {
        "Biomedical Research Center opens at Nazarbayev University",
        "AAALAC International accreditation for the Biomedical Research Center",
    }
    assert filter_rows(rows, "biomedical nobody-by-that-name") == []


def test_partner_search_finds_aliases_and_short_names(seeded_db: Database) -> None:
    rows = _rows(seeded_db, "organization")
    assert {row.name for row in filter_rows(rows, "cambridge disc")} == {"Discovery Centre (DISC)"}
    assert "Ministry of Health of the Republic of Kazakhstan" in {
        row.name for row in filter_rows(rows, "moh")
    }


def test_person_search_finds_aliases(seeded_db: Database) -> None:
    rows = _rows(seeded_db, "person")
    assert [row.name for row in filter_rows(rows, "yuri pya")] == ["Yuriy Pya"]


def test_filters_combine_with_search(seeded_db: Database) -> None:
    person = _id(seeded_db, Person, "Waqar Ahmad")
    rows = _rows(seeded_db, "milestone")
    planned = filter_rows(rows, "biomedical", Filters(status="planned", responsible_id=person))
    assert [row.title for row in planned] == [
        "AAALAC International accreditation for the Biomedical Research Center"
    ]


def test_a_due_range_matches_partial_dates_that_overlap_it(seeded_db: Database) -> None:
    rows = _rows(seeded_db, "milestone")
    in_2026 = filter_rows(rows, "", Filters(due_from="2026-03-01", due_to="2026-03-31"))
    assert [row.title for row in in_2026] == ["2026 declared Year of Science and Education"]
    october = {r.title for r in filter_rows(rows, "", Filters(due_from="2024-10-18"))}
    # "2024-10" and "2024" reach past the 18th; "2024-10-17" does not; undated never match.
    assert "Strategic Partners Forum held at ConnectED 2024" in october
    assert "Foreign universities commit USD 66 million" in october
    assert "ConnectED 2024 conference in Astana" not in october
    assert "40 ICT Academies established" not in october


def test_memoranda_filter_by_partner_focus_area_and_status(seeded_db: Database) -> None:
    partner = _id(seeded_db, Organization, "Google")
    rows = _rows(seeded_db, "memorandum")
    with seeded_db.session() as session:
        choices = filter_choices(session)
    area = next(i for i, name in choices.focus_areas if name == "AI and digital education")
    found = filter_rows(rows, "", Filters(organization_id=partner, focus_area_id=area))
    assert [row.title for row in found] == [
        "AI and digital education partnerships with Google, NVIDIA and Huawei"
    ]
    assert filter_rows(rows, "", Filters(organization_id=partner, status="signed")) == []


def test_filter_choices_list_related_records_by_name(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        choices = filter_choices(session)
    assert len(choices.memoranda) == 5
    assert "Nazarbayev University" in [name for _, name in choices.partners]
    names = [name for _, name in choices.people]
    assert names == sorted(names, key=str.casefold)


def test_row_matches_is_the_rule_filter_rows_applies(seeded_db: Database) -> None:
    rows = _rows(seeded_db, "milestone")
    filters = Filters(status="done")
    terms = search_terms("ConnectED")
    expected = [row for row in rows if row_matches(row, terms, filters)]
    assert filter_rows(rows, "ConnectED", filters) == expected
    assert len(expected) == 3


def test_a_new_alias_is_searchable_after_a_reload(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        org = session.scalar(select(Organization.id).where(Organization.name == "Elsevier"))
        session.execute(
            insert(OrganizationAlias),
            [{"organization_id": org, "alias": "Эльзевир", "alias_key": "эльзевир"}],
        )
    rows = _rows(seeded_db, "organization")
    assert [row.name for row in filter_rows(rows, "ЭЛЬЗЕВИР")] == ["Elsevier"]


def test_fold_matches_name_key_on_mixed_scripts() -> None:
    from kztracker.normalize import name_key

    for text in ("Anаr Turmukhambetova", "Казахстан", "  NVIDIA  ", "Ｆｕｌｌ width"):
        assert fold(text).split() == name_key(text).split()


def test_typing_on_refines_the_previous_search() -> None:
    assert refines("", "ast")
    assert refines("ast", "astana")
    assert refines("astana", "astana bio")
    assert not refines("astana", "asta")
    assert not refines("astana bio", "astana")


def test_status_filter_knows_open_and_overdue(seeded_db: Database) -> None:
    with seeded_db.session() as session:
        rows = milestone_rows(session, dt.date(2027, 1, 1))
    open_titles = {row.title for row in filter_rows(rows, "", Filters(status=OPEN))}
    assert "GenAI courses prepared for 7,000 students" in open_titles
    assert "ConnectED 2024 conference in Astana" not in open_titles
    overdue = [row.title for row in filter_rows(rows, "", Filters(status=OVERDUE))]
    assert overdue == ["2026 declared Year of Science and Education"]


@pytest.mark.parametrize(
    "kind", ["memorandum", "organization", "person", "focus_area", "milestone", "source"]
)
def test_the_search_key_begins_with_the_name_or_title_folded(
    seeded_db: Database, kind: str
) -> None:
    # Search terms are matched from the name or title on, before its related records.
    rows = _rows(seeded_db, kind)
    for row, key in zip(rows, row_keys(rows), strict=True):
        assert key.startswith(fold(row[1]) + "\n") or key == fold(row[1])


@pytest.mark.parametrize("count", [1, 5, 30])
def test_the_first_milestones_by_due_are_the_head_of_the_full_sorted_set(
    seeded_db: Database, count: int
) -> None:
    from kztracker.dates import PartialDate
    from kztracker.services.first_page import first_milestones

    # Undated milestones and ties on a due date, so the order of both is tested too.
    shared_due = next(row.due for row in _rows(seeded_db, "milestone") if row.due)
    with seeded_db.sessions.begin() as session:
        session.execute(
            insert(Milestone),
            [
                {"title": "No date yet", "due_on": None, "status": "planned"},
                {"title": "Same day", "due_on": PartialDate.parse(shared_due), "status": "done"},
                {"title": "Also undated", "due_on": None, "status": "planned"},
            ],
        )
    every = _rows(seeded_db, "milestone")
    dated = sorted((row for row in every if row.due), key=lambda row: row.due)
    full_order = dated + [row for row in every if not row.due]
    with seeded_db.session() as session:
        first = first_milestones(session, "due", False, count)
    assert first == full_order[:count]


def _found(rows: list[Any], query: str) -> set[str]:
    return {row.name for row in filter_in_any_script(rows, query)}


def test_partners_are_found_by_their_names_in_any_script(seeded_db: Database) -> None:
    partners = _rows(seeded_db, "organization")
    ministry = "Ministry of Science and Higher Education of the Republic of Kazakhstan"
    assert ministry in _found(partners, "министерство науки")
    assert ministry in _found(partners, "ғылым министрлігі")
    assert "Nazarbayev University" in _found(partners, "Назарбаев")
    # A Latin query finds a name kept in Cyrillic through its Latin keys.
    assert "National Laboratory Astana" in _found(partners, "zertkhanasy")


def test_people_are_found_across_cyrillic_and_latin(seeded_db: Database) -> None:
    with seeded_db.sessions.begin() as session:
        session.add(Person(name="Жандос Темірханов"))
    people = _rows(seeded_db, "person")
    assert _found(people, "Нұрбек") == {"Sayasat Nurbek"}
    assert _found(people, "Нурбек") == {"Sayasat Nurbek"}
    assert _found(people, "ақмарал") == {"Akmaral Alnazarova"}
    assert _found(people, "zhandos") == {"Жандос Темірханов"}
    assert _found(people, "Jandos temirhanov") == {"Жандос Темірханов"}
    assert _found(people, "Жандос") == {"Жандос Темірханов"}
    assert _found(people, "Нурлан") == set()
    # The rows keep their order; a Latin query is the ordinary search.
    assert filter_in_any_script(people, "Sayasat") == filter_rows(people, "Sayasat")
