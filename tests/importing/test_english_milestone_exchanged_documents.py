"""Leaders who witness "the exchanges of bilateral cooperation documents" watch a signing: the
day is the documents' signing date, not a milestone of its own."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _milestones(lead: str) -> list[str]:
    draft = extract(read_text("Leaders meet in Astana\n\n" + lead + "\n"))
    return [f"{m.date} {m.title}" for m in draft.milestones if m.date]


def test_witnessed_exchanges_of_documents_is_no_milestone() -> None:
    found = _milestones(
        "date 2026-05-14 ASTANA — The President of Kazakhstan and the Prime Minister of "
        "Malaysia on Thursday witnessed the exchanges of bilateral cooperation documents and "
        "adopted a joint declaration, within the framework of the Malaysian leader's official "
        "visit to Kazakhstan."
    )
    assert not any("witnessed" in f or "President" in f for f in found)


def test_an_exchange_of_several_intergovernmental_agreements() -> None:
    found = _milestones(
        "An exchange of several intergovernmental agreements took place in Astana on 14 May 2026."
    )
    assert found == []


def test_an_exchange_of_views_stays_an_event() -> None:
    found = _milestones(
        "On 14 May 2026 the ministers held talks in Astana and had an exchange of views."
    )
    assert found and found[0].startswith("2026-05-14")
