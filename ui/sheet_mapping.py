"""The mapping step of a spreadsheet import: what the rows are, and which field each column
fills, as guessed from the headers; the user changes any of it. The choice is remembered
(QSettings) for the next file with the same headers."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kztracker.i18n import _
from kztracker.importing.sheets.build import column_letter
from kztracker.importing.sheets.columns import FIELDS, KIND_LABELS, KINDS, field_label
from kztracker.services.sheets import Guess, Mapping, Table, guess_columns, headers_key
from ui.preferences import settings

SAMPLES = 3  # values shown beside each header so the user sees what the column holds


def tr(text: str) -> str:
    return QCoreApplication.translate("SheetMapping", text)


def _settings_key(table: Table) -> str:
    return f"sheet_mappings/{headers_key(table.headers)}"


def remembered(table: Table) -> Guess | None:
    """The kind and mapping chosen last time for these headers, if they still fit."""
    raw = settings().value(_settings_key(table))
    try:
        stored = json.loads(str(raw)) if raw else {}
        kind, mapping = stored["kind"], stored["mapping"]
    except (ValueError, TypeError, KeyError):
        return None
    if kind not in KINDS or len(mapping) != len(table.headers):
        return None
    if any(m is not None and m not in FIELDS[kind] for m in mapping):
        return None
    return Guess(kind, mapping, stored.get("language"))


def remember(table: Table, guess: Guess) -> None:
    value = {"kind": guess.kind, "mapping": guess.mapping, "language": guess.language}
    settings().setValue(_settings_key(table), json.dumps(value))


class SheetMappingDialog(QDialog):
    """Shows each column's header, a few of its values and the field it will fill."""

    def __init__(self, table: Table, guess: Guess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.language = guess.language
        self.setWindowTitle(tr("Import spreadsheet: columns"))
        self.resize(760, 520)

        intro = QLabel(
            tr(
                "Sheet “{sheet}”: {rows} rows. Check what each column holds; the records are "
                "shown for review before anything is saved."
            ).format(sheet=table.sheet, rows=len(table.rows))
        )
        intro.setWordWrap(True)
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(_(KIND_LABELS[kind]), kind)
        self.kind.setCurrentIndex(KINDS.index(guess.kind))
        form = QFormLayout()
        form.addRow(tr("The rows are:"), self.kind)

        grid = QGridLayout()
        for column, title in enumerate((tr("Column"), tr("Header"), tr("Values"), tr("Field"))):
            label = QLabel(f"<b>{title}</b>")
            grid.addWidget(label, 0, column)
        self.fields: list[QComboBox] = []
        for index, header in enumerate(table.headers):
            grid.addWidget(QLabel(column_letter(index)), index + 1, 0)
            grid.addWidget(QLabel(header or tr("(no header)")), index + 1, 1)
            samples = QLabel(", ".join(self._samples(index)))
            samples.setStyleSheet("color: palette(mid);")
            # Long values give way to the field chooser, which must stay readable.
            samples.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(samples, index + 1, 2)
            combo = QComboBox()
            combo.setObjectName(f"field_{index}")
            combo.setMinimumWidth(190)
            combo.currentIndexChanged.connect(self._check)
            grid.addWidget(combo, index + 1, 3)
            self.fields.append(combo)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(table.headers) + 1, 1)
        holder = QWidget()
        holder.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidget(holder)
        scroll.setWidgetResizable(True)

        self.warning = QLabel()
        self.warning.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Review"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)

        self._fill(guess.mapping)
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _samples(self, column: int) -> list[str]:
        found: list[str] = []
        for row in self.table.rows:
            value = row[column] if column < len(row) else None
            if value is not None and str(value).strip():
                text = " ".join(str(value).split())
                found.append(text if len(text) <= 30 else text[:29] + "…")
                if len(found) == SAMPLES:
                    break
        return found

    def _fill(self, mapping: Mapping) -> None:
        kind = self.chosen_kind()
        for combo, field in zip(self.fields, mapping, strict=False):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("(do not import)"), None)
            for name in FIELDS[kind]:
                combo.addItem(field_label(kind, name), name)
            combo.setCurrentIndex(max(combo.findData(field), 0) if field else 0)
            combo.blockSignals(False)
        self._check()

    def _kind_changed(self) -> None:
        # Another kind reads the headers anew: "Title" is a memorandum's name, a person's post.
        self._fill(guess_columns(self.table, self.chosen_kind()).mapping)

    def _check(self) -> None:
        kind = self.chosen_kind()
        mapping = self.mapping()
        required = FIELDS[kind][0]
        taken = [m for m in mapping if m is not None]
        problem = ""
        if required not in taken:
            problem = tr("Choose the column that holds the {field}.").format(
                field=field_label(kind, required)
            )
        elif len(taken) != len(set(taken)):
            problem = tr("Two columns fill the same field; choose one of them.")
        self.warning.setText(problem)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def chosen_kind(self) -> str:
        return str(self.kind.currentData())

    def mapping(self) -> Mapping:
        return [combo.currentData() for combo in self.fields]

    def choice(self) -> Guess:
        return Guess(self.chosen_kind(), self.mapping(), self.language)

    def accept(self) -> None:
        remember(self.table, self.choice())
        super().accept()


def initial_guess(table: Table) -> Guess:
    """What the user chose for these headers before, else the headers' own guess."""
    return remembered(table) or guess_columns(table)
