"""Kazakh signings told by a verbal noun («меморандумдарға қол қоюы») or as a contract entered
into («келісімшартқа отырды»), partners listed under one case ending («A және B-мен»), and a
Latin name's ending typed apart from its hyphen («Ltd- мен»). Sentences written for these
tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_signing_told_by_a_verbal_noun_with_two_listed_partners() -> None:
    draft = kazakh_draft(
        "Жел энергетикасы\n"
        "Сапардың басты нәтижесі – Жаңақорған ауданының әкімі Бауыржан Сәрсенов екі неміс "
        "компаниясы – Nordwind Systems GmbH және Baltic Solar AG-мен меморандумдарға қол қоюы."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Жаңақорған ауданының әкімдігі", "Nordwind Systems GmbH"},
        {"Жаңақорған ауданының әкімдігі", "Baltic Solar AG"},
    ]


def test_an_ending_typed_apart_from_its_hyphen() -> None:
    draft = kazakh_draft(
        "Инвестиция\n"
        "Маңғыстау облысының әкімдігі Alpine Power Ltd- пен жел станциясын салу туралы "
        "келісімге қол қойды."
    )
    names = [o.name for o in draft.organizations]
    assert "Alpine Power Ltd" in names
    assert not any(n.endswith("-") for n in names)
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Маңғыстау облысының әкімдігі", "Alpine Power Ltd"}


def test_a_subject_right_before_its_partner_is_no_listed_partner() -> None:
    draft = kazakh_draft(
        "Серіктестік\n"
        "Қорқыт Ата атындағы Қызылорда университеті Вроцлав университетімен академиялық "
        "алмасу туралы меморандумға, ал Бурса университетімен ғылыми ынтымақтастық туралы "
        "келісімге қол қойды."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Қорқыт Ата атындағы Қызылорда университеті", "Вроцлав университеті"},
        {"Қорқыт Ата атындағы Қызылорда университеті", "Бурса университеті"},
    ]


def test_a_contract_entered_into() -> None:
    draft = kazakh_draft(
        "Уран\n«Қазатомөнеркәсіп» АҚ «Nuvia Mining» компаниясымен уран өндіру жөнінде "
        "келісімшартқа отырды."
    )
    (memo,) = draft.memoranda
    assert len(memo.parties) == 2
