"""Russian organizations that do not act: a known body cited as the news' source, a credit line;
and spellings of one name that differ only by «им.» or by
the country's short form. Sentences written for these tests."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.extract.gazetteer import KnownName, KnownNames
from kztracker.importing.read import read_text


def _names(draft: Draft) -> list[str]:
    return sorted(o.name for o in draft.organizations)


def test_a_known_body_cited_as_the_source_only_reports() -> None:
    known = KnownNames(
        organizations=[
            KnownName("Министерство просвещения Республики Казахстан", (), "government", "KZ")
        ]
    )
    text = (
        "Вузы подписали меморандум\n"
        "Карагандинский технический университет и Омский аграрный университет подписали "
        "меморандум о сотрудничестве, сообщает портал со ссылкой на Министерство просвещения "
        "Республики Казахстан."
    )
    assert "Министерство просвещения Республики Казахстан" not in _names(
        extract(read_text(text), known)
    )


def test_a_credit_line_after_a_quote_is_no_actor() -> None:
    text = (
        "Соглашение о создании лаборатории\n"
        "Томский политехнический университет и Павлодарский педагогический университет "
        "подписали соглашение о сотрудничестве.\n"
        "«Лаборатория начнет работу осенью», – говорится в сообщении.\n"
        "– Агентство научных новостей Сибири"
    )
    assert "Агентство научных новостей Сибири" not in _names(extract(read_text(text)))


def test_spellings_differing_by_named_after_and_country_form_are_one() -> None:
    text = (
        "Институт и архив подписали меморандум\n"
        "Институт истории имени Ч.Ч. Валиханова подписал меморандум с Государственным "
        "архивом Омской области. Институт истории им. Ч.Ч. Валиханова Министерства науки "
        "Республики Казахстан передал архиву копии документов. Национальная академия наук "
        "Казахстана и Национальная академия наук Республики Казахстан — одна организация."
    )
    names = _names(extract(read_text(text)))
    assert len([n for n in names if n.startswith("Институт истории")]) == 1
    assert len([n for n in names if n.startswith("Национальная академия наук")]) == 1


def test_a_branch_in_lower_case_is_its_parent_and_a_kind_is_no_name() -> None:
    text = (
        "Филиал вуза откроется в Омске\n"
        "В Омске появится филиал Карагандинского технического университета. Этот филиал "
        "станет первым филиалом казахстанского университета в Сибири. Соглашение подписали "
        "Карагандинский технический университет и Омский аграрный университет."
    )
    names = _names(extract(read_text(text)))
    assert "Карагандинский технический университет" in names
    assert not any(n.casefold().startswith("филиал") for n in names)


def test_a_body_to_be_founded_in_a_place_does_not_act() -> None:
    text = (
        "Вузы подписали меморандум\n"
        "Карагандинский технический университет и Омский аграрный университет подписали "
        "меморандум по вопросу учреждения в Караганде «Лаборатории цифрового земледелия»."
    )
    assert not any("Лаборатор" in n for n in _names(extract(read_text(text))))
