"""Russian: documents listed one a line under a heading, a country that ratifies a document
with another, and a branch at a sentence's start that stands for the university it belongs to."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_each_line_under_a_heading_is_a_document_of_its_own() -> None:
    draft = draft_of(
        "Казахстан и Киргизия подписали пакет документов\n"
        "Президенты Казахстана и Киргизии подписали ряд важных соглашений в Бишкеке.\n"
        "Подписанные документы:\n"
        "Соглашение о совместном использовании пограничных пастбищ;\n"
        "Соглашение об упрощении перевозок грузов;\n"
        "Протокол о сотрудничестве в сфере образования.\n"
    )
    titles = [m.title for m in draft.memoranda]
    assert titles == [
        "Соглашение о совместном использовании пограничных пастбищ",
        "Соглашение об упрощении перевозок грузов",
        "Протокол о сотрудничестве в сфере образования",
    ]
    for memo in draft.memoranda:
        assert memo.parties == []  # heads of state sign for no body


def test_a_bundle_counted_with_an_adjective_is_no_document_of_its_own() -> None:
    draft = draft_of(
        "Итоги визита\n"
        "Главы правительств Казахстана и Монголии подписали ряд новых соглашений. "
        "Стороны обсудили торговлю."
    )
    assert draft.memoranda == []


def test_lines_with_no_heading_are_no_documents() -> None:
    draft = draft_of(
        "Планы на год\n"
        "Ведомство готовит проекты.\n"
        "Соглашение о поставках угля;\n"
        "Соглашение о ремонте дорог.\n"
    )
    assert draft.memoranda == []


def test_a_country_that_ratifies_a_document_with_another_signed_it() -> None:
    draft = draft_of(
        "Новости образования\n"
        "В марте прошлого года Казахстан ратифицировал соглашение с Турцией о взаимном "
        "признании дипломов."
    )
    [memo] = draft.memoranda
    assert memo.parties == []  # a country named bare is no side


def test_a_parliament_approving_a_draft_signs_nothing() -> None:
    draft = draft_of("Новости парламента\nМажилис одобрил проект закона о торговле.")
    assert draft.memoranda == []


def test_a_branch_opening_a_headline_stands_for_its_university() -> None:
    draft = draft_of(
        "Филиал КарГУ откроют в Новосибирске\n"
        "Ректор КарГУ Иван Петров и ректор НГУ Олег Смирнов подписали соглашение об открытии "
        "филиала."
    )
    names = {o.name for o in draft.organizations}
    assert "Филиал КарГУ" not in names
    assert "КарГУ" in names
    [memo] = draft.memoranda
    assert set(memo.parties) == {"КарГУ", "НГУ"}


def test_a_branch_named_with_its_town_keeps_its_own_name() -> None:
    draft = draft_of(
        "Новости вузов\nФилиал КарГУ в Новосибирске подписал меморандум с Новосибирским техникумом."
    )
    names = {o.name for o in draft.organizations}
    assert any(n.startswith("Филиал КарГУ") for n in names)


def test_a_counted_bundle_with_joined_adjectives_is_no_document_of_its_own() -> None:
    draft = draft_of(
        "Итоги форума\n"
        "На форуме в Павлодаре подписано 12 межрегиональных и коммерческих соглашений на "
        "сумму 40 млн долларов."
    )
    assert draft.memoranda == []
