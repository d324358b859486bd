"""Extraction of long texts (it must finish: work grows with the text, not its square) and the
publication date that relative dates resolve against."""

from __future__ import annotations

import itertools

from kztracker.dates import PartialDate
from kztracker.importing.draft import Document
from kztracker.importing.extract import extract

_PLACES = ("Aral", "Borovoe", "Caspia", "Dostyk", "Emba", "Furmanov", "Granit", "Irtysh")
_PEOPLE = ("Dana", "Erlan", "Gulnar", "Timur", "Asel", "Marat", "Saule", "Nurlan")


def _long_text(size: int) -> str:
    """Paragraphs with ever new names, so the names found keep growing with the text."""
    paragraphs = ["Cooperation news"]
    length = 0
    for n in itertools.count():
        place = f"{_PLACES[n % 8]}{n // 8}"
        person = f"{_PEOPLE[n % 8]} {_PLACES[(n + 3) % 8]}ov{n // 8}"
        paragraph = (
            f"The University of {place} signed a memorandum with {place} Robotics LLP on "
            f"{n % 27 + 1} March 2025. Rector {person} of the {place} Institute said a joint "
            f"laboratory will open in June 2026."
        )
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
        if length >= size:
            break
    return "\n\n".join(paragraphs)


def test_a_one_megabyte_text_completes() -> None:
    text = _long_text(1_000_000)
    assert len(text) >= 1_000_000
    draft = extract(Document(text, "report.txt", "txt", language="en"))
    names = {o.name for o in draft.organizations}
    assert "University of Aral0" in names
    assert len(draft.organizations) > 1000
    assert len(draft.memoranda) > 1000


_RELATIVE = (
    "Joint laboratory\n\n"
    "The University of Tartu and Nazarbayev University signed a memorandum of understanding "
    "yesterday. The partners will open a joint laboratory in Astana next year."
)


def test_a_publication_date_already_set_is_kept_and_relative_dates_follow_it() -> None:
    document = Document(_RELATIVE, "pasted text", "pasted", language="en")
    document.published_on = PartialDate.parse("2024-05-10")
    draft = extract(document)
    assert document.published_on == PartialDate.parse("2024-05-10")
    assert [str(m.signed_on) for m in draft.memoranda] == ["2024-05-09"]
    assert any(str(m.date) == "2025" for m in draft.milestones)

    # The user corrects the date in the review: extracting again follows the new date.
    document.published_on = PartialDate.parse("2026-02-01")
    again = extract(document)
    assert [str(m.signed_on) for m in again.memoranda] == ["2026-01-31"]
    assert any(str(m.date) == "2027" for m in again.milestones)


def test_datelines_in_the_forms_real_pages_use() -> None:
    from kztracker.importing.extract.english.datelines import dateline

    cases = {
        "Headline\n\n29 april, 2024\n\nBody text.": "2024-04-29",
        "Headline\n31.10.2025\nBody text.": "2025-10-31",
        "Headline\ndate 2017-11-08 ASTANA. KAZINFORM The minister said.": "2017-11-08",
        "Headline\n\n23.09.2014 13:05 The memorandum was signed.": "2014-09-23",
        "Headline\nUSD 470.12 EUR 510.30 12.03.2025, 10:15\nBody.": "2025-03-12",
        "Headline\n\nBody text.\n\n14.03.2023, 14:30": "2023-03-14",
        "Headline\n\nOn May 18, 2023, the forum opened.": None,
    }
    for text, expected in cases.items():
        found = dateline(text)
        assert (str(found[0]) if found else None) == expected, text


def test_a_wire_dateline_is_not_part_of_the_first_sentence() -> None:
    draft = extract(
        Document(
            "Headline\n\ndate 2024-04-17 ASTANA. KAZINFORM Today the Orion Institute and the "
            "Steppe Medical University signed a memorandum.",
            "pasted text",
            "pasted",
            language="en",
        )
    )
    assert str(draft.document.published_on) == "2024-04-17"
    assert [str(m.signed_on) for m in draft.memoranda] == ["2024-04-17"]
    assert not any("KAZINFORM" in o.name for o in draft.organizations)


def test_a_visit_framing_a_signing_is_an_event_of_its_own() -> None:
    draft = extract(
        Document(
            "News\n\nOn 3 March 2025, during the state visit of the President of Mongolia to "
            "Kazakhstan, the Orion Institute and the Steppe University signed a memorandum.",
            "pasted text",
            "pasted",
            language="en",
        )
    )
    visits = [m for m in draft.milestones if "visit" in m.title.casefold()]
    assert [(m.title, str(m.date)) for m in visits] == [
        ("State visit of the President of Mongolia to Kazakhstan", "2025-03-03")
    ]
    assert [str(m.signed_on) for m in draft.memoranda] == ["2025-03-03"]


def test_an_agreed_event_is_titled_by_what_was_agreed() -> None:
    draft = extract(
        Document(
            "News\n\nThe culture ministries of the two countries agreed to hold a joint "
            "exhibition of Saka gold in Astana in 2026.",
            "pasted text",
            "pasted",
            language="en",
        )
    )
    assert [m.title for m in draft.milestones] == ["Hold a joint exhibition of Saka gold in Astana"]


def test_a_named_forum_framing_a_signing_is_an_event_of_its_own() -> None:
    draft = extract(
        Document(
            "News\n\nOn 14 May 2024, on the sidelines of the Caspian Energy Forum, the Orion "
            "Institute and the Steppe University signed a memorandum.",
            "pasted text",
            "pasted",
            language="en",
        )
    )
    assert [(m.title, str(m.date)) for m in draft.milestones] == [
        ("Caspian Energy Forum", "2024-05-14")
    ]
