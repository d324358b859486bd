"""Documents in the plural whose sides a sentence lists in groups, «A, B және C, сондай-ақ D, E
және F арасында меморандумдарға қол қойылды»: one document per group, a bare type word in a
later group standing for the body of that type named before. Sentences written for these
tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def _bare(name: str) -> str:
    """A party's name without its quotes and legal form, as the corpus compares names."""
    name = name.replace("«", "").replace("»", "")
    return name.removesuffix(" ЖШС").removesuffix(" АҚ")


def test_two_groups_sign_two_documents() -> None:
    draft = kazakh_draft(
        "Дуалды оқыту\n"
        "Павлодар облысының денсаулық сақтау басқармасы, «Медсервис Плюс» ЖШС және Павлодар "
        "медициналық колледжі, сондай-ақ басқарма, «Ертіс Фарм» АҚ және Екібастұз медициналық "
        "колледжі арасында меморандумдарға қол қойылды."
    )
    assert [{_bare(p) for p in m.parties} for m in draft.memoranda] == [
        {
            "Павлодар облысының денсаулық сақтау басқармасы",
            "Медсервис Плюс",
            "Павлодар медициналық колледжі",
        },
        {
            "Павлодар облысының денсаулық сақтау басқармасы",
            "Ертіс Фарм",
            "Екібастұз медициналық колледжі",
        },
    ]


def test_one_group_is_one_document() -> None:
    draft = kazakh_draft(
        "Дуалды оқыту\n"
        "Павлодар облысының денсаулық сақтау басқармасы, «Медсервис Плюс» ЖШС және Павлодар "
        "медициналық колледжі арасында меморандумдарға қол қойылды."
    )
    assert len(draft.memoranda) == 1
