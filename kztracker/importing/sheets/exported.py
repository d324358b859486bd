"""Reading back a workbook kztracker exported: each record sheet's rows with their hidden id
and version (kztracker.exporting.identity), and the register of the records it held.

Cells are read as the export writes them: a date cell to the precision its number format
shows (yyyy, mmm yyyy, dd.mm.yyyy), a link as its cached text, never a formula evaluated.
Headers are recognised in any of the export's languages, so a Russian export edited by a
colleague whose kztracker speaks Kazakh still comes back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import zip_longest
from pathlib import Path
from typing import Any, NamedTuple

from kztracker import i18n
from kztracker.dates import PartialDate
from kztracker.exporting import identity
from kztracker.exporting.words import word
from kztracker.i18n import _, quoted
from kztracker.importing.errors import ImportInputError
from kztracker.importing.sheets import values

# Each record sheet's columns that come back: the export's header word, the record's field,
# and how the cell reads ("text", "date", "status", "memorandum_status", "organization_kind",
# "memorandum_kind", "ref:<kind>" for one related record by name, "refs:<kind>" for several,
# "parties" for partners each with its role in brackets, "aliases" for other spellings).
COLUMNS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "milestone": (
        ("col.title", "title", "text"),
        ("col.memorandum", "memorandum_id", "ref:memorandum"),
        ("col.focus_area", "focus_area_id", "ref:focus_area"),
        ("col.start", "start_on", "date"),
        ("col.due", "due_on", "date"),
        ("col.completed", "completed_on", "date"),
        ("col.status", "status", "status"),
        ("col.responsible", "responsible_id", "ref:person"),
        ("col.organizations", "organization_ids", "refs:organization"),
        ("col.notes", "notes", "text"),
    ),
    "memorandum": (
        ("col.title", "title", "text"),
        ("col.kind", "kind", "memorandum_kind"),
        ("col.status", "status", "memorandum_status"),
        ("col.signed_on", "signed_on", "date"),
        ("col.valid_until", "valid_until", "date"),
        ("col.parties", "party_ids", "parties"),
        ("col.signatories", "signatory_ids", "refs:person"),
        ("col.focus_areas", "focus_area_ids", "refs:focus_area"),
        ("col.responsible", "responsible_id", "ref:person"),
        ("col.summary", "summary", "text"),
    ),
    "organization": (
        ("col.name", "name", "text"),
        ("col.short_name", "short_name", "text"),
        ("col.kind", "kind", "organization_kind"),
        ("col.country", "country", "text"),
        ("col.parent", "parent_id", "ref:organization"),
        ("col.aliases", "aliases", "aliases"),
        ("col.notes", "notes", "text"),
    ),
    "person": (
        ("col.person_name", "name", "text"),
        ("col.person_title", "title", "text"),
        ("col.organization", "organization_id", "ref:organization"),
        ("col.email", "email", "text"),
        ("col.phone", "phone", "text"),
        ("col.aliases", "aliases", "aliases"),
        ("col.notes", "notes", "text"),
    ),
    "focus_area": (
        ("col.name", "name", "text"),
        ("col.parent", "parent_id", "ref:focus_area"),
        ("col.description", "description", "text"),
    ),
}
# The workbook part of an export lists a few sheets: a few kilobytes.
MAX_WORKBOOK_XML = 1024 * 1024
# What a number format quotes or escapes, and its [$-409]-style locale and colour parts.
_FORMAT_NOISE = re.compile(r'\[[^\]]*\]|"[^"]*"|\\.')


@dataclass
class ExportedRow:
    row: int  # the row's number in its sheet
    record_id: int | None  # None: a row the user added
    version: int | None
    cells: dict[str, tuple[str, Any, str]]  # field -> (column letter, cell value, number format)


@dataclass
class ExportedSheet:
    kind: str
    title: str
    headers: dict[str, str]  # field -> the header as written
    rows: list[ExportedRow] = field(default_factory=list)


@dataclass
class ExportedWorkbook:
    path: Path
    sheets: dict[str, ExportedSheet]  # kind -> its sheet, when the workbook still has it
    # (kind, id) -> (version, sheet title) of every record the export wrote
    register: dict[tuple[str, int], tuple[int | None, str]]
    # Which export this is (the register's key; the file's hash for an export without one)
    key: str = ""


@lru_cache(maxsize=1)
def _headers() -> dict[str, set[str]]:
    """Each header word in every language the export writes."""
    found: dict[str, set[str]] = {}
    for code in i18n.LANGUAGES:
        with i18n.in_language(code):
            for columns in COLUMNS.values():
                for key, _field, _how in columns:
                    found.setdefault(key, set()).add(word(key))
    return found


@lru_cache(maxsize=1)
def _party_roles() -> dict[str, str]:
    """Each party role's word, folded, in every language the export writes -> the role."""
    from kztracker.models import PARTY_ROLES
    from kztracker.vocabulary import party_role_label

    found: dict[str, str] = {}
    for code in i18n.LANGUAGES:
        with i18n.in_language(code):
            for role in PARTY_ROLES:
                found[party_role_label(role).casefold()] = role
    return found


# The export joins several names with "; "; a name itself may hold a comma.
_NAMES = re.compile(r"\s*[;\n]\s*")


def _names(cell: Any) -> list[str]:
    text = cell if isinstance(cell, str) else values.text(cell) or ""
    return [" ".join(name.split()) for name in _NAMES.split(text.strip()) if name.strip()]


# A party as the export writes it: "Name" for a party, "Name (Observer)" with another role.
_PARTY = re.compile(r"^(?P<name>.*\S)\s*\((?P<role>[^()]+)\)$")


def _party(item: str) -> tuple[str, str]:
    """(name, role) of one party; brackets that name no role belong to the name."""
    found = _PARTY.match(item)
    if found:
        role = _party_roles().get(found.group("role").strip().casefold())
        if role is not None:
            return found.group("name"), role
    return item, "party"


def is_export(path: str | Path) -> bool:
    """Whether `path` is a workbook kztracker wrote (its hidden register is there)."""
    try:
        if not Path(path).is_file():
            return False  # a folder, a missing file, or a pipe that opening would wait on
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("xl/workbook.xml")
            if info.file_size > MAX_WORKBOOK_XML:
                return False  # not what kztracker writes; the ordinary import refuses it
            return f'name="{identity.REGISTER}"'.encode() in archive.read("xl/workbook.xml")
    except (OSError, zipfile.BadZipFile, KeyError):
        return False


@contextmanager
def _opened(path: Path, formulas: bool = False) -> Iterator[Any]:
    """The workbook read-only, with each formula's cached value (or, with `formulas`, its
    text: a workbook saved by openpyxl keeps a link's formula but not its cached text)."""
    from openpyxl import load_workbook

    def unreadable(error: Exception) -> ImportInputError:
        return ImportInputError(
            _("{path}: cannot be read as a workbook ({error}); save it again as .xlsx").format(
                path=path, error=type(error).__name__
            )
        )

    try:
        wb = load_workbook(path, read_only=True, data_only=not formulas)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds for a bad file
        raise unreadable(error) from None
    try:
        yield wb
    except (ImportInputError, KeyError, IndexError, TypeError, AttributeError):
        raise  # ours, or a bug of ours: not the file's fault
    except Exception as error:  # noqa: BLE001 - a sheet's XML is parsed as its rows are read
        raise unreadable(error) from None
    finally:
        wb.close()


def read_exported(path: str | Path) -> ExportedWorkbook:
    """The record sheets and register of an edited export. Raises ImportInputError."""
    from kztracker.importing.sheets.read import check_package, checked_size

    path = Path(path)
    # The same refusals as any spreadsheet: empty, over 50 MB, a zip bomb, a damaged package.
    check_package(path, checked_size(path))
    with _opened(path) as wb:
        if identity.REGISTER not in wb.sheetnames:
            raise ImportInputError(
                _("{path}: not a workbook kztracker exported (no hidden sheet {sheet})").format(
                    path=path, sheet=quoted(identity.REGISTER)
                )
            )
        register: dict[tuple[str, int], tuple[int | None, str]] = {}
        titles: dict[str, str] = {}
        key = ""
        for n, row in enumerate(wb[identity.REGISTER].iter_rows(values_only=True)):
            if n == 0 and len(row) > 1 and row[1]:
                key = str(row[1])
            if n < 2 or not row or row[0] not in COLUMNS or not isinstance(row[1], int | float):
                continue
            kind, record_id, version, title = (list(row) + [None] * 4)[:4]
            register[(kind, int(record_id))] = (
                int(version) if isinstance(version, int | float) else None,
                str(title),
            )
            titles.setdefault(kind, str(title))
        with _opened(path, formulas=True) as formulas:
            sheets = {
                kind: _read_sheet(wb[title], formulas[title], kind, title)
                for kind, title in titles.items()
                if title in wb.sheetnames
            }
    if not key:
        key = hashlib.sha256(path.read_bytes()).hexdigest()
    return ExportedWorkbook(path, sheets, register, key)


def _read_sheet(ws: Any, formulas: Any, kind: str, title: str) -> ExportedSheet:
    from openpyxl.utils import get_column_letter

    headers = _headers()
    rows = _with_links(ws.iter_rows(), formulas.iter_rows())
    first = next(rows, ())
    names = [str(c.value).strip() if c.value is not None else "" for c in first]
    sheet = ExportedSheet(kind, title, {})
    where: dict[str, int] = {}
    for key, field_name, _how in COLUMNS[kind]:
        for i, name in enumerate(names):
            if name in headers[key] and i not in where.values():
                where[field_name], sheet.headers[field_name] = i, name
                break
    id_at = names.index(identity.ID_HEADER) if identity.ID_HEADER in names else None
    version_at = names.index(identity.VERSION_HEADER) if identity.VERSION_HEADER in names else None
    if id_at is not None:
        sheet.headers[""] = identity.ID_HEADER
    for number, cells in enumerate(rows, start=2):
        row = list(cells)

        def value(i: int | None, row: list[Any] = row) -> Any:
            return row[i].value if i is not None and i < len(row) else None

        taken = {
            field_name: (
                get_column_letter(i + 1),
                value(i),
                getattr(row[i], "number_format", "General") if i < len(row) else "General",
            )
            for field_name, i in where.items()
        }
        if id_at is not None:
            # Under the empty field: where a problem of the whole row (a copied id) points.
            taken[""] = (get_column_letter(id_at + 1), value(id_at), "General")
        if all(cell[1] in (None, "") for cell in taken.values()):
            continue  # an empty row
        record_id, version = value(id_at), value(version_at)
        sheet.rows.append(
            ExportedRow(
                number,
                int(record_id) if isinstance(record_id, int | float) else None,
                int(version) if isinstance(version, int | float) else None,
                taken,
            )
        )
    return sheet


# The export's link between sheets: =HYPERLINK("#'Sheet'!A5","text"), quotes doubled.
_LINK = re.compile(r'^=HYPERLINK\("(?:[^"]|"")*",\s*"((?:[^"]|"")*)"\)$', re.IGNORECASE)


class _Text(NamedTuple):
    value: str
    number_format: str = "General"


def _with_links(cached: Iterator[Any], formulas: Iterator[Any]) -> Iterator[list[Any]]:
    """The cells of each row, a link without a cached value read from its formula's text."""
    for row, formula_row in zip_longest(cached, formulas, fillvalue=()):
        cells = list(row)
        for i, cell in enumerate(formula_row):
            text = getattr(cell, "value", None)
            if i < len(cells) and cells[i].value is None and isinstance(text, str):
                link = _LINK.match(text)
                if link:
                    cells[i] = _Text(link.group(1).replace('""', '"'))
        yield cells


def _precision(number_format: str) -> str:
    """What a date cell's format shows: the export writes yyyy, mmm yyyy and dd.mm.yyyy, and
    LibreOffice saves them back escaped (mmm\\ yyyy, dd\\.mm\\.yyyy) or in capitals."""
    shown = _FORMAT_NOISE.sub(" ", number_format).casefold()
    if "d" in shown:
        return "day"
    if "m" in shown:
        return "month"
    return "year" if "y" in shown else "day"


def read_cell(how: str, cell: Any, number_format: str) -> Any:
    """A cell as the record's value: text, a PartialDate, a status or kind code, or the name(s)
    of related records (resolved to ids by the caller). Raises ValueError with the reason."""
    if how == "date":
        if isinstance(cell, dt.datetime | dt.date):
            precision = _precision(number_format or "")
            if precision == "year":
                return PartialDate(cell.year)
            if precision == "month":
                return PartialDate(cell.year, cell.month)
        return values.date(cell)
    if how == "text" and isinstance(cell, str):
        return cell.strip() or None  # line breaks kept: a note's lines are not a change
    if how.startswith("refs:") or how == "aliases":
        return _names(cell)
    if how == "parties":
        return [_party(item) for item in _names(cell)]
    text = values.text(cell)
    if how == "text" or how.startswith("ref:") or text is None:
        return text
    return getattr(values, how)(text)
