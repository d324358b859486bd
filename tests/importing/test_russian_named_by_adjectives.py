"""Russian: adjectives and a kind noun written with a capital inside a sentence («Национальный
аграрный холдинг») are a body's name, not a description; such a body stays when it is named as
the owner after a lower-case plural of its units («клиник ... холдинга»)."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def _names(text: str) -> set[str]:
    return {o.name for o in draft_of(text).organizations}


def test_capitalized_adjectives_and_a_kind_inside_a_sentence_are_a_name() -> None:
    names = _names(
        "Визит гостей\nГости провели переговоры с руководством Национального аграрного холдинга."
    )
    assert "Национальный аграрный холдинг" in names


def test_the_owner_after_a_plural_of_its_units_is_kept() -> None:
    names = _names(
        "Визит гостей\n"
        "Гости осмотрели несколько областных лабораторий Национального аграрного холдинга."
    )
    assert "Национальный аграрный холдинг" in names


def test_a_kind_told_by_adjectives_opening_a_sentence_stays_a_description() -> None:
    names = _names("Визит гостей\nИтальянская компания построит завод в Караганде.")
    assert not any("компания" in n.casefold() for n in names)
