"""Kazakh signings whose sides are people or listed apart: a head named again without the title
acts for the body the title implied; «қолдарын қойды» signs; documents in the plural take the
partners the next sentence lists. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kztracker.importing.extract.kazakh.milestones import status_of
from tests.importing.drafting import draft_of


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (  # a head named again without the title acts for the body the title implied
            "Ақтөбе облысының әкімі Асхат Шахаров Қостанайға жұмыс сапарымен барды. "
            "Асхат Шахаров пен Қостанай облысының әкімі Құмар Ақсақалов екіжақты меморандумға "
            "қол қойды.",
            {"Ақтөбе облысының әкімдігі", "Қостанай облысының әкімдігі"},
        ),
        (  # «қолдарын қойды»: their hands put to it is a signing
            "Павлодар облысының әкімі Асайын Байханов пен Ақмола облысының әкімі Марат Ахметжанов "
            "ынтымақтастық туралы меморандумға қолдарын қойды.",
            {"Павлодар облысының әкімдігі", "Ақмола облысының әкімдігі"},
        ),
    ],
)
def test_heads_sign_for_the_bodies_their_titles_imply(text: str, sides: set[str]) -> None:
    draft = draft_of("Өңірлер арасында меморандум\n" + text, detected="kk")
    assert [set(m.parties) for m in draft.memoranda] == [sides]


def test_a_person_with_no_title_anywhere_adds_no_side() -> None:
    draft = draft_of(
        "Университет пен компания келісімі\n"
        "Асхат Шахаров пен «Тау Кен» ЖШС өкілдері кездесті. Әл-Фараби атындағы Қазақ ұлттық "
        "университеті мен «Тау Кен» ЖШС меморандумға қол қойды.",
        detected="kk",
    )
    names = sorted(o.name for o in draft.organizations)
    assert all("әкімдігі" not in n for n in names)


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence lists them
        "2024 жылғы 10 қазанда Сәтбаев университеті Қытайдың үш университетімен ынтымақтастық "
        "туралы меморандумдарға қол қойды. Олардың қатарында Пекин университеті, Цинхуа "
        "университеті және Чжэцзян университеті бар.",
        # the next sentence names those the side now works with
        "Сәтбаев университеті Қытай жоғары оқу орындарымен бірқатар келісімдерге қол қойды. "
        "Бұдан былай университет Пекин университетімен, Цинхуа университетімен және Чжэцзян "
        "университетімен бірлесіп жұмыс істейді.",
    ],
)
def test_documents_in_the_plural_take_the_partners_the_next_sentence_names(text: str) -> None:
    draft = draft_of(
        "Университет Қытай жоғары оқу орындарымен меморандум жасады\n" + text, detected="kk"
    )
    assert sorted(tuple(sorted(m.parties)) for m in draft.memoranda) == [
        ("Пекин университеті", "Сәтбаев университеті"),
        ("Сәтбаев университеті", "Цинхуа университеті"),
        ("Сәтбаев университеті", "Чжэцзян университеті"),
    ]


def test_documents_in_the_plural_with_no_list_after_stay_unnamed() -> None:
    draft = draft_of(
        "Форумда құжаттар қабылданды\n"
        "Сәтбаев университеті бірқатар келісімдерге қол қойды. Бұл құжаттар студенттер "
        "алмасуын көздейді.",
        detected="kk",
    )
    assert all(len(m.parties) < 2 for m in draft.memoranda)


def test_a_city_unit_as_noun_or_adjective_names_one_body() -> None:
    draft = draft_of(
        "Онкологиялық орталық меморандум жасады\n"
        "Шымкент қалалық онкологиялық орталығы мен Ташкент онкологиялық институты арасында "
        "меморандумға қол қойылды. Шымкент қаласы онкологиялық орталығы дәрігерлері "
        "тәжірибе алмасады.",
        detected="kk",
    )
    names = [o.name for o in draft.organizations if o.name.startswith("Шымкент")]
    assert len(names) == 1


def test_two_regions_after_a_meeting_of_their_heads_sign_as_the_bodies_they_head() -> None:
    draft = draft_of(
        "Екі өңір ынтымақтасады\n"
        "Маңғыстау облысының әкімі Нұрлан Ноғаев Астрахань облысының губернаторы Игорь "
        "Бабушкинмен кездесті. Кездесу қорытындысы бойынша екі өңір арасында ынтымақтастық "
        "туралы келісімге қол қойылды.",
        detected="kk",
    )
    assert sorted(o.name for o in draft.organizations) == [
        "Астрахань облысының үкіметі",
        "Маңғыстау облысының әкімдігі",
    ]
    assert [set(m.parties) for m in draft.memoranda] == [
        {"Астрахань облысының үкіметі", "Маңғыстау облысының әкімдігі"}
    ]
    assert "Игорь Бабушкин" in {p.name for p in draft.people}


def test_the_document_its_signers_are_named_for_keeps_the_day_told_before() -> None:
    draft = draft_of(
        "Әкімдік пен университет меморандум жасады\n"
        "2025 жылғы 3 ақпанда Павлодар облысында ынтымақтастық туралы меморандумға қол қойылды. "
        "Құжатқа Павлодар облысының әкімі Асайын Байханов пен Торайғыров университетінің "
        "ректоры Ерлан Ахметов қол қойды.",
        detected="kk",
    )
    [memo] = draft.memoranda
    assert set(memo.parties) == {"Павлодар облысының әкімдігі", "Торайғыров университеті"}
    assert memo.signed_on is not None and memo.signed_on.isoformat() == "2025-02-03"


def test_a_governors_body_is_the_one_the_text_names_for_that_region() -> None:
    draft = draft_of(
        "Екі облыс туризмді дамытады\n"
        "Түркістан облысының әкімдігі мен Ош облысының әкімшілігі арасында меморандумға қол "
        "қойылды. Ош облысы губернаторының орынбасары Айбек Осмоналиев құжаттың маңызын атап өтті.",
        detected="kk",
    )
    assert sorted(o.name for o in draft.organizations) == [
        "Ош облысының әкімшілігі",
        "Түркістан облысының әкімдігі",
    ]


@pytest.mark.parametrize(
    ("clause", "status"),
    [
        ("Кездесуде тараптар ынтымақтастықты талқылады.", "done"),
        ("Жиында жылдың нәтижелері қорытындылады.", "done"),
        ("Зауыт келесі жылы ашылады.", "planned"),
    ],
)
def test_a_root_in_la_reads_as_the_past(clause: str, status: str) -> None:
    assert status_of(clause) == status
