"""English memoranda whose sides or day are told across sentences (issue 19, fifth pass, kinds
seen on pages the rules were never tuned on): the bodies whose heads "signed the document"
replace the countries a sentence before named as sides; a country that signs "with X" has no
speaking side beside its government; a sentence opening on "Earlier," takes no day from the
dateline or the sentences before; the sides signers acted for ("on behalf of A and B") are the
parties, and replace the governments of their own countries told of before; a side told only by
its type word ("the Organization's Director-General") is the text's one body of that type; a
region "in the southern X region" is a place, not a side. Every sentence here is written for
these tests."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _draft(text: str) -> Draft:
    return draft_of("Partnership news\n\n" + text)


def _parties(text: str) -> list[set[str]]:
    return [set(m.parties) for m in _draft(text).memoranda]


def test_the_bodies_that_signed_the_document_are_its_sides() -> None:
    draft = _draft(
        "Mongolia and Kazakhstan have signed a memorandum on a joint council of experts. "
        "Director of the Steppe Policy Institute Arman Seitov and Chairman of the Khangai "
        "Research Centre Bat Erdene signed the document on 4 March 2025 in Astana."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Steppe Policy Institute", "Khangai Research Centre"}
    ]
    assert draft.memoranda[0].signed_on == PartialDate(2025, 3, 4)


def test_a_country_signing_with_a_partner_needs_no_speaking_side() -> None:
    text = (
        "The Caspian Shipping Agency reported growing freight volumes. Earlier, Kazakhstan "
        "signed an agreement with Gulf Harbour Group on tanker routes."
    )
    assert _parties(text) == [{"Gulf Harbour Group"}]  # the country is a side, no party


def _signed_after(opening: str) -> list[PartialDate | None]:
    draft = _draft(
        " date 2025-03-04 ASTANA, Kazakhstan, March 4. The Caspian Shipping Agency and "
        "Kazakhstan began work on a seafarers register.\n\n" + opening + "Tarbagatai Oil "
        "signed an agreement with Gulf Harbour Group on tanker routes."
    )
    return [m.signed_on for m in draft.memoranda]


def test_an_earlier_signing_takes_no_day_from_the_dateline() -> None:
    assert _signed_after("Earlier, ") == [None]
    assert _signed_after("Previously, ") == [None]
    # without the cue the signing is told on the dateline's day
    assert _signed_after("Meanwhile, ") == [PartialDate(2025, 3, 4)]


def test_a_signing_following_the_meeting_takes_the_meetings_day() -> None:
    draft = _draft(
        "On 9 June 2025, the Minister of Energy of Mongolia Bat Erdene met the Minister of "
        "Energy of Kazakhstan Arman Seitov in Ulaanbaatar.\n\nThe sides recalled that a "
        "declaration on friendship was signed last year.\n\nFollowing the meeting, the "
        "ministers signed a cooperation programme between the Ministry of Energy of Mongolia "
        "and the Ministry of Energy of Kazakhstan for 2026-2027."
    )
    dated = [m.signed_on for m in draft.memoranda if "Mongolia" in " ".join(m.parties)]
    assert dated == [PartialDate(2025, 6, 9)]


def test_another_countrys_ministry_is_not_the_side_that_speaks() -> None:
    text = (
        "A delegation of Tarbagatai Medical University (Kazakhstan) visited Latvia. At a meeting "
        "with the Health Ministry of Latvia, diplomas were discussed.\n\nA memorandum "
        "of cooperation was signed with the Riga Heart Clinic to train nurses."
    )
    assert _parties(text) == [{"Tarbagatai Medical University", "Riga Heart Clinic"}]


def test_the_sides_signers_acted_for_are_the_parties() -> None:
    text = (
        "Minister Aivars Berzins and his Kazakh counterpart Dana Omarova signed a work plan on "
        "behalf of the Ministry of Culture of Latvia and the Ministry of Culture of Kazakhstan."
    )
    assert _parties(text) == [
        {"Ministry of Culture of Latvia", "Ministry of Culture of Kazakhstan"}
    ]


def test_bodies_acted_for_replace_the_governments_of_their_countries() -> None:
    draft = _draft(
        "Latvia and Kazakhstan on Monday signed an action plan of cooperation. After the talks, "
        "Minister Aivars Berzins and his Kazakh counterpart Dana Omarova signed the action plan "
        "on behalf of the Ministry of Culture of Latvia and the Ministry of Culture of "
        "Kazakhstan."
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Ministry of Culture of Latvia", "Ministry of Culture of Kazakhstan"}
    ]


def test_the_two_universities_a_document_was_signed_between_are_the_pair_named_before() -> None:
    text = (
        "Lindholm College of Music is joining hands with Tarbagatai State University in "
        "Kazakhstan. A memorandum of understanding (MoU) signed between the two universities "
        "opens joint research in acoustics."
    )
    assert _parties(text) == [{"Lindholm College of Music", "Tarbagatai State University"}]


def test_the_two_universities_name_no_pair_among_three() -> None:
    text = (
        "Lindholm College, Fjord University and Tarbagatai State University met in Astana. "
        "A memorandum signed between the two universities opens joint research in acoustics."
    )
    assert all(len(p) != 2 for p in _parties(text))


def test_a_party_told_only_by_its_type_word_is_the_one_body_of_that_type() -> None:
    draft = _draft(
        "The Nordic Seed Organization and Kazakhstan agreed today to work together. Meeting in "
        "Rome, the Organization’s Director-General, Lars Holm, and Vice Minister Aigerim "
        "Sadykova signed a letter of intent."
    )
    assert [m.parties for m in draft.memoranda] == [["Nordic Seed Organization"]]


def test_a_type_word_that_fits_two_bodies_is_no_party() -> None:
    parties = _parties(
        "The Nordic Seed Organization and the Baltic Grain Organization met in Riga. The "
        "Organization’s Director-General, Lars Holm, and Vice Minister Aigerim Sadykova signed "
        "a letter of intent."
    )
    assert all("Organization" not in p for p in parties)


def test_a_region_after_a_direction_word_is_a_place_not_a_side() -> None:
    draft = _draft(
        "At the Caspian energy forum, Kazakhstan and China agreed to launch the Sauran wind farm "
        "in the southern Zhambyl region and signed a memorandum on a gas chemical plant."
    )
    assert all("Zhambyl region" not in m.parties for m in draft.memoranda)
