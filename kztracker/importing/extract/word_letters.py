"""Names compared letter by letter: whether a word is an acronym of a name's words ("KazNU":
Kazakh National University), and whether the one word two names differ in is a slip of the pen
("Waginengen", "Wageningen"). Used by `variants` to tell a name's short forms and misspellings.
"""

from __future__ import annotations

from collections import Counter


def abbreviates(acronym: str, words: list[str]) -> bool:
    """Whether `acronym` is made of the starts of `words` in order ("KazNU": Kazakh National
    University), leading words allowed to go unused ("Al-Farabi"); or, when it has one capital
    per word, of their initials in any order ("TSEU")."""
    letters = acronym.casefold()
    if len(words) < 2:
        return False
    capitals = [c.casefold() for c in acronym if c.isupper()]
    if len(capitals) == len(letters) == len(words) and sorted(capitals) == sorted(
        w[0] for w in words
    ):
        return True

    def fits(i: int, j: int) -> bool:  # letters[j:] from words[i:], every word used
        if j == len(letters):
            return i == len(words)
        if i == len(words) or words[i][0] != letters[j]:
            return False
        # This word gives letters[j] and perhaps more, each found further along in it.
        k, at = j + 1, 1
        while True:
            if fits(i + 1, k):
                return True
            if k == len(letters):
                return False
            at = words[i].find(letters[k], at) + 1
            if at == 0:
                return False
            k += 1

    return any(fits(start, 0) for start in range(len(words) - 1))


def misspelt(one: list[str], other: list[str]) -> bool:
    """Whether the one word two names differ in is a slip of the pen: the same letters but for
    two at most ("Waginengen", "Wageningen"), not another name ("Jeonju", "Jeonbuk")."""
    a, b = next((x, y) for x, y in zip(one, other, strict=True) if x != y)
    difference = (Counter(a) - Counter(b)) + (Counter(b) - Counter(a))
    return sum(difference.values()) <= 2
