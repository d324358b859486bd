"""Legal forms after a quoted name: «ТС» (a general partnership) and «АК» (an Uzbek joint-stock
company, as Kazakh pages keep it) make the name a company and stay with it. Sentences written
for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_general_partnership_is_a_company() -> None:
    draft = kazakh_draft(
        "Көрме өтті\nКөрмеде «Жайық Тоқыма» ТС пен «Арал Балық» АҚ өз өнімдерін таныстырды."
    )
    kinds = {
        o.name.strip("«» ").removesuffix(" ТС").strip("«»"): o.kind for o in draft.organizations
    }
    assert kinds.get("Жайық Тоқыма") == "company"


def test_an_uzbek_joint_stock_company_signs() -> None:
    draft = kazakh_draft(
        "Келісім жасалды\n"
        "«Самарқанд Текстиль» АК және «Ертіс Мата» ЖШС арасында ынтымақтастық туралы "
        "меморандумға қол қойылды."
    )
    (memo,) = draft.memoranda
    assert len(memo.parties) == 2
    assert any("Самарқанд Текстиль" in p for p in memo.parties)
