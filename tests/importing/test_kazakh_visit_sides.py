"""Kazakh agreements: provinces as sides, a visit's host and visitor as a signing's sides, short
foreign names in the instrumental, and a type word's bare form qualifying another."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_a_province_is_a_side_of_a_regions_agreement() -> None:
    draft = kazakh_draft(
        "Өңіраралық байланыс\n"
        "Сапар барысында Жамбыл облысы мен Ганьсу провинциясы арасында достық туралы "
        "келісімге қол қойылды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Жамбыл облысы", "Ганьсу провинциясы"}


def test_a_signing_after_a_visit_has_the_host_and_the_visitor_as_sides() -> None:
    draft = kazakh_draft(
        "Сапар нәтижесі\n"
        "Семей медицина университетіне Новосибирск мемлекеттік университетінің делегациясы "
        "келді.\n\n"
        "Қонақтар зертханаларды аралады. Кездесу соңында ынтымақтастық меморандумына қол "
        "қойылды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {
        "Семей медицина университеті",
        "Новосибирск мемлекеттік университеті",
    }


def test_a_visit_from_a_country_alone_gives_no_sides() -> None:
    draft = kazakh_draft(
        "Сапар нәтижесі\n"
        "Семей медицина университетіне Жапония делегациясы келді. Кездесу соңында "
        "ынтымақтастық меморандумына қол қойылды."
    )
    (memo,) = draft.memoranda
    assert memo.parties == []


def test_a_short_name_loses_the_instrumental() -> None:
    draft = kazakh_draft("Кездесу\nОблыс әкімі провинция губернаторы Ван Сяомен кездесті.")
    assert "Ван Сяо" in {p.name for p in draft.people}


def test_a_bare_type_word_before_another_qualifies_it() -> None:
    draft = kazakh_draft(
        "Сапар\nПавлодар университетіне Үрімжі қаласындағы орталық ауруханадан дәрігерлер келді."
    )
    assert "Үрімжі қаласындағы орталық аурухана" in {o.name for o in draft.organizations}


def test_two_cities_sign_as_themselves() -> None:
    draft = kazakh_draft(
        "Бауырлас қалалар\n"
        "Форум аясында Өскемен қаласы мен Барнауыл қаласы арасында бауырлас қалалар туралы "
        "келісімге қол қойылды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Өскемен қаласы", "Барнауыл қаласы"}
