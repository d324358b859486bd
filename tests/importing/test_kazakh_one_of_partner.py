"""A passive signing whose partner is told only as one of many («... жоғары оқу орындарының
бірімен меморандум бекітілді») has the body the sentence before names as its subject for its
side. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_the_side_is_the_subject_before() -> None:
    draft = kazakh_draft(
        "Білім\n"
        "Қазақстанның Ыстамбұлдағы бас консулдығы түрік университеттерімен байланысын "
        "кеңейтіп келеді. Бұл жолы қаладағы жеке жоғары оқу орындарының бірімен өзара "
        "түсіністік туралы меморандум бекітілді."
    )
    (memo,) = draft.memoranda
    assert memo.parties == ["Қазақстанның Ыстамбұлдағы бас консулдығы"]


def test_two_bodies_before_leave_it_open() -> None:
    draft = kazakh_draft(
        "Білім\n"
        "Атырау университеті мен Атырау колледжі шетелдік серіктестер іздеп жүр. Бұл жолы "
        "түрік жоғары оқу орындарының бірімен меморандум бекітілді."
    )
    assert all(len(m.parties) != 1 for m in draft.memoranda)
