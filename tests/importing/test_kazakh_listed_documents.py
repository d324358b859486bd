"""Kazakh: the documents listed after «бірнеше құжатқа қол қойды:» are one memorandum each."""

from __future__ import annotations

from tests.importing.drafting import draft_of


def test_each_listed_document_is_a_memorandum_of_the_same_sides() -> None:
    draft = draft_of(
        "Екі өңір құжаттарға қол қойды\n"
        "Маңғыстау облысының әкімдігі мен Астрахань облысының үкіметі ынтымақтастықты талқылады. "
        "Тараптар бірнеше құжатқа қол қойды: көлік туралы келісім және туризм туралы меморандум."
    )
    titles = sorted(m.title for m in draft.memoranda)
    assert len(titles) == 2
    assert titles[0].endswith("көлік туралы келісім")
    assert titles[1].endswith("туризм туралы меморандум")
    sides = {"Маңғыстау облысының әкімдігі", "Астрахань облысының үкіметі"}
    assert all(set(m.parties) == sides for m in draft.memoranda)


def test_one_document_after_the_colon_is_told_as_before() -> None:
    draft = draft_of(
        "Университеттер келісті\n"
        "Әл-Фараби атындағы Қазақ ұлттық университеті мен Анкара университеті бірнеше құжатқа "
        "қол қойды: академиялық алмасу туралы меморандум."
    )
    assert len(draft.memoranda) == 1


def test_documents_listed_in_the_sentence_after_the_signing() -> None:
    draft = draft_of(
        "Өңірлер құжаттарға қол қойды\n"
        "Жамбыл облысының әкімдігі мен Талас облысының әкімшілігі бірнеше құжатқа қол қойды. "
        "Атап айтқанда, су туралы келісім және спорт туралы меморандум."
    )
    titles = sorted(m.title for m in draft.memoranda)
    assert [t.split(" арасындағы ")[-1] for t in titles] == [
        "спорт туралы меморандум",
        "су туралы келісім",
    ]
    sides = {"Жамбыл облысының әкімдігі", "Талас облысының әкімшілігі"}
    assert all(set(m.parties) == sides for m in draft.memoranda)


def test_an_action_plan_is_a_document() -> None:
    draft = draft_of(
        "Өңірлер жоспарға қол қойды\n"
        "Қостанай облысының әкімдігі мен Челябі облысының үкіметі 2026-2028 жылдарға арналған "
        "бірлескен іс-шаралар жоспарына қол қойды."
    )
    [memo] = draft.memoranda
    assert memo.title.endswith("іс-шаралар жоспары")
    assert memo.signed_on is None  # a span of years is the plan's term, not its day
