"""Every key of the data files the rules and the matcher read says what it is for: a
`about_<key>` or `_why_<key>` entry, or the file's own description naming it. The next
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
_DESCRIPTION = ("_", "about")


def _undescribed(data: dict[str, object]) -> list[str]:
    text = " ".join(str(v) for k, v in data.items() if k.startswith(_DESCRIPTION))
    return [
        key
        for key in data
        if not key.startswith(_DESCRIPTION)
        and f"about_{key}" not in data
        and f"_why_{key}" not in data
        and not re.search(rf"(?<!\w){re.escape(key)}(?!\w)", text)
    ]


def test_there_are_data_files_to_check() -> None:
    assert len(FILES) > 40


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_each_key_of_a_data_file_is_described(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    assert isinstance(data, dict)
    assert _undescribed(data) == []
