"""English names as unseen pages write them: a Kazakh initial of two letters ("Zh.", "Sh."),
initials after the surname ("Sadykova A.B."), a title with its field in lower case after "for",
a title-case headline's verb (no name word), and a name the excerpt cuts mid-word at its end."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text
from tests.importing.drafting import english_draft


def _people(text: str) -> dict[str, str | None]:
    return {p.name: p.title for p in extract(read_text(text)).people}


def test_a_two_letter_initial_glued_to_the_surname_is_a_name() -> None:
    people = _people(
        "Visit to Semey\nSEMEY, 3 April 2024. The guests were met by the rector "
        "Sh.Tokpanov and the deans of the faculties.\n"
    )
    assert people.get("Sh.Tokpanov") == "Rector"


def test_initials_after_the_surname_and_a_lower_case_field() -> None:
    people = _people(
        "Forum in Busan\nALMATY, 3 April 2024. The group, led by Vice-Rector for academic "
        "affairs Sadykova A.B., took part in the forum.\n"
    )
    assert people.get("Sadykova A.B") == "Vice-Rector for academic affairs"


def test_a_title_case_headline_verb_is_no_name() -> None:
    people = _people(
        "Kazakh Consul Explores Prospects Of Trade With Gdansk Port\n"
        "GDANSK, 3 April 2024. Consul of Kazakhstan Daniyar Omarov met the port's board.\n"
    )
    assert "Explores Prospects" not in people
    assert "Daniyar Omarov" in people


def test_a_name_cut_at_the_end_of_the_excerpt_is_dropped() -> None:
    people = _people(
        "Rector meets envoy\nLAHORE, 3 April 2024. Vice Chancellor Dr Imran Qureshi met "
        "the envoy.\n\nLater the Vice Chancellor Dr Imran Qur"
    )
    assert "Imran Qur" not in people
    assert "Imran Qureshi" in people


def test_an_organization_cut_at_the_end_of_the_excerpt_is_no_organization() -> None:
    draft = english_draft(
        "Police chiefs meet\nASTANA, 3 April 2024. The Ministry of Internal Affairs of "
        "Kazakhstan and the Ministry of Internal Affairs of Azerbaijan signed a memorandum.\n\n"
        "The ministers signed a memorandum between the Ministry of Internal Affairs of the "
        "Republic of Azerbaijan and the Ministry of Internal Affairs of the Republic of A"
    )
    names = [o.name for o in draft.organizations]
    assert not any(name.endswith(" of A") or name.endswith("Republic of A") for name in names)
    assert any(name.endswith("of Azerbaijan") for name in names)


def test_a_sentence_adverb_before_a_country_is_no_part_of_a_name() -> None:
    draft = english_draft(
        "Broadcasters agree\nASTANA, 3 April 2024. Recently Mongolia’s Acme Radio Company and "
        "the Steppe Radio Company signed a memorandum on joint programmes."
    )
    assert [sorted(m.parties) for m in draft.memoranda] == [
        ["Acme Radio Company", "Steppe Radio Company"]
    ]


def test_his_excellency_abbreviated_is_an_honorific_not_an_organization() -> None:
    draft = english_draft(
        "Envoy received\nASTANA, 3 April 2024. H.E. Ambassador Jane Roe met the rector of "
        "Acme University during H.E. President John Doe’s state visit."
    )
    assert [o.name for o in draft.organizations] == ["Acme University"]
    assert {p.name for p in draft.people} >= {"Jane Roe", "John Doe"}
