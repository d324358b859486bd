"""Every language's import writes a partner's country the way the database does: by name."""

from __future__ import annotations

from kztracker.importing.draft import Document
from kztracker.importing.extract import extract
from kztracker.importing.extract.countries import country_name


def test_a_code_becomes_the_countrys_english_short_name() -> None:
    assert [country_name(c) for c in ("US", "KZ", "MM")] == [
        "United States",
        "Kazakhstan",
        "Myanmar",
    ]


def test_a_name_or_an_unknown_value_is_kept_as_it_is() -> None:
    assert [country_name(c) for c in ("Kazakhstan", "XX", "usa", None)] == [
        "Kazakhstan",
        "XX",
        "usa",
        None,
    ]


def test_a_russian_announcements_partners_carry_country_names() -> None:
    text = (
        "Астана, 12 мая 2026 года. Министерство просвещения Республики Казахстан и "
        "Министерство образования Турции подписали меморандум о профессиональном образовании."
    )
    draft = extract(Document(text=text, origin="pasted", format="pasted"))
    assert {o.name: o.country for o in draft.organizations} == {
        "Министерство просвещения Республики Казахстан": "Kazakhstan",
        "Министерство образования Турции": "Türkiye",
    }
