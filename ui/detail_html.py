"""The detail pane's two tabs as HTML: a record's fields and related links, and its history.

Rich text in a QTextBrowser rather than a widget per field: a partner with hundreds of related
records is one document, the text is selectable, and Tab walks the links from the keyboard.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from itertools import groupby
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QPalette

from kztracker.models import MEMORANDUM_STATUSES, MILESTONE_STATUSES, PARTY_ROLES
from kztracker.services.record_kinds import field_label
from ui.contrast import readable_on
from ui.labels import (
    format_count,
    format_date,
    memorandum_kind_label,
    organization_kind_label,
    party_role_label,
    status_colour,
    status_label,
)

if TYPE_CHECKING:
    from kztracker.services.details import RecordDetail
    from kztracker.services.history import HistoryRow

LINK_SCHEME = "record"
# A partner on a large database can have thousands of milestones; the pane lists the first ones
# and says how many more there are (the table view filtered by that partner shows them all).
MAX_ITEMS_PER_GROUP = 100
# A field value longer than this is shown as a paragraph under the other fields.
PROSE_LENGTH = 60


def record_link(kind: str, record_id: int) -> str:
    return f"{LINK_SCHEME}:{kind}/{record_id}"


# A source's "Remove this import" link: the pane asks the window to take the import back.
REMOVE_IMPORT = "remove-import"


def remove_import_link(source_id: int) -> str:
    return f"{REMOVE_IMPORT}:{source_id}"


def parse_remove_import_link(url: QUrl | str) -> int | None:
    text = url.toString() if isinstance(url, QUrl) else url
    number = text.removeprefix(f"{REMOVE_IMPORT}:")
    return int(number) if number != text and number.isdigit() else None


def parse_record_link(url: QUrl | str) -> tuple[str, int] | None:
    text = url.toString() if isinstance(url, QUrl) else url
    prefix = f"{LINK_SCHEME}:"
    if not text.startswith(prefix):
        return None
    kind, _, number = text[len(prefix) :].partition("/")
    return (kind, int(number)) if kind and number.isdigit() else None


_KNOWN_STATUSES = frozenset((*MEMORANDUM_STATUSES, *MILESTONE_STATUSES, "overdue"))


def _status_key(value: str) -> str | None:
    """The stored status a readable value stands for, so it can be shown in its colour."""
    candidate = value.strip().lower().replace(" ", "_")
    return candidate if candidate in _KNOWN_STATUSES else None


# Fields whose value the core writes as a readable stored value ("Research centre"): shown in
# the window's language.
_CHOICE_LABELS = {
    ("memorandum", "kind"): memorandum_kind_label,
    ("organization", "kind"): organization_kind_label,
}

_ENGLISH_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
_READABLE_DATE = re.compile(r"^(?:(\d{1,2}) )?(" + "|".join(_ENGLISH_MONTHS) + r") (\d{4})$")


def _local_date(value: str) -> str:
    """A date the core wrote in English ("17 Oct 2024") in the window's language."""
    match = _READABLE_DATE.match(value.strip())
    if match is None:
        return value
    day, month, year = match.groups()
    iso = f"{year}-{_ENGLISH_MONTHS.index(month) + 1:02d}" + (f"-{int(day):02d}" if day else "")
    return format_date(iso)


def _stored(value: str) -> str:
    return value.strip().lower().replace(" ", "_")


def detail_html(detail: RecordDetail, palette: QPalette, *, overdue: bool = False) -> str:
    """The Details tab as HTML: a form of fields, then each group of related records as links."""
    style, muted = _style(palette)
    parts = [style]
    # The core hands the labels in the window's language, with the field behind each one.
    fields = [(label, detail.field_names.get(label, ""), value) for label, value in detail.fields]
    short = [field for field in fields if not _is_prose(field[2])]
    prose = [field for field in fields if _is_prose(field[2])]
    if short:
        parts.append('<table cellspacing="0" cellpadding="0">')
        for label, name, value in short:
            shown = _value_html((detail.kind, name), value, overdue=overdue, palette=palette)
            parts.append(
                f'<tr><td class="label" valign="top">{html.escape(label)}</td>'
                f'<td class="value">{shown}</td></tr>'
            )
        parts.append("</table>")
    for label, name, value in prose:
        # A summary or notes read as a paragraph across the pane, not squeezed into a column.
        parts.append(
            f'<p style="margin-top: 10px;"><span class="note">{html.escape(label)}</span>'
            f"<br>{_value_html((detail.kind, name), value)}</p>"
        )
    for group in detail.groups:
        count = len(group.items)
        if not group.items:
            # An empty group recedes: its heading says there is nothing, in the muted colour.
            parts.append(
                f'<h3 style="color: {muted}; font-weight: normal;">'
                f"{html.escape(group.title)} {html.escape(tr('(none)'))}</h3>"
            )
            continue
        parts.append(
            f'<h3>{html.escape(group.title)} <span class="count">{format_count(count)}</span></h3>'
        )
        parts.append('<table cellspacing="0" cellpadding="0" width="100%">')
        for item in group.items[:MAX_ITEMS_PER_GROUP]:
            note = (
                f' <span class="note">— {_note_html(item.kind, item.note, palette)}</span>'
                if item.note
                else ""
            )
            parts.append(
                f'<tr><td class="item"><a href="{record_link(item.kind, item.id)}">'
                f"{html.escape(item.label)}</a>{note}</td></tr>"
            )
        parts.append("</table>")
        if count > MAX_ITEMS_PER_GROUP:
            more = count - MAX_ITEMS_PER_GROUP
            parts.append(f'<p class="note">{html.escape(tr("and %n more", None, more))}</p>')
    if detail.kind == "source":
        what = tr("Deletes what it created and removes the links and aliases it added.")
        parts.append(
            f'<p style="margin-top: 14px;"><a href="{remove_import_link(detail.id)}">'
            f"{html.escape(tr('Remove this import…'))}</a><br>"
            f'<span class="note">{html.escape(what)}</span></p>'
        )
    return "".join(parts)


def _is_prose(value: str) -> bool:
    return len(value) > PROSE_LENGTH or "\n" in value


def _blend(palette: QPalette, weight: float) -> str:
    """Text colour mixed into the background: a secondary text that suits light and dark."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    mixed = [
        round(weight * a + (1 - weight) * b)
        for a, b in (
            (text.red(), base.red()),
            (text.green(), base.green()),
            (text.blue(), base.blue()),
        )
    ]
    return "#{:02x}{:02x}{:02x}".format(*mixed)


def _note_html(kind: str, note: str, palette: QPalette) -> str:
    """A related milestone's note starts with its status ("Planned, due 2026"): in colour too.

    Other notes (a party's role, a person's part in a memorandum) come in the window's language.
    """
    status_text, comma, rest = note.partition(",")
    status = _status_key(status_text) if kind == "milestone" else None
    due = rest.strip().removeprefix("due ") if rest.strip().startswith("due ") else None
    if due is not None:
        rest = " " + tr("due {date}").format(date=_local_date(due))
    if status is None:
        return _value_html(None, note)
    colour = readable_on(status_colour(status), palette, QPalette.ColorRole.Base).name()
    return f'<span style="color: {colour};">{html.escape(status_label(status))}</span>' + (
        html.escape(comma + rest)
    )


def _value_html(
    field: tuple[str, str] | None,
    value: str,
    overdue: bool = False,
    palette: QPalette | None = None,
) -> str:
    """A field's value: `field` is (record kind, field name), None for a plain text."""
    if not value.strip():
        return '<span class="note">—</span>'
    name = field[1] if field is not None else None
    if name == "status":
        status = _status_key(value)
        if status is not None:
            # Colour and words together; an open milestone past its date says so in both.
            text = status_label(status)
            if overdue:
                text = f"{text} · {status_label('overdue')}"
            colour = status_colour("overdue" if overdue else status)
            if palette is not None:
                colour = readable_on(colour, palette, QPalette.ColorRole.Base)
            return (
                f'<span style="color: {colour.name()}; font-weight: 600;">'
                f"● {html.escape(text)}</span>"
            )
    if name in DATE_FIELDS:
        value = _local_date(value)
    if field in _CHOICE_LABELS:
        return html.escape(_CHOICE_LABELS[field](_stored(value)))
    if value.startswith(("https://", "http://")) and " " not in value:
        return f'<a href="{html.escape(value)}">{html.escape(value)}</a>'
    return html.escape(value).replace("\n", "<br>")


# A history value longer than this is cut; the full text is in `kztracker history`.
HISTORY_VALUE_LENGTH = 300
DATE_FIELDS = frozenset(
    {"signed_on", "valid_until", "start_on", "due_on", "completed_on", "published_on"}
)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("DetailPane", text, disambiguation, n)


def _style(palette: QPalette) -> tuple[str, str]:
    """The shared style sheet of both tabs, and the muted colour it uses."""
    muted = _blend(palette, 0.58)
    link = palette.color(QPalette.ColorRole.Link).name()
    style = (
        "<style>"
        f"a {{ color: {link}; text-decoration: none; }}"
        f"td.label {{ color: {muted}; padding: 3px 14px 3px 0; }}"
        "td.value { padding: 3px 0; }"
        "h3 { margin: 18px 0 4px 0; }"
        f".note {{ color: {muted}; }}"
        f".count {{ color: {muted}; font-weight: normal; }}"
        "td.item { padding: 2px 0; }"
        "p.change { margin: 14px 0 2px 0; }"
        "</style>"
    )
    return style, muted


def _noop(text: str) -> str:
    """Marks a source text for the translation sources; translated where it is shown."""
    return text


_ACTIONS = {"create": _noop("Created"), "update": _noop("Changed"), "delete": _noop("Deleted")}


def history_html(rows: Sequence[HistoryRow], palette: QPalette) -> str:
    """Newest first, one block per change: what happened, when, who, then each field's values."""
    style, _ = _style(palette)
    parts = [style]

    def event(row: HistoryRow) -> tuple[object, ...]:
        return (row.changed_at, row.actor, row.action, row.change_set)

    for _, grouped in groupby(rows, key=event):
        changes = list(grouped)
        first = changes[0]
        local = first.changed_at.astimezone() if first.changed_at.tzinfo else first.changed_at
        when = f"{format_date(local.date().isoformat())} {local:%H:%M}"
        action = tr(_ACTIONS.get(first.action, first.action.capitalize()))
        parts.append(
            f'<p class="change"><b>{html.escape(action)}</b>'
            f' <span class="note">· {html.escape(when)} · {html.escape(first.actor)}</span></p>'
        )
        fields = [row for row in changes if row.field]
        if not fields:
            continue
        parts.append('<table cellspacing="0" cellpadding="0">')
        for row in fields:
            field = row.field or ""
            label = field_label(row.record_kind, field)
            parts.append(
                f'<tr><td class="label" valign="top">{html.escape(label)}</td>'
                f'<td class="value">{_change_html(row, field)}</td></tr>'
            )
        parts.append("</table>")
    return "".join(parts)


def _change_html(row: HistoryRow, field: str) -> str:
    old = _history_value(row.record_kind, field, row.old_value)
    new = _history_value(row.record_kind, field, row.new_value)
    if row.action == "create" or old is None:
        return new or '<span class="note">—</span>'
    if row.action == "delete" or new is None:
        return f"<s>{old}</s>"
    return f'<span class="note"><s>{old}</s> →</span> {new}'


# The history stores a memorandum's parties as "Name (role); Name (role)", roles as stored.
_PARTY_ROLE = re.compile(rf"\(({'|'.join(PARTY_ROLES)})\)(?=;|$)")


def _history_value(kind: str, field: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if field == "status":
        value = status_label(value)
    elif (kind, field) in _CHOICE_LABELS:
        value = _CHOICE_LABELS[kind, field](value)
    elif field in DATE_FIELDS:
        value = format_date(value)
    elif field == "parties":
        value = _PARTY_ROLE.sub(lambda match: f"({party_role_label(match[1])})", value)
    if len(value) > HISTORY_VALUE_LENGTH:
        value = value[: HISTORY_VALUE_LENGTH - 1].rstrip() + "…"
    return html.escape(value).replace("\n", "<br>")
