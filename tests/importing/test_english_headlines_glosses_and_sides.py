"""English organizations and people on unseen pages: a headline in capitals ends a name at its
verbs and prepositions; "the Governor's office of X region" is X's akimat; "Elbasy" is a title;
a short form glossing lower-case words ("a point of presence (PoP)") names no body; a name that
ends in a country after "by" is a company's; an acronym of the words before a name's "of" is
its short form; "X, represented by its Chairman A B" gives A B to X; names before "programs"
are programmes; a city in brackets after a company is where it is; "X Management Board
Chairman" works for X."""

from tests.importing.drafting import draft_of


def _body(body: str):  # type: ignore[no-untyped-def]
    return draft_of(f"Regional ties\nASTANA, 3 March 2025. {body}\n")


def test_a_headline_in_capitals_is_no_organization() -> None:
    draft = draft_of(
        "KAZAKHTELECOM TO BUILD FIBRE LINES WITH THE AKIMAT OF PAVLODAR REGION\n\n"
        "3 March 2025\n\nKazakhtelecom will lay 400 km of fibre with the Akimat of Pavlodar "
        "region, the company said.\n"
    )
    assert not any(" TO " in o.name or "BUILD" in o.name for o in draft.organizations)


def test_a_governors_office_is_the_regions_akimat() -> None:
    draft = _body(
        "KEGOC signed a memorandum with the Governor's office of the Kostanay region. The "
        "Governor of the region, Kumar Aksakalov, thanked the company."
    )
    names = [o.name for o in draft.organizations]
    assert "Governor's office of the Kostanay region" in names
    assert not any(n.startswith("Akimat") for n in names)


def test_elbasy_is_a_title() -> None:
    draft = _body("The park opened at the initiative of Elbasy N. A. Nazarbayev, the mayor said.")
    assert "N. A. Nazarbayev" in {p.name for p in draft.people}


def test_a_short_form_of_lower_case_words_is_no_body() -> None:
    draft = _body(
        "Kcell and Beeline agreed to share a point of presence (PoP) in Frankfurt. The PoP "
        "will carry transit traffic."
    )
    assert "PoP" not in {o.name for o in draft.organizations}


def test_a_name_ending_in_a_country_after_by_is_a_company() -> None:
    draft = _body("A tractor plant will be built in Kostanay by Sary Arka Auto Kazakhstan.")
    assert "Sary Arka Auto" not in {p.name for p in draft.people}
    assert "Sary Arka Auto Kazakhstan" in {o.name for o in draft.organizations}


def test_an_acronym_of_the_words_before_of_is_the_short_form() -> None:
    draft = _body(
        "The National Paralympic Committee of the Republic (NPC RK) of Uzbekistan met Kazakh "
        "coaches. The cooperation of Ziraat Bank and the NPC of RK is growing."
    )
    assert "NPC" not in {o.name for o in draft.organizations}


def test_a_person_representing_a_side_works_for_it() -> None:
    draft = _body(
        "The memorandum was signed with the Volleyball Federation of Kazakhstan represented by "
        "Executive Director, Mr. Daulet Abenov."
    )
    person = next(p for p in draft.people if p.name == "Daulet Abenov")
    assert person.organization == "Volleyball Federation of Kazakhstan"


def test_names_before_programs_are_programmes() -> None:
    draft = _body(
        "The renovation of pitches ran under the GoalLine and KickStart programs funded by FIFA."
    )
    assert not {"GoalLine", "KickStart"} & {o.name for o in draft.organizations}


def test_a_city_in_brackets_is_no_short_form() -> None:
    draft = _body("Kaspi Bank (Almaty) signed a memorandum with Ziraat Bank (Ankara).")
    bank = next(o for o in draft.organizations if o.name == "Kaspi Bank")
    assert "Almaty" not in bank.aliases


def test_a_company_board_title_works_for_the_company() -> None:
    draft = _body(
        "Kcell Management Board Chairman Askar Temirov met Nokia engineers. Kcell and Nokia "
        "signed a memorandum."
    )
    person = next(p for p in draft.people if p.name == "Askar Temirov")
    assert person.organization == "Kcell"


def test_the_head_of_a_delegation_works_for_its_body() -> None:
    draft = _body(
        "KazNU received a delegation of the University of Latvia led by Vice-Rector for "
        "Research Ilze Berzina."
    )
    person = next(p for p in draft.people if p.name == "Ilze Berzina")
    assert person.organization == "University of Latvia"
