"""English signing dates: a page's bare date stamp dates the page, not its signing (the corpus
guide: a signing date only from a day the text tells of), while a wire dateline that opens the
lead ("ASTANA, 12 May 2023."), "today", and the day the body tells for a signing the headline
names all stay signing dates."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _signed(text: str) -> list[str | None]:
    draft: Draft = extract(read_text(text))
    return [str(m.signed_on) if m.signed_on else None for m in draft.memoranda]


def test_a_bare_stamp_gives_no_signing_date() -> None:
    signed = _signed(
        "Kazakh and Omani energy ministries cooperate\n"
        "12 May 2023\n"
        "The memorandum between the Kazakh ministry of energy and the Omani ministry of "
        "energy, valid until 2028, was signed by the two ministers.\n"
    )
    assert signed == [None]


def test_a_stamp_does_not_date_a_signing_told_two_sentences_below() -> None:
    signed = _signed(
        "Students of Kostanay to get Polish diplomas\n"
        "3 June 2022\n"
        "KOSTANAY – Students of the regional university will study for two diplomas. "
        "During the visit of a Polish delegation, a memorandum was signed between Kostanay "
        "University and the University of Lodz.\n"
    )
    assert signed == [None]


def test_a_wire_dateline_dates_the_signing_of_its_lead() -> None:
    signed = _signed(
        "Universities of Astana and Oslo cooperate\n"
        "ASTANA, 12 May 2023. Satbayev University and the University of Oslo have signed a "
        "memorandum of understanding.\n"
    )
    assert signed == ["2023-05-12"]


def test_today_under_a_stamp_dates_the_signing() -> None:
    signed = _signed(
        "Universities of Astana and Oslo cooperate\n"
        "12 May 2023\n"
        "Today Satbayev University and the University of Oslo signed a memorandum of "
        "understanding.\n"
    )
    assert signed == ["2023-05-12"]


def test_a_signing_the_headline_names_takes_the_day_the_body_tells() -> None:
    signed = _signed(
        "SATBAYEV UNIVERSITY AND THE UNIVERSITY OF OSLO SIGNED A MEMORANDUM\n"
        "12.05.2023\n"
        "Today in Astana the forum of rectors continued its work. Within the framework of the "
        "forum, Satbayev University and the University of Oslo signed a memorandum of "
        "understanding.\n"
    )
    assert signed == ["2023-05-12"]
