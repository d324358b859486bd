"""Kazakh agreements: documents in the plural «made» with partners in «-мен» are one each; a
type word's bare form before «туралы» is the topic, not part of a partner's name."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_plural_memoranda_made_with_two_partners_are_two() -> None:
    draft = kazakh_draft(
        "Жаңа әріптестер\n"
        "Маңғыстау облысының әкімдігі Теңіз компаниясымен және Каспий компаниясымен "
        "меморандумдар жасады."
    )
    assert sorted(sorted(m.parties) for m in draft.memoranda) == [
        ["Каспий компаниясы", "Маңғыстау облысының әкімдігі"],
        ["Маңғыстау облысының әкімдігі", "Теңіз компаниясы"],
    ]


def test_a_bare_type_word_before_about_is_the_topic() -> None:
    draft = kazakh_draft(
        "Серіктестік\n"
        "Торайғыров университеті мен Томск политехникалық университеті серіктестік туралы "
        "меморандумға қол қойды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {
        "Торайғыров университеті",
        "Томск политехникалық университеті",
    }


def test_a_signed_cooperation_programme_is_a_document() -> None:
    draft = kazakh_draft(
        "Екі министрлік\n"
        "Ташкентте Қазақстан Республикасының Мәдениет министрлігі мен Өзбекстан "
        "Республикасының Туризм министрлігі арасындағы ынтымақтастық бағдарламасына қол қойылды."
    )
    (memo,) = draft.memoranda
    assert len(memo.parties) == 2


def test_a_tally_of_more_than_n_documents_itemises_none() -> None:
    draft = kazakh_draft(
        "Сапар қорытындысы\n"
        "Келіссөздерден кейін Қазақстан мен Түркия арасында 15-тен астам келісімге қол қойылды."
    )
    assert draft.memoranda == []


def test_our_university_opening_a_sentence_owns_no_name() -> None:
    draft = kazakh_draft(
        "Жаңа серіктес\n"
        "Университетіміз Сиань технологиялық университетімен ынтымақтастық туралы "
        "меморандумға қол қойды."
    )
    assert "Сиань технологиялық университеті" in {o.name for o in draft.organizations}


def test_our_university_signing_is_the_pages_own_university() -> None:
    draft = kazakh_draft(
        "Қорқыт Ата университеті жаңа серіктес тапты\n"
        "Университетіміз Сиань технологиялық университетімен ынтымақтастық туралы "
        "меморандумға қол қойды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Қорқыт Ата университеті", "Сиань технологиялық университеті"}


def test_a_signed_cooperation_plan_is_a_document() -> None:
    draft = kazakh_draft(
        "Жоспар бекітілді\n"
        "Тараптар Каспий университеті мен Дербент университеті арасындағы үш жылға арналған "
        "ынтымақтастық жоспарына қол қойды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Каспий университеті", "Дербент университеті"}
