"""Documents whose sides a text leaves unnamed (issue 19, English; corpus guide: one entry per
document, parties not named are left out; /tmp pool DECISIONS D2, D9): heads of state sign for
no body, each document told by its own title is an entry of its own, a bundle stays one, and a
list opened by a bare "Among them:" gives one entry per item. Sentences written for the test."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import english_draft


def _parties(draft: Draft) -> list[list[str]]:
    return [sorted(m.parties) for m in draft.memoranda]


def test_two_titled_documents_signed_by_presidents_are_two_entries_with_no_party() -> None:
    draft = english_draft(
        "Treaties\n\n"
        "ASTANA, 9 June 2026. President of Kazakhstan Kassym-Jomart Tokayev and President of "
        "Chile Gabriel Boric signed the Treaty on Friendship and an agreement on the "
        "protection of investments."
    )
    assert _parties(draft) == [[], []]
    assert [m.title for m in draft.memoranda] == [
        "Treaty on Friendship",
        "Agreement on the protection of investments",
    ]


def test_a_prime_minister_still_signs_for_his_government() -> None:
    draft = english_draft(
        "Trade\n\n"
        "ASTANA, 9 June 2026. Prime Minister of Kazakhstan Olzhas Bektenov and Prime Minister "
        "of Chile Carolina Toha signed a memorandum on trade."
    )
    assert _parties(draft) == [["Government of Chile", "Government of Kazakhstan"]]


def test_one_document_told_twice_by_its_title_is_one_entry() -> None:
    draft = english_draft(
        "Rivers\n\n"
        "ASTANA, 9 June 2026. Kazakhstan and Chile signed the Agreement on River Transport on "
        "Monday. Kazakhstan and Chile signed the Agreement on River Transport after long talks."
    )
    assert _parties(draft) == [[]]


def test_a_titled_document_beside_one_with_sides_is_one_more_entry() -> None:
    draft = english_draft(
        "Banks\n\n"
        "ASTANA, 9 June 2026. The Steppe Bank and the Nordic Bank signed a memorandum on "
        "payments. A declaration of intent on tourism was also signed."
    )
    assert _parties(draft) == [["Nordic Bank", "Steppe Bank"], []]


def test_a_titled_document_the_next_sentence_gives_sides_is_not_one_more() -> None:
    draft = english_draft(
        "Council\n\n"
        "ASTANA, 9 June 2026. Chile and Kazakhstan have signed a memorandum on a council of "
        "historians. The document was signed by the Steppe History Institute and the Andes "
        "History Centre."
    )
    assert len(draft.memoranda) == 1


def test_a_list_opened_by_a_bare_among_them_gives_one_entry_per_item() -> None:
    draft = english_draft(
        "Documents\n\n"
        "ASTANA, 9 June 2026. In all, twelve documents were signed during the visit.\n\n"
        "Among them:\n\n"
        "Agreement on fisheries;\n\n"
        "Agreement on tourism;\n\n"
        "Protocol on visa-free travel."
    )
    assert _parties(draft) == [[], [], []]


def test_a_prime_minister_whose_visit_framed_the_signing_is_no_side() -> None:
    draft = english_draft(
        "Fisheries\n\n"
        "ASTANA, 9 June 2026. Kazakhstan and Chile signed an agreement on fisheries during an "
        "official visit of Kazakh Prime Minister Olzhas Bektenov to Chile."
    )
    assert _parties(draft) == [[]]


def test_a_bundle_a_list_spells_out_is_the_list_and_a_cut_item_is_none() -> None:
    draft = english_draft(
        "Documents\n\n"
        "ASTANA, 9 June 2026. Kazakhstan and Peru signed 12 memoranda and agreements. "
        "These included:\n\n"
        "- Agreement on fisheries;\n\n"
        "- Protocol on visa-free travel;\n\n"
        "- Agreements"
    )
    assert [m.title for m in draft.memoranda] == [
        "Agreement on fisheries",
        "Protocol on visa-free travel",
    ]
