"""Kazakh agreements: a lead ending in a colon that tells of a signing («мынадай құжаттарға
қол қойылды:») signs each item listed after it, each with the sides it names."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _draft(text: str) -> Draft:
    document = read_text(text)
    document.language = "kk"
    return extract(document)


def test_each_item_after_a_signed_lead_is_a_document() -> None:
    draft = _draft(
        "Сапар қорытындысы\n"
        "Кездесу соңында мынадай құжаттарға қол қойылды:\n"
        "– Ұлытау облысының әкімдігі мен «Eurasian Copper» компаниясы арасындағы "
        "инвестициялар туралы меморандум;\n"
        "– Жезқазған университеті мен Екатеринбург тау-кен университеті арасындағы "
        "ынтымақтастық туралы келісім."
    )
    assert sorted(sorted(m.parties) for m in draft.memoranda) == [
        ["Eurasian Copper", "Ұлытау облысының әкімдігі"],
        ["Екатеринбург тау-кен университеті", "Жезқазған университеті"],
    ]


def test_items_after_a_lead_that_signs_nothing_are_not_documents() -> None:
    draft = _draft(
        "Жоспарлар\n"
        "Алдағы айда талқыланатын мәселелер:\n"
        "– Ұлытау облысының әкімдігі мен «Eurasian Copper» компаниясы арасындағы "
        "инвестициялар туралы меморандум;\n"
        "– Жезқазған университеті мен Екатеринбург тау-кен университеті арасындағы "
        "ынтымақтастық туралы келісім."
    )
    assert draft.memoranda == []
