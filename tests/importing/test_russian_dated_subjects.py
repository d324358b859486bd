"""A Russian document about an event with a date of its own («соглашение о проведении летней
школы в 2027 году»): the date is the event's, a planned milestone, not the day the document was
signed; «соглашение о сотрудничестве в 2024 году» names no event, so its year stays the signing's.
Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import draft_of

_HEAD = "Вузы подписали соглашение\n12 марта 2025 года\n"
_SIDES = "Университет «Туран» и Уральский федеральный университет подписали соглашение "


def test_the_date_of_an_event_a_document_is_about_is_no_signing_date() -> None:
    draft = draft_of(_HEAD + _SIDES + "о проведении летней школы в 2027 году.", detected="ru")
    assert len(draft.memoranda) == 1
    assert draft.memoranda[0].signed_on is None
    dated = [m for m in draft.milestones if m.date is not None]
    assert [str(m.date) for m in dated] == ["2027"]
    assert dated[0].status == "planned"


def test_a_year_after_a_document_on_no_event_is_its_signing() -> None:
    draft = draft_of(_HEAD + _SIDES + "о сотрудничестве в 2024 году.", detected="ru")
    assert len(draft.memoranda) == 1
    assert str(draft.memoranda[0].signed_on) == "2024"
