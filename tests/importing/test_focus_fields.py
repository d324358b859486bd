"""Focus areas: the fields after a lead (in the nominative in Russian), the clauses, regions
and vague words that name no field, and each memorandum's own fields in every language."""

from kztracker.importing.draft import Draft
from tests.importing.drafting import draft_of


def _areas(draft: Draft) -> list[str]:
    return [area.name for area in draft.focus_areas]


def test_fields_after_a_lead_are_put_in_the_nominative() -> None:
    draft = draft_of(
        "Институты подписали меморандум\n"
        "Павлодарский педагогический университет и Новосибирский институт геологии подписали "
        "меморандум о сотрудничестве в области гидрогеологии и водных ресурсов."
    )
    assert _areas(draft) == ["Гидрогеология", "Водные ресурсы"]
    assert draft.memoranda[0].focus_areas == ["Гидрогеология", "Водные ресурсы"]


def test_cooperation_in_a_field_and_a_development_lead() -> None:
    draft = draft_of(
        "Встреча министров\n"
        "Министр сельского хозяйства Казахстана Айдар Бекович Сулейменов встретился с послом "
        "Монголии. Стороны обсудили сотрудничество в ветеринарии, а также взаимодействие в "
        "сфере развития овцеводства."
    )
    assert _areas(draft) == ["Ветеринария", "Овцеводство"]


def test_a_region_a_clause_and_a_vague_list_name_no_field() -> None:
    draft = draft_of(
        "Делегация посетила университет\n"
        "Ректор Торайгыров университета Ерлан Кайратович Оспанов встретил делегацию в области "
        "Абай. Стороны договорились о сотрудничестве по широкому кругу вопросов, а также "
        "определены дальнейшие шаги. Обсуждено взаимодействие в политической, экономической "
        "и культурной сферах."
    )
    assert _areas(draft) == []


def test_a_memorandum_gets_the_fields_of_its_own_paragraph() -> None:
    draft = draft_of(
        "Подписаны два меморандума\n"
        "Карагандинский медицинский университет и Казанский медицинский университет подписали "
        "меморандум о сотрудничестве в сфере фармакологии.\n\n"
        "Кроме того, Омский аграрный университет и Костанайский региональный университет "
        "подписали соглашение о сотрудничестве в области агрохимии."
    )
    fields = {tuple(m.parties): m.focus_areas for m in draft.memoranda}
    assert sorted(_areas(draft)) == ["Агрохимия", "Фармакология"]
    assert sorted(map(tuple, fields.values())) == [("Агрохимия",), ("Фармакология",)]


def test_kazakh_fields_come_before_the_word_that_names_them_fields() -> None:
    draft = draft_of(
        "Университеттер меморандумға қол қойды\n"
        "Торайғыров университеті мен Новосібір мемлекеттік университеті геология, су "
        "ресурстары және экология салаларында ынтымақтастық туралы меморандумға қол қойды."
    )
    assert _areas(draft) == ["Геология", "Су ресурстары", "Экология"]


def test_kazakh_list_stops_at_a_case_form_a_title_and_a_comma_before_a_qualifier() -> None:
    draft = draft_of(
        "Облыс әкімі қонақтарды қабылдады\n"
        "Облыс әкімі Ерлан Ахметов тәжірибені мал шаруашылығы саласында бөлісті. Кездесуге "
        "дәрігерлер, фармацевтика өндірушілері және денсаулық сақтау саласындағы компаниялар "
        "қатысты. Тараптар гуманитарлық салада да жұмыс істейді."
    )
    assert _areas(draft) == ["Мал шаруашылығы", "Денсаулық сақтау"]


def test_russian_fields_already_in_the_nominative_and_quoted_words() -> None:
    draft = draft_of(
        "Соглашение подписано\n"
        "Карагандинский технический университет и Уральский федеральный университет подписали "
        "соглашение. Направления сотрудничества: совместные учебные программы, академическая "
        "мобильность. "
        "Стороны также договорились о взаимодействии в сфере «умной» энергетики."
    )
    assert _areas(draft) == [
        "Совместные учебные программы",
        "Академическая мобильность",
        "«Умная» энергетика",
    ]


def test_english_fields_lose_their_heads_and_clauses_and_cut_off_adjectives() -> None:
    draft = draft_of(
        "Two universities sign a memorandum\n"
        "Karaganda Technical University and the University of Bergen signed a memorandum of "
        "understanding on cooperation in the areas of maintaining river ecology, hydropower "
        "engineering between Norway and Kazakhstan, and geological. The parties will cooperate "
        "in key areas such as soil science and other areas."
    )
    names = _areas(draft)
    assert names == ["River ecology", "Hydropower engineering", "Soil science"]


def test_english_memoranda_get_their_fields_from_the_same_stage() -> None:
    draft = draft_of(
        "Universities sign two memoranda\n"
        "Shakarim University and the University of Tartu signed a memorandum on cooperation in "
        "the areas of dairy farming and veterinary medicine.\n\n"
        "Separately, Kostanay Regional University and Ghent University signed a memorandum on "
        "cooperation in the area of irrigation."
    )
    fields = sorted(tuple(m.focus_areas) for m in draft.memoranda)
    assert fields == [("Dairy farming", "Veterinary medicine"), ("Irrigation",)]


def test_two_russian_nouns_sharing_one_complement_are_one_field() -> None:
    draft = draft_of(
        "Меморандум подписан\n"
        "Костанайский аграрный университет и Курганский аграрный университет подписали "
        "меморандум о сотрудничестве в области хранения и переработки картофеля, а также "
        "кормопроизводства и пчеловодства."
    )
    assert _areas(draft) == [
        "Хранение и переработка картофеля",
        "Кормопроизводство",
        "Пчеловодство",
    ]


def test_russian_modifiers_sharing_a_head_a_project_and_a_quoted_road() -> None:
    draft = draft_of(
        "Соглашения подписаны\n"
        "Павлодарский университет и Томский университет подписали соглашение о научном и "
        "спортивном сотрудничестве. Стороны обсудили проект по ремонту автодороги «Север – "
        "Юг» мощностью в четыре полосы."
    )
    assert _areas(draft) == [
        "Научное сотрудничество",
        "Спортивное сотрудничество",
        "Ремонт автодороги «Север – Юг»",
    ]


def test_cooperation_of_a_kind_in_any_case_but_not_a_vague_or_national_one() -> None:
    russian = draft_of(
        "Губернаторы встретились\n"
        "Аким Павлодарской области Асаин Байханов и губернатор Омской области обсудили развитие "
        "агропромышленного сотрудничества. Казахстанско-российское и взаимовыгодное "
        "сотрудничество продолжится."
    )
    assert _areas(russian) == ["Агропромышленное сотрудничество"]
    kazakh = draft_of(
        "Әкімдер кездесті\n"
        "Павлодар облысының әкімі Асаин Байханов Омбы облысының губернаторымен кездесіп, "
        "көлік-логистикалық және мәдени ынтымақтастықты талқылады. Өзара ынтымақтастық "
        "жалғасады."
    )
    assert _areas(kazakh) == ["Көлік-логистикалық ынтымақтастық", "Мәдени ынтымақтастық"]
