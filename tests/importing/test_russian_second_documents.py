"""A Russian sentence's second document and a later word about the first: «соглашение между A
и B, а также меморандум с C» is A's (or the story's side's) with C, not A's and B's with C; «Со
стороны X соглашение подписал ...» tells who signed the agreement named before, not a new one.
Sentences written for these tests."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_the_bodies_after_an_earlier_between_do_not_sign_the_next_document() -> None:
    draft = extract(
        read_text(
            "Визит в Бишкек\n"
            "Аким Алматинской области посетил Бишкек. Подписано соглашение о сотрудничестве "
            "между акиматом Алматинской области и мэрией города Бишкек, а также меморандум с "
            "компанией «Кыргызалтын» о геологоразведке."
        )
    )
    last = [m for m in draft.memoranda if any("Кыргызалтын" in p for p in m.parties)]
    assert len(last) == 1
    assert not any("мэри" in p.casefold() for p in last[0].parties)


def test_on_whose_behalf_a_bare_agreement_was_signed_is_no_new_document() -> None:
    draft = extract(
        read_text(
            "Подписан заем\n"
            "Исламский банк развития и Правительство Казахстана подписали соглашение о займе на "
            "строительство школ. Со стороны правительства соглашение подписал министр финансов "
            "Мади Такиев."
        )
    )
    assert len(draft.memoranda) == 1
