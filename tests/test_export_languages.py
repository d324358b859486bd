"""Workbooks in Kazakh and Russian: sheet names, headers, summary translated; data as entered."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from kztracker import i18n, vocabulary
from kztracker.cli import main
from kztracker.db import Database
from kztracker.exporting.languages import in_language
from kztracker.exporting.words import WORDS, word
from kztracker.models import Memorandum

ENGLISH_SHEETS = [
    "Summary",
    "Memoranda",
    "Milestones",
    "Partners",
    "People",
    "Focus areas",
    "Sources",
]
SHEETS = {
    "ru": [
        "Сводка",
        "Меморандумы",
        "Этапы",
        "Партнёры",
        "Лица",
        "Приоритетные направления",
        "Источники",
    ],
    "kk": [
        "Жиынтық",
        "Меморандумдар",
        "Кезеңдер",
        "Серіктестер",
        "Тұлғалар",
        "Басым бағыттар",
        "Дереккөздер",
    ],
}
# The first headers of the Milestones sheet, and a heading of the Summary, in each language.
MILESTONE_HEADERS = {
    "en": ["Title", "Memorandum", "Focus area"],
    "ru": ["Название", "Меморандум", "Приоритетное направление"],
    "kk": ["Атауы", "Меморандум", "Басым бағыт"],
}
BY_STATUS = {
    "en": "Memoranda by status",
    "ru": "Меморандумы по статусам",
    "kk": "Меморандумдар мәртебесі бойынша",
}


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_workbook_word_reads_in_the_language(language: str) -> None:
    with in_language(language):
        untranslated = sorted(key for key in WORDS if word(key) == WORDS[key])
    assert not untranslated, f"{language} lacks: {untranslated}"


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_sheet_names_are_valid_excel_names(language: str) -> None:
    with in_language(language):
        for key in WORDS:
            if key.startswith("sheet."):
                name = word(key)
                assert len(name) <= 31 and not set(name) & set("[]:*?/\\"), name


def test_in_language_restores_the_earlier_language() -> None:
    with in_language("ru"):
        assert vocabulary.status_label("in_progress") == "Выполняется"
        with in_language("kk"):
            assert vocabulary.status_label("in_progress") == "Орындалуда"
        assert vocabulary.status_label("in_progress") == "Выполняется"
    assert vocabulary.status_label("in_progress") == "In progress"


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_cli_export_in_each_language(
    seeded_db: Database, database_url: str, tmp_path: Path, language: str
) -> None:
    out = tmp_path / f"{language}.xlsx"
    assert main(["--db", database_url, "export", str(out), "--language", language]) == 0
    workbook = load_workbook(out)
    # The hidden register of exported records keeps its machine name in every language.
    assert workbook.sheetnames == [*SHEETS.get(language, ENGLISH_SHEETS), "kztracker"]
    milestones = workbook.worksheets[2]
    headers = [cell.value for cell in milestones[1]]
    assert headers[:3] == MILESTONE_HEADERS[language]
    summary_texts = {
        cell.value for row in workbook.worksheets[0].iter_rows() for cell in row if cell.value
    }
    assert BY_STATUS[language] in summary_texts
    if language != "en":
        # No header of any sheet is left in English.
        english = set(WORDS.values())
        for sheet in workbook.worksheets[1:]:
            for cell in sheet[1]:
                assert cell.value not in english, (sheet.title, cell.value)
    # Record data stays as entered.
    with seeded_db.session() as session:
        titles = set(session.scalars(select(Memorandum.title)))
    memoranda = workbook.worksheets[1]
    assert titles <= {row[0].value for row in memoranda.iter_rows(min_row=2)}
    # The language does not stay behind for the next export.
    assert vocabulary.status_label("done") == "Done"


@pytest.mark.parametrize("before", ["en", "ru"])
def test_cli_export_leaves_the_process_in_its_own_language(
    seeded_db: Database,
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    before: str,
) -> None:
    # The command line speaks KZTRACKER_LANGUAGE; --language is the workbook's alone.
    monkeypatch.setenv(i18n.ENVIRONMENT_VARIABLE, before)
    try:
        out = tmp_path / "kk.xlsx"
        assert main(["--db", database_url, "export", str(out), "--language", "kk"]) == 0
        assert load_workbook(out).sheetnames == [*SHEETS["kk"], "kztracker"]
        assert i18n.current_language() == before
    finally:
        i18n.set_language("en")


def test_cli_refuses_an_unknown_language(
    seeded_db: Database, database_url: str, tmp_path: Path
) -> None:
    with pytest.raises(SystemExit):
        main(["--db", database_url, "export", str(tmp_path / "x.xlsx"), "--language", "de"])


def test_a_word_with_two_meanings_reads_right_in_each_place(
    seeded_db: Database, database_url: str, tmp_path: Path
) -> None:
    out = tmp_path / "ru.xlsx"
    assert main(["--db", database_url, "export", str(out), "--language", "ru"]) == 0
    workbook = load_workbook(out)
    assert workbook.sheetnames[0] == "Сводка"  # the Summary sheet
    memoranda_headers = [cell.value for cell in workbook.worksheets[1][1]]
    assert "Краткое содержание" in memoranda_headers  # a memorandum's summary
    assert "Сводка" not in memoranda_headers
    milestone_headers = [cell.value for cell in workbook.worksheets[2][1]]
    assert "Дата выполнения" in milestone_headers  # when it was completed, not "done"
    partner_headers = [cell.value for cell in workbook.worksheets[3][1]]
    people_headers = [cell.value for cell in workbook.worksheets[4][1]]
    assert partner_headers[0] == "Наименование"  # an organization's name
    assert people_headers[0] == "ФИО"  # a person's full name
