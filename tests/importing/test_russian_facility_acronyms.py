"""Russian: a plant or a zone written by the acronym of its kind («Атырауский НПЗ»,
«Карачаганакский ГПЗ», «ОЭЗ») is a facility or a place, not an organization."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_plants_and_zones_by_their_kinds_acronym_are_no_organizations() -> None:
    draft = extract(
        read_text(
            "Подписан договор о строительстве\n"
            "Компания КазМунайГаз подписала договор с компанией CITIC о строительстве "
            "Карачаганакского ГПЗ. Склады разместят в ОЭЗ региона, рядом с Атырауским НПЗ."
        )
    )
    names = {o.name for o in draft.organizations}
    assert "КазМунайГаз" in names
    assert not any(n.endswith(("ГПЗ", "НПЗ", "ОЭЗ")) for n in names)


def test_a_headline_ending_in_a_creation_word_does_not_make_the_next_lines_body_a_project() -> None:
    draft = extract(
        read_text(
            "Подписан договор о строительстве\n"
            "Компания Самрук-Энерго подписала договор с компанией Sinopec о строительстве "
            "электростанции."
        )
    )
    assert "Самрук-Энерго" in {o.name for o in draft.organizations}
