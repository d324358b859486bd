"""Letter case as a draft shows it: a title or a name the rules of any language build from the
text's words begins with a capital letter ("signing of a roadmap" → "Signing of a roadmap").
Only the first character changes, so an acronym inside stays as written and an empty text stays
empty (str.capitalize would lower the rest)."""

from __future__ import annotations


def upper_first(text: str) -> str:
    """`text` with its first character in upper case, the rest as written; "" stays ""."""
    return text[:1].upper() + text[1:]
