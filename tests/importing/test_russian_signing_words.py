"""Russian signing wordings: «Подписи под документом поставили X и Y» signs as «подписали»
does, so the document told before takes the bodies of the two signers. Sentences written for
these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_signatures_put_under_a_document_give_its_sides() -> None:
    draft = draft_of(
        "Университеты заключили соглашение\n"
        "Подписи под документом поставили ректор Павлодарского педагогического университета "
        "Ерлан Абенов и ректор Алтайского государственного университета Сергей Бочаров."
    )
    [agreement] = draft.memoranda
    assert set(agreement.parties) == {
        "Павлодарский педагогический университет",
        "Алтайский государственный университет",
    }
