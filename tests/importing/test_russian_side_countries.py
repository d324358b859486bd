"""Russian: a bare minister who signs for a side named by its country («со стороны Казахстана»,
«с казахстанской стороны») implies that country's ministry, kept apart from the other side's
ministry of the same portfolio."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def test_a_side_by_its_country_gives_the_bare_ministers_ministry_its_country() -> None:
    draft = extract(
        read_text(
            "Подписано соглашение о карантине растений\n"
            "Со стороны Казахстана соглашение подписал министр сельского хозяйства Ерлан "
            "Нысанбаев, с узбекской стороны — министр сельского хозяйства Узбекистана Жамшид "
            "Ходжаев."
        )
    )
    names = {o.name for o in draft.organizations}
    assert "Министерство сельского хозяйства Казахстана" in names
    assert "Министерство сельского хозяйства Узбекистана" in names


def test_a_side_by_its_country_adjective_gives_the_ministry_its_country() -> None:
    draft = extract(
        read_text(
            "Энергетики договорились\n"
            "С казахстанской стороны меморандум подписал министр энергетики Ерлан Нысанбаев, с "
            "китайской стороны — председатель компании Sinopec Ли Вэй."
        )
    )
    names = {o.name for o in draft.organizations}
    assert "Министерство энергетики Казахстана" in names
