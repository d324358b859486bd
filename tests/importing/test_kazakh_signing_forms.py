"""Kazakh agreements told by a converb or a made document, and partners owned by a country
spelt in its other common form."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_signing_told_by_a_converb() -> None:
    draft = kazakh_draft(
        "Серіктестік\n"
        "Жетісу университеті мен Гданьск университеті меморандумға қол қойып, студент "
        "алмасуды талқылады."
    )
    (memo,) = draft.memoranda
    assert memo.parties == ["Жетісу университеті", "Гданьск университеті"]


def test_a_passive_signing_told_by_a_converb() -> None:
    draft = kazakh_draft(
        "Серіктестік\n"
        "Форумда Павлодар облысының әкімдігі мен Bosch компаниясы арасында меморандумға қол "
        "қойылып, жаңа зауыт жобасы таныстырылды."
    )
    (memo,) = draft.memoranda
    assert memo.parties == ["Павлодар облысының әкімдігі", "Bosch"]


def test_an_agreement_made_with_a_company_of_a_named_country() -> None:
    draft = kazakh_draft(
        "Инвестиция\nАтырау облысының әкімдігі Әзірбайжанның Azersun компаниясымен келісім жасады."
    )
    (memo,) = draft.memoranda
    assert memo.parties == ["Атырау облысының әкімдігі", "Azersun"]


def test_a_document_opening_the_sentence_is_no_part_of_the_first_name() -> None:
    draft = kazakh_draft(
        "Серіктестік\n"
        "Хаттама Солтүстік Қазақстан университеті мен Омбы аграрлық университеті арасында "
        "бекітілді."
    )
    (memo,) = draft.memoranda
    assert memo.parties == ["Солтүстік Қазақстан университеті", "Омбы аграрлық университеті"]
    assert memo.kind == "protocol"


def test_a_document_concluded_before_is_signed_too() -> None:
    draft = kazakh_draft(
        "Серіктестік\n"
        "Бұған дейін Цифрлық даму министрлігі Samsung компаниясымен меморандум жасасқан "
        "болатын."
    )
    (memo,) = draft.memoranda
    assert memo.parties == ["Цифрлық даму министрлігі", "Samsung"]


def test_a_quoted_name_before_a_national_holdings_legal_form() -> None:
    draft = kazakh_draft(
        "Серіктестік\n«Алтын Орда» ҰБХ Lenovo компаниясымен меморандумға қол қойды."
    )
    (memo,) = draft.memoranda
    assert "Алтын Орда" in memo.parties[0]
    assert memo.parties[1] == "Lenovo"
