"""Kazakh milestone titles read as headlines: a capital first, and no word that only joins or
adds («мен», «бойынша», «сондай-ақ») opening them."""

from tests.importing.drafting import draft_of


def test_a_title_opens_with_a_capital_and_without_a_joining_word() -> None:
    draft = draft_of(
        "Сапар\n"
        "2025 жылғы 4 сәуірде Ресейде Павлодар қаласының өкілдері мен ғалымдар тобы жұмыс "
        "сапарымен жүр.",
        detected="kk",
    )
    assert [m.title for m in draft.milestones] == ["Ғалымдар тобы жұмыс сапары"]
