"""Russian: a document named as the one before another («продолжением предыдущего документа,
подписанного в 2021 году», «заменило прежнее соглашение») is an earlier document of its own,
of the same sides and with its own date; the newer one keeps no date of it. Sentences written
for these tests."""

from __future__ import annotations

from kztracker.dates import PartialDate
from tests.importing.drafting import draft_of

_SIDES = {"Акимат Павлодарской области", "Правительство Омской области"}


def test_the_document_before_is_an_entry_with_its_own_date() -> None:
    draft = draft_of(
        "Регионы обновили план\n"
        "Акимат Павлодарской области и Правительство Омской области подписали дорожную карту "
        "сотрудничества на 2025-2027 годы. Новая дорожная карта стала продолжением предыдущего "
        "документа, подписанного в 2021 году."
    )
    assert len(draft.memoranda) == 2
    assert all(set(m.parties) == _SIDES for m in draft.memoranda)
    assert sorted(str(m.signed_on) for m in draft.memoranda) == [str(PartialDate(2021)), "None"]


def test_a_former_agreement_replaced_keeps_the_sides() -> None:
    draft = draft_of(
        "Вузы обновили соглашение\n"
        "Карагандинский университет имени Букетова и Омский государственный университет "
        "заключили соглашение об академическом обмене. Оно заменило прежнее соглашение, "
        "подписанное в 2019 году."
    )
    newer, former = sorted(draft.memoranda, key=lambda m: m.signed_on is not None)
    assert newer.signed_on is None
    assert former.signed_on == PartialDate(2019)
    assert set(former.parties) == set(newer.parties)
    assert len(former.parties) == 2
