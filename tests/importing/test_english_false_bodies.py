"""English organizations on unseen pages that are none: a phrase opened by a judging word
("the Leading Bank of the Region") describes a body; a working group or committee named only as
what meets is a session; a three-word name after a country ("of Korea Lee Sang Woo") is all the
person's, so no body is made of the country and the first word."""

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _draft(body: str) -> Draft:
    return draft_of(f"Energy talks\nSEOUL, 5 June 2024. {body}\n")


def test_a_phrase_opened_by_a_judging_word_is_no_organization() -> None:
    draft = _draft(
        "Halyk Bank signed a loan agreement with Hana Bank. The Largest Bank of South Korea, "
        "as the partner describes itself, will open an office in Almaty."
    )
    names = {o.name for o in draft.organizations}
    assert {"Halyk Bank", "Hana Bank"} <= names
    assert not any("Largest" in n for n in names)


def test_a_working_group_named_only_as_a_meeting_is_no_organization() -> None:
    draft = _draft(
        "Samruk-Energy and Korea Western Power agreed to hold the third meeting of the Joint "
        "Working Group on Renewables in Astana."
    )
    assert not any("Working Group" in o.name for o in draft.organizations)


def test_a_three_word_name_after_a_country_is_the_whole_name() -> None:
    draft = _draft(
        "The President of the Republic of Korea Lee Sang Woo received the Kazakh delegation."
    )
    assert "Lee Sang Woo" in {p.name for p in draft.people}
    assert not any("Lee" in o.name for o in draft.organizations)
