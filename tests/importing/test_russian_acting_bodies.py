"""Russian bodies that act on a document or bear a foreign name: the document after an acting
body is no part of its name, and a foreign parliament's own word stays before its type noun."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _names(text: str) -> set[str]:
    draft: Draft = extract(read_text(text))
    return {o.name for o in draft.organizations}


def test_the_document_a_body_ratifies_is_not_part_of_its_name() -> None:
    names = _names(
        "Ратификация\n"
        "Обсуждение прошло после одобрения Сенатом Соглашения о морском сообщении между "
        "Казахстаном и Ираном, которое подписано в прошлом году."
    )
    assert "Сенат" in names
    assert not any("Соглашени" in n for n in names)


def test_a_body_named_after_a_treaty_keeps_it() -> None:
    names = _names(
        "Учения\n"
        "Штаб учений сформирован Организацией Договора о коллективной безопасности в Минске. "
        "Казахстан направит своих наблюдателей."
    )
    assert any(n.startswith("Организация Договора") for n in names)


def test_a_foreign_parliaments_own_word_stays_before_its_type_noun() -> None:
    names = _names(
        "Парламенты\n"
        "Закон о транзите был одобрен Жогорку Кенешем в марте. Депутаты Мажилиса приветствовали "
        "это решение."
    )
    assert "Жогорку Кенеш" in names
