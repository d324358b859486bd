"""Kazakh: «қос тарап» (both sides) signing points back to the two bodies of the visit."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_both_sides_after_a_visit_are_the_visitor_and_the_host() -> None:
    draft = extract(
        read_text(
            "Ғалымдар университетте болды\n\n"
            "Павлодар университетіне Алматы қаласындағы Микробиология ұлттық орталығының "
            "ғалымдары іссапармен келді.\n"
            "Олар университет ректоры Ерлан Сапаровпен кездесті. Нәтижесінде қос тарап "
            "ынтымақтаса жұмыс жасауға уағдаласып, екіжақты меморандумға қол қойды."
        )
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Павлодар университеті", "Микробиология ұлттық орталығы"}


def test_a_bare_region_head_is_the_akim_of_the_kazakh_region_named_before() -> None:
    draft = extract(
        read_text(
            "Жамбыл облысында қырғыз кәсіпкерлерімен кездесу өтті\n\n"
            "Тараз, 2024 жылғы 3 сәуір. Бүгін Таразда өткен іскерлік кездесуде облыс әкімі "
            "Ербол Қарашөкеев қырғыз кәсіпкерлерімен кездесті."
        )
    )
    assert "Жамбыл облысының әкімдігі" in {o.name for o in draft.organizations}
    [person] = draft.people
    assert person.organization == "Жамбыл облысының әкімдігі"


def test_a_region_outside_kazakhstan_implies_no_akimat() -> None:
    draft = extract(
        read_text(
            "Ташкент облысы мен Қазақстан өңірлері байланысты нығайтады\n\n"
            "Бүгін Ташкентте өткен іскерлік кездесуде облыс әкімі Ербол Қарашөкеев "
            "өзбек кәсіпкерлерімен кездесті."
        )
    )
    assert not any(o.name.endswith("әкімдігі") for o in draft.organizations)
