"""Organizations and sides on unseen English pages, precision (issue 19): a head of state's
name is no organization ("Putin and ... agreed", "Kazakhstan Kassym-Zhomart Tokayev" after a
plural title); "Presidents of A X and B Y signed" gives the two governments as sides; an agency
that only reports ("the X News Agency (XNA) reported", "documents seen by X") is no
organization. Sentences written for the test."""

from __future__ import annotations

from tests.importing.drafting import english_draft

_TEXT = (
    "Leaders meet in Aktau\n\n"
    "Presidents of Azerbaijan Ilham Aliyev and Kazakhstan Kassym-Zhomart Tokayev signed the "
    "Treaty of Friendship in Aktau. Putin and Tokayev agreed at a separate meeting to keep in "
    "touch, the Caspian National News Agency (CaNA) reported. The plan was described in "
    "documents seen by CaspiWire."
)


def test_a_plural_title_before_both_heads_gives_no_party() -> None:
    # Heads of state sign for no body (the corpus dev golds: presidents carry no organization).
    assert [set(m.parties) for m in english_draft(_TEXT).memoranda] == [set()]


def test_heads_of_state_are_not_organizations() -> None:
    names = {o.name for o in english_draft(_TEXT).organizations}
    assert not any("Tokayev" in n or "Putin" in n for n in names)


def test_agencies_that_only_report_are_not_organizations() -> None:
    names = {o.name for o in english_draft(_TEXT).organizations}
    assert names == set()


def test_a_company_named_after_no_person_stays() -> None:
    draft = english_draft(
        "Plant deal\n\n"
        "Steppe Copper and Caspian Logistics signed a supply agreement in Atyrau on Monday, "
        "the Atyrau News Agency (ANA) reported."
    )
    assert {o.name for o in draft.organizations} == {"Steppe Copper", "Caspian Logistics"}
