"""What a service call changed: the one value the window broadcasts after every edit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    """Ids a service call created, updated or deleted, by record kind.

    `kind` is a PROVENANCE_KINDS name ("memorandum", "organization", "person", "focus_area",
    "milestone") or "source"; views refresh when a kind they show appears in a Changes value.
    """

    kind: str
    created: tuple[int, ...] = ()
    updated: tuple[int, ...] = ()
    deleted: tuple[int, ...] = ()
