"""Russian organizations in lists of universities: the body named after an opening verb whose
unit stands before it, two adjectives sharing one plural type noun past bracketed asides, and an
acronym with its field and the name it bears."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _names(text: str) -> set[str]:
    return {o.name for o in extract(read_text(text)).organizations}


def test_the_body_after_an_opening_verb_opens_the_unit_named_before_it() -> None:
    names = _names(
        "Новые кампусы\n"
        "Свой филиал в Шымкенте в следующем году откроет УрФУ, сообщили в министерстве."
    )
    assert "УрФУ" in names


def test_what_an_opening_verb_takes_is_still_no_actor() -> None:
    names = _names(
        "Новые центры\n"
        "Акимат области планирует открыть Центр поддержки предпринимателей в следующем году."
    )
    assert not any(n.startswith("Центр поддержки") for n in names)


def test_two_adjectives_share_a_plural_type_noun_past_bracketed_asides() -> None:
    names = _names(
        "Планы вузов\n"
        "Совместные программы готовят Казанский (основан в 1804 году) и Уральский "
        "(основан в 1920 году) госуниверситеты."
    )
    assert {"Казанский госуниверситет", "Уральский госуниверситет"} <= names


def test_the_end_of_a_longer_name_is_no_listed_item() -> None:
    names = _names(
        "Планы вузов\n"
        "Программы готовят МГУ им. М. В. Ломоносова, Казанский и Уральский госуниверситеты."
    )
    assert not any(n.endswith("госуниверситет") and "Ломоносова" in n for n in names)


def test_an_acronym_with_its_field_bears_the_name_after_imeni() -> None:
    names = _names(
        "Новые программы\n"
        "Совместные магистерские программы запускают КазНУ и НГУ экономики и управления "
        "имени А. Н. Петрова (12 место в рейтинге)."
    )
    assert "НГУ экономики и управления имени А. Н. Петрова" in names
    assert not any(n.startswith("Управление") for n in names)


def test_a_unit_named_as_a_place_before_the_verb_leaves_what_is_opened_no_actor() -> None:
    names = _names(
        "Центры\n"
        "На базе филиала университета в следующем году откроют Центр цифровых компетенций "
        "«Digital Hub»."
    )
    assert not any(n.startswith("Центр цифровых") for n in names)
