"""`kztracker import-sheet` and the service under it: spreadsheets in three languages and
encodings become matched records, bad rows are listed, bad files refused with nothing written."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kztracker.cli import main
from kztracker.db import open_database
from kztracker.models import (
    HistoryEntry,
    Memorandum,
    Milestone,
    Organization,
    Person,
    Provenance,
    Source,
)
from tests.importing.sheet_files import cache_formula_value, write_csv, write_xlsx


@pytest.fixture
def db(
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> str:
    monkeypatch.chdir(tmp_path)  # file names in messages stay short and exact
    assert main(["--db", database_url, "init"]) == 0
    capsys.readouterr()
    return database_url


@contextmanager
def _session(url: str) -> Iterator[Session]:
    database = open_database(url, create=False)
    try:
        with database.session() as session:
            yield session
    finally:
        database.dispose()


def _count(url: str, model: type) -> int:
    with _session(url) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


RUSSIAN_MILESTONES = [
    ["Название", "Срок", "Статус", "Партнёры", "Ответственный"],
    [
        "Запуск совместной лаборатории",
        dt.date(2026, 3, 1),
        "в работе",
        "Назарбаев Университет; AstraZeneca",
        "Пётр Иванов",
    ],
    ["Летняя школа", "10.2026", "Запланировано", "Назарбаев Университет", None],
    ["Итоговый отчёт", "32.13.2026", "выполнено", None, None],
    [None, "2026", "выполнено", "AstraZeneca", None],
    ["Круглый стол", "декабрь 2025", "непонятно", None, None],
    ["Семинар", "17 октября 2025 г.", "Выполнено", None, None],
]


def test_russian_milestones_are_applied_and_bad_rows_listed(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_xlsx(Path("plan.xlsx"), "Мероприятия", RUSSIAN_MILESTONES)
    assert main(["--db", db, "import-sheet", "plan.xlsx", "--yes"]) == 0
    out, err = capsys.readouterr()
    assert out == (
        "plan.xlsx: imported as 'plan.xlsx, sheet Мероприятия' (rows: 3): created 1 person, "
        "3 milestones; linked 2 partners\n"
    )
    assert err.splitlines() == [
        "kztracker: plan.xlsx: left out: row 4, column B (Срок) '32.13.2026': no such day or month",
        "kztracker: plan.xlsx: left out: row 5, column A (Название) '': no title",
        "kztracker: plan.xlsx: left out: row 6, column C (Статус) 'непонятно': not a status "
        "(planned, in progress, done or cancelled)",
    ]
    with _session(db) as session:
        lab = session.scalars(
            select(Milestone).where(Milestone.title == "Запуск совместной лаборатории")
        ).one()
        assert str(lab.due_on) == "2026-03-01" and lab.status == "in_progress"
        assert sorted(o.organization.name for o in lab.organizations) == [
            "AstraZeneca",
            "Nazarbayev University",
        ]
        assert lab.responsible is not None and lab.responsible.name == "Пётр Иванов"
        school = session.scalars(select(Milestone).where(Milestone.title == "Летняя школа")).one()
        assert str(school.due_on) == "2026-10" and school.status == "planned"
        seminar = session.scalars(select(Milestone).where(Milestone.title == "Семинар")).one()
        assert str(seminar.due_on) == "2025-10-17" and seminar.status == "done"
        # Provenance names the sheet, the row and the cell.
        source = session.scalars(
            select(Source).where(Source.title == "plan.xlsx, sheet Мероприятия")
        ).one()
        span = session.scalars(
            select(Provenance).where(
                Provenance.record_kind == "milestone", Provenance.record_id == lab.id
            )
        ).one()
        cited = source.full_text[span.span_start : span.span_end]
        assert cited.splitlines()[0] == "Мероприятия!A2: Запуск совместной лаборатории"
        assert "Мероприятия!B2: 2026-03-01" in cited
        created = session.scalars(
            select(HistoryEntry.record_id).where(
                HistoryEntry.record_kind == "milestone", HistoryEntry.action == "create"
            )
        ).all()
        assert lab.id in created and school.id in created


def test_a_dry_run_shows_the_mapping_and_writes_nothing(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_xlsx(Path("plan.xlsx"), "Лист1", RUSSIAN_MILESTONES)
    before = (_count(db, Milestone), _count(db, Source))
    assert main(["--db", db, "import-sheet", "plan.xlsx", "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["kind"] == "milestones" and result["rows"] == 3
    assert [c["field"] for c in result["columns"]] == [
        "title",
        "date",
        "status",
        "organizations",
        "responsible",
    ]
    assert {
        "row": 4,
        "column": "B",
        "header": "Срок",
        "value": "32.13.2026",
        "reason": "no such day or month",
    } in result["problems"]
    assert [m["date"] for m in result["milestones"]] == ["2026-03-01", "2026-10", "2025-10-17"]
    partners = {o["name"]: o["match"]["name"] for o in result["organizations"]}
    assert partners == {
        "Назарбаев Университет": "Nazarbayev University",
        "AstraZeneca": "AstraZeneca",
    }
    assert (_count(db, Milestone), _count(db, Source)) == before


def test_partners_in_cp1251_with_semicolons(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        ["Наименование", "Краткое название", "Тип", "Страна"],
        ["Каспийский институт морской биологии", "КИМБ", "научный центр", "Казахстан"],
        ["Степной аграрный университет", "", "Университет", "Казахстан"],
        ["Назарбаев Университет", "", "", ""],
    ]
    write_csv(Path("partners.csv"), rows, "cp1251", ";")
    assert main(["--db", db, "import-sheet", "partners.csv", "--yes", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["kind"] == "partners" and result["created"] == {"organization": 2}
    assert result["linked"] == {"organization": 1}
    with _session(db) as session:
        institute = session.scalars(
            select(Organization).where(Organization.short_name == "КИМБ")
        ).one()
        assert (institute.kind, institute.country) == ("research_centre", "Казахстан")
        steppe = session.scalars(
            select(Organization).where(Organization.name == "Степной аграрный университет")
        ).one()
        assert steppe.kind == "university"


def test_kazakh_people_in_utf16_with_commas(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        ["Аты-жөні", "Лауазымы", "Ұйым"],
        ["Әсел Құрманғалиқызы", "бағдарлама үйлестірушісі", "Назарбаев Университет"],
        ["", "кеңесші", ""],
    ]
    write_csv(Path("адамдар.csv"), rows, "utf-16", ",")
    assert main(["--db", db, "import-sheet", "адамдар.csv", "--yes"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(
        "адамдар.csv: imported as 'адамдар.csv, sheet адамдар' (rows: 1): created 1 person"
    )
    assert err == "kztracker: адамдар.csv: left out: row 3, column A (Аты-жөні) '': no name\n"
    with _session(db) as session:
        person = session.scalars(select(Person).where(Person.name == "Әсел Құрманғалиқызы")).one()
        assert person.title == "бағдарлама үйлестірушісі"
        assert (
            person.organization is not None and person.organization.name == "Nazarbayev University"
        )


def test_english_memoranda_in_utf8_sig_with_month_names(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        ["Title", "Type", "Status", "Parties", "Signed on", "Focus areas"],
        [
            "Memorandum on steppe ecology research",
            "MoU",
            "In force",
            "AstraZeneca; Steppe Ecology Institute",
            "March 2025",
            "Ecology",
        ],
        ["Agreement on student exchange", "Agreement", "", "Nazarbayev University", "2024", ""],
        ['=HYPERLINK("http://example.org")', "", "Draft", "", "5 May 2025", ""],
        ["Roadmap on water", "Roadmap", "postponed", "", "2026", ""],
    ]
    write_csv(Path("mou.csv"), rows, "utf-8-sig", ",")
    assert main(["--db", db, "import-sheet", "mou.csv", "--kind", "memoranda", "--yes"]) == 0
    assert capsys.readouterr().err == (
        "kztracker: mou.csv: left out: row 5, column C (Status) 'postponed': not a status "
        "(draft, signed, active, expired or terminated)\n"
    )
    with _session(db) as session:
        ecology = session.scalars(
            select(Memorandum).where(Memorandum.title == "Memorandum on steppe ecology research")
        ).one()
        assert str(ecology.signed_on) == "2025-03" and ecology.kind == "memorandum"
        assert ecology.status == "active"
        assert sorted(p.organization.name for p in ecology.parties) == [
            "AstraZeneca",
            "Steppe Ecology Institute",
        ]
        assert [a.focus_area.name for a in ecology.focus_areas] == ["Ecology"]
        exchange = session.scalars(
            select(Memorandum).where(Memorandum.title == "Agreement on student exchange")
        ).one()
        assert str(exchange.signed_on) == "2024" and exchange.kind == "agreement"
        assert exchange.status == "signed"  # no status given: signed, as an announcement's
        # A cell starting with '=' in a text column is text, never a formula.
        formula = session.scalars(select(Memorandum).where(Memorandum.title.startswith("="))).one()
        assert formula.title == '=HYPERLINK("http://example.org")' and formula.status == "draft"


def test_kazakh_milestones_workbook_with_formula_values(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        ["Атауы", "Мерзімі", "Мәртебесі", "Серіктестер"],
        ["Бірлескен зертхананы ашу", "2026 жылғы наурыз", "орындалуда", "AstraZeneca"],
        ["Жазғы мектеп", "=2020+7", "жоспарланған", ""],
        ["=жай мәтін", "15.09.2025", "орындалды", ""],
    ]
    path = write_xlsx(Path("кезеңдер.xlsx"), "Кезеңдер", rows, text_cells=("A4",))
    cache_formula_value(path, "B3", "2027")
    assert main(["--db", db, "import-sheet", "кезеңдер.xlsx", "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["problems"] == []
    dated = {m["title"]: (m["date"], m["status"]) for m in result["milestones"]}
    assert dated == {
        "Бірлескен зертхананы ашу": ("2026-03", "in_progress"),
        "Жазғы мектеп": ("2027", "planned"),
        "=жай мәтін": ("2025-09-15", "done"),
    }


def test_a_title_line_above_the_headers_is_passed_over(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        ["План мероприятий на 2026 год", None, None],
        [None, None, None],
        ["№", "Мероприятие", "Срок исполнения"],
        [1, "Визит делегации", "март 2026"],
        [2, "Форум партнёров", "весной"],
    ]
    write_xlsx(Path("план.xlsx"), "Лист1", rows)
    assert main(["--db", db, "import-sheet", "план.xlsx", "--dry-run", "--json"]) == 0
    out, err = capsys.readouterr()
    result = json.loads(out)
    assert [c["field"] for c in result["columns"]] == [None, "title", "date"]
    assert [(m["title"], m["date"]) for m in result["milestones"]] == [
        ("Визит делегации", "2026-03")
    ]
    assert err == (
        "kztracker: план.xlsx: left out: row 5, column C (Срок исполнения) 'весной': not a date\n"
    )


def test_a_sheet_is_chosen_by_name(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    write_xlsx(
        Path("book.xlsx"), "Partners", [["Name", "Country"], ["Steppe Institute", "Kazakhstan"]]
    )
    assert main(["--db", db, "import-sheet", "book.xlsx", "--sheet", "Plan", "--dry-run"]) == 1
    assert (
        capsys.readouterr().err
        == "kztracker: book.xlsx has no sheet 'Plan'; its sheets: Partners\n"
    )


def _bomb(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (120 * 1024 * 1024))


def _corrupt(path: Path) -> None:
    write_xlsx(path, "Sheet", [["Name"], ["X"]])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] + b"\xff" * 64 + data[len(data) // 2 :])


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        (
            "empty.xlsx",
            lambda p: p.write_bytes(b""),
            "empty.xlsx is empty; there is nothing to import",
        ),
        (
            "binary.xlsx",
            lambda p: p.write_bytes(bytes(range(256)) * 40),
            "binary.xlsx is not a valid spreadsheet (damaged?); save it again",
        ),
        (
            "binary.csv",
            lambda p: p.write_bytes(bytes(range(256)) * 40),
            "binary.csv does not look like a CSV file (binary data?); save it from its program "
            "as .xlsx or .csv",
        ),
        (
            "corrupt.xlsx",
            _corrupt,
            "corrupt.xlsx is a damaged spreadsheet; open it and save it again",
        ),
        (
            "bomb.xlsx",
            _bomb,
            "bomb.xlsx unpacks to far more data than a document holds (a zip bomb?); refused",
        ),
        (
            "big.csv",
            lambda p: p.write_bytes(b"Name\n" + b"x" * (51 * 1024 * 1024)),
            "big.csv is 51 MB; spreadsheets over 50 MB are refused (split it or save only the "
            "sheet to import)",
        ),
        (
            "notes.docx",
            lambda p: p.write_bytes(b"PK"),
            "notes.docx: unsupported file type .docx; use .xlsx, .xls, .ods or .csv",
        ),
        (
            "blank.csv",
            lambda p: p.write_bytes(b" ; \n;\n"),
            "blank.csv: the sheet 'blank' is empty; there is nothing to import",
        ),
        (
            "headers.csv",
            lambda p: p.write_bytes(b"foo,bar\n1,2\n"),
            "no column header of sheet 'headers' names a known field; put the headers in the "
            "first row or give --kind",
        ),
    ],
)
def test_a_bad_file_is_one_message_and_nothing_written(
    db: str, capsys: pytest.CaptureFixture[str], name: str, make: object, message: str
) -> None:
    make(Path(name))  # type: ignore[operator]
    sources = _count(db, Source)
    assert main(["--db", db, "import-sheet", name, "--yes"]) == 1
    assert capsys.readouterr().err == f"kztracker: {message}\n"
    assert _count(db, Source) == sources


def test_the_announcement_import_points_a_spreadsheet_to_import_sheet(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    write_xlsx(Path("partners.xlsx"), "Partners", [["Name"], ["Steppe Institute"]])
    assert main(["--db", db, "import", "partners.xlsx", "--dry-run"]) == 1
    assert capsys.readouterr().err == (
        "kztracker: partners.xlsx: unsupported file type .xlsx for an announcement (use .txt, "
        ".html, .htm, .docx or .pdf); import a spreadsheet with kztracker import-sheet or "
        "File > Import spreadsheet\n"
    )


def test_repeated_cells_are_read_once_yet_reported_on_every_row(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # A column's distinct cells are read once: a bad status repeated is still each row's
    # problem, a truth value is not taken for the number 1, and a short row reads as empty.
    rows: list[list[object]] = [
        ["Title", "Due", "Status"],
        ["Workshop two", True, "planned"],
        ["Workshop one", 1, "someday"],
        ["Workshop three", "2026", "someday"],
        ["Workshop five", 1, "planned"],
        ["Workshop four", "2026"],
    ]
    write_xlsx(Path("repeat.xlsx"), "Plan", rows)
    assert main(["--db", db, "import-sheet", "repeat.xlsx", "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [(p["row"], p["column"], p["value"]) for p in result["problems"]] == [
        (2, "B", "True"),
        (3, "C", "someday"),
        (4, "C", "someday"),
    ]
    assert [(m["title"], m["date"], m["status"]) for m in result["milestones"]] == [
        ("Workshop five", "1899-12-31", "planned"),  # Excel's day 1
        ("Workshop four", "2026", "planned"),
    ]
