"""Russian: an academy named only in a person's rank («академик РАН») is no organization, and a
body named short with its country («Национальный центр Казахстана») is the one named in full
with its parent ministry between the two."""

from __future__ import annotations

from kztracker.importing.draft import Draft
from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _names(draft: Draft) -> set[str]:
    return {o.name for o in draft.organizations}


def test_an_academy_in_a_rank_is_no_organization() -> None:
    draft = extract(
        read_text(
            "Физики обсудили совместные проекты\n"
            "На семинаре выступил директор Института физики Самат Ахметов, академик НАН РК. "
            "Меморандум подписали ректор Томского университета Иван Петров, член-корреспондент "
            "РАН, и директор Института физики."
        )
    )
    names = _names(draft)
    assert "Институт физики" in names
    assert not names & {"НАН", "НАН РК", "РАН"}


def test_a_body_named_with_its_country_is_the_one_named_with_its_parent() -> None:
    draft = extract(
        read_text(
            "Онкологический центр Казахстана подписал меморандум\n"
            "Национальный онкологический центр Казахстана и клиника Шарите договорились о "
            "сотрудничестве. Меморандум с клиникой Шарите подписал председатель правления "
            "Национального онкологического центра Министерства здравоохранения Республики "
            "Казахстан Ержан Серикбаев."
        )
    )
    centres = [o for o in draft.organizations if "онкологический центр" in o.name]
    assert len(centres) == 1
    assert "Министерства здравоохранения" in centres[0].name
