"""Russian: an empty quoted shell left when the name inside was cut away, and a name that runs
on into the sentence's verb, are no organizations."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


def test_staff_of_a_body_arriving_do_not_make_a_name_of_the_verb() -> None:
    draft = extract(
        read_text(
            "Дипломаты посетили ассоциацию\n"
            "Посол Республики Польша в Казахстане Анна Ковальская и сотрудники посольства "
            "прибыли в офис Ассоциации поляков Казахстана 5 апреля."
        )
    )
    names = _names(draft)
    assert not any(name.endswith("прибыли") for name in names)
    assert "Посольство Польши в Казахстане" in names


def test_no_organization_is_an_empty_quoted_shell() -> None:
    draft = extract(
        read_text(
            "Подписаны меморандумы\n"
            'Заместитель председателя правления СПК "Конаев" Айдос Ермеков и представители '
            "компании Hualing подписали меморандум о строительстве завода."
        )
    )
    assert not any("«»" in name for name in _names(draft))
