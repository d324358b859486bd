"""English people: a prime minister or a plain deputy one written in lower case stands for his
country's government, as the capitalized title does."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _employers(text: str) -> dict[str, str | None]:
    return {p.name: p.organization for p in extract(read_text(text)).people}


def test_a_lower_case_deputy_prime_minister_works_for_the_government() -> None:
    people = _employers(
        "ASTANA, 8 May 2025. The plan was backed by Kazakh deputy prime minister Daulet"
        " Serikbayev, who met the investors in Almaty.\n"
    )
    assert people["Daulet Serikbayev"] in (
        "Government of Kazakhstan",
        "Government of the Republic of Kazakhstan",
    )


def test_a_lower_case_foreign_prime_minister_works_for_his_own_government() -> None:
    people = _employers(
        "ASTANA, 8 May 2025. Later the delegation met Hungarian prime minister Gabor Kovacs in"
        " Budapest.\n"
    )
    assert people["Gabor Kovacs"] == "Government of Hungary"
