"""A passive signing whose partner is told only as one of many («... жоғары оқу орындарының
бірімен меморандум бекітілді») has the body the sentence before names as its subject for its
side. Sentences written for these tests."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _draft(text: str) -> Draft:
    document = read_text(text)
    document.language = "kk"
    return extract(document)


def test_the_side_is_the_subject_before() -> None:
    draft = _draft(
        "Білім\n"
        "Қазақстанның Ыстамбұлдағы бас консулдығы түрік университеттерімен байланысын "
        "кеңейтіп келеді. Бұл жолы қаладағы жеке жоғары оқу орындарының бірімен өзара "
        "түсіністік туралы меморандум бекітілді."
    )
    (memo,) = draft.memoranda
    assert memo.parties == ["Қазақстанның Ыстамбұлдағы бас консулдығы"]


def test_two_bodies_before_leave_it_open() -> None:
    draft = _draft(
        "Білім\n"
        "Атырау университеті мен Атырау колледжі шетелдік серіктестер іздеп жүр. Бұл жолы "
        "түрік жоғары оқу орындарының бірімен меморандум бекітілді."
    )
    assert all(len(m.parties) != 1 for m in draft.memoranda)
