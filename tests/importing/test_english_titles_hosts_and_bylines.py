"""English organizations and people from titles and page furniture: a region's mayor stands for
its akimat; a wire's credit before a dash owns no title; a second office ends a ministry's
field; the body a diplomat is posted to is no partner; a railway company is named by its type
word; a headline's document and a byline name no one."""

from tests.importing.drafting import draft_of


def test_a_regions_mayor_works_for_its_akimat() -> None:
    draft = draft_of(
        "ASTANA, 4 June 2024. The deal was signed by mayor of Pavlodar region Asain Baikhanov"
        " and the plant's owners.\n"
    )
    people = {p.name: p.organization for p in draft.people}
    assert people["Asain Baikhanov"] == "Akimat of Pavlodar region"


def test_a_wire_credit_before_a_dash_owns_no_title() -> None:
    draft = draft_of(
        "SOMEWIRE.COM - Prime Minister of Kazakhstan Olzhas Bektenov opened the new terminal"
        " on Tuesday.\n"
    )
    people = {p.name: p.organization for p in draft.people}
    assert people["Olzhas Bektenov"] == "Government of Kazakhstan"
    assert "SOMEWIRE.COM" not in {o.name for o in draft.organizations}


def test_a_second_office_ends_the_ministrys_field() -> None:
    draft = draft_of(
        "ASTANA, 4 June 2024. The guests were met by Ms Aida Sarsenova, Deputy Minister of"
        " Energy and Head of Renewable Development.\n"
    )
    names = {o.name for o in draft.organizations}
    assert "Ministry of Energy" in names
    assert not any("Renewable" in name for name in names)


def test_the_body_a_diplomat_is_posted_to_is_no_partner() -> None:
    draft = draft_of(
        "ASTANA, 4 June 2024. Mr Daniyar Sarsen, Permanent Representative to the Nordic"
        " Council of Ministers, visited the Baltic Institute of Law.\n"
    )
    names = {o.name for o in draft.organizations}
    assert "Baltic Institute of Law" in names
    assert not any("Nordic" in name for name in names)


def test_railways_name_a_company() -> None:
    draft = draft_of(
        "ASTANA, 4 June 2024. Mongolian Railways is preparing a new container route through"
        " the country.\n"
    )
    assert "Mongolian Railways" in {o.name for o in draft.organizations}


def test_a_headlines_document_is_no_persons_name() -> None:
    draft = draft_of(
        "Two Presidents Approve Charter on Water Use\n"
        "ASTANA, 4 June 2024. The leaders met in Astana and discussed rivers.\n"
    )
    assert not any("Charter" in p.name for p in draft.people)


def test_a_byline_names_no_one_in_the_story() -> None:
    draft = draft_of(
        "A new cargo route opens\nPosted on by\n\nBy Aliya Nurzhanova\n\n"
        "ASTANA, 4 June 2024. Steppe Cargo Airlines will fly to Urumqi from May.\n"
    )
    assert "Aliya Nurzhanova" not in {p.name for p in draft.people}
