"""Kazakh agreements: which clauses are signed documents, their parties, signatories and date."""

from __future__ import annotations

from kztracker.dates import PartialDate
from tests.importing.drafting import kazakh_draft


def test_a_signed_memorandum_names_its_parties_and_date() -> None:
    draft = kazakh_draft(
        "Жаңа серіктестік\n"
        "2024 жылғы 12 наурызда Павлодар педагогикалық университеті мен Новосибирск "
        "мемлекеттік университеті арасында ынтымақтастық туралы меморандумға қол қойылды."
    )
    (memo,) = draft.memoranda
    assert memo.parties == [
        "Павлодар педагогикалық университеті",
        "Новосибирск мемлекеттік университеті",
    ]
    assert memo.signed_on == PartialDate(2024, 3, 12)
    assert memo.kind == "memorandum"


def test_parties_in_an_oblique_case_are_named_in_the_nominative() -> None:
    draft = kazakh_draft(
        "Келісім жасалды\nЭкология институты Балқаш зерттеу орталығымен келісімге қол қойды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Экология институты", "Балқаш зерттеу орталығы"}
    assert memo.kind == "agreement"


def test_two_documents_with_other_partners_are_two_memoranda() -> None:
    draft = kazakh_draft(
        "Екі құжат\n"
        "Ұлттық музей мен Грузия Ұлттық музейі арасында меморандумға қол қойылды. "
        "Сондай-ақ Жастар театры мен Тбилиси драма театры арасында келісім жасалды."
    )
    assert [sorted(m.parties) for m in draft.memoranda] == [
        ["Грузия Ұлттық музейі", "Ұлттық музей"],
        ["Жастар театры", "Тбилиси драма театры"],
    ]


def test_the_headline_and_the_body_about_one_document_give_one_memorandum() -> None:
    draft = kazakh_draft(
        "Кардиология орталығы мен Прага клиникасы меморандумға қол қойды\n"
        "Меморандумға Кардиология орталығы тарапынан директор Арман Жұмабаев пен Прага "
        "клиникасы тарапынан бас дәрігер Ян Новак қол қойды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Кардиология орталығы", "Прага клиникасы"}
    assert set(memo.signatories) == {"Арман Жұмабаев", "Ян Новак"}


def test_an_agreement_only_expected_is_a_planned_milestone() -> None:
    draft = kazakh_draft(
        "Сапар басталды\n"
        "Сапар барысында Көлік министрлігі мен Баку порты арасында келісімге қол қойылады "
        "деп күтілуде."
    )
    assert draft.memoranda == []
    assert any(m.status == "planned" for m in draft.milestones)


def test_a_region_is_a_party_only_of_its_own_agreement() -> None:
    draft = kazakh_draft(
        "Облыстар серіктес болды\n"
        "Жамбыл облысы мен Шу облысы ынтымақтастық меморандумына қол қойды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Жамбыл облысы", "Шу облысы"}
    visit = kazakh_draft(
        "Сапар\nКелісім Премьер-министрдің Моңғолия Республикасына сапары кезінде жасалды."
    )
    assert visit.memoranda == []
    assert all("Республикасы" not in o.name for o in visit.organizations)


def test_ministries_in_the_plural_are_one_party_of_each_country() -> None:
    draft = kazakh_draft(
        "Екі министрлік\n"
        "2021 жылы Қазақстан мен Моңғолия Республикасының Мәдениет министрліктері арасында "
        "меморандумға қол қойылды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {
        "Қазақстан Республикасының Мәдениет министрлігі",
        "Моңғолия Республикасының Мәдениет министрлігі",
    }
    assert memo.signed_on == PartialDate(2021)


def test_a_short_form_and_an_acronym_join_the_full_name() -> None:
    draft = kazakh_draft(
        "Серіктестік\n"
        "Жәңгір хан атындағы Батыс Қазақстан аграрлық-техникалық университеті Омбы аграрлық "
        "университетімен меморандумға қол қойды. Жәңгір хан атындағы БҚАТУ бұл келісімді "
        "маңызды санайды. Омбы университеті де қуанышты."
    )
    names = [o.name for o in draft.organizations]
    assert names == [
        "Жәңгір хан атындағы Батыс Қазақстан аграрлық-техникалық университеті",
        "Омбы аграрлық университеті",
    ]


def test_a_plan_under_a_memorandum_is_no_planned_agreement() -> None:
    draft = kazakh_draft(
        "Жаңа жоба\n"
        "Меморандум аясында Көкшетау машина жасау компаниясы 2027 жылы жаңа цех салуды "
        "жоспарлап отыр."
    )
    (plant,) = draft.milestones
    assert plant.status == "planned"
    assert plant.date == PartialDate(2027)
    assert plant.title.endswith("цех салу")


def test_the_document_named_again_is_the_same_memorandum() -> None:
    draft = kazakh_draft(
        "Келісім\n"
        "Ақмола облысының әкімдігі мен Вена экономика университеті келісімге қол қойды. "
        "Құжатқа ВЭУ ректоры Ханс Мюллер қол қойды."
    )
    (memo,) = draft.memoranda
    assert memo.signatories == ["Ханс Мюллер"]
    assert set(memo.parties) == {"Ақмола облысының әкімдігі", "Вена экономика университеті"}


def test_the_ministry_by_its_type_word_is_the_one_the_text_names() -> None:
    draft = kazakh_draft(
        "Жаңа келісім\n"
        "Цифрлық даму министрлігі жаңа порталды іске қосты. Былтыр министрлік пен Азия даму "
        "банкі арасында келісім жасалған болатын."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Цифрлық даму министрлігі", "Азия даму банкі"}


def test_an_acronym_in_brackets_is_the_short_name() -> None:
    draft = kazakh_draft(
        "Жол картасы\n"
        "Еңбек министрлігі мен Халықаралық еңбек ұйымы (ХЕҰ) жол картасына қол қойды. "
        "ХЕҰ өкілі құжатты таныстырды."
    )
    organization = next(o for o in draft.organizations if o.name == "Халықаралық еңбек ұйымы")
    assert organization.short_name == "ХЕҰ"
    assert len(draft.organizations) == 2
    assert draft.memoranda[0].kind == "roadmap"


def test_an_agreement_between_two_governments_has_them_as_parties() -> None:
    draft = kazakh_draft(
        "Үкіметаралық құжаттар\n"
        "Қазақстан мен Қырғызстан үкіметтері арасында су ресурстары туралы келісімге қол "
        "қойылды."
    )
    assert [(m.parties, m.kind) for m in draft.memoranda] == [
        (["Қазақстан Республикасының Үкіметі", "Қырғыз Республикасының Үкіметі"], "agreement"),
    ]
    assert draft.memoranda[0].title.endswith("су ресурстары туралы келісім")


def test_states_named_bare_are_no_parties_of_their_document() -> None:
    """A state is no body that signs (the corpus guide; the English and Russian rules read it
    so too): the protocol is signed, its parties go unnamed, and neither state is proposed."""
    draft = kazakh_draft("Көлік\nҚазақстан мен Ресей арасында көлік туралы хаттамаға қол қойылды.")
    assert [(m.parties, m.kind) for m in draft.memoranda] == [([], "protocol")]
    assert draft.organizations == []


def test_states_named_outside_an_agreement_are_no_organizations() -> None:
    draft = kazakh_draft(
        "Сауда\n"
        "Қазақстан мен Ресей арасында тауар айналымы өсті. Ресей Федерациясы маңызды серіктес."
    )
    assert draft.organizations == []


def test_a_quoted_company_in_an_oblique_case_and_named_universities_as_parties() -> None:
    draft = kazakh_draft(
        "Үш тарап\n"
        "Әл-Фараби атындағы ҚазҰУ, Сәтбаев университеті және «Қазгеология» ҰК-мен "
        "үшжақты меморандумға қол қойылды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {
        "Әл-Фараби атындағы ҚазҰУ",
        "Сәтбаев университеті",
        "«Қазгеология» ҰК",
    }
    company = next(o for o in draft.organizations if o.name == "«Қазгеология» ҰК")
    assert company.kind == "company"


def test_the_parties_are_those_just_named() -> None:
    draft = kazakh_draft(
        "Серіктестік\n"
        "Кеше Маңғыстау облысының әкімдігіне Норвегия теңіз институтының делегациясы келді. "
        "Тараптар ынтымақтастық туралы меморандумға қол қойды."
    )
    (memo,) = draft.memoranda
    assert set(memo.parties) == {"Маңғыстау облысының әкімдігі", "Норвегия теңіз институты"}


def test_a_headline_telling_of_the_bodys_document_in_short_is_the_same_document() -> None:
    draft = kazakh_draft(
        "Спорт министрлігі мен ЮНЕСКО жұмыс жоспарына қол қойды\n"
        "Жарияланған күні: 3 наурыз 2023, 10:00\n"
        "Қазақстан Республикасы Туризм және спорт министрлігі мен ЮНЕСКО бірлескен жұмыс "
        "жоспарына қол қойды. Құжатқа вице-министр Ерлан Қожағапанов қол қойды."
    )
    assert draft.document.published_on == PartialDate(2023, 3, 3)
    (memo,) = draft.memoranda
    assert memo.kind == "roadmap"
    assert set(memo.parties) == {"Қазақстан Республикасы Туризм және спорт министрлігі", "ЮНЕСКО"}
    assert memo.signatories == ["Ерлан Қожағапанов"]


def test_words_made_from_a_document_word_or_its_plural_are_no_document() -> None:
    draft = kazakh_draft(
        "Отырыс\n"
        "Атырау мұнай институты мен Бергер зерттеу орталығы хаттамалық шешім қабылданды деп "
        "мәлімдеді. Қазгидромет агенттігі мен Тыва метеорология орталығы бұрынғы келісімдер "
        "туралы айтты."
    )
    assert draft.memoranda == []


def test_the_host_is_no_party_and_an_unknown_acronym_in_the_list_is() -> None:
    draft = kazakh_draft(
        "Форум\n"
        "Кеше Сәтбаев университетінде өткен форумда Энергетика министрлігі, ЮНИДО және "
        "Павлодар инновациялық университеті арасында үшжақты меморандумға қол қойылды."
    )
    (memo,) = draft.memoranda
    assert memo.parties == ["Энергетика министрлігі", "ЮНИДО", "Павлодар инновациялық университеті"]
    assert "Сәтбаев университеті" in [o.name for o in draft.organizations]


def test_a_document_with_one_side_is_titled_as_signed_by_it() -> None:
    draft = kazakh_draft(
        "Университет меморандумға қол қойды\n"
        "Торайғыров университеті бүгін ынтымақтастық туралы меморандумға қол қойды."
    )
    [memo] = draft.memoranda
    assert memo.parties == ["Торайғыров университеті"]
    assert memo.title == "Торайғыров университеті қол қойған ынтымақтастық туралы меморандум"
