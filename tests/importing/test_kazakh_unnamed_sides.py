"""Kazakh agreements whose sides the text never names: still one signed document each."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _draft(text: str) -> Draft:
    document = read_text(text)
    document.language = "kk"
    return extract(document)


def test_a_hyphenated_contract_is_a_document() -> None:
    draft = _draft("Жаңа зауыт\nКеше кешке жылыжай салу жөнінде келісім-шартқа қол қойылды.")
    (memo,) = draft.memoranda
    assert memo.kind == "agreement"
    assert memo.parties == []


def test_the_two_sides_signing_with_no_body_named_before() -> None:
    draft = _draft(
        "Сапар қорытындысы\n"
        "Қонақтар қаланың өндірістік аймағын аралады. "
        "Кездесу соңында екі тарап балық шаруашылығы туралы меморандумға қол қойды."
    )
    (memo,) = draft.memoranda
    assert memo.parties == []
    assert memo.kind == "memorandum"
