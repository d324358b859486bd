"""How many records of a kind, in the user's language: "3 partners", «3 партнёра», "3 серіктес".

One place for the counted nouns the core's one-line reports use (an import's summary, what
an export or `kztracker init` wrote), each through ngettext so Russian gets its three forms.
"""

from __future__ import annotations

from collections.abc import Callable

from kztracker.i18n import ngettext

_COUNTED: dict[str, Callable[[int], str]] = {
    "organization": lambda n: ngettext("{count} partner", "{count} partners", n),
    "person": lambda n: ngettext("{count} person", "{count} people", n),
    "focus_area": lambda n: ngettext("{count} focus area", "{count} focus areas", n),
    "memorandum": lambda n: ngettext("{count} memorandum", "{count} memoranda", n),
    "milestone": lambda n: ngettext("{count} milestone", "{count} milestones", n),
    "source": lambda n: ngettext("{count} source", "{count} sources", n),
}


def counted(kind: str, count: int) -> str:
    """`count` records of `kind`; a kind without its own words reads "3 kind name"."""
    if kind in _COUNTED:
        return _COUNTED[kind](count).format(count=count)
    return f"{count} {kind.replace('_', ' ')}"


def counted_list(counts: dict[str, int]) -> str:
    """ "2 partners, 1 person": each kind's count, in the order given."""
    return ", ".join(counted(kind, count) for kind, count in counts.items())
