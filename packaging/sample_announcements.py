"""Write short announcements: one per format the import reads (.txt, .html, .docx, .pdf, in
English), and one in Russian and one in Kazakh (.txt).

The package test (tests/test_package.py) and the bundle check (packaging/check_bundle.sh) import
them through an installed kztracker. The sentences are made up for this purpose; the DOCX and PDF
are written with python-docx and fpdf2 (test tools, not needed by the app).

    python packaging/sample_announcements.py FOLDER
"""

from __future__ import annotations

import sys
from pathlib import Path

NEWS = {
    "txt": (
        "Kazakhstan and Norland agree on water research",
        "Astana, 3 March 2025. The Ministry of Ecology of Kazakhstan and the Norland Water "
        "Institute signed a memorandum of understanding on river monitoring. The parties plan "
        "to open a joint field station near Semey by December 2026.",
    ),
    "html": (
        "A solar training centre for Shymkent",
        "Shymkent, 14 May 2025. The Ministry of Energy of Kazakhstan and Sunvale Power signed an "
        "agreement on a training centre for solar engineers. The first course is to start in "
        "September 2025.",
    ),
    "docx": (
        "Digital archives: Kazakhstan works with Baltic Records Agency",
        "Almaty, 21 June 2025. The Ministry of Culture of Kazakhstan and the Baltic Records "
        "Agency signed a memorandum on digitizing regional archives. A first catalogue is "
        "expected in 2026.",
    ),
    "pdf": (
        "Rail logistics memorandum signed in Aktobe",
        "Aktobe, 9 July 2025. Kazakhstan Railways and the Orient Cargo Alliance signed a "
        "memorandum of understanding on container transit. A pilot route is planned for "
        "March 2026.",
    ),
}


# The Russian and Kazakh pipelines too (natasha's model and pymorphy3's dictionaries in the
# bundle): plain text, each in its own file.
IN_LANGUAGES = {
    "ru": (
        "Министерство энергетики Казахстана и компания «Северный ветер» подписали меморандум",
        "Астана, 12 марта 2025 года. Министерство энергетики Республики Казахстан и компания "
        "«Северный ветер» подписали меморандум о сотрудничестве в области ветровой энергетики. "
        "Стороны планируют построить испытательную станцию до конца 2026 года.",
    ),
    "kk": (
        "Қазақстан мен «Дала Агро» компаниясы меморандумға қол қойды",
        "Астана, 2025 жылғы 5 сәуір. Қазақстан Республикасының Ауыл шаруашылығы министрлігі мен "
        "«Дала Агро» компаниясы суару технологиялары саласындағы ынтымақтастық туралы "
        "меморандумға қол қойды. Тараптар 2026 жылы сынақ алқабын ашуды жоспарлап отыр.",
    ),
}


def write_all(folder: Path) -> list[Path]:
    from docx import Document
    from fpdf import FPDF

    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for kind, (title, text) in NEWS.items():
        path = folder / f"announcement.{kind}"
        if kind == "txt":
            path.write_text(f"{title}\n\n{text}\n", encoding="utf-8")
        elif kind == "html":
            path.write_text(
                f"<html><head><title>{title}</title></head><body><nav>Home | News</nav>"
                f"<article><h1>{title}</h1><p>{text}</p></article></body></html>",
                encoding="utf-8",
            )
        elif kind == "docx":
            document = Document()
            document.add_heading(title, level=1)
            document.add_paragraph(text)
            document.save(str(path))
        else:
            pdf = FPDF()
            pdf.add_page()
            pdf.set_font("Helvetica", size=12)
            pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.output(str(path))
        paths.append(path)
    for language, (title, text) in IN_LANGUAGES.items():
        path = folder / f"announcement-{language}.txt"
        path.write_text(f"{title}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in write_all(Path(sys.argv[1])):
        print(written)
