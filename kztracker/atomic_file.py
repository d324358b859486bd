"""Files written whole or not at all: saved beside the target and renamed over it.

A reader (Excel, a calendar subscribed to the file) never sees half a file, and a failure or a
cancel leaves the earlier file at the path as it was. Shared by the Excel export and the
calendar; the refusals are one sentence each, naming the file.
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from kztracker.errors import KztrackerError, os_error_message
from kztracker.i18n import _


def check_target(target: Path) -> None:
    """Refuse, before any work, a target whose folder is missing or that is a folder."""
    try:
        folder_there = target.parent.is_dir()
        is_folder = target.is_dir()
        in_a_file = None if folder_there else _file_on_the_way(target)
    except OSError as exc:  # a name too long, a folder this account may not look into
        raise KztrackerError(os_error_message(exc)) from exc
    if in_a_file is not None:
        # "report.txt/out.xlsx": the folder is there, as a file; creating it is no remedy.
        raise KztrackerError(
            _("cannot write {target}: {path} is a file, not a folder").format(
                target=target, path=in_a_file
            )
        )
    if not folder_there:
        raise KztrackerError(
            _("cannot write {target}: the folder {folder} does not exist").format(
                target=target, folder=target.parent
            )
        )
    if is_folder:
        raise KztrackerError(_("cannot write {target}: it is a folder").format(target=target))


def _file_on_the_way(target: Path) -> Path | None:
    """The nearest existing part of `target`'s folder path when it is not a folder."""
    for part in target.parents:
        if part.exists():
            return None if part.is_dir() else part
    return None


def _nothing() -> None:
    return None


def _new_file_beside(target: Path, suffix: str) -> str:
    """An empty file beside `target` for the new content, readable by whoever may read an
    ordinary new file there (the umask decides), or by whoever may read `target` when it
    exists. tempfile's files are private (0600): a workbook written into a team's shared
    folder could then be opened by its writer alone."""
    kept = stat.S_IMODE(target.stat().st_mode) if target.is_file() else None
    while True:
        name = target.parent / f".{target.stem}.{secrets.token_hex(4)}{suffix}"
        try:
            handle = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(handle)
        if kept is not None:
            os.chmod(name, kept)
        return str(name)


def replace_atomically(
    target: Path,
    save: Callable[[str], None],
    suffix: str,
    before_replace: Callable[[], None] = _nothing,
) -> None:
    """`save(path)` writes a temporary file beside `target` (named with `suffix`), which then
    replaces `target`; `before_replace` may still raise (a cancel) to keep the earlier file."""
    tmp_name: str | None = None
    try:
        tmp_name = _new_file_beside(target, suffix)
        save(tmp_name)
        before_replace()
        os.replace(tmp_name, target)
        tmp_name = None
    except PermissionError as exc:
        raise KztrackerError(
            _("cannot write {target}: permission denied (is it open in another program?)").format(
                target=target
            )
        ) from exc
    except OSError as exc:
        raise KztrackerError(
            _("cannot write {target}: {error}").format(target=target, error=exc.strerror or exc)
        ) from exc
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)
