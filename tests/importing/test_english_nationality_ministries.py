"""A foreign ministry written with the nationality before it and again with the country after
it ("the Vietnamese Ministry of Health", "the Ministry of Health of Viet Nam") is one ministry;
"Viet Nam" and "Việt Nam" are spellings of the country."""

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_ministry_with_its_nationality_before_is_the_one_with_its_country_after() -> None:
    draft = extract(
        read_text(
            "Health ties\nHANOI, 2 June 2025. The Ministry of Health of Viet Nam and the "
            "Ministry of Health of Kazakhstan signed a plan. The Vietnamese Ministry of Health "
            "will send twenty doctors to Almaty.\n"
        )
    )
    ministries = [o.name for o in draft.organizations if "Health" in o.name]
    assert len(ministries) == 2
    assert any("Viet Nam" in n or "Vietnam" in n for n in ministries)
