"""A name a headline shouts takes the spelling the story writes it in, in every language."""

from tests.importing.drafting import draft_of


def _names(text: str) -> list[str]:
    return [o.name for o in draft_of(text).organizations]


def test_an_english_headline_in_capitals_yields_the_body_s_spelling() -> None:
    names = _names(
        "BAITEREK HOLDING AND THE ASIAN INFRASTRUCTURE INVESTMENT BANK SIGN A LOAN DEAL\n"
        "ASTANA, 3 March 2025. Baiterek Holding and the Asian Infrastructure Investment Bank "
        "signed a loan agreement for rural roads on Monday."
    )
    assert "Baiterek Holding" in names
    assert not any(name.isupper() and " " in name for name in names)


def test_a_russian_name_shouted_once_takes_the_spelling_the_text_repeats() -> None:
    names = _names(
        "Университет подписал меморандум\n"
        "Алматы, 3 марта 2025 года. Казахский агротехнический университет и ТОО «АГРОТЕХ "
        "ИНЖИНИРИНГ» подписали меморандум о сотрудничестве. ТОО «Агротех Инжиниринг» "
        "поставит оборудование."
    )
    assert any(name.casefold().startswith("казахский агротехнический") for name in names)
    assert not any("АГРОТЕХ" in name for name in names)
