"""Where a page shows both when it was updated and when it was published, the publication's
stamp dates the page, whichever comes first; a sentence saying a report "was published on" a
day is no stamp."""

from __future__ import annotations

from kztracker.importing.extract.english.datelines import dateline


def test_the_publication_stamp_wins_over_the_update() -> None:
    page = (
        "Kazakh-Greek shipping talks\n"
        "Updated: 6 May 2026 18:30 | Published: 4 May 2026\n"
        "The ministers met in Piraeus.\n"
    )
    found = dateline(page)
    assert found is not None and str(found[0]) == "2026-05-04"


def test_a_created_line_below_an_updated_one() -> None:
    page = (
        "Kazakh-Greek shipping talks\n"
        "  • Updated: 06-05-2026 21:07\n"
        "  • Created: 04-05-2026 20:58\n"
        "The ministers met in Piraeus.\n"
    )
    found = dateline(page)
    assert found is not None and str(found[0]) == "2026-05-04"


def test_a_sentence_about_a_publication_is_no_stamp() -> None:
    page = (
        "Kazakh-Greek shipping talks\n"
        "6 May 2026\n"
        "The study was published on 2 February 2025 by the port authority.\n"
    )
    found = dateline(page)
    assert found is not None and str(found[0]) == "2026-05-06"


def test_a_related_story_stamp_at_the_foot_does_not_win() -> None:
    page = (
        "Kazakh-Greek shipping talks\n"
        "6 May 2026\n"
        "The ministers met in Piraeus.\n"
        + "The sides discussed ferries.\n" * 12
        + "Related news\nGreek ferry line opens\nPublished: 1 April 2026\n"
    )
    found = dateline(page)
    assert found is not None and str(found[0]) == "2026-05-06"
