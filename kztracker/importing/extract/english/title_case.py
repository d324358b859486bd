"""Lines written in title case ("Ruritanian Loan Signed With Kazakhstan", "Acme Expanding Health
Ties Across The Region"): every word has its capital, so a run of
capitals there is no evidence of a name. An organization found only on such lines, which the
rest of the text never spells, is left out; the body names the real sides."""

from __future__ import annotations

import re

from kztracker.importing.draft import Span
from kztracker.importing.extract.english.name_runs import SEPARATOR
from kztracker.importing.extract.english.text import Article, Sentence
from kztracker.importing.extract.mentions import OrganizationMention, by_sentence

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_LONG = 5  # shorter words ("of", "and", "with", "from") keep lower case in title case, or not
_ENOUGH = 2


def title_case(sentence: Sentence, line: Span, names: list[OrganizationMention]) -> bool:
    """Whether the sentence is a whole line (`line`, its paragraph) that ends in no full stop,
    capitalizes all its longer words, and has such words beside the `names` found on it: a
    headline, not a line that is only a name ("Pusan National University" in a list)."""
    if (sentence.start, sentence.end) != (line.start, line.end):
        return False
    # a breadcrumb or a menu ("News | Acme University") is no headline: its names are the site's
    if sentence.text.rstrip().endswith((".", "!", "?", ";", ",")) or SEPARATOR.search(
        sentence.text
    ):
        return False
    words = [m for m in _WORD.finditer(sentence.text) if len(m.group()) >= _LONG and m.start()]
    beside = [
        w for w in words if not any(n.start <= sentence.start + w.start() < n.end for n in names)
    ]
    return len(words) >= _ENOUGH and bool(beside) and all(w.group()[0].isupper() for w in words)


def without_title_case_names(
    mentions: list[OrganizationMention], article: Article
) -> list[OrganizationMention]:
    """The mentions less those on title-case lines whose name no other line spells."""
    on_line = by_sentence(mentions)
    lines = {
        i
        for i, s in enumerate(article.sentences)
        if title_case(s, article.paragraphs[s.paragraph], on_line.get(i, []))
    }
    if not lines:
        return mentions
    # spelled as a name, capitals and all: "a Japanese ODA loan" in the body names no "ODA Loan"
    rest = " ".join(s.text for i, s in enumerate(article.sentences) if i not in lines)
    return [m for m in mentions if m.sentence not in lines or m.derived or m.name in rest]
