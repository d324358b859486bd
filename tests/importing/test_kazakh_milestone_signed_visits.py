"""A Kazakh visit a document was signed during («... сапары барысында ... қол қойылды», «...
сапарын атап өтіп, оның барысында ... қол қойылған») is a milestone of the signing's day; a
signing with no visit around it gives none."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_visit_a_memorandum_was_signed_during_is_dated_by_the_signing() -> None:
    draft = extract(
        read_text(
            "Ауыл шаруашылығы\n"
            "Премьер-министрдің Вьетнамға сапары барысында 2023 жылдың мамыр айында балық "
            "шаруашылығы туралы меморандумға қол қойылды."
        )
    )
    visits = [m for m in draft.milestones if m.title.endswith("сапары")]
    assert [m.date for m in visits] == [PartialDate(2023, 5)]
    assert [m.signed_on for m in draft.memoranda] == [PartialDate(2023, 5)]


def test_a_visit_pointed_back_to_by_its_pronoun_is_dated_by_the_signing() -> None:
    draft = extract(
        read_text(
            "Университет\n"
            "date 2024-06-20\n"
            "Ректор ағымдағы жылдың ақпан айында университет делегациясының Сеулге сапарын "
            "еске салып, оның барысында екі университет арасында келісімге қол қойылған еді."
        )
    )
    assert PartialDate(2024, 2) in [m.date for m in draft.milestones if "сапар" in m.title]


def test_a_signing_with_no_visit_around_it_gives_no_milestone() -> None:
    draft = extract(
        read_text(
            "Университет\n"
            "2023 жылдың мамыр айында екі университет арасында меморандумға қол қойылды."
        )
    )
    assert draft.milestones == []
