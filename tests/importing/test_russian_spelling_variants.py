"""Two spellings of one Russian organization are one organization: a Kazakh name written with and
without its Kazakh letters («ҚТЖ» and «КТЖ»), and a contracted name whose country is written
another way («Минздрав Казахстана», «Генконсульство Казахстана»)."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _names(text: str) -> list[str]:
    return [o.name for o in extract(read_text(text)).organizations]


def test_kazakh_letters_or_their_look_alikes_name_one_body() -> None:
    names = _names(
        "Железные дороги договорились\n"
        "Председатель правления НК «ҚТЖ» Арман Сейтов провел встречу с делегацией АО "
        "«Узбекистон темир йуллари». По итогам встречи НК «КТЖ» и АО «Узбекистон темир йуллари» "
        "подписали протокол."
    )
    assert len([n for n in names if "ТЖ" in n]) == 1


def test_a_contracted_ministry_joins_its_full_name_with_the_republic() -> None:
    names = _names(
        "Минздрав Казахстана и корейская клиника подписали меморандум\n"
        "Министерство здравоохранения Республики Казахстан и больница «Сеул Мед» подписали "
        "меморандум о сотрудничестве. Минздрав Казахстана направит врачей на стажировку."
    )
    assert "Минздрав Казахстана" not in names
    assert "Министерство здравоохранения Республики Казахстан" in names


def test_a_contracted_consulate_general_joins_its_full_name() -> None:
    names = _names(
        "Генконсульство Казахстана открылось в Казани\n"
        "В Казани начало работу Генеральное консульство Республики Казахстан. Генконсульство "
        "Казахстана будет выдавать визы и поможет бизнесу, сообщили в МИД."
    )
    assert names.count("Генеральное консульство Республики Казахстан") == 1
    assert "Генконсульство Казахстана" not in names
