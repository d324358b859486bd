"""English names at their edges: a company's legal form after a comma ("Co., Ltd"), what one
company does joined by "and" before its legal form, an acronym in brackets after a brand, a unit
named in a title before its holder, and an abbreviation's full stop that also ends a sentence."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from tests.importing.drafting import english_draft


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


def test_a_legal_form_after_a_comma_stays_in_the_name() -> None:
    draft = english_draft(
        "Almaty, 4 March 2026. Lakeside University signed a memorandum with Harbin Rivergate "
        "International Engineering Co., Ltd on training engineers."
    )
    assert "Harbin Rivergate International Engineering Co., Ltd" in _names(draft)
    assert draft.memoranda[0].parties == [
        "Lakeside University",
        "Harbin Rivergate International Engineering Co., Ltd",
    ]


def test_what_one_company_does_joined_by_and_is_one_name() -> None:
    draft = english_draft(
        "Astana, 9 April 2026. Steppe Rail JSC signed a memorandum with Qingdao Dry Port "
        "Construction and Operation Co., Ltd. The sides will build a terminal by 2028."
    )
    names = _names(draft)
    assert "Qingdao Dry Port Construction and Operation Co., Ltd" in names
    assert not any(name.startswith("Operation") for name in names)


def test_two_companies_joined_by_and_stay_two() -> None:
    draft = english_draft(
        "Astana, 9 April 2026. Steppe Rail JSC and Nordwind Trading LLP signed a memorandum "
        "on freight."
    )
    assert {"Steppe Rail JSC", "Nordwind Trading LLP"} <= _names(draft)


def test_an_acronym_in_brackets_after_a_brand_is_its_short_name() -> None:
    draft = english_draft(
        "Astana, 3 March 2026. NordMunaiGas (NMG) and Lakeside University signed a memorandum "
        "on joint research in drilling. Under the memorandum, NMG will train engineers."
    )
    assert _names(draft) == {"NordMunaiGas", "Lakeside University"}
    assert sorted(draft.memoranda[0].parties) == ["Lakeside University", "NordMunaiGas"]


def test_a_unit_in_a_title_ends_before_its_holder() -> None:
    draft = english_draft(
        "Almaty, 5 March 2026. Lakeside University and Northgate University signed a "
        "memorandum on student exchange.\n\nThe memorandum was signed by Dean of the School "
        "of Business Aigerim Bekova and Vice-Rector of Northgate University Tom Haller."
    )
    assert not any("Bekova" in name for name in _names(draft))
    people = {p.name: p for p in draft.people}
    assert people["Aigerim Bekova"].title == "Dean"
    assert people["Tom Haller"].organization == "Northgate University"


def test_etc_before_a_capital_ends_the_sentence() -> None:
    draft = english_draft(
        "Astana, 7 March 2026. Lakeside University and Northgate University signed a memorandum "
        "on joint degrees in chemistry, physics, etc. The universities will open a joint summer "
        "school on 15 June 2026 in Astana."
    )
    assert str(draft.memoranda[0].signed_on) == "2026-03-07"
    [milestone] = draft.milestones
    assert "memorandum" not in milestone.title.casefold()
    assert str(milestone.date) == "2026-06-15"


def test_a_legal_form_before_a_sentence_opener_ends_the_sentence() -> None:
    draft = english_draft(
        "Astana, 8 March 2026. Lakeside University signed a memorandum with Rivergate Holdings "
        "Co. Ltd. The sides will open a joint laboratory in May 2026."
    )
    assert str(draft.memoranda[0].signed_on) == "2026-03-08"
    assert [str(m.date) for m in draft.milestones] == ["2026-05"]


def test_a_lower_case_description_between_commas_makes_the_name_a_company() -> None:
    draft = english_draft(
        "Astana, 6 March 2026. Steppe Oil, Kazakhstan's state oil and gas company, signed a "
        "memorandum with Lakeside University on training drilling engineers."
    )
    assert _names(draft) == {"Steppe Oil", "Lakeside University"}
    assert sorted(draft.memoranda[0].parties) == ["Lakeside University", "Steppe Oil"]


def test_a_place_before_a_clause_about_a_company_is_no_company() -> None:
    draft = english_draft(
        "Astana, 6 March 2026. Lakeside University hosted students from Aktobe, and the "
        "company said it would fund them."
    )
    assert _names(draft) == {"Lakeside University"}


def test_a_remark_between_commas_leaves_a_short_milestone_title() -> None:
    draft = english_draft(
        "Astana, 6 March 2026. Lakeside University and Northgate University signed a memorandum "
        "on joint research. The first students, as the rector noted at the ceremony, will "
        "arrive in Astana on 1 September 2026."
    )
    assert [m.title for m in draft.milestones] == ["First students to arrive in Astana"]


def test_a_partner_between_commas_leaves_the_verb_and_its_object() -> None:
    draft = english_draft(
        "Astana, 6 March 2026. Lakeside University and Northgate University signed a memorandum "
        "on joint research. Under the memorandum, the parties plan to launch, together with "
        "regional akimats, a training centre for drilling engineers in 2027."
    )
    assert [m.title for m in draft.milestones] == [
        "Launch a training centre for drilling engineers"
    ]


def test_a_parent_company_or_a_school_in_a_background_frame_is_no_actor() -> None:
    draft = english_draft(
        "Astana, 6 March 2026. Steppe Rail Logistics JSC, a subsidiary of Steppe Railways Group, "
        "signed a memorandum with Lakeside University on training engineers. The rector, who "
        "graduated from Northgate University, said the students would start in May 2026."
    )
    assert _names(draft) == {"Steppe Rail Logistics JSC", "Lakeside University"}


def test_co_ends_a_company_and_a_title_after_and_starts_another_phrase() -> None:
    draft = english_draft(
        "ASTANA. The akim of Kyzylorda region Nurlan Amanov held talks with President of Harbin "
        "Rivergate Engineering Co., Ltd and Co-President of Qingdao Building Material Co., "
        "Mr. Li Wei, during his visit to China."
    )
    assert {"Harbin Rivergate Engineering Co., Ltd", "Qingdao Building Material Co"} <= _names(
        draft
    )
    assert not any("President" in name for name in _names(draft))
    li = next(p for p in draft.people if p.name == "Li Wei")
    assert (li.title, li.organization) == ("Co-President", "Qingdao Building Material Co")


def test_a_later_date_of_what_is_planned_is_no_signing_date() -> None:
    draft = english_draft(
        "Astana, 7 March 2026. Lakeside University and Northgate University signed a memorandum "
        "on joint degrees in chemistry, physics, etc., and the universities will open a joint "
        "summer school on 15 June 2026 in Astana."
    )
    assert str(draft.memoranda[0].signed_on) == "2026-03-07"
    assert [str(m.date) for m in draft.milestones] == ["2026-06-15"]


def test_an_acronym_in_brackets_with_a_description_is_the_short_name() -> None:
    draft = english_draft(
        "Astana, 3 March 2026. Nordwind Petroleum JSC (NWP, Kazakhstan's national oil company) "
        "and Lakeside University signed a memorandum on drilling research.\n\n"
        "The memorandum was signed by Arman Sultanov, the Chairman of NWP."
    )
    assert _names(draft) == {"Nordwind Petroleum JSC", "Lakeside University"}
    [person] = draft.people
    assert person.organization == "Nordwind Petroleum JSC"


def test_a_milestone_title_drops_its_place_and_guest_openings() -> None:
    draft = english_draft(
        "Astana, 9 April 2026. Today in Astana, with the participation of the Minister of "
        "Science, the Steppe Education Forum opened its doors. Lakeside University and "
        "Northgate University signed a memorandum there."
    )
    titles = [m.title for m in draft.milestones]
    assert titles == ["The Steppe Education Forum opened its doors"]


def test_an_opening_date_leaves_no_preposition_in_the_title() -> None:
    draft = english_draft(
        "Almaty, 14 May 2026. On 12 May, Almaty hosted the Forum of Rectors of the Steppe "
        "Universities. Lakeside University and Northgate University signed a memorandum there."
    )
    titles = [m.title for m in draft.milestones]
    assert titles and titles[0].startswith("Almaty hosted the Forum of Rectors")


def test_bodies_that_sign_replace_the_countries_a_lead_names() -> None:
    draft = english_draft(
        "Baku, 23 May 2026. Azerbaijan and Kazakhstan have signed a memorandum on a joint expert "
        "council.\n\nThe memorandum was signed by Chairman of the Steppe Center for Policy "
        "Analysis Arman Sultanov and Director of the Lakeside Institute for Strategic Studies "
        "Tom Haller."
    )
    [memo] = draft.memoranda
    assert sorted(memo.parties) == [
        "Lakeside Institute for Strategic Studies",
        "Steppe Center for Policy Analysis",
    ]
    assert not any(name.startswith("Government of") for name in _names(draft))


def test_an_outlet_in_brackets_after_the_dateline_leaves_the_lead_its_day() -> None:
    draft = english_draft(
        "Foreign ministers meet in Almaty\n\nAlmaty, 9 May 2026 (SNA): The Minister of Foreign "
        "Affairs of Kazakhstan, Arman Sultanov, met with the Foreign Minister of Ruritania, "
        "Tom Haller, to discuss bilateral ties.\n\nThe ministers discussed trade.\n"
    )
    [milestone] = draft.milestones
    assert str(milestone.date) == "2026-05-09"
    assert milestone.title.startswith("The Minister of Foreign Affairs of Kazakhstan met")
