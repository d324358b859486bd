"""Kazakh rules for kinds of wording met on real pages that no rule had seen: signing verbs,
parties joined by «аралығында», several partners with one plural document, a signing whose
parties go unnamed, counts and titles that open no name, bodies still to be founded.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from kztracker.importing.draft import Draft
from kztracker.importing.extract.kazakh.dates import month_number
from kztracker.importing.extract.kazakh.endings import person_nominative, strip_case
from kztracker.importing.extract.kazakh.milestones import status_of
from tests.importing.drafting import draft_of


def _names(draft: Draft) -> list[str]:
    return sorted(o.name for o in draft.organizations)


def _party_sets(draft: Draft) -> list[set[str]]:
    return [set(m.parties) for m in draft.memoranda]


# Who signed: each text, and the parties of each document it tells of.
PARTIES = {
    "«түзді» concludes an agreement": (
        "Қостанай облысының әкімдігі мен Челябі облысының Үкіметі бүгін ауыл шаруашылығы "
        "саласындағы ынтымақтастық туралы келісім түзді. Құжат бес жылға жасалды.",
        [{"Қостанай облысының әкімдігі", "Челябі облысының Үкіметі"}],
    ),
    "«аралығында» joins the parties as «арасында» does": (
        "Ақмола облысының әкімдігі, «Көкше Агро» ЖШС және «Степногорск Химия» АҚ аралығында "
        "жылыжай кешенін салу туралы меморандумға қол қойылды. Жоба 2026 жылы аяқталады.",
        [{"Ақмола облысының әкімдігі", "Көкше Агро", "Степногорск Химия"}],
    ),
    "a plural document after listed partners is one document with each": (
        "Семей медицина университеті Новосібір медицина университетімен және Томск "
        "политехникалық университетімен ғылыми алмасу туралы меморандумдарға қол қойды. "
        "Алғашқы алмасу келесі жылы басталады.",
        [
            {"Семей медицина университеті", "Новосібір медицина университеті"},
            {"Семей медицина университеті", "Томск политехникалық университеті"},
        ],
    ),
    "names an agreement joins before «арасында» are organizations": (
        "Бүгін Ғарышсервис пен Орбитатех арасында жерсерік деректері туралы меморандумға қол "
        "қойылды. Құжат бес жылға жасалды.",
        [{"Ғарышсервис", "Орбитатех"}],
    ),
    "a memorandum misspelt as real pages do is still one": (
        "Павлодар облыстық ауруханасы мен Омбы облыстық клиникалық ауруханасы арасында "
        "меморондум түзілді. Тараптар тәжірибе алмасады.",
        [{"Павлодар облыстық ауруханасы", "Омбы облыстық клиникалық ауруханасы"}],
    ),
    "«компания» is the company a headline named without its legal form": (
        "«Steppe Foods» Шымкентте зертхана ашты\n\n"
        "«Steppe Foods» ЖШС Оңтүстік Қазақстан университетімен бірге тағам сапасы "
        "зертханасын ашты. Сонымен қатар компания мен университет арасында тәжірибе туралы "
        "меморандумға қол қойылды.",
        [{"Steppe Foods", "Оңтүстік Қазақстан университеті"}],
    ),
    "three states before «арасында» are no parties: a state signs through a body": (
        "Қазақстан, Өзбекстан және Тәжікстан арасында су ресурстары туралы хаттамаға қол "
        "қойылды. Келесі кездесу Душанбеде өтеді.",
        [set()],
    ),
}


@pytest.mark.parametrize(("text", "parties"), PARTIES.values(), ids=PARTIES.keys())
def test_parties(text: str, parties: list[set[str]]) -> None:
    found = _party_sets(draft_of(text, detected="kk"))
    assert sorted(map(sorted, found)) == sorted(map(sorted, parties))


def test_unlisted_plural_documents_are_no_memorandum() -> None:
    draft = draft_of(
        "Іскерлік форум барысында бірқатар келісімдерге қол қойылды. Форумға жүзден астам "
        "кәсіпкер қатысты.",
        detected="kk",
    )
    assert draft.memoranda == []


def test_a_signing_whose_parties_go_unnamed_is_one_memorandum_with_no_parties() -> None:
    draft = draft_of(
        "Ақтауда теңіз логистикасы көрмесі өтті. Көрме аясында контейнер тасымалы туралы "
        "меморандумға қол қойылды. Келесі көрме Бакуде өтеді.",
        detected="kk",
    )
    assert [m.parties for m in draft.memoranda] == [[]]


def test_documents_counted_with_no_party_named_are_that_many() -> None:
    draft = draft_of(
        "Қазақстан мен Моңғолия ауыл шаруашылығы саласында ынтымақтасады. Тараптар сауданы "
        "арттыруға келісті.\n\n"
        "Премьер-министрдің сапары барысында 2024 жылдың мамыр айында ветеринария мен "
        "тұқым шаруашылығына қатысты екі меморандумға қол қойылды.",
        detected="kk",
    )
    assert [(m.parties, str(m.signed_on)) for m in draft.memoranda] == [
        ([], "2024-05"),
        ([], "2024-05"),
    ]


def test_signers_told_by_a_type_word_are_not_unnamed() -> None:
    draft = draft_of(
        "Сапар барысында екі елдің министрлігі су ресурстары туралы келісімге қол қойды. "
        "Келесі кездесу күзде өтеді.",
        detected="kk",
    )
    assert draft.memoranda == []


def test_a_quoted_forum_between_two_states_gives_the_document_no_parties() -> None:
    draft = draft_of(
        "«Қазақстан мен Моңғолия арасындағы өңіраралық ынтымақтастық форумында» Баян-Өлгий "
        "аймағының әкімдігі мен Шығыс Қазақстан облысының әкімдігі туризм туралы меморандумға "
        "қол қойды.",
        detected="kk",
    )
    parties = set().union(*_party_sets(draft))
    assert "Моңғолия" not in " ".join(parties)
    assert "Шығыс Қазақстан облысының әкімдігі" in parties


def test_a_body_still_to_be_founded_does_not_act() -> None:
    draft = draft_of(
        "Қазақ ұлттық аграрлық университеті мен Ганьсу аграрлық университеті "
        "Қазақстан-Қытай ауыл шаруашылығы орталығын құру туралы келісімге қол қойды.",
        detected="kk",
    )
    assert not any("орталығы" in name for name in _names(draft))
    assert _party_sets(draft) == [
        {"Қазақ ұлттық аграрлық университеті", "Ганьсу аграрлық университеті"}
    ]


def test_a_generic_company_stands_for_a_company_named_without_the_word() -> None:
    draft = draft_of(
        "«Жетісу Энерго» АҚ Қытай компаниясымен келісім жасады\n\n"
        "«Жетісу Энерго» АҚ Қытайдың Sinohydro Corporation компаниясымен су электр "
        "станциясын салу туралы келісімге қол қойды.",
        detected="kk",
    )
    assert not any(name.startswith("Қытай") for name in _names(draft))


def test_an_object_ending_comes_off_a_name_before_a_verb_that_takes_it() -> None:
    assert person_nominative("Ганс Мюллерді", object_verb=True) == "Ганс Мюллер"
    assert person_nominative("Ганс Мюллерді") == "Ганс Мюллерді"
    draft = draft_of(
        "Атырау облысының әкімі Серік Шәпкенов Германия елшісі Ганс Мюллерді қабылдады. "
        "Кездесуде тараптар энергетика саласын талқылады.",
        detected="kk",
    )
    assert "Ганс Мюллер" in {p.name for p in draft.people}


def test_a_russian_surname_takes_its_ending_in_either_harmony() -> None:
    assert strip_case("Жээнбековтың") == "Жээнбеков"
    assert strip_case("Жээнбековтің") == "Жээнбеков"
    assert strip_case("Нұрбектің") == "Нұрбек"


def test_initials_written_apart_stay_with_the_surname() -> None:
    draft = draft_of(
        "Жиында Қостанай өңірлік университетінің ректоры Б. Ж. Сейітқазиев сөз сөйледі. "
        "Ол университеттің жаңа бағдарламаларын таныстырды.",
        detected="kk",
    )
    assert "Б. Ж. Сейітқазиев" in {p.name for p in draft.people}


def test_an_ethnonym_ending_like_men_is_no_instrumental() -> None:
    assert strip_case("Түркімен") == "Түркімен"
    draft = draft_of(
        "Ашхабадта Абай атындағы Қазақ ұлттық педагогикалық университеті мен Махтумкули "
        "атындағы Түркімен мемлекеттік университетінің ректорлары кездесті.",
        detected="kk",
    )
    assert "Махтумкули атындағы Түркімен мемлекеттік университеті" in _names(draft)


def test_a_one_word_name_is_known_by_its_fullest_form_with_its_legal_forms() -> None:
    draft = draft_of(
        "Ақтөбе облысының әкімдігі мен «Темірбетон» ҰК АҚ арасында зауыт туралы меморандумға "
        "қол қойылды. «Темірбетон» жаңа цехты 2026 жылы ашады.",
        detected="kk",
    )
    company = next(o for o in draft.organizations if "Темірбетон" in o.name)
    assert company.name == "«Темірбетон» ҰК АҚ"
    assert "Темірбетон" in company.aliases


def test_a_latin_name_without_its_legal_form_is_the_same_company() -> None:
    draft = draft_of(
        "Павлодарда Nordex Energy жел паркін салады\n\n"
        "Неміс Nordex Energy SE компаниясы Павлодар облысының әкімдігімен жел паркі туралы "
        "келісімге қол қойды. Nordex Energy құрылысты 2026 жылы бастайды.",
        detected="kk",
    )
    names = _names(draft)
    assert "Nordex Energy SE" in names
    assert "Nordex Energy" not in names


def test_a_body_named_by_its_unit_after_a_place_in_the_locative_is_that_places() -> None:
    draft = draft_of(
        "Сәтбаевта қала әкімдігі мен «Жезқазған Су» ЖШС ауыз су туралы меморандумға қол "
        "қойды. Жоба 2025 жылы аяқталады.",
        detected="kk",
    )
    assert "Сәтбаев қала әкімдігі" in _names(draft)


def test_a_titles_body_joins_the_name_that_leaves_its_country_out() -> None:
    draft = draft_of(
        "Қазақстан Республикасы Энергетика министрлігі мен Әзербайжанның Цифрлық даму және "
        "көлік министрлігі келісімге қол қойды. Құжатқа Әзербайжанның көлік министрі Рашад "
        "Набиев қол қойды.",
        detected="kk",
    )
    assert not any(name.startswith("Әзербайжанның көлік") for name in _names(draft))


def test_a_home_bodys_short_form_joins_its_full_name() -> None:
    draft = draft_of(
        "ҰЛТТЫҚ МУЗЫКА КІТАПХАНАСЫ ЖАҢА ЖОБА БАСТАДЫ\n\n"
        "Қазақстан Республикасының Ұлттық музыка кітапханасы Бішкектің Ұлттық кітапханасымен "
        "келісімге қол қойды.",
        detected="kk",
    )
    assert not any(name.startswith("Ұлттық музыка") for name in _names(draft))


# Names: each text, a piece of a name, and whether some name holds it.
NAMES = {
    "an honoree stops at another's legal form": (
        "«Темір Жол» АҚ Л.Н. Гумилев атындағы Еуразия ұлттық университетімен келісімге қол қойды.",
        "АҚ Л.Н.",
        False,
    ),
    "an honoree stops at a country in the genitive": (
        "Кітапхана Түркияның Юнус Эмре атындағы Ұлттық кітапханасымен келісімге қол қойды.",
        "Түркияның",
        False,
    ),
    "a university's hospital is one name": (
        "Астана медицина университетіне Жапонияның Осака университеті ауруханасының "
        "делегациясы келді.",
        "Осака университеті ауруханасы",
        True,
    ),
    "a count before a type word names no body": (
        "Жамбыл облысының әкімдігі Қырғызстанның екі облысымен шекаралық сауда туралы "
        "меморандумға қол қойды. Құжат үш жылға жасалды.",
        "екі",
        False,
    ),
    "a bare type word after a surname is no name": (
        "Павлодар педагогикалық университетінде жаңа зертхана ашылды. Директор Асқар "
        "Бекжанов зертхана жұмысын қонақтарға таныстырды.",
        "Бекжанов",
        False,
    ),
    "a title in the plural opens no name": (
        "Кездесуге екі университеттің өкілдері қатысты. Проректорлары ортақ білім "
        "бағдарламалары және ғылыми серіктестік туралы пікір алмасты.",
        "Проректор",
        False,
    ),
    "a persons name after a title leaves no name to the type word": (
        "Кездесуге Қарағанды университетінің проректоры Болат Серікбаев ғылым академиясының "
        "өкілдерімен бірге қатысты. Тараптар ортақ жобаларды талқылады.",
        "Серікбаев",
        False,
    ),
    "a body cited by its site only reports": (
        "Оқу-ағарту министрлігі жаңа оқулықтарды таныстырды, деп хабарлайды Kazakh Daily "
        "ОБҚ сайтына сілтеме жасап. Оқулықтар 2026 жылы мектептерге жетеді.",
        "ОБҚ",
        False,
    ),
    "a plant an agreement is to build does not act": (
        "Қазақстан Республикасының Үкіметі мен Беларусь Республикасының Үкіметі арасында "
        "«Гомсельмаш-Қостанай» зауытын салу туралы келісімге қол қойылды.",
        "Гомсельмаш",
        False,
    ),
}


@pytest.mark.parametrize(("text", "piece", "held"), NAMES.values(), ids=NAMES.keys())
def test_names(text: str, piece: str, held: bool) -> None:
    assert any(piece in name for name in _names(draft_of(text, detected="kk"))) is held


def test_clauses_a_converb_joins_are_milestones_of_their_own() -> None:
    draft = draft_of(
        "Қостанай облысының әкімдігі жоба туралы хабарлады. Зауыт құрылысы 2025 жылдың "
        "сәуірінде басталып, 2027 жылы пайдалануға беріледі.",
        detected="kk",
    )
    found = {(m.title, m.date.isoformat() if m.date else None, m.status) for m in draft.milestones}
    assert ("Зауыт құрылысы", "2025-04", "planned") in found
    assert ("Пайдалануға беру", "2027", "planned") in found


def test_a_word_that_only_starts_like_a_month_is_no_date_word() -> None:
    assert month_number("қазандық") is None
    assert month_number("қазанда") == 10
    draft = draft_of(
        "Қала әкімдігі жаңа жоба туралы хабарлады. Жоба аясында 2026 жылға дейін жаңа "
        "қазандық салынады.",
        detected="kk",
    )
    (milestone,) = draft.milestones
    assert milestone.title == "Жаңа қазандық құрылысы"  # the thing built owns it


def test_bolady_makes_a_clause_planned() -> None:
    assert status_of("Екі ел арасында жұмыс тобы құрылатын болады.") == "planned"
    assert status_of("Бұл маңызды қадам болды.") == "done"
