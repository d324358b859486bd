"""Russian: «регионы заключили соглашение» names the two sides told before; what the sides
agreed to do («договорились провести форум») is still to come."""

from __future__ import annotations

from kztracker.dates import PartialDate
from tests.importing.drafting import draft_of


def test_regions_as_the_subject_are_the_sides_named_before() -> None:
    draft = draft_of(
        "Омск и Павлодар подписали план\n"
        "Акимат Павлодарской области и Правительство Омской области подписали план мероприятий "
        "по развитию туризма. Ранее, в 2022 году, регионы заключили соглашение о сотрудничестве."
    )
    earlier = next(m for m in draft.memoranda if m.signed_on == PartialDate(2022))
    assert set(earlier.parties) == {
        "Акимат Павлодарской области",
        "Правительство Омской области",
    }


def test_one_region_as_the_subject_is_no_pair_of_sides() -> None:
    draft = draft_of(
        "Новый меморандум\n"
        "Акимат Павлодарской области и Правительство Омской области подписали план мероприятий. "
        "Регион также заключил меморандум с компанией «Павлодар Энерго»."
    )
    later = [m for m in draft.memoranda if m.title.startswith("Меморандум")]
    assert all("Правительство Омской области" not in m.parties for m in later)


def test_what_the_sides_agreed_to_hold_is_planned() -> None:
    draft = draft_of(
        "Регионы договорились\n"
        "Стороны договорились провести совместный форум в Семее в мае 2026 года."
    )
    [forum] = [m for m in draft.milestones if m.date == PartialDate(2026, 5)]
    assert forum.status == "planned"


def test_a_plural_title_shared_by_two_names_with_their_own_places() -> None:
    draft = draft_of(
        "Министры подпишут меморандум\n"
        "Министры культуры Казахстана Аида Балаева и Венгрии Янош Чак подпишут меморандум о "
        "культурном обмене."
    )
    titles = {p.name: p.title for p in draft.people}
    assert titles["Янош Чак"] is not None
    assert titles["Янош Чак"].casefold() == "министр культуры венгрии"
    names = {o.name for o in draft.organizations}
    assert {"Министерство культуры Казахстана", "Министерство культуры Венгрии"} <= names


def test_the_visit_a_document_was_signed_during_takes_its_date() -> None:
    draft = draft_of(
        "Сенат одобрил соглашение\n"
        "Астана, 20 марта. Сенат ратифицировал соглашение о культурных центрах, подписанное "
        "в мае 2024 года во время визита президента Турции в Астану."
    )
    visits = [m for m in draft.milestones if m.title.startswith("Визит")]
    assert [m.date for m in visits] == [PartialDate(2024, 5)]
