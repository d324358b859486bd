"""English agreement nouns that name no document (issue 19, fifth pass, failure kinds seen on
pages the rules were never tuned on): without a signing in the sentence, a partnership one side
means to build or strengthen is an aim, and a verb between an agreement noun and "between"
("the deal deepens ties between A and B") tells no document's partners. Every sentence here is
written for these tests."""

from __future__ import annotations

import pytest

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _parties(text: str) -> list[set[str]]:
    draft = extract(read_text("Partnership news\n\n" + text))
    return [set(m.parties) for m in draft.memoranda]


@pytest.mark.parametrize(
    "text",
    [
        "The Minister of Energy of Mongolia stressed his country's commitment to building a "
        "lasting partnership with Kazakhstan.",
        "Both sides voiced their wish to keep strengthening the strategic partnership between "
        "Kazakhstan and Mongolia.",
        "Officials spoke of deepening the partnership between Kazakhstan and Latvia in freight.",
    ],
)
def test_an_aimed_partnership_is_no_memorandum(text: str) -> None:
    assert _parties(text) == []


def test_a_verb_before_between_names_no_partners() -> None:
    text = (
        "Tarbagatai Oil and Nordfjord Energy signed a cooperation agreement in Oslo on "
        "3 March 2025. The agreement reflects closer ties between Kazakhstan and Norway."
    )
    assert _parties(text) == [{"Tarbagatai Oil", "Nordfjord Energy"}]


def test_a_described_document_keeps_its_partners() -> None:
    # the words between the noun and "between" describe the document: its partners stand
    text = "The senate approved an agreement on river transport between Kazakhstan and Georgia."
    assert _parties(text) == [set()]  # countries, no organization named


def test_a_signed_partnership_with_a_partner_stands() -> None:
    text = (
        "Tarbagatai University signed a partnership agreement with Lindholm College on 12 May 2025."
    )
    assert _parties(text) == [{"Tarbagatai University", "Lindholm College"}]


@pytest.mark.parametrize(
    "text",
    [
        # a standing relation noted or praised, no signing in the sentence
        "The ministers noted with pleasure the close partnership between Kazakhstan and the "
        "Nordic Council of Ministers.",
        "Mr Berikov praised the long partnership with the Caspian Development Bank.",
        # a signing verb in the sentence that does not govern the partnership
        "The talks concluded with an understanding to meet again, a step towards deeper "
        "scientific partnerships between Kazakhstan and Finland.",
        "The embassy extended an invitation to Lindholm College, encouraging new partnerships "
        "with universities in Kazakhstan.",
    ],
)
def test_a_standing_partnership_is_no_memorandum(text: str) -> None:
    assert _parties(text) == []


def test_a_partnership_a_signing_verb_governs_stands() -> None:
    text = "Tarbagatai University signed a strategic partnership with Lindholm College in May."
    assert _parties(text) == [{"Tarbagatai University", "Lindholm College"}]
