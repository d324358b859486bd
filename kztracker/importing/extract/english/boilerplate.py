"""Site furniture around an article: navigation, promotions, newsletter prompts, credits.

Works on lines, since saved pages and copied text put each block on its own line. What is
dropped yields nothing; what follows "Previous / Next" or "Read next" near the end is the
site's list of other stories and is dropped whole.
"""

from __future__ import annotations

import re

from kztracker.importing.draft import Span

_NAVIGATION = re.compile(
    r"^(?:previous|next|previous post|next post|read next|read more|read also|also read|"
    r"related|related articles|related news|related stories|more news|more stories|latest news|"
    r"most read|popular|recommended|you may also like|see also|share|share this|share this article|"
    r"tweet|print|menu|home|back to top|advertisement|sponsored|comments?|tags?:?.*|"
    r"categories:?.*|skip to (?:main )?content|top stories|trending)\W*$",
    re.IGNORECASE,
)
# After one of these near the end, the page lists other stories.
_CUT = re.compile(
    r"^(?:previous|next|read next|related(?: articles| news| stories)?|more news|more stories|"
    r"you may also like|recommended|most read|latest news|top stories|"
    r"about (?:the )?[A-Z][\w&.’' -]{1,60}|notes to editors|media contacts?)\W*$",
    re.IGNORECASE,
)
_PROMOTION = re.compile(
    r"subscribe|newsletter|sign up|follow us|stories sent|sent directly to you|cookies?\b|"
    r"all rights reserved|©|\bcopyright\b|\badvertisement\b|^advertis|advertise with us|"
    r"(?:are|is) now open|entries (?:are|close)|"
    r"nominations? (?:are|is|close)|submit your|register now|download (?:our|the) app|"
    r"photo credit|^photo:|^image:|click here|originally published|first published|"
    r"reprinted with|join our|our telegram|whatsapp channel|"
    r"^\(?(?:additional )?(?:reporting|writing|editing) by\b",  # a wire story's byline
    re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]+")


def content_paragraphs(text: str) -> list[Span]:
    """The lines of `text` that belong to the article, as spans."""
    lines = [Span(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
    keep = [True] * len(lines)
    for index, span in enumerate(lines):
        line = text[span.start : span.end].strip()
        if _CUT.match(line) and span.start > len(text) * 0.5:
            for later in range(index, len(lines)):
                keep[later] = False
            break
        if _NAVIGATION.match(line):
            keep[index] = False
        elif _PROMOTION.search(line):
            keep[index] = False
            # The promotion's own heading ("Innovation Awards 2026") goes with it.
            if (
                index
                and _is_heading(text, lines[index - 1])
                and _shares_name(text[lines[index - 1].start : lines[index - 1].end], line)
            ):
                keep[index - 1] = False
    return [span for span, kept in zip(lines, keep, strict=True) if kept]


def _is_heading(text: str, span: Span) -> bool:
    line = text[span.start : span.end].strip()
    return len(line.split()) <= 12 and not line.endswith((".", "!", "?", ":"))


def _shares_name(heading: str, line: str) -> bool:
    words = {w for w in re.findall(r"[A-Z][\w]+", heading) if len(w) > 3}
    return len([w for w in words if w in line]) >= min(2, len(words)) and bool(words)
