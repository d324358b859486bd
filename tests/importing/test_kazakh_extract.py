"""A small Kazakh announcement end to end through `kztracker.importing.extract.extract`."""

from __future__ import annotations

from kztracker.dates import PartialDate
from kztracker.importing.extract import KnownNames, extract
from kztracker.importing.extract.gazetteer import KnownName
from kztracker.importing.extract.languages import rules_for
from kztracker.importing.read import read_text

ANNOUNCEMENT = """Семей медицина университеті Түркияның Эге университетімен меморандумға қол қойды
Басты бет
Жаңалықтар
10.04.2025, 16:20 312 Ләззат Бекова
Семей медицина университеті Эге университетімен ынтымақтастық туралы меморандумға қол қойды, \
деп хабарлайды Дала Ақпарат.
Бүгін Семей медицина университеті мен Эге университеті арасында ынтымақтастық туралы \
меморандумға қол қойылды. Құжатқа Семей медицина университетінің ректоры Арман Сапаров пен \
Эге университетінің проректоры Мехмет Йылмаз қол қойды.
Тараптар келесі жылы бірлескен жазғы мектеп ашуды жоспарлап отыр.
Біздің Telegram арнамызға жазылыңыз
Новости партнеров: в Алматы открылся новый торговый центр и начались продажи квартир
"""


def test_the_kazakh_rules_are_registered() -> None:
    rules = rules_for("kk")
    assert rules is not None and rules.code == "kk" and rules.name == "Kazakh"


def test_an_announcement_end_to_end() -> None:
    document = read_text(ANNOUNCEMENT)
    draft = extract(document)

    assert document.language == "kk"
    assert document.published_on == PartialDate(2025, 4, 10)
    assert document.title is not None and document.title.startswith("Семей медицина")

    names = sorted(o.name for o in draft.organizations)
    assert names == ["Семей медицина университеті", "Эге университеті"]

    people = {p.name: p for p in draft.people}
    assert set(people) == {"Арман Сапаров", "Мехмет Йылмаз"}
    assert people["Мехмет Йылмаз"].organization == "Эге университеті"
    assert people["Арман Сапаров"].title == "ректоры"

    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Семей медицина университеті", "Эге университеті"}
    assert set(memo.signatories) == {"Арман Сапаров", "Мехмет Йылмаз"}
    assert memo.signed_on == PartialDate(2025, 4, 10)  # «Бүгін», against the stamp

    school = next(m for m in draft.milestones if "мектеп" in m.title)
    assert school.status == "planned"
    assert school.date == PartialDate(2026)
    assert school.memorandum == memo.title


def test_a_publication_date_already_set_is_kept() -> None:
    document = read_text(ANNOUNCEMENT)
    document.published_on = PartialDate(2025, 4, 9)
    draft = extract(document)
    assert document.published_on == PartialDate(2025, 4, 9)
    assert draft.memoranda[0].signed_on == PartialDate(2025, 4, 9)


def test_the_databases_own_names_are_found_in_any_case() -> None:
    known = KnownNames(
        organizations=[
            KnownName("Binance Academy", ("Бинанс академиясы",), "company", None),
        ]
    )
    document = read_text(
        "Жаңа курс\nАстана IT университеті Бинанс академиясымен бірге жаңа курс іске қосты."
    )
    draft = extract(document, known)
    names = [o.name for o in draft.organizations]
    assert "Бинанс академиясы" in names
    assert "Астана IT университеті" in names


def test_noise_lines_and_a_foreign_footer_give_nothing() -> None:
    document = read_text(ANNOUNCEMENT)
    draft = extract(document)
    assert not any("Telegram" in o.name or "Дала" in o.name for o in draft.organizations)
    assert not any("Ләззат" in p.name for p in draft.people)


def test_a_place_before_an_honoree_is_not_part_of_the_name() -> None:
    document = read_text("Филиал\nТараз қаласында Әл-Фараби атындағы ҚазҰУ жаңа филиалын ашты.")
    draft = extract(document)
    assert [o.name for o in draft.organizations] == ["Әл-Фараби атындағы ҚазҰУ"]


def test_a_milestone_is_tied_to_the_memorandum_of_its_partners() -> None:
    document = read_text(
        "Екі меморандум\n"
        "Бүгін Қарағанды техникалық университеті мен Дрезден техникалық университеті "
        "арасында меморандумға қол қойылды. Сондай-ақ Павлодар педагогикалық университеті мен "
        "Лейпциг университеті арасында меморандумға қол қойылды. Лейпциг университеті келесі "
        "айда жазғы мектеп ұйымдастырмақ."
    )
    draft = extract(document)
    assert len(draft.memoranda) == 2
    school = next(m for m in draft.milestones if "ұйымдастыру" in m.title)
    assert school.memorandum == draft.memoranda[1].title
    assert school.organizations == ["Лейпциг университеті"]


def test_a_quoted_name_before_its_type_words_and_a_venue_in_the_locative() -> None:
    document = read_text(
        "Келісім\n"
        "«Болат-Транс» көлік логистика орталығы мен Ақтау халықаралық порты келісімге қол "
        "қойды. Қонақтарды Ақтау халықаралық әуежайында облыс әкімдігінің өкілдері күтіп алды."
    )
    draft = extract(document)
    assert [o.name for o in draft.organizations] == [
        "«Болат-Транс» көлік логистика орталығы",
        "Ақтау халықаралық порты",
    ]
