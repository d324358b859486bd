"""A city's body named with and without the word «города» is one organization: «Акимат Шымкента»
is the «Акимат города Шымкент» a title implies, whatever case the city's name is in."""

from __future__ import annotations

import pytest

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _akimats(text: str) -> list[str]:
    names = [o.name for o in extract(read_text(text)).organizations]
    return [n for n in names if n.casefold().startswith("акимат")]


_WITHOUT_THE_WORD = (
    "Шымкент и Тараз будут сотрудничать\n"
    "Аким города Шымкент Габит Сыздыкбеков и аким города Тараз Ержан Ахметов подписали "
    "соглашение о сотрудничестве. Акимат Шымкента направит в Тараз своих специалистов."
)
_TWO_CITIES = (
    "Акимат Шымкента и акимат города Тараз подписали меморандум\n"
    "Акимат Шымкента и акимат города Тараз подписали меморандум о сотрудничестве в сфере туризма."
)


@pytest.mark.parametrize("text", [_WITHOUT_THE_WORD, _TWO_CITIES])
def test_each_city_akimat_is_one_body_and_two_cities_stay_two(text: str) -> None:
    akimats = _akimats(text)
    assert len(akimats) == 2, akimats
