"""Russian frameworks given in brackets after a plural frame noun are no sides."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _names(text: str) -> set[str]:
    draft: Draft = extract(read_text(text))
    return {o.name for o in draft.organizations}


def test_bodies_in_brackets_after_a_plural_frame_noun_are_no_sides() -> None:
    names = _names(
        "Консультации министерств\n"
        "Министерство иностранных дел Казахстана и Министерство иностранных дел Армении "
        "обсудили взаимодействие в региональных объединениях (СНГ, ЕАЭС и ОДКБ)."
    )
    assert not names & {"СНГ", "ЕАЭС", "ОДКБ"}
    assert any(n.startswith("Министерство иностранных дел Армении") for n in names)


def test_a_short_form_in_brackets_after_its_name_stays() -> None:
    names = _names(
        "Проект банка\n"
        "Евразийский банк развития (ЕАБР) выделит кредит компании «Каспий Транзит» на "
        "строительство терминала."
    )
    assert any(n.startswith("Евразийский банк развития") for n in names)
