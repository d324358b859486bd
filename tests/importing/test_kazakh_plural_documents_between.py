"""Kazakh: documents in the plural signed «between» listed sides are those sides' documents."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_plural_memoranda_between_listed_sides_keep_the_sides() -> None:
    draft = kazakh_draft(
        "Колледждер меморандумдарға қол қойды\n"
        "12 наурызда Павлодарда Павлодар облысының білім басқармасы, «Нұр Құрылыс» ЖШС және "
        "Павлодар политехникалық колледжі арасында меморандумдарға қол қойылды."
    )
    assert draft.memoranda
    assert set(draft.memoranda[0].parties) == {
        "Павлодар облысының білім басқармасы",
        "Нұр Құрылыс",
        "Павлодар политехникалық колледжі",
    }


def test_plural_documents_with_no_sides_listed_stay_unnamed() -> None:
    draft = kazakh_draft(
        "Сапар қорытындысы\n"
        "Сапар барысында бірқатар келісімдерге қол қойылды, деп хабарлайды баспасөз қызметі."
    )
    assert all(not m.parties for m in draft.memoranda)
