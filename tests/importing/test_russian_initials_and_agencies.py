"""Russian people written with initials before the surname, whose surname still declines, and
an agency named right after the words for its kind, which only reports."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.extract.russian.normalize import person_nominative
from kztracker.importing.read import read_text


def test_a_surname_after_initials_takes_the_nominative() -> None:
    assert person_nominative("К.Т. Сапаровым") == "К.Т. Сапаров"
    assert person_nominative("Р.Сеитовичем") == "Р.Сеитович"
    assert person_nominative("Н. А. Есенова", "gent") == "Н. А. Есенов"
    assert person_nominative("Г.М. Нурлановой", "datv") == "Г.М. Нурланова"


def test_a_surname_after_initials_that_may_be_nominative_stays() -> None:
    assert person_nominative("Д.К. Абенова") == "Д.К. Абенова"
    assert person_nominative("Д.К. Абенов") == "Д.К. Абенов"


def test_a_person_named_by_initials_is_proposed_in_the_nominative() -> None:
    draft = extract(
        read_text(
            "Семинар ученых\n"
            "Семинар был организован по инициативе директора Института математики "
            "К.Т. Сапаровым и прошел в Алматы."
        )
    )
    assert "К.Т. Сапаровым" not in {p.name for p in draft.people}


def test_a_news_agency_outside_a_signing_only_reports() -> None:
    draft = extract(
        read_text(
            "Визит\n"
            "Делегация Узбекистана посетила Новосибирский государственный университет, "
            "говорится в сообщении, размещенном на сайте информационного агентства «Жахон»."
        )
    )
    names = {o.name for o in draft.organizations}
    assert not any("Жахон" in n for n in names)
    assert "Новосибирский государственный университет" in names


def test_a_news_agency_that_signs_is_a_side() -> None:
    draft = extract(
        read_text(
            "Сотрудничество агентств\n"
            "Национальное агентство «Дала» и информационное агентство «Жахон» подписали "
            "меморандум о сотрудничестве в Ташкенте."
        )
    )
    assert any("Жахон" in n for n in {o.name for o in draft.organizations})
