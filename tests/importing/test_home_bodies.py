"""A body only Kazakhstan has (an akimat, a maslikhat) is Kazakhstan's in every language, even
where the text never names the country; a foreign partner beside it gets no country by it."""

from __future__ import annotations

import pytest

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text

SIGNINGS = {
    "en": (
        "Astana, 3 March 2026. The Akimat of Turkistan region and Tsinghua University signed "
        "a memorandum on joint research in irrigation.",
        "Akimat of Turkistan region",
    ),
    "ru": (
        "Астана, 3 марта 2026 года. Акимат Туркестанской области и Университет Цинхуа "
        "подписали меморандум о совместных исследованиях в области орошения.",
        "Акимат Туркестанской области",
    ),
    "kk": (
        "Астана, 2026 жылғы 3 наурыз. Түркістан облысының әкімдігі мен Цинхуа университеті "
        "суару саласындағы бірлескен зерттеулер туралы меморандумға қол қойды.",
        "Түркістан облысының әкімдігі",
    ),
}


@pytest.mark.parametrize("language", sorted(SIGNINGS))
def test_an_akimat_is_kazakhstans_and_its_foreign_partner_is_not(language: str) -> None:
    text, akimat = SIGNINGS[language]
    countries = {o.name: o.country for o in extract(read_text(text)).organizations}
    assert countries[akimat] == "Kazakhstan"
    assert [c for name, c in countries.items() if name != akimat] == [None]


def test_a_maslikhat_named_in_another_case_is_kazakhstans_too() -> None:
    text = (
        "Астана, 3 марта 2026 года. Депутаты маслихата города Шымкента и Университет Цинхуа "
        "подписали меморандум о сотрудничестве."
    )
    countries = {o.name: o.country for o in extract(read_text(text)).organizations}
    assert [c for name, c in countries.items() if "аслихат" in name] == ["Kazakhstan"]
