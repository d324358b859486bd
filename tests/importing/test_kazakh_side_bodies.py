"""Kazakh signatories given side by side («A тарапынан ..., B тарапынан ...»): each title
implies its own side's body."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_ministry_whose_name_holds_trade_keeps_its_whole_name() -> None:
    draft = kazakh_draft("Кездесу\nЖиынға Сауда және интеграция министрі Серік Омаров қатысты.")
    (person,) = draft.people
    assert person.title == "Сауда және интеграция министрі"
    assert person.organization == "Сауда және интеграция министрлігі"


def test_each_side_signs_for_its_own_countrys_ministry() -> None:
    draft = kazakh_draft(
        "Сауда келісімі\n"
        "Құжатқа Қазақстан тарапынан Сауда және интеграция министрі Серік Омаров, Вьетнам "
        "тарапынан Сауда министрі Нгуен Ван Тхань қол қойды."
    )
    (memo,) = draft.memoranda
    assert memo.parties[0] == "Сауда және интеграция министрлігі"
    assert memo.parties[1].startswith("Вьетнам")
    assert memo.parties[1].endswith("Сауда министрлігі")


def test_a_state_named_by_its_peoples_word_owns_its_ministry() -> None:
    draft = kazakh_draft(
        "Министрлер\n"
        "Қазақстан Республикасының Сауда министрлігі мен Қырғыз Республикасының Еңбек "
        "министрлігі меморандумға қол қойды."
    )
    (memo,) = draft.memoranda
    assert memo.parties == [
        "Қазақстан Республикасының Сауда министрлігі",
        "Қырғыз Республикасының Еңбек министрлігі",
    ]
