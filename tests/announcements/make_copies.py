"""Regenerate the HTML, DOCX and PDF copies in formats/ from the plain-text announcements.

Run from the repository root: `.venv/bin/python tests/announcements/make_copies.py`.
The copies are committed, so the tests never need fpdf2 or this script at run time.
Each HTML copy wraps the article in a news site's furniture (menus, adverts, "read next"
headlines naming other organizations, newsletter prompts, scripts) that extraction must ignore.
"""

from __future__ import annotations

import datetime as dt
import html
import shutil
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "formats"
# Each page's publication time, as its meta tags would give it (None: the page has none).
HTML_COPIES = {
    "ann03_kaznu_kaist": "2025-09-02T10:30:00+05:00",
    "ann07_conference_report": "2025-04-28T18:00:00+05:00",
    "ann12_blog_boilerplate": None,
    "ann05_roadmap_digital": None,
}
DOCX_COPIES = ("ann01_health_tartu", "ann09_unicef_education", "ann13_visit_lastweek")
PDF_COPIES = ("ann10_british_council", "ann11_three_memoranda", "ann02_energy_two_mous")
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | Steppe Science News</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Steppe Science News">
{published}
<script>window.dataLayer=[];document.write('Ministry of Finance signs memorandum with Evil Corp');
fetch('https://tracker.example/pixel');</script>
<style>.nav{{display:flex}}</style>
</head><body>
<header><nav class="nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/science">Science</a></li><li><a href="/education">Education</a></li>
<li><a href="/about">About us</a></li><li><a href="/contacts">Contacts</a></li></ul></nav>
<div class="cookie">We use cookies to improve your experience.
<button>Accept</button></div></header>
<main><article>
<h1>{title}</h1>
<p class="byline">By staff reporter</p>
{body}
</article>
<aside class="advert"><h3>Innovation Awards 2026</h3><p>Entries are now open for
organizations delivering measurable impact. Submit your project before 31 January.</p></aside>
<aside class="related"><h3>Read next</h3><ul>
<li><a href="/n/1">Ministry of Finance and Samsung Electronics sign digital tax memorandum</a></li>
<li><a href="/n/2">Karaganda Medical University opens simulation centre on 3 March 2026</a></li>
<li><a href="/n/3">Rector Ivan Petrov, Head of Almaty Polytechnic Institute, retires</a></li>
</ul></aside>
<section class="newsletter"><p>Sign up for our newsletter: the week's science news every Friday.</p>
<form><input type="email" placeholder="Your e-mail"><button>Subscribe</button></form></section>
</main>
<footer><p>© 2025 Steppe Science News. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms</a></p></footer>
<script src="/static/app.js"></script>
</body></html>
"""


def _parts(stem: str) -> tuple[str, list[str]]:
    lines = [line.strip() for line in (HERE / f"{stem}.txt").read_text("utf-8").splitlines()]
    blocks = [line for line in lines if line]
    return blocks[0], blocks[1:]


def write_html(stem: str, published: str | None) -> None:
    title, paragraphs = _parts(stem)
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    page = PAGE.format(title=html.escape(title), body=body, published=meta)
    (OUT / f"{stem}.html").write_text(page, "utf-8")


def write_docx(stem: str) -> None:
    import docx

    title, paragraphs = _parts(stem)
    document = docx.Document()
    document.core_properties.title = title
    document.add_heading(title, level=1)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(OUT / f"{stem}.docx"))


def write_pdf(stem: str) -> None:
    from fpdf import FPDF

    title, paragraphs = _parts(stem)
    pdf = FPDF()
    pdf.set_title(title)
    pdf.set_creation_date(dt.datetime(2025, 1, 1, tzinfo=dt.UTC))  # reproducible
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_page()
    pdf.set_font("DejaVu", size=15)
    pdf.multi_cell(0, 8, title)
    pdf.ln(4)
    pdf.set_font("DejaVu", size=11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph)
        pdf.ln(3)
    pdf.output(str(OUT / f"{stem}.pdf"))


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for stem, published in HTML_COPIES.items():
        write_html(stem, published)
    for stem in DOCX_COPIES:
        write_docx(stem)
    for stem in PDF_COPIES:
        write_pdf(stem)
    # The copies share their original's gold file.
    for stem in {*HTML_COPIES, *DOCX_COPIES, *PDF_COPIES}:
        shutil.copyfile(HERE / f"{stem}.gold.json", OUT / f"{stem}.gold.json")


if __name__ == "__main__":
    main()
