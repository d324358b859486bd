"""Russian titles joined by a hyphen: either part may be the title's head word."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_joined_title_headed_by_its_first_part_is_a_title() -> None:
    draft = extract(
        read_text(
            "Визит дипломата\n"
            "Советник-посланник посольства Индии в Казахстане Рави Шанкар посетил Алматинский "
            "технологический университет."
        )
    )
    person = next(p for p in draft.people if p.name == "Рави Шанкар")
    assert person.title is not None
    assert person.title.startswith("Советник-посланник")
    assert person.organization == "Посольство Индии в Казахстане"
