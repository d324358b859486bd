"""Kazakh agreements whose sides the text never names: still one signed document each."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_hyphenated_contract_is_a_document() -> None:
    draft = kazakh_draft("Жаңа зауыт\nКеше кешке жылыжай салу жөнінде келісім-шартқа қол қойылды.")
    (memo,) = draft.memoranda
    assert memo.kind == "agreement"
    assert memo.parties == []


def test_the_two_sides_signing_with_no_body_named_before() -> None:
    draft = kazakh_draft(
        "Сапар қорытындысы\n"
        "Қонақтар қаланың өндірістік аймағын аралады. "
        "Кездесу соңында екі тарап балық шаруашылығы туралы меморандумға қол қойды."
    )
    (memo,) = draft.memoranda
    assert memo.parties == []
    assert memo.kind == "memorandum"
