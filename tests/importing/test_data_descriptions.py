"""Every key of the data files the rules and the matcher read says what it is for: an
`_about_<key>` entry, or a description (`_about`, `_about_<group>`) naming it. Every
description key starts with an underscore, so no reader mistakes one for data. The next
engineer learns what a word list does from its file, not from the code that reads it."""

import json
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kztracker"
FILES = sorted(
    [
        *PACKAGE.glob("importing/extract/*/data/*.json"),
        *PACKAGE.glob("importing/sheets/data/*.json"),
        *PACKAGE.glob("data/*.json"),
    ]
)


def _undescribed(data: dict[str, object]) -> list[str]:
    text = " ".join(str(v) for k, v in data.items() if k.startswith("_"))
    return [
        key
        for key in data
        if not key.startswith("_")
        and f"_about_{key}" not in data
        and not re.search(rf"(?<!\w){re.escape(key)}(?!\w)", text)
    ]


def test_there_are_data_files_to_check() -> None:
    assert len(FILES) > 40


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_key_of_a_data_file_is_described(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    assert isinstance(data, dict)
    assert _undescribed(data) == []


def _underscored_keys(value: object) -> list[str]:
    if isinstance(value, dict):
        own = [key for key in value if key.startswith("_")]
        return own + [key for item in value.values() for key in _underscored_keys(item)]
    if isinstance(value, list):
        return [key for item in value for key in _underscored_keys(item)]
    return []


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_descriptions_are_spelt_one_way(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    odd = [key for key in _underscored_keys(data) if not re.fullmatch(r"_about(_\w+)?", key)]
    assert odd == []
