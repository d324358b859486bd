"""Kazakh agreements: one sentence pairing each side with its own partner («X A-мен ..., ал Y
B-мен ... қол қойды») tells of one document per pair."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_two_sides_each_with_a_company_named_before_its_type_word() -> None:
    draft = kazakh_draft(
        "Форум нәтижесі\n"
        "Форумда Әуезов университеті Lenovo компаниясымен, ал Торайғыров университеті "
        "Schneider Electric компаниясымен меморандумдарға қол қойды."
    )
    assert sorted(m.parties for m in draft.memoranda) == sorted(
        [["Әуезов университеті", "Lenovo"], ["Торайғыров университеті", "Schneider Electric"]]
    )


def test_two_pairs_each_with_a_document_of_its_own() -> None:
    draft = kazakh_draft(
        "Сапар\n"
        "Сапарда Қостанай облысының әкімдігі Челябі облысымен іс-қимыл жоспарына, ал Қостанай "
        "өңірлік университеті Челябі университетімен ынтымақтастық туралы келісімге қол қойды."
    )
    assert sorted((m.kind, m.parties) for m in draft.memoranda) == [
        ("agreement", ["Қостанай өңірлік университеті", "Челябі университеті"]),
        ("roadmap", ["Қостанай облысының әкімдігі", "Челябі облысы"]),
    ]


def test_two_documents_one_pair_signs_are_two_entries() -> None:
    draft = kazakh_draft(
        "Екі құжат\n"
        "Кеше Сәтбаев университеті мен Цинхуа университеті арасында ынтымақтастық туралы "
        "меморандумға және студент алмасу туралы келісімге қол қойылды."
    )
    assert sorted(m.kind for m in draft.memoranda) == ["agreement", "memorandum"]
    assert all(
        m.parties == ["Сәтбаев университеті", "Цинхуа университеті"] for m in draft.memoranda
    )
