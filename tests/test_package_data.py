"""The JSON data files packages ship, read through one function: the core's tables, a language's
word lists (its package has no __init__.py) and the sheet vocabulary; a missing file says so."""

from __future__ import annotations

import pytest

from kztracker.resources import package_json


@pytest.mark.parametrize(
    ("package", "name", "key"),
    [
        ("kztracker", "alphabets", "order"),
        ("kztracker.importing.extract.english", "agreements", "cut_stub"),
        ("kztracker.importing.extract.russian", "dates", "months"),
        ("kztracker.importing.sheets", "kk", "months"),
    ],
)
def test_a_shipped_data_file_is_read_parsed(package: str, name: str, key: str) -> None:
    data = package_json(package, name)
    assert isinstance(data, dict)
    assert key in data


def test_a_file_the_package_does_not_keep_is_file_not_found() -> None:
    with pytest.raises(FileNotFoundError):
        package_json("kztracker.importing.extract.english", "no_such_list")
