"""A region's head signs for its local government (issue 19, English): "Governor of X region"
and "the X oblast akim" stand for a Kazakh region's akimat or a foreign region's
administration; "the oblast akim" and "the regional akimat" for the akimat of the one Kazakh
region the text names. Document nouns of real pages: "memorandums", "declaration of intent",
"arrangement". Sentences written for the test."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import english_draft


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


def _parties(draft: Draft) -> list[set[str]]:
    return [set(m.parties) for m in draft.memoranda]


def test_two_governors_sign_for_their_regions() -> None:
    draft = english_draft(
        "Border regions agree\n\n"
        "URALSK, 4 June 2026. Governor of West Kazakhstan region Daulet Serikbayev and Governor "
        "of Saratov region Pavel Ivanov signed an agreement on trade in grain."
    )
    assert _parties(draft) == [
        {"Akimat of West Kazakhstan region", "Administration of Saratov region"}
    ]


def test_a_region_named_before_its_akim_gives_the_akimat() -> None:
    draft = english_draft(
        "A cement plant for Zhambyl\n\n"
        "TARAZ, 4 June 2026. The Zhambyl oblast akim Bolat Tulegenov and Bergstein AG chairman "
        "Hans Becker signed a memorandum on a cement plant."
    )
    assert {"Akimat of Zhambyl oblast", "Bergstein AG"} in _parties(draft)


def test_the_oblast_akim_is_the_akimat_of_the_region_the_text_names() -> None:
    draft = english_draft(
        "Investors come to Akmola region\n\n"
        "KOKSHETAU, 4 June 2026. Two firms will build plants in Akmola region. The memorandums "
        "were signed by the oblast akim Marat Dauletov, the director of Steppe Brick LLP Ivan "
        "Orlov and the director of Grain Line LLP Aset Nurov."
    )
    assert _parties(draft) == [
        {"Akimat of Akmola region", "Steppe Brick LLP"},
        {"Akimat of Akmola region", "Grain Line LLP"},
    ]
    assert next(p for p in draft.people if p.name == "Marat Dauletov").organization == (
        "Akimat of Akmola region"
    )


def test_the_regional_akimat_of_a_text_naming_two_regions_is_no_one() -> None:
    draft = english_draft(
        "Akmola and Pavlodar regions\n\n"
        "ASTANA, 4 June 2026. Farmers of Akmola region and Pavlodar region met. A memorandum "
        "was signed between the regional akimat and Green Field LLP."
    )
    assert not any("Akimat" in name for name in _names(draft))


def test_a_declaration_of_intent_and_an_arrangement_are_documents() -> None:
    draft = english_draft(
        "Budget offices cooperate\n\n"
        "BUDAPEST, 4 June 2026. A declaration of intent was signed between the Hungarian State "
        "Treasury and the Ministry of Finance of Kazakhstan. The Ministry of Ecology of "
        "Kazakhstan signed an arrangement with the Environment Agency of Austria."
    )
    assert {"Hungarian State Treasury", "Ministry of Finance of Kazakhstan"} in _parties(draft)
    assert {"Ministry of Ecology of Kazakhstan", "Environment Agency of Austria"} in _parties(draft)
