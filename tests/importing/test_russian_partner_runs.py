"""Russian documents in the plural with several partners: a partner list after a colon
(«с тремя китайскими вузами: A, B и C») and a passive signing that names the partners only
(«Подписаны меморандумы с компаниями A, B и C»), whose other side is the story's. Sentences
written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_partners_listed_after_a_colon_are_one_document_each() -> None:
    draft = draft_of(
        "Аграрный вуз расширяет связи\n"
        "Казахский агротехнический университет имени Сакена Сейфуллина подписал меморандумы с "
        "тремя китайскими вузами: Китайским сельскохозяйственным университетом, Хэнаньским "
        "аграрным университетом и Северо-Западным университетом сельского и лесного хозяйства."
    )
    home = "Казахский агротехнический университет имени Сакена Сейфуллина"
    assert len(draft.memoranda) == 3
    assert all(len(m.parties) == 2 and home in m.parties for m in draft.memoranda)


def test_partners_of_a_passive_signing_pair_with_the_story_side() -> None:
    draft = draft_of(
        "Аким встретился с инвесторами\n"
        "Аким Алматинской области Марат Султангазиев провел встречи с китайскими инвесторами в "
        "Шанхае. Подписаны меморандумы о сотрудничестве с компаниями «Шанхай Электрик», XCMG и "
        "Zoomlion."
    )
    assert len(draft.memoranda) == 3
    assert all(
        len(m.parties) == 2 and "Акимат Алматинской области" in m.parties for m in draft.memoranda
    )


def test_partners_named_after_in_their_number_are_one_document_each() -> None:
    draft = draft_of(
        "Инвесторы из Катара\n"
        "АО «Kazakh Invest» заключило соглашения с пятью компаниями из Катара на общую сумму "
        "2 млрд долларов, в том числе с Qatar Airways, Ooredoo и UCC Holding."
    )
    assert len(draft.memoranda) == 3
    assert all(len(m.parties) == 2 and "Kazakh Invest" in m.parties for m in draft.memoranda)
