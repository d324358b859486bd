"""Keeps the .ts translation sources in step with the strings of ui/.

`pyside6-lupdate` finds the `tr(...)` calls, but it files a call to a module's own `tr()` helper
under the empty context (or a stray one), while at run time each helper asks
`QCoreApplication.translate` with its module's context ("MainWindow", "labels", ...). So after
lupdate every message is moved to the context its module's helper uses. Tables of source texts
marked with `_noop(...)` / `QT_TR_NOOP(...)` (translated later, where shown) are invisible to
lupdate and are added from the module's syntax tree.

    python -m ui.translation_sources update   # refresh resources/translations/*.ts
    python -m ui.translation_sources check    # list missing or unfinished translations

Existing translations are kept; a changed source text comes back unfinished.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("kk", "ru", "en")
# Modules with no visible text of their own, or whose words are tools' output, not the window's.
SKIPPED = {"translation_sources.py"}

_HELPER_CONTEXT = re.compile(
    r"def tr\(.*?\n(?:[ \t]+.*\n)*?[ \t]+return QCoreApplication\.translate\(\s*(\"[^\"]+\"|\w+)",
)
_IMPORTED_HELPER = re.compile(r"^from (ui[\w.]*) import (?:\([^)]*?|[^\n(]*?)\btr\b", re.MULTILINE)
_EXPLICIT_CONTEXT = re.compile(r"translate\(\s*\"([^\"]+)\"")
_NOOP_NAMES = {"_noop", "QT_TR_NOOP"}


@dataclass
class Message:
    source: str
    numerus: bool = False
    comment: str = ""
    locations: list[tuple[str, int]] = field(default_factory=list)


Catalogue = dict[str, dict[tuple[str, str], Message]]


def lupdate_binary() -> str:
    candidate = Path(sys.executable).with_name("pyside6-lupdate")
    return str(candidate) if candidate.exists() else "pyside6-lupdate"


def lrelease_binary() -> str:
    candidate = Path(sys.executable).with_name("pyside6-lrelease")
    return str(candidate) if candidate.exists() else "pyside6-lrelease"


def ui_modules(folder: Path = UI) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*.py")
        if path.name not in SKIPPED and "__pycache__" not in path.parts
    )


def helper_context(text: str) -> str | None:
    """The context a module's `tr()` helper passes to QCoreApplication.translate.

    A module that imports its `tr` from another module of ui/ shares that module's context.
    """
    match = _HELPER_CONTEXT.search(text)
    if not match:
        imported = _IMPORTED_HELPER.search(text)
        if imported is None:
            return None
        module = ROOT.joinpath(*imported.group(1).split(".")).with_suffix(".py")
        return helper_context(module.read_text(encoding="utf-8")) if module.exists() else None
    value = match.group(1)
    if value.startswith('"'):
        return value.strip('"')
    constant = re.search(rf"^{value}\s*=\s*\"([^\"]+)\"", text, re.MULTILINE)
    return constant.group(1) if constant else None


def extract(folder: Path = UI) -> Catalogue:
    """Every source text of the modules under `folder`, by the context it is looked up in."""
    modules = ui_modules(folder)
    texts = {path.resolve(): path.read_text(encoding="utf-8") for path in modules}
    catalogue: Catalogue = {}
    with tempfile.TemporaryDirectory(prefix="kztracker-lupdate-") as scratch:
        raw = Path(scratch) / "raw.ts"
        subprocess.run(
            [
                lupdate_binary(),
                "-silent",
                "-locations",
                "absolute",
                *map(str, modules),
                "-ts",
                str(raw),
            ],
            check=True,
            capture_output=True,
        )
        for context in ET.parse(raw).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                location = message.find("location")
                filename = location.get("filename", "") if location is not None else ""
                path = (Path(scratch) / filename).resolve()
                text = texts.get(path, "")
                explicit = set(_EXPLICIT_CONTEXT.findall(text))
                target = name if name in explicit else helper_context(text) or name
                _add(
                    catalogue,
                    target,
                    Message(
                        source=message.findtext("source") or "",
                        numerus=message.get("numerus") == "yes",
                        comment=message.findtext("comment") or "",
                    ),
                    (
                        _relative(path),
                        int(location.get("line", "0")) if location is not None else 0,
                    ),
                )
    for path, text in texts.items():
        for found_context, found, line in _marked(text):
            _add(catalogue, found_context, found, (_relative(path), line))
    return catalogue


def _marked(text: str) -> list[tuple[str, Message, int]]:
    """Texts lupdate does not see: `_noop`/`QT_TR_NOOP` tables, `QT_TRANSLATE_NOOP(context, ..)`
    and `tr()` calls inside f-strings."""
    helper = helper_context(text)
    found = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        texts = [arg.value if isinstance(arg, ast.Constant) else None for arg in node.args]
        name = node.func.id
        if name == "QT_TRANSLATE_NOOP" and len(texts) == 2 and all(texts):
            found.append((str(texts[0]), Message(str(texts[1])), node.lineno))
        elif helper and texts and isinstance(texts[0], str) and name in (*_NOOP_NAMES, "tr"):
            numerus = name == "tr" and (
                len(node.args) >= 3 or any(keyword.arg == "n" for keyword in node.keywords)
            )
            found.append((helper, Message(texts[0], numerus=numerus), node.lineno))
    return found


def _relative(path: Path) -> str:
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def _add(catalogue: Catalogue, context: str, message: Message, where: tuple[str, int]) -> None:
    known = catalogue.setdefault(context, {}).setdefault((message.source, message.comment), message)
    known.numerus = known.numerus or message.numerus
    known.locations.append(where)


@dataclass
class Translation:
    text: str = ""
    forms: list[str] = field(default_factory=list)
    finished: bool = False


def read_ts(path: Path) -> dict[tuple[str, str, str], Translation]:
    """(context, source, comment) -> translation of a .ts file."""
    found: dict[tuple[str, str, str], Translation] = {}
    if not path.exists():
        return found
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            element = message.find("translation")
            if element is None or element.get("type") in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = Translation(
                text=element.text or "",
                forms=[form.text or "" for form in element.iter("numerusform")],
                finished=element.get("type") != "unfinished",
            )
    return found


def write_ts(path: Path, language: str, catalogue: Catalogue) -> None:
    """Writes the catalogue with the translations the file already has."""
    existing = read_ts(path)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    for context in sorted(catalogue):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for (source, comment), message in sorted(catalogue[context].items()):
            item = ET.SubElement(element, "message")
            if message.numerus:
                item.set("numerus", "yes")
            for filename, line in sorted(set(message.locations)):
                ET.SubElement(item, "location", filename=f"../../{filename}", line=str(line))
            ET.SubElement(item, "source").text = source
            if comment:
                ET.SubElement(item, "comment").text = comment
            known = existing.get((context, source, comment), Translation())
            translation = ET.SubElement(item, "translation")
            if not known.finished:
                translation.set("type", "unfinished")
            if message.numerus:
                for form in known.forms or [""]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = known.text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"kztracker_{language}.ts"


def problems(language: str, catalogue: Catalogue | None = None) -> list[str]:
    """Source texts missing from, or unfinished in, the language's committed .ts file."""
    catalogue = extract() if catalogue is None else catalogue
    existing = read_ts(ts_path(language))
    found = []
    for context, messages in sorted(catalogue.items()):
        for (source, comment), message in sorted(messages.items()):
            known = existing.get((context, source, comment))
            where = "{}:{}".format(*message.locations[0])
            if known is None:
                found.append(f"{language}: missing [{context}] {source!r} ({where})")
            elif not known.finished or not (
                all(known.forms) and known.forms if message.numerus else known.text
            ):
                found.append(f"{language}: unfinished [{context}] {source!r} ({where})")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    catalogue = extract()
    if command == "update":
        for language in LANGUAGES:
            write_ts(ts_path(language), language, catalogue)
        print(f"{sum(map(len, catalogue.values()))} source texts in {len(catalogue)} contexts")
        return 0
    listed = [line for language in LANGUAGES for line in problems(language, catalogue)]
    print("\n".join(listed) or "every source text is translated")
    return 1 if listed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
