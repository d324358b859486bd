"""English organizations: a US cabinet secretary stands for his department, a country's
abbreviation before a title is the title's nation, a special envoy's title keeps its first
word, an implied body's initials are no short form in the text, and a university named in its
own language is a university."""

from tests.importing.drafting import draft_of


def test_a_us_secretary_stands_for_his_department() -> None:
    draft = draft_of(
        "ASTANA, 6 May 2025. The memorandum was signed by Minister of Energy Almasadam"
        " Satkaliyev and US Secretary of Energy Chris Wright. Later the delegation flew to"
        " Washington, DE.\n"
    )
    people = {p.name: p.organization for p in draft.people}
    assert people["Chris Wright"] == "Department of Energy"
    names = {o.name for o in draft.organizations}
    assert "US" not in names
    assert "DE" not in names
    parties = [set(m.parties) for m in draft.memoranda]
    assert {"Ministry of Energy", "Department of Energy"} in parties


def test_a_us_secretary_of_state_stands_for_the_department_of_state() -> None:
    draft = draft_of("ASTANA, 6 May 2025. US Secretary of State Jane Doyle met the minister.\n")
    assert {p.name: p.organization for p in draft.people}["Jane Doyle"] == "Department of State"


def test_a_special_envoys_title_keeps_its_first_word() -> None:
    draft = draft_of(
        "ASTANA, 6 May 2025. The talks were held with Secretary of the Council Dana Omarova"
        " and Special Envoy for Water Affairs Berik Tulegenov.\n"
    )
    titles = {p.name: p.title for p in draft.people}
    assert titles["Berik Tulegenov"] == "Special Envoy for Water Affairs"
    assert "Special" not in {o.name for o in draft.organizations}


def test_a_university_named_in_its_own_language_is_a_university() -> None:
    draft = draft_of(
        "ASTANA, 6 May 2025. Professors of Sarvodaya Vishwavidyalaya visited Almaty."
        " Students of Toros Teknik Üniversitesi came too.\n"
    )
    names = {o.name for o in draft.organizations}
    assert "Sarvodaya Vishwavidyalaya" in names
    assert "Toros Teknik Üniversitesi" in names
