"""Russian organizations that page noise and the way a page is written make up: a common noun
opening a sentence, an agency named with the word for its kind, a site's live-stream menu line,
and a university named after someone with its head's initials written right after."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _names(text: str) -> set[str]:
    return {o.name for o in extract(read_text(text)).organizations}


def test_a_common_noun_opening_a_sentence_is_no_name() -> None:
    names = _names(
        "Образование\n"
        "Магистратуру в Шымкенте откроет УрФУ имени Б. Н. Ельцина, сообщили в министерстве."
    )
    assert "Магистратура" not in names


def test_an_agency_named_with_the_word_for_its_kind_only_reports() -> None:
    names = _names(
        "Новый центр\n"
        "Фонд Назарбаева и Пекинский университет подпишут соглашение о новом центре, "
        "сообщили корр. агентства Синьхуа в пресс-службе университета."
    )
    assert not any("Синьхуа" in n for n in names)
    assert "Пекинский университет" in names


def test_a_live_stream_menu_line_names_nothing() -> None:
    names = _names(
        "Прямой эфир Новости культуры\n"
        "\n"
        "Министерство культуры Казахстана и посольство Италии обсудили совместные выставки, "
        "которые пройдут в Астане в следующем году.\n"
    )
    assert not any(n.startswith("Новост") for n in names)


def test_a_name_given_to_a_university_ends_before_its_heads_initials() -> None:
    names = _names(
        "Визит\n"
        "В делегацию вошли врачи, а также ректор Брестского государственного университета "
        "им.А.Пушкина М.Богдан. Делегация посетила г.Алматы."
    )
    assert "Брестский государственный университет им.А.Пушкина" in names


def test_a_company_named_by_a_common_word_opening_a_sentence_stays() -> None:
    names = _names(
        "Авиация\nАэрофлот подписал соглашение с авиакомпанией «Скат» о совместных рейсах."
    )
    assert "Аэрофлот" in names


def test_a_quoted_name_after_the_word_complex_is_a_facility_visited() -> None:
    names = _names("Визит\nГости также посетили мясоперерабатывающий комплекс «Береке» в Талгаре.")
    assert not any(n.startswith("Берек") for n in names)


def test_a_related_material_heading_ends_the_story() -> None:
    draft = extract(
        read_text(
            "Новости науки\n"
            "Министр науки Казахстана встретился с ректором Уральского федерального "
            "университета в Екатеринбурге и обсудил совместные программы.\n"
            "Материал по теме\n"
            "Карагандинский университет откроет кампус в Ташкенте\n"
        )
    )
    assert not any(o.name.startswith("Карагандинский") for o in draft.organizations)
