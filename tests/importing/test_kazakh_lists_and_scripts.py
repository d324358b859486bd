"""Kazakh lists and spellings: names listed before one plural type word are a body each
(«Жизақ, Самарқанд облыстарымен»), a party list after a dash before «аралығында», and a
company written in Latin and in Cyrillic («Air Astana», «Эйр Астана») is one. Sentences written
for these tests."""

from __future__ import annotations

import pytest

from tests.importing.drafting import draft_of


@pytest.mark.parametrize(
    ("sentence", "parties"),
    [
        (
            "Павлодар облысы Омбы, Новосібір облыстарымен ауыл шаруашылығы саласындағы "
            "ынтымақтастық туралы меморандумға қол қойды.",
            {"Павлодар облысы", "Омбы облысы", "Новосібір облысы"},
        ),
        (
            "Шымкент қаласының әкімдігі Ош, Жалалабат және Наманган облыстарымен сауда туралы "
            "меморандумға қол қойды.",
            {"Шымкент қаласының әкімдігі", "Ош облысы", "Жалалабат облысы", "Наманган облысы"},
        ),
    ],
)
def test_names_listed_before_one_plural_type_word_are_parties(
    sentence: str, parties: set[str]
) -> None:
    draft = draft_of("Өңірлер ынтымақтастығы\n" + sentence, detected="kk")
    assert [set(m.parties) for m in draft.memoranda] == [parties]


def test_two_names_and_a_conjunction_alone_make_no_list_of_their_own() -> None:
    draft = draft_of(
        "Үкіметтер келісімі\n"
        "Қазақстан мен Қырғызстан үкіметтері су ресурстары туралы келісімге қол қойды.",
        detected="kk",
    )
    names = {o.name for o in draft.organizations}
    assert "Қырғызстан үкіметі" not in names and "Қазақстан үкіметі" not in names


def test_parties_listed_after_a_dash_before_between() -> None:
    draft = draft_of(
        "Ғылыми орталықтар келісім жасады\n"
        "Бүгін геология саласындағы ынтымақтастық туралы меморандумға қол қойылды – "
        "Сәтбаев университеті, Новосібір мемлекеттік университеті және Ташкент техникалық "
        "университеті аралығында.",
        detected="kk",
    )
    assert [set(m.parties) for m in draft.memoranda] == [
        {
            "Сәтбаев университеті",
            "Новосібір мемлекеттік университеті",
            "Ташкент техникалық университеті",
        }
    ]


def test_a_party_before_a_descriptor_and_a_dash_joins_the_list() -> None:
    draft = draft_of(
        "Әкімдік пен кәсіпорындар меморандумы\n"
        "Екібастұз қаласының әкімдігі мен қаладағы ірі кәсіпорындар – «Богатырь Көмір» ЖШС, "
        "«Екібастұз ГРЭС-1» ЖШС және «Шығыс» АҚ аралығында әлеуметтік әріптестік туралы "
        "меморандумға қол қойылды.",
        detected="kk",
    )
    [memo] = draft.memoranda
    assert len(memo.parties) == 4
    assert "Екібастұз қаласының әкімдігі" in memo.parties


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Air Astana", "Эйр Астана"), ("Kazakhtelecom", "Қазақтелеком")],
)
def test_a_company_in_latin_and_in_cyrillic_is_one(latin: str, cyrillic: str) -> None:
    draft = draft_of(
        f"{latin} жаңа келісім жасады\n"
        f"«{cyrillic}» АҚ Қарағанды техникалық университетімен мамандар даярлау туралы "
        f"келісімге қол қойды. {latin} компаниясы жыл сайын 20 студентті тағылымдамаға "
        "қабылдайды.",
        detected="kk",
    )
    companies = [o for o in draft.organizations if o.name != "Қарағанды техникалық университеті"]
    assert len(companies) == 1
    [company] = companies
    assert {latin, cyrillic} <= {company.name, *company.aliases}
    assert len(draft.memoranda) == 1 and len(draft.memoranda[0].parties) == 2
