"""Russian: a hard-wrapped page (lines broken inside sentences, as a plain-text mail or a PDF
gives them) is read a sentence at a time, not a line at a time."""

from __future__ import annotations

from kztracker.importing.extract.russian.segment import segment
from tests.importing.drafting import draft_of

_WRAPPED = (
    "Алтайский и павлодарский вузы договорились о партнерстве\n"
    "Ректор Алтайского государственного университета Петр Соболев и\n"
    "ректор Павлодарского педагогического университета Марат Ермеков\n"
    "подписали меморандум о сотрудничестве в области подготовки учителей.\n"
    "Документ предусматривает совместные программы двойного диплома и\n"
    "обмен преподавателями.\n"
)


def test_a_sentence_broken_across_lines_is_one_sentence() -> None:
    sentences = segment(_WRAPPED).sentences
    texts = [s.text for s in sentences]
    assert texts[0] == "Алтайский и павлодарский вузы договорились о партнерстве"
    assert texts[1].startswith("Ректор Алтайского")
    assert texts[1].endswith("подготовки учителей.")
    assert texts[2] == (
        "Документ предусматривает совместные программы двойного диплома и обмен преподавателями."
    )
    assert len(sentences) == 3
    for sentence in sentences:  # the offsets still point at the sentence in the page
        assert _WRAPPED[sentence.start : sentence.end].replace("\n", " ") == sentence.text


def test_names_and_titles_broken_across_lines_are_found_whole() -> None:
    draft = draft_of(_WRAPPED)
    names = {o.name for o in draft.organizations}
    assert "Алтайский государственный университет" in names
    assert "Павлодарский педагогический университет" in names
    people = {p.name: p.title for p in draft.people}
    assert people["Марат Ермеков"] == "ректор Павлодарского педагогического университета"
    assert len(draft.memoranda) == 1
    assert len(draft.memoranda[0].parties) == 2


def test_a_line_ending_on_a_preposition_runs_on_into_a_capitalised_line() -> None:
    text = (
        "Визит в Ташкент\n"
        "Заместитель министра энергетики Казахстана провел встречу с\n"
        "Министерством энергетики Узбекистана по вопросам поставок газа.\n"
    )
    sentences = segment(text).sentences
    assert len(sentences) == 2
    assert sentences[1].text.endswith("поставок газа.")


def test_a_headline_and_separate_paragraphs_stay_apart() -> None:
    text = (
        "Новый корпус клиники открыт в Актобе\n"
        "Областная больница получила новое оборудование для операционных и палат\n"
        "\n"
        "на сумму два миллиарда тенге, сообщили в управлении здравоохранения области.\n"
    )
    texts = [s.text for s in segment(text).sentences]
    assert texts[0] == "Новый корпус клиники открыт в Актобе"
    assert not any("палат" in t and "сумму" in t for t in texts)


def test_a_stamp_line_after_a_headline_is_not_run_on() -> None:
    text = (
        "Министр провел встречу с руководителями крупных компаний страны\n"
        " date 2025-11-12 Министр энергетики провел встречу с руководством компаний в Астане.\n"
    )
    texts = [s.text for s in segment(text).sentences]
    assert texts[0] == "Министр провел встречу с руководителями крупных компаний страны"
    assert texts[1].startswith("Министр энергетики")
