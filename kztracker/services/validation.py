"""Checking a record's values before they are saved: one set of rules for window, CLI and import.

`check_values` turns submitted values (strings, ids, lists, as `load_record` hands them out) into
clean Python values and a list of FieldError, one per problem, each naming its field.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import String, select
from sqlalchemy.orm import Session

from kztracker.dates import PartialDate
from kztracker.errors import FieldError
from kztracker.i18n import N_, _, quoted
from kztracker.normalize import clean_name, name_key
from kztracker.services.record_kinds import (
    SPECS,
    Field,
    KindSpec,
    find_by_name,
    label_of,
    no_such_field,
)

Values = dict[str, Any]

# Sentences that name a record kind are written out per kind, so each language can decline it.
_NAME_TAKEN = {
    "organization": N_("a partner with this name already exists: {name}"),
    "person": N_("a person with this name already exists: {name}"),
    "focus_area": N_("a focus area with this name already exists: {name}"),
    "memorandum": N_("a memorandum with this name already exists: {name}"),
}
_ALIAS_TAKEN = {
    "organization": N_("alias {alias} already belongs to the partner {owner}"),
    "person": N_("alias {alias} already belongs to the person {owner}"),
}
_UNDER_ITSELF = {
    "organization": N_(
        "{field}: this partner cannot be placed under itself or one of its own sub-entries"
    ),
    "focus_area": N_(
        "{field}: this focus area cannot be placed under itself or one of its own sub-entries"
    ),
}


class _Checker:
    def __init__(self, session: Session, spec: KindSpec, record_id: int | None) -> None:
        self.session = session
        self.spec = spec
        self.record_id = record_id
        self.errors: list[FieldError] = []

    def fail(self, field: str, message: str, existing_id: int | None = None) -> None:
        self.errors.append(FieldError(field, message, existing_id))

    def clean(self, values: Values) -> Values:
        known = {item.name for item in self.spec.fields}
        for key in values:
            if key not in known and key != "version":
                self.fail(key, no_such_field(self.spec.label, key))
        cleaned: Values = {}
        for item in self.spec.fields:
            if item.name in values:
                cleaned[item.name] = getattr(self, f"_{item.type}")(item, values[item.name])
        self._check_dates(cleaned)
        self._check_name(cleaned)
        self._check_parent(cleaned)
        return cleaned

    def _text(self, item: Field, value: Any) -> str | None:
        text = "" if value is None else str(value).strip()
        if item.name == self.spec.name_field:
            text = clean_name(text)
        if not text:
            self._check_required(item)
            return None
        column_type = self.spec.model.__table__.c[item.name].type
        limit = column_type.length if isinstance(column_type, String) else None
        if limit and len(text) > limit:
            self.fail(
                item.name,
                _("{field} is too long ({length} characters, {limit} at most)").format(
                    field=_(item.label), length=len(text), limit=limit
                ),
            )
        return text

    def _enum(self, item: Field, value: Any) -> str | None:
        text = "" if value is None else str(value).strip()
        if not text:
            self._check_required(item)
            return None
        if text not in item.choices:
            self.fail(
                item.name,
                _("unknown {field} {value}; use one of: {choices}").format(
                    field=_(item.label).lower(), value=quoted(text), choices=", ".join(item.choices)
                ),
            )
        return text

    def _check_required(self, item: Field) -> None:
        if item.required:
            self.fail(item.name, _("{field} is required").format(field=_(item.label)))

    def _date(self, item: Field, value: Any) -> PartialDate | None:
        if isinstance(value, PartialDate):
            return value
        text = "" if value is None else str(value).strip()
        if not text:
            return None
        try:
            return PartialDate.parse(text)
        except ValueError:
            self.fail(
                item.name,
                _("{field}: {value} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD").format(
                    field=_(item.label), value=quoted(text)
                ),
            )
            return None

    def _id(self, item: Field, value: Any) -> int | None:
        if value is None or value == "":
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            self.fail(
                item.name,
                _("{field}: {value} is not a record id").format(
                    field=_(item.label), value=quoted(value)
                ),
            )
            return None

    def _existing(self, item: Field, ids: Iterable[int]) -> None:
        wanted = set(ids)
        if not wanted:
            return
        model = SPECS[item.target].model
        found = set(self.session.scalars(select(model.id).where(model.id.in_(wanted))))
        for missing in sorted(wanted - found):
            self.fail(
                item.name,
                _("{field}: {kind} #{record_id} does not exist (perhaps it was deleted)").format(
                    field=_(item.label), kind=_(SPECS[item.target].label), record_id=missing
                ),
            )

    def _list(self, item: Field, value: Any) -> list[Any]:
        if value is None:
            return []
        if isinstance(value, list | tuple | set):
            return list(value)
        self.fail(
            item.name,
            _("{field}: expected a list, not {value}").format(
                field=_(item.label), value=quoted(value)
            ),
        )
        return []

    def _ref(self, item: Field, value: Any) -> int | None:
        record_id = self._id(item, value)
        if record_id is not None:
            self._existing(item, [record_id])
        return record_id

    def _refs(self, item: Field, value: Any) -> list[int]:
        ids = [i for i in (self._id(item, v) for v in self._list(item, value)) if i is not None]
        if len(set(ids)) != len(ids):
            self.fail(
                item.name,
                _("{field}: the same {kind} is listed twice").format(
                    field=_(item.label), kind=_(SPECS[item.target].label)
                ),
            )
        self._existing(item, ids)
        return ids

    def _parties(self, item: Field, value: Any) -> list[tuple[int, str]]:
        parties: list[tuple[int, str]] = []
        for entry in self._list(item, value):
            if not isinstance(entry, dict):
                self.fail(
                    item.name,
                    _("{field}: {value} is not a partner with a role").format(
                        field=_(item.label), value=quoted(entry)
                    ),
                )
                continue
            raw_id, role = (entry.get("organization_id"), entry.get("role") or "party")
            party_id = self._id(item, raw_id)
            if party_id is None:
                continue
            if role not in item.choices:
                self.fail(
                    item.name,
                    _("unknown party role {role}; use one of: {choices}").format(
                        role=quoted(role), choices=", ".join(item.choices)
                    ),
                )
            parties.append((party_id, role))
        ids = [party_id for party_id, _ in parties]
        if len(set(ids)) != len(ids):
            self.fail(
                item.name,
                _("{field}: the same partner is listed twice").format(field=_(item.label)),
            )
        self._existing(item, ids)
        return parties

    def _aliases(self, item: Field, value: Any) -> list[str]:
        aliases: dict[str, str] = {}
        for raw in [value] if isinstance(value, str) else self._list(item, value):
            text = clean_name(str(raw or ""))
            if text:
                aliases.setdefault(name_key(text), text)
        for alias in aliases.values():
            owner = find_by_name(self.session, self.spec.kind, alias)
            if owner is not None and owner != self.record_id:
                self.fail(
                    item.name,
                    _(_ALIAS_TAKEN[self.spec.kind]).format(
                        alias=quoted(alias), owner=quoted(self._label(owner))
                    ),
                    owner,
                )
        return list(aliases.values())

    def _label(self, record_id: int) -> str:
        return label_of(self.spec.kind, self.session.get(self.spec.model, record_id))

    def _check_dates(self, values: Values) -> None:
        for later, earlier in self.spec.date_order:
            end, start = values.get(later), values.get(earlier)
            if end is not None and start is not None and end < start:
                self.fail(
                    later,
                    _("{field} ({end}) cannot be before {other} ({start})").format(
                        field=_(self.spec.field(later).label),
                        end=end,
                        other=_(self.spec.field(earlier).label).lower(),
                        start=start,
                    ),
                )

    def _check_name(self, values: Values) -> None:
        name = values.get(self.spec.name_field)
        if not name:
            return
        owner = find_by_name(self.session, self.spec.kind, name)
        if owner is not None and owner != self.record_id:
            self.fail(
                self.spec.name_field,
                _(_NAME_TAKEN[self.spec.kind]).format(name=quoted(self._label(owner))),
                owner,
            )
        if self.spec.alias_model is not None and "aliases" in values:
            # The name itself is not an alias of its own record.
            values["aliases"] = [a for a in values["aliases"] if name_key(a) != name_key(name)]

    def _check_parent(self, values: Values) -> None:
        field = self.spec.parent_field
        parent_id = values.get(field) if field else None
        if field is None or parent_id is None or self.record_id is None:
            return
        seen: set[int] = set()
        current: int | None = parent_id
        while current is not None and current not in seen:
            if current == self.record_id:
                self.fail(
                    field,
                    _(_UNDER_ITSELF[self.spec.kind]).format(field=_(self.spec.field(field).label)),
                )
                return
            seen.add(current)
            current = self.session.scalar(
                select(getattr(self.spec.model, field)).where(self.spec.model.id == current)
            )


def check_values(
    session: Session, spec: KindSpec, values: Values, record_id: int | None = None
) -> tuple[Values, list[FieldError]]:
    """The cleaned values and every problem found; `values` should be complete."""
    checker = _Checker(session, spec, record_id)
    cleaned = checker.clean(values)
    return cleaned, checker.errors
