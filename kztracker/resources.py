"""Where the files the app ships are: migrations, alembic.ini, the seed, translations, icons.

A checkout keeps them at the top (migrations/, resources/, alembic.ini: the design's layout).
A built wheel cannot install files outside its packages, so the build copies them into
kztracker/_data/ (setup.py), compiling the .ts and .po sources on the way; a PyInstaller bundle
keeps that same layout (packaging/kztracker.spec). The installed copy wins when it exists; a
checkout (and an editable install, which runs from the checkout) has none and uses the top.

The word lists and tables the code reads (kztracker/data/, each language's data/ beside its
rules, the sheet vocabulary) are package data instead: inside their packages in every layout,
reached through importlib.resources (`package_json`).
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
# Filled by the package build; absent in a checkout.
INSTALLED_DATA = PACKAGE_DIR / "_data"
CHECKOUT_ROOT = PACKAGE_DIR.parent


def _installed() -> bool:
    return (INSTALLED_DATA / "alembic.ini").is_file()


def data_root() -> Path:
    """The folder holding alembic.ini and migrations/: the installed copy, else the checkout."""
    return INSTALLED_DATA if _installed() else CHECKOUT_ROOT


def _resources() -> Path:
    # The installed copy flattens resources/ into _data/ beside the migrations.
    return INSTALLED_DATA if _installed() else CHECKOUT_ROOT / "resources"


def alembic_ini() -> Path:
    return data_root() / "alembic.ini"


def migrations_dir() -> Path:
    return data_root() / "migrations"


def seed_file() -> Path:
    return _resources() / "seed" / "seed.json"


def guide_dir() -> Path:
    """The user guide: one HTML page per language (en.html, ru.html, kk.html) and its images."""
    return _resources() / "guide"


def translations_dir() -> Path:
    """The window's compiled .qm catalogs (built from the .ts sources)."""
    return _resources() / "translations"


def icons_dir() -> Path:
    """The application icon: kztracker.svg and PNGs of it in several sizes."""
    return _resources() / "icons"


def notice_file() -> Path:
    """The licence and third-party notices shown in About (shipped inside the package)."""
    return PACKAGE_DIR / "NOTICE.txt"


def locale_dir() -> Path:
    """The core's compiled gettext catalogs: kztracker/locale/LANG/LC_MESSAGES/kztracker.mo."""
    return PACKAGE_DIR / "locale"


def package_json(package: str, name: str) -> dict[str, Any]:
    """The JSON data file `data/<name>.json` shipped inside `package` (a dotted name such as
    "kztracker"), parsed. Raises FileNotFoundError when the package keeps no such file."""
    # One part per joinpath: a namespace package (english/ has no __init__.py) is a
    # MultiplexedPath, whose joinpath takes a single part on Python 3.11.
    text = resources.files(package).joinpath("data").joinpath(f"{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data
