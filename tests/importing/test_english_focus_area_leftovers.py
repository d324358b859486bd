"""Leftovers of a cut list are no focus areas (English, sentences written for the test): a
lone "and" where a page ends, "signed on ..." after a document's subject, "especially" or
"starting with" before the field, a reporting clause ("..., the ministry told X"), a closing
bracket. Such a word stored once as an area would be found again in every later text, since
the database's areas are looked for in each announcement."""

from __future__ import annotations

from kztracker.importing.draft import Document
from kztracker.importing.extract import extract
from kztracker.importing.extract.gazetteer import KnownName, KnownNames
from tests.importing.drafting import english_draft


def _areas(sentence: str) -> set[str]:
    head = "Steppe University and Ankara University signed an agreement on 3 May 2026.\n\n"
    return {area.name for area in english_draft(head + sentence).focus_areas}


def test_an_adverb_before_the_field_is_no_area() -> None:
    areas = _areas(
        "The sides agreed to cooperate in the sphere of culture and science, history and "
        "archaeology, especially, in opening a joint museum."
    )
    assert areas == {"Culture and science", "History and archaeology"}


def test_starting_with_is_no_area() -> None:
    areas = _areas(
        "The minister said he hoped cooperation on textbooks and school buses between the two "
        "countries would grow, starting with visits of teachers."
    )
    assert areas == {"Textbooks and school buses"}


def test_a_list_closed_by_a_bracket_ends_on_its_last_field() -> None:
    areas = _areas(
        "They discussed joint research and the role of Chinese partners in funded projects (in "
        "the areas of robotics, chemistry, energy), as well as student exchanges."
    )
    assert areas == {"Robotics", "Chemistry", "Energy"}


def test_a_reporting_clause_after_the_field_is_no_area() -> None:
    areas = _areas(
        "A memorandum on cooperation in the field of medicine was signed by the health "
        "ministries of Georgia and Kazakhstan, the ministry told Sputnik."
    )
    assert not any("told" in area for area in areas)


def test_a_known_area_named_like_a_joining_word_is_not_found_in_every_text() -> None:
    known = KnownNames(focus_areas=[KnownName("And"), KnownName("Signed")])
    text = (
        "Steppe University and Ankara University signed an agreement on cooperation in "
        "robotics and chemistry on 3 May 2026."
    )
    draft = extract(Document(text, "pasted text", "pasted", language="en"), known)
    assert {area.name for area in draft.focus_areas}.isdisjoint({"And", "Signed"})
