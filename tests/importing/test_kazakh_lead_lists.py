"""Kazakh agreements: a lead ending in a colon that tells of a signing («мынадай құжаттарға
қол қойылды:») signs each item listed after it, each with the sides it names."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_each_item_after_a_signed_lead_is_a_document() -> None:
    draft = kazakh_draft(
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
    draft = kazakh_draft(
        "Жоспарлар\n"
        "Алдағы айда талқыланатын мәселелер:\n"
        "– Ұлытау облысының әкімдігі мен «Eurasian Copper» компаниясы арасындағы "
        "инвестициялар туралы меморандум;\n"
        "– Жезқазған университеті мен Екатеринбург тау-кен университеті арасындағы "
        "ынтымақтастық туралы келісім."
    )
    assert draft.memoranda == []
