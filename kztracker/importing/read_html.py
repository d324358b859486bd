"""The article inside a saved web page: main text without the site around it, and its metadata.

lxml only parses the page; scripts, styles and forms are dropped, never run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html

from kztracker.dates import PartialDate
from kztracker.i18n import _
from kztracker.importing.errors import ImportInputError

_ISO_START = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "pubdate",
    "publishdate",
    "sailthru.date",
)


@dataclass
class HtmlArticle:
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published_on: PartialDate | None = None


def read_html(html: str, name: str) -> HtmlArticle:
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise ImportInputError(
            _("{name} is not readable HTML ({error}); save the page again").format(
                name=name, error=exc
            )
        ) from exc
    for node in tree.xpath("//script|//style|//noscript|//template|//iframe|//form"):
        node.drop_tree()
    clean = lxml.html.tostring(tree, encoding="unicode")
    import trafilatura  # a tenth of a second to load: only when a page is read

    text = trafilatura.extract(
        clean,
        include_comments=False,
        include_tables=True,
        favor_precision=True,
        include_links=False,
        include_images=False,
        with_metadata=False,
    )
    if not text:
        raise ImportInputError(
            _(
                "{name} holds no article text that could be found; copy the article's text "
                "and paste it instead"
            ).format(name=name)
        )
    meta = _meta(tree)
    title = meta.get("og:title") or _first_text(tree, "//h1") or _first_text(tree, "//title")
    return HtmlArticle(
        text=text,
        title=title,
        outlet=meta.get("og:site_name") or meta.get("application-name"),
        url=meta.get("og:url") or _canonical(tree),
        published_on=_published(tree, meta) or _found_by_htmldate(html, meta, tree),
    )


def _meta(tree: lxml.html.HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for node in tree.xpath("//meta[@content]"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").casefold()
        if key and key not in found:
            found[key] = node.get("content").strip()
    return found


def _first_text(tree: lxml.html.HtmlElement, xpath: str) -> str | None:
    for node in tree.xpath(xpath):
        text = " ".join(node.text_content().split())
        if text:
            return text
    return None


def _canonical(tree: lxml.html.HtmlElement) -> str | None:
    for node in tree.xpath("//link[@rel='canonical'][@href]"):
        return str(node.get("href"))
    return None


# A date in a page's or file's address: ".../2025/03/12/...", "...-2025-03-12-...", "20250312".
_ADDRESS_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[/_.-]?(0[1-9]|1[0-2])[/_.-]?(0[1-9]|[12]\d|3[01])(?!\d)"
)


def date_in_address(address: str | None) -> PartialDate | None:
    """The day a page's address or a saved file's name carries, if it carries one."""
    for match in _ADDRESS_DATE.finditer(address or ""):
        try:
            return PartialDate(*(int(g) for g in match.groups()))
        except ValueError:
            continue
    return None


def _found_by_htmldate(
    html: str, meta: dict[str, str], tree: lxml.html.HtmlElement
) -> PartialDate | None:
    """What htmldate reads where the usual meta tags are silent: JSON-LD (so the page as saved,
    scripts included: htmldate parses them, nothing runs), other markup, the address. Only the
    markup is searched: no guess from the article's text, nothing fetched."""
    import htmldate

    url = meta.get("og:url") or _canonical(tree)
    try:
        found = htmldate.find_date(html, extensive_search=False, original_date=True, url=url)
    except (ValueError, TypeError):  # a page htmldate cannot make sense of has no date for it
        found = None
    if found:
        return PartialDate(*(int(g) for g in found.split("-")))
    return date_in_address(url)


def _published(tree: lxml.html.HtmlElement, meta: dict[str, str]) -> PartialDate | None:
    values = [meta[key] for key in _DATE_META if key in meta]
    values += [str(v) for v in tree.xpath("//time/@datetime")]
    for value in values:
        match = _ISO_START.search(value)
        if match:
            try:
                return PartialDate(*(int(g) for g in match.groups()))
            except ValueError:
                continue
    return None
