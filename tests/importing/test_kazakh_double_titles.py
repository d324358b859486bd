"""A Kazakh person with two titles joined by a hyphen or a dash («басқарма төрағасы-ректор»,
«Басқарма Төрағасы – Ректоры») has the whole title, and a pronoun opening the sentence is no
word of the body's name after it («Олар ... атындағы университеттің»). Sentences written for
these tests. A Russian republic's head («Раисі») is a title too."""

from __future__ import annotations

from tests.importing.drafting import kazakh_draft


def test_two_titles_joined_by_a_hyphen() -> None:
    draft = kazakh_draft("Кездесу\nҚонақтар басқарма төрағасы-ректор Ержан Әлиұлымен кездесті.")
    (person,) = draft.people
    assert person.title == "басқарма төрағасы-ректор"


def test_two_titles_joined_by_a_dash() -> None:
    draft = kazakh_draft(
        "Кездесу\nОлар Қ.Жұбанов атындағы Ақтөбе өңірлік университетінің Басқарма Төрағасы – "
        "Ректоры Ержан Әлиұлымен кездесті."
    )
    (person,) = draft.people
    assert (person.title or "").endswith("Төрағасы – Ректоры")
    assert [o.name for o in draft.organizations] == [
        "Қ.Жұбанов атындағы Ақтөбе өңірлік университеті"
    ]


def test_the_head_of_a_russian_republic() -> None:
    draft = kazakh_draft("Кездесу\nЕлші Башқұртстан Раисі Радий Хабировпен кездесті.")
    titles = {p.name: p.title for p in draft.people}
    assert (titles.get("Радий Хабиров") or "").endswith("Раисі")
