"""Russian: a site's address is an outlet, and a region that signs is the body the text names."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_a_name_written_as_a_web_address_is_an_outlet() -> None:
    draft = draft_of(
        "Форум открылся в Омске\n"
        "О начале форума ранее писали ОМСКИНФОРМ55.РФ и Sibnews.ru. Правительство Омской области "
        "и Акимат Павлодарской области подписали соглашение о сотрудничестве."
    )
    names = {o.name for o in draft.organizations}
    assert names == {"Правительство Омской области", "Акимат Павлодарской области"}


def test_a_region_in_the_headline_is_the_government_that_signs_for_it() -> None:
    draft = draft_of(
        "Омская область и Казахстан подписали меморандум\n"
        "Меморандум о сотрудничестве подписали Правительство Омской области и Акимат "
        "Павлодарской области."
    )
    names = {o.name for o in draft.organizations}
    assert "Омская область" not in names
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Правительство Омской области", "Акимат Павлодарской области"}


def test_an_address_the_tagger_cut_at_its_dot_is_still_an_outlet() -> None:
    draft = draft_of(
        "Соглашение подписано\n"
        "О форуме ранее рассказывали НОВОСТИ55.РФ. Правительство Омской области и Акимат "
        "Павлодарской области подписали соглашение о сотрудничестве."
    )
    assert not any("НОВОСТИ" in o.name for o in draft.organizations)


def test_an_abbreviation_before_a_person_is_the_body_and_a_headline_verb_no_name() -> None:
    draft = draft_of(
        "Филиал КазГУ откроют в Новосибирске\n"
        "Ректор КазГУ Ерлан Жумабеков и ректор НГУ Михаил Федорук подписали соглашение."
    )
    people = {p.name for p in draft.people}
    assert "Ерлан Жумабеков" in people
    names = {o.name for o in draft.organizations}
    assert "НГУ" in names
    assert not any(name.endswith("откроют") for name in names)
