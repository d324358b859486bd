"""Kazakh signings whose sides are told as «қазақстандық тарап пен қытай тарапы» (the bodies
named just before), documents counted and listed after a colon («екі құжатқа қол қойылды: ...
меморандум және жол картасы»), and a document signed before («бұған дейін ... жасасқан») told
beside today's one with the same sides: each a document of its own; a tally in figures
(«12 келісімге») itemises none. Sentences written for these tests."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_sides_told_by_their_countries() -> None:
    draft = kazakh_draft(
        "Серіктестік\n"
        "Қарағанды университетіне Қытайдың Шаньдун техникалық университетінің делегациясы "
        "келді. Кездесу соңында қазақстандық тарап пен қытай тарапы ынтымақтастық туралы "
        "келісімге қол қойды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {
        "Қарағанды университеті",
        "Шаньдун техникалық университеті",
    }
    assert "тарап" not in memo.title


def test_counted_documents_listed_after_a_colon() -> None:
    draft = kazakh_draft(
        "Серіктестік\n"
        "Маңғыстау облысының әкімдігі мен «Caspian Ports» компаниясы арасында екі құжатқа қол "
        "қойылды: ынтымақтастық туралы меморандум және жол картасы."
    )
    assert len(draft.memoranda) == 2


def test_an_earlier_document_beside_todays() -> None:
    draft = kazakh_draft(
        "Серіктестік\n"
        "Торайғыров университеті мен Хэнань аграрлық университеті бұған дейін ынтымақтастық "
        "туралы келісім жасасқан. Бүгін тараптар студент алмасу туралы келісімге қол қойды."
    )
    assert len(draft.memoranda) == 2
    assert {len(m.parties) for m in draft.memoranda} == {2}


def test_a_tally_in_figures_itemises_no_document() -> None:
    draft = kazakh_draft("Форум\nИнвестициялық форумда 12 келісімге қол қойылды.")
    assert draft.memoranda == []


def test_documents_counted_in_words_stay() -> None:
    draft = kazakh_draft("Форум\nИнвестициялық форумда екі меморандумға қол қойылды.")
    assert len(draft.memoranda) == 2
