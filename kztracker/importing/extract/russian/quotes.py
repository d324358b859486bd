"""Straight double quotes read as the guillemets Russian texts use: «ОАО "Х"» becomes «ОАО «Х»»,
so a name quoted either way after its legal form is found alike. One character for one, so every
offset still points into the document's own text."""

from __future__ import annotations

# What may stand right before an opening quote: a space, a line start, a bracket or a dash.
_BEFORE_OPENING = frozenset("(«„-–—/")


def as_guillemets(text: str) -> str:
    """Each straight double quote as «, where it opens (after a space or bracket and before a
    word), or as » where it closes."""
    if '"' not in text:
        return text
    chars = list(text)
    for i, char in enumerate(chars):
        if char != '"':
            continue
        before = chars[i - 1] if i else " "
        after = chars[i + 1] if i + 1 < len(chars) else " "
        opening = (before.isspace() or before in _BEFORE_OPENING) and not after.isspace()
        chars[i] = "«" if opening else "»"
    return "".join(chars)
