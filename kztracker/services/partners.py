"""Partners (organizations) by name: shortcuts over the generic records service.

The duplicate rule (same normalized name or alias) lives once, in kztracker.services.validation;
these helpers keep the older call shape for the import pipeline and tests.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from kztracker.errors import DuplicateNameError, ValidationFailed
from kztracker.i18n import _, quoted
from kztracker.models import Organization
from kztracker.normalize import clean_name
from kztracker.services.changes import Changes
from kztracker.services.records import create_record, find_record_by_name


def find_partner_by_name(session: Session, name: str) -> Organization | None:
    """The partner whose name or one of whose aliases normalizes like `name`."""
    found = find_record_by_name(session, "organization", name)
    return session.get(Organization, found) if found is not None else None


def create_partner(
    session: Session,
    name: str,
    *,
    kind: str = "other",
    country: str | None = None,
    short_name: str | None = None,
    parent_id: int | None = None,
) -> Changes:
    """Add a partner; refuses a name that is another spelling of an existing one."""
    values = {
        "name": name,
        "kind": kind,
        "country": country,
        "short_name": short_name,
        "parent_id": parent_id,
    }
    try:
        return create_record(session, "organization", values)
    except ValidationFailed as failure:
        duplicate = next((e for e in failure.errors if e.existing_id is not None), None)
        if duplicate is None:
            raise
        existing = session.get(Organization, duplicate.existing_id)
        assert existing is not None
        raise DuplicateNameError(
            _(
                "a partner named {name} already exists; {spelling} is the same name spelled "
                "differently"
            ).format(name=quoted(existing.name), spelling=quoted(clean_name(name)))
        ) from None
