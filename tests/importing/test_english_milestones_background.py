"""English milestones that are no event of the story: a page's own stamp line ("Created at :
..., Updated at : ..."), and the founding of a body or a tie years before the page (background),
while the news of a founding, and a founding still to come, stay milestones."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _dated(text: str) -> list[tuple[str, str]]:
    draft: Draft = extract(read_text(text))
    return [(str(m.date), m.title) for m in draft.milestones if m.date is not None]


def test_a_stamp_line_at_the_foot_gives_no_milestone() -> None:
    dated = _dated(
        "Kazakh and Norwegian engineers meet\n"
        "On 3 May 2022 the energy minister met engineers from a Norwegian firm in Astana.\n"
        "\n"
        "Created at : 03.05.2022, 11:05, Updated at : 03.05.2022, 12:30\n"
    )
    assert not any("Created" in title or "Updated" in title for _, title in dated)
    assert any(date == "2022-05-03" and "met" in title for date, title in dated)


def test_a_founding_years_before_the_page_is_background() -> None:
    dated = _dated(
        "Almaty institute hosts Georgian historians\n"
        "On 12 October 2023 the institute hosted a seminar with historians from Tbilisi. "
        "The institute was founded on 4 February 2009 by the academy of sciences. "
        "The two countries' relations, established on 6 July 1992, keep growing.\n"
    )
    assert "2023-10-12" in {date for date, _ in dated}
    assert not any(date.startswith(("2009", "1992")) for date, _ in dated)


def test_the_news_of_a_founding_stays_a_milestone() -> None:
    dated = _dated(
        "A joint laboratory in Karaganda\n"
        "Published: 20.03.2025\n"
        "A joint laboratory of the university and a Czech institute was established on "
        "18 March 2025 in Karaganda.\n"
    )
    assert any(date == "2025-03-18" for date, _ in dated)


def test_a_founding_to_come_stays_a_milestone_whatever_its_year() -> None:
    dated = _dated(
        "A friendship society for Almaty and Kuala Lumpur\n"
        "12 April 2021\n"
        "The sides agreed that a friendship society will be established in 2022, and the "
        "ambassador met the society's future chairman on 11 April 2021.\n"
    )
    assert any(date == "2022" for date, _ in dated)
