"""Russian: a site's address is an outlet, and a region that signs is the body the text names."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _draft(text: str) -> Draft:
    return extract(read_text(text))


def test_a_name_written_as_a_web_address_is_an_outlet() -> None:
    draft = _draft(
        "Форум открылся в Омске\n"
        "О начале форума ранее писали ОМСКИНФОРМ55.РФ и Sibnews.ru. Правительство Омской области "
        "и Акимат Павлодарской области подписали соглашение о сотрудничестве."
    )
    names = {o.name for o in draft.organizations}
    assert names == {"Правительство Омской области", "Акимат Павлодарской области"}


def test_a_region_in_the_headline_is_the_government_that_signs_for_it() -> None:
    draft = _draft(
        "Омская область и Казахстан подписали меморандум\n"
        "Меморандум о сотрудничестве подписали Правительство Омской области и Акимат "
        "Павлодарской области."
    )
    names = {o.name for o in draft.organizations}
    assert "Омская область" not in names
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Правительство Омской области", "Акимат Павлодарской области"}
