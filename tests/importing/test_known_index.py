"""The database's own names found in a sentence, in any language (sentences written here)."""

from __future__ import annotations

from kztracker.importing.extract.gazetteer import KnownName
from kztracker.importing.extract.kazakh.endings import strip_case
from kztracker.importing.extract.known_index import KnownIndex, first_of_each

UNIVERSITY = KnownName("Nazarbayev University", ("NU",), "university", "Kazakhstan")
HOSPITAL = KnownName("Nazarbayev University Hospital", (), "other", "Kazakhstan")


def _found(index: KnownIndex, text: str, offset: int = 0) -> list[tuple[str, str]]:
    return [
        (text[s.start - offset : s.end - offset], s.record.name) for s in index.find(text, offset)
    ]


def test_a_name_and_an_alias_are_found_where_the_text_writes_them() -> None:
    index = KnownIndex([UNIVERSITY])
    text = "Staff of Nazarbayev University met NU students."
    spans = index.find(text, offset=100)
    assert [(s.start, s.end, s.spelling) for s in spans] == [
        (109, 130, "Nazarbayev University"),
        (135, 137, "NU"),
    ]


def test_a_short_spelling_matches_in_its_own_case_a_long_one_in_any() -> None:
    index = KnownIndex([UNIVERSITY])
    assert _found(index, "the nu phrase and NAZARBAYEV UNIVERSITY") == [
        ("NAZARBAYEV UNIVERSITY", "Nazarbayev University")
    ]


def test_a_name_never_matches_inside_a_longer_word_or_a_hyphenated_one() -> None:
    index = KnownIndex([UNIVERSITY])
    assert _found(index, "A Nazarbayev University-led team and NUS staff") == []


def test_at_one_place_spellings_come_in_their_order_and_first_of_each_keeps_the_longest() -> None:
    index = KnownIndex([UNIVERSITY, HOSPITAL])
    text = "Nazarbayev University Hospital opened a ward with Nazarbayev University."
    spans = index.find(text)
    assert [(s.start, s.record.name) for s in spans] == [
        (0, UNIVERSITY.name),
        (0, HOSPITAL.name),
        (50, UNIVERSITY.name),
    ]
    assert [s.record.name for s in first_of_each(spans)] == [HOSPITAL.name, UNIVERSITY.name]


def test_spaces_between_words_do_not_matter_signs_do() -> None:
    index = KnownIndex([KnownName("S. D. Asfendiyarov University")])
    assert _found(index, "The S.D.  Asfendiyarov University hosted it.") == [
        ("S.D.  Asfendiyarov University", "S. D. Asfendiyarov University")
    ]


def test_a_declined_last_word_is_found_with_the_languages_nominative() -> None:
    index = KnownIndex([KnownName("Назарбаев Университеті")], last_word=strip_case)
    text = "Министрлік Назарбаев Университетімен келісімге қол қойды."
    assert _found(index, text) == [("Назарбаев Университетімен", "Назарбаев Университеті")]


def test_spellings_too_short_or_not_accepted_are_left_out() -> None:
    records = [KnownName("Казахский национальный университет", ("КазНУ", "KazNU", "Ка"))]
    index = KnownIndex(
        records, shortest=3, accept=lambda s: any("а" <= c <= "я" for c in s.lower())
    )
    assert [s.spelling for s in index.find("КазНУ и KazNU, Ка.")] == ["КазНУ"]
    assert not KnownIndex([])


def test_people_are_found_by_a_full_name_stored_with_a_lookalike_letter() -> None:
    # A Cyrillic "А" in the stored name; the text writes it in Latin, and a surname alone
    # names nobody for certain.
    index = KnownIndex([KnownName("\u0410nna Berg", ("Berg",))], min_words=2)
    assert _found(index, "Anna Berg spoke; Berg agreed.") == [("Anna Berg", "\u0410nna Berg")]
