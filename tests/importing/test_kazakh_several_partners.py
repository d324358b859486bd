"""One Kazakh memorandum with three partners: «X пен Y және Z арасында», «X, Y және Z арасында»,
«X ... Y-мен және Z-мен қол қойды» are one document whose parties are all three.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "Әл-Фараби атындағы Қазақ ұлттық университеті мен «Самұрық-Энерго» АҚ және "
            "Жапонияның JICA агенттігі арасында ынтымақтастық туралы меморандумға қол қойылды.",
            {"Әл-Фараби атындағы Қазақ ұлттық университеті", "«Самұрық-Энерго» АҚ", "JICA"},
        ),
        (
            "Қарағанды облысының әкімдігі, «Qarmet» АҚ және Қарағанды техникалық университеті "
            "арасында өзара түсіністік туралы меморандумға қол қойылды.",
            {"Қарағанды облысының әкімдігі", "«Qarmet» АҚ", "Қарағанды техникалық университеті"},
        ),
        (
            "Павлодар облысының әкімдігі «Kazakhmys» корпорациясымен және Торайғыров "
            "университетімен меморандумға қол қойды.",
            {"Павлодар облысының әкімдігі", "Kazakhmys", "Торайғыров университеті"},
        ),
    ],
    ids=["пен-және", "comma-және", "instrumental"],
)
def test_one_memorandum_has_all_three_partners(sentence: str, parties: set[str]) -> None:
    document = read_text(
        f"Меморандум\n\nАстана, 2025 жылғы 3 маусым. {sentence} Құжат бес жылға жасалды.\n"
    )
    assert document.language == "kk"
    draft = extract(document)
    assert [set(m.parties) for m in draft.memoranda] == [parties]
