"""English organizations and people on unseen pages: a Korean surname that is also a type word
("Park") before a hyphenated given name is a person's, and the title and surname alone later
are that person again; a person written twice in two transliterations under one title is one
person; a body's own organ named bare ("the Executive Committee"), a press or PR service, and a
charter or convention are no partners; a title between a titled name and the next name is the
next one's."""

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _draft(body: str) -> Draft:
    return draft_of(f"Regional ties\nASTANA, 3 March 2025. {body}\n")


def test_a_korean_surname_that_is_a_type_word_is_a_persons() -> None:
    draft = _draft(
        "Incheon Port Authority Director for Global Affairs Park Min-seo received the Kazakh "
        "delegation. Director Park spoke about new container routes."
    )
    assert "Park Min-seo" in {p.name for p in draft.people}
    assert not any("Park" in o.name for o in draft.organizations)


def test_one_ambassador_in_two_transliterations_is_one_person() -> None:
    draft = _draft(
        "Ambassador of Kazakhstan to Japan Yerbol Temirkhanov opened the exhibition. Later the "
        "Ambassador of Kazakhstan to Japan, Erbol Temirhanov, met students."
    )
    assert [p.name for p in draft.people] == ["Yerbol Temirkhanov"]


def test_a_bodys_own_organs_named_bare_are_no_partners() -> None:
    draft = _draft(
        "The Volleyball Federation of Kazakhstan approved the reports of the Executive "
        "Committee and the Audit Commission and signed a deal with Mikasa Corporation."
    )
    names = {o.name for o in draft.organizations}
    assert "Mikasa Corporation" in names
    assert not names & {"Executive Committee", "Audit Commission"}


def test_a_pr_service_and_a_charter_are_no_partners() -> None:
    draft = _draft(
        "Kazakhtelecom and Turk Telekom signed a memorandum on undersea cables. The work follows "
        "the International Charter on Cable Safety, the Kazakhtelecom PR Service noted."
    )
    names = {o.name for o in draft.organizations}
    assert {"Kazakhtelecom", "Turk Telekom"} <= names
    assert not any("Charter" in n or "PR Service" in n for n in names)


def test_a_title_between_a_titled_name_and_the_next_name_is_the_next_ones() -> None:
    draft = _draft(
        "IOC representative Anna Berger and WADA representative Lukas Novak, the Chairman of "
        "the Tourism Committee, Daniyar Omarov, attended the session."
    )
    titles = {p.name: (p.title, p.organization) for p in draft.people}
    assert titles["Lukas Novak"][1] == "WADA"
    assert titles["Daniyar Omarov"][1] == "Tourism Committee"


def test_a_foreign_city_that_employs_a_titled_person_is_an_organization() -> None:
    draft = _draft(
        "Daegu City Director for Global Cooperation Kim Ha-neul met the Kazakh delegation. "
        '"Currently, Daegu City is building a new logistics hub," she said.'
    )
    names = {o.name for o in draft.organizations}
    assert "Daegu City" in names
    assert "Currently" not in names
