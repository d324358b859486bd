"""Creating partners (organizations), with the duplicate rule shared by window and CLI."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from kztracker.errors import DuplicateNameError, KztrackerError
from kztracker.models import ORGANIZATION_KINDS, Organization, OrganizationAlias
from kztracker.normalize import clean_name, name_key
from kztracker.services.changes import Changes


def find_partner_by_name(session: Session, name: str) -> Organization | None:
    """The partner whose name or one of whose aliases normalizes like `name`."""
    key = name_key(name)
    found = session.scalar(select(Organization).where(Organization.name_key == key))
    if found is not None:
        return found
    return session.scalar(
        select(Organization)
        .join(OrganizationAlias, OrganizationAlias.organization_id == Organization.id)
        .where(OrganizationAlias.alias_key == key)
    )


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
    if not clean_name(name):
        raise KztrackerError("a partner needs a name")
    if kind not in ORGANIZATION_KINDS:
        raise KztrackerError(
            f"unknown partner kind {kind!r}; use one of: {', '.join(ORGANIZATION_KINDS)}"
        )
    existing = find_partner_by_name(session, name)
    if existing is not None:
        raise DuplicateNameError(
            f"a partner named {existing.name!r} already exists; "
            f"{clean_name(name)!r} is the same name spelled differently"
        )
    org = Organization(
        name=name, kind=kind, country=country, short_name=short_name, parent_id=parent_id
    )
    session.add(org)
    session.flush()
    return Changes("organization", created=(org.id,))
