"""A Russian interstate council named by its kind («Межгосударственный совет ...») is a meeting
of the heads of state, whose session is an event, like an intergovernmental commission; it is no
organization, even with a document's quoted title run on after its name. Sentences written for
these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_an_interstate_council_is_no_organization() -> None:
    draft = draft_of(
        "Президенты провели заседание\n"
        "В Ташкенте состоялось заседание Межгосударственного совета высокого уровня, на котором "
        "было принято решение «О программе экономического партнерства на 2026–2030 годы». "
        "Университет «Туран» и Ташкентский государственный технический университет открыли "
        "совместную лабораторию.",
        detected="ru",
    )
    names = [o.name.casefold() for o in draft.organizations]
    assert not any("совет" in n for n in names)
    assert any("туран" in n for n in names)
