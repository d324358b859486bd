"""English people and organizations as wire stories write them: a lower-case title after a name
with its country before it ("A B, Japan's minister of foreign affairs") implies the country's
ministry, embassy or government; a label in capitals and a colon before the subject does not
hide the signing sides; "state-run X" is a company; "Kazakstan" is the country; "Firms" opening
a sentence is no body."""

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text
from tests.importing.drafting import draft_of


def _draft(body: str) -> Draft:
    return draft_of(f"Wire report\nSEOUL, 3 March 2025. {body}\n")


def _employers(draft) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {p.name: p.organization for p in draft.people}


def test_a_countrys_minister_written_in_lower_case_speaks_for_its_ministry() -> None:
    draft = _draft(
        "The deal was welcomed by Cho Tae-yul, South Korea's minister of foreign affairs, and by "
        "Lee Chang-yang, South Korea's trade, industry and energy minister."
    )
    employers = _employers(draft)
    assert employers["Cho Tae-yul"] == "Ministry of Foreign Affairs of South Korea"
    assert employers["Lee Chang-yang"] is not None
    assert employers["Lee Chang-yang"].startswith("Ministry of Trade")


def test_an_ambassador_in_a_country_speaks_for_the_embassy() -> None:
    draft = _draft("Nurgali Arystanov, Kazakhstan's ambassador in Korea, opened the forum.")
    assert _employers(draft)["Nurgali Arystanov"] == "Embassy of Kazakhstan in Korea"


def test_the_kazakh_prime_minister_speaks_for_the_government() -> None:
    draft = _draft("The visitors met Olzhas Bektenov, the Kazakh prime minister, in Astana.")
    employer = _employers(draft)["Olzhas Bektenov"]
    assert employer is not None and employer.startswith("Government of")


def test_a_label_in_capitals_before_the_subject_keeps_the_sides() -> None:
    draft = extract(
        read_text(
            "Rail supply\nKAZAKHSTAN: Stadler and the Tulpar subsidiary of Samruk-Kazyna "
            "signed a memorandum of understanding on 4 May 2024 to build coaches.\n"
        )
    )
    names = {o.name for o in draft.organizations}
    assert {"Stadler", "Tulpar"} <= names


def test_a_state_run_company_and_a_misspelt_country() -> None:
    draft = _draft(
        "Uranium will come from several producers, including state-run Kazatomprom, which has "
        "long supplied the plant. Firms from Kazakstan and Japan will study the fuel chain."
    )
    names = {o.name for o in draft.organizations}
    assert "Kazatomprom" in names
    assert not names & {"Kazakstan", "Firms"}


def test_a_name_may_end_in_such_a_plural() -> None:
    draft = _draft(
        "The Korean Federation of Small and Medium Businesses will open an office in Almaty."
    )
    names = {o.name for o in draft.organizations}
    assert "Korean Federation of Small and Medium Businesses" in names


def test_a_name_after_subsidiary_is_a_company() -> None:
    draft = _draft("Orano held talks with its subsidiary Semey Uranium Works in Almaty.")
    assert "Semey Uranium Works" in {o.name for o in draft.organizations}
