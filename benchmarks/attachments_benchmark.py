"""Attaching and opening a 20 MB PDF in the real window, and whether the window stays responsive.

In one offscreen process: the seeded database, the main window on a memorandum's Files tab, a
20 MB PDF (a page of text plus 20 MB of embedded random bytes, so nothing compresses it). A 5 ms
timer runs on the UI thread the whole time; the longest gap between its ticks is how long the
window could not repaint or take a key. Measured:

- attach: the drop to the file listed (read, checked, hashed and stored off the UI thread);
- preview: the file listed to its first page's text shown;
- open: the Open button to the system being asked to open the file (written out of the database);
- the bare floor of the same work on the same machine, no Qt and no kztracker: read the file,
  SHA-256 it, INSERT it into a fresh SQLite file, SELECT it back and write it out.

Usage: .venv/bin/python benchmarks/attachments_benchmark.py [--megabytes 20]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def make_pdf(path: Path, megabytes: int) -> None:
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    page = FPDF()
    page.add_page()
    page.set_font("helvetica", size=14)
    page.cell(text="Signed copy of the memorandum on joint laboratories")
    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(bytes(page.output()))))
    writer.add_attachment("scan-data.bin", os.urandom(megabytes * 1024 * 1024))
    with path.open("wb") as handle:
        writer.write(handle)


def bare_floor(pdf: Path, folder: Path) -> float:
    started = time.perf_counter()
    data = pdf.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    connection = sqlite3.connect(folder / "floor.sqlite3")
    connection.execute("CREATE TABLE blob (sha TEXT PRIMARY KEY, content BLOB)")
    connection.execute("INSERT INTO blob VALUES (?, ?)", (digest, data))
    connection.commit()
    (back,) = connection.execute("SELECT content FROM blob").fetchone()
    (folder / "floor-out.pdf").write_bytes(back)
    connection.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=20)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kztracker-attach-bench-"))
    pdf = folder / "signed-memorandum.pdf"
    make_pdf(pdf, args.megabytes)
    size_mb = pdf.stat().st_size / (1024 * 1024)

    from PySide6.QtCore import QElapsedTimer, QSettings, QStandardPaths, QTimer, QUrl
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    QStandardPaths.setTestModeEnabled(True)
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, str(folder / "settings"))
    from sqlalchemy import select

    from kztracker.models import Memorandum
    from kztracker.services.database import initialize
    from ui.main_window import MainWindow
    from ui.preferences import settings

    settings().setValue("attachments/limit_mb", args.megabytes + 5)
    database, _ = initialize(f"sqlite:///{folder / 'tracker.sqlite3'}")
    window = MainWindow(database)
    window.show()
    with database.session() as session:
        memo = session.scalars(select(Memorandum.id).order_by(Memorandum.id)).first()
    assert memo is not None
    window.open_record("memorandum", memo)
    pane = window.detail.files
    window.detail.tabs.setCurrentWidget(pane)

    def wait(condition: object, limit: float = 300.0) -> None:
        deadline = time.perf_counter() + limit
        while not condition() and time.perf_counter() < deadline:  # type: ignore[operator]
            app.processEvents()
            time.sleep(0.001)
        if not condition():  # type: ignore[operator]
            raise SystemExit("timed out")

    wait(pane.add_button.isEnabled)
    longest = [0.0]
    clock = QElapsedTimer()
    clock.start()

    def tick() -> None:
        gap = clock.restart() / 1000
        longest[0] = max(longest[0], gap)

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()

    def measured(action: object, done: object) -> tuple[float, float]:
        app.processEvents()
        longest[0] = 0.0
        clock.restart()
        started = time.perf_counter()
        action()  # type: ignore[operator]
        wait(done)
        return time.perf_counter() - started, longest[0]

    attach_time, attach_gap = measured(
        lambda: pane.add_files([str(pdf)]), lambda: len(pane.attachments()) == 1
    )
    preview_time, preview_gap = measured(
        lambda: None, lambda: "joint laboratories" in pane.preview_text.toPlainText()
    )
    opened: list[QUrl] = []
    QDesktopServices.openUrl = staticmethod(lambda url: opened.append(url) or True)  # type: ignore[method-assign]
    open_time, open_gap = measured(pane.open_selected, lambda: bool(opened))
    timer.stop()
    assert Path(opened[0].toLocalFile()).read_bytes() == pdf.read_bytes()
    window.operations.wait()
    floor = bare_floor(pdf, folder)

    print(f"{size_mb:.1f} MB PDF, offscreen window, SQLite; longest UI-thread gap beside each step")
    rows = [
        ("attach (drop -> listed)", attach_time, attach_gap),
        ("preview (first page text shown)", preview_time, preview_gap),
        ("open (button -> handed to system)", open_time, open_gap),
    ]
    print(f"{'step':<44}{'time':>10}{'longest gap':>14}")
    for label, seconds, gap in rows:
        print(f"{label:<44}{seconds:>9.2f}s{gap * 1000:>12.0f}ms")
    print(f"{'bare floor: read+hash+insert+select+write':<44}{floor:>9.2f}s")
    window.close()


if __name__ == "__main__":
    main()
