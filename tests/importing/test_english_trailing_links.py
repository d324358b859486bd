"""English: short lines without a full stop that end a page after the story's last sentence
are the site's links (other headlines, a footer listing bodies) and name no partner; a list the
story opens with a colon stays."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text

_STORY = (
    "Embassy news\nSEOUL, 3 April 2024. The Ambassador of Kazakhstan met the President of the "
    "Korea Trade Promotion Agency Kim Min-su, and the sides discussed new trade missions.\n"
)


def test_a_footer_of_body_names_after_the_story_is_dropped() -> None:
    draft = extract(
        read_text(
            _STORY + "Kazakh farmers visit Jeju\nMinistry of Trade and Integration\n"
            "National Bank of Kazakhstan\n"
        )
    )
    names = {o.name for o in draft.organizations}
    assert "Korea Trade Promotion Agency" in names
    assert "National Bank of Kazakhstan" not in names
    assert "Ministry of Trade and Integration" not in names


def test_a_list_opened_by_a_colon_stays() -> None:
    draft = extract(
        read_text(
            _STORY + "The following partners joined the mission:\nKorea Chamber of Commerce\n"
            "Pusan National University\n"
        )
    )
    names = {o.name for o in draft.organizations}
    assert "Pusan National University" in names
