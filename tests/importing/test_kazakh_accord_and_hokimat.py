"""«уағдаластыққа қол қойды»: an accord signed is a document like a memorandum, and an Uzbek
region's «хокимат» (its administration, spelled without the «-ия-» too) is a body that signs
it. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_an_accord_signed_with_a_hokimat_is_a_document_of_both() -> None:
    draft = kazakh_draft(
        "Көршілер келісті\n"
        "Форум барысында Маңғыстау облысының әкімдігі Наманган облысының хокиматымен "
        "туризм саласындағы уағдаластыққа қол қойды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Маңғыстау облысының әкімдігі", "Наманган облысының хокиматы"}
    assert "Наманган облысының хокиматы" in {o.name for o in draft.organizations}


def test_agreeing_to_work_together_is_no_document() -> None:
    draft = kazakh_draft(
        "Көршілер келісті\n"
        "Маңғыстау облысының әкімдігі мен Наманган облысының хокиматы туризмді бірге "
        "дамытуға уағдаласты."
    )
    assert draft.memoranda == []
