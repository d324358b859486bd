"""Russian: a title set off after the name by a comma keeps a head that can also modify another
title («председатель правления ...»), in the nominative or agreeing with the name."""

from __future__ import annotations

from kztracker.importing.extract import extract
from kztracker.importing.read import read_text


def _titles(text: str) -> dict[str, str | None]:
    return {p.name: p.title for p in extract(read_text(text)).people}


def test_a_chairman_of_the_board_after_the_name_keeps_the_title() -> None:
    titles = _titles(
        "Договор о поставках подписан\n"
        "С казахстанской стороны договор подписал Марат Жумабаев, председатель правления "
        "Национального центра физики."
    )
    assert titles["Марат Жумабаев"] == "председатель правления Национального центра физики"


def test_a_chairman_after_a_name_in_the_instrumental_keeps_the_title() -> None:
    titles = _titles(
        "Железнодорожники провели переговоры\n"
        "Директор депо встретился с Ерланом Сапаровым, председателем правления АО «Темир Сервис»."
    )
    assert titles["Ерлан Сапаров"] == "председатель правления АО «Темир Сервис»"
