"""The article of a saved web page (``.html``/``.htm``): its main text and metadata, read with trafilatura.

A saved news page holds much besides the article: menus, cookie banners, share buttons, "Related"
and "Read more" lists, sign-up boxes, advertisements, comments, footers. `trafilatura
<https://trafilatura.readthedocs.io>`_ (a maintained main-text extraction library, offline when given
a page's text as here) finds the article's own text among them and reads the page's metadata (meta
tags, Open Graph, JSON-LD ``NewsArticle``, the ``<title>``, bylines):

* **body**: trafilatura's main text, without comments; each block it keeps (paragraph, heading,
  list item, quotation, table row) and each line break inside one is a paragraph, and paragraphs
  are separated by a blank line; white space inside a paragraph is collapsed to single spaces.
  Photo captions (``<figcaption>``, and elements of class ``caption``, ``wp-caption-text`` and
  the like) and images are left out. The page's headline, when the body starts with it, is not
  repeated in the body, nor the line "The post TITLE appeared first on SITE." that WordPress feeds
  add at the end of a post.
* **title**: the page's headline (Open Graph or JSON-LD title, else ``<title>`` or ``<h1>``, as
  trafilatura finds it); without one, the first paragraph is the title.
* **author** (several joined with ``; ``), **url** (canonical link or ``og:url``), **date** (the
  original publication date, ISO ``YYYY-MM-DD``, from meta tags, JSON-LD, ``<time>`` elements or
  the URL; not guessed from the running text) and **source**: the site's name (``og:site_name``,
  JSON-LD publisher), or else the domain of the page's URL; None where the page gives none.

**When trafilatura finds no text** (a page of a few words, or nothing but scripts), **or fails**
(it must not stop a batch whatever the bytes), the page is read as framing read every page before
it, by :class:`_BlockText`: the first ``<h1>`` (else ``<title>``) is the title, the text of the
block elements outside scripts, styles and the head the body, one paragraph per block (without a
title, the first paragraph is the title), with the metadata trafilatura can still read. trafilatura
falls back to the page's plain paragraphs by itself when its main-text extraction finds too little,
so this path is for pages that hold almost no text; when it finds none either, the page is an
:class:`InputError` naming the file ("HTML page has no body text").

trafilatura (and lxml under it) is imported only when a page is read, not when framing starts.
"""
from __future__ import annotations

import logging
import re
from html.parser import HTMLParser
from typing import Any

from ..errors import InputError
from ..types import Article
from .text import MAX_ARTICLE_CHARS, check_size

# trafilatura's options: comments are not the article; tables may be; images and links are dropped.
# Dates only from the page's markup and URL (extensive_search would take any date in the text).
_EXTRACTION = {"include_comments": False, "include_tables": True, "include_images": False,
               "include_links": False, "include_formatting": False, "with_metadata": True}
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "outputformat": "%Y-%m-%d"}
# photo captions, which trafilatura keeps when they are not in a <figure> (a table cell, a <p>):
# elements whose class is one of these words (as words, so that class="has-captions" is kept)
_CAPTION_CLASSES = ("caption", "wp-caption-text", "wp-caption-dd", "image-caption", "photo-caption",
                    "caption-text", "figure-caption", "media-caption", "img-caption", "imagecaption")
_PRUNE = ["//figcaption"] + [f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"
                             for name in _CAPTION_CLASSES]
# the line WordPress feeds (and pages saved from them) end a post with
_POST_APPEARED = re.compile(r"The post .+ appeared first on .+", re.DOTALL)
# blocks of trafilatura's output tree: each starts a paragraph (a <lb/> inside one too)
_BLOCKS = {"p", "head", "item", "quote", "list", "table", "row", "code", "div", "note", "lb"}
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>", re.IGNORECASE)
_UNREADABLE = re.compile("[\x00\ud800-\udfff]")
_LOGGERS = ("trafilatura", "htmldate", "courlan", "justext", "readability")


def parse_html(text: str, where: str, default_id: str, path: str | None = None,
               max_chars: int | None = MAX_ARTICLE_CHARS) -> Article:
    """The article of an HTML page: its main text and metadata (see the module docstring)."""
    extracted = _extract(text)
    meta, paragraphs = extracted if extracted is not None else ({}, [])
    title = meta.get("title") or ""
    if paragraphs and _same_words(paragraphs[0], title):
        paragraphs = paragraphs[1:]
    if paragraphs and _POST_APPEARED.fullmatch(paragraphs[-1]):
        paragraphs = paragraphs[:-1]
    if not paragraphs:  # trafilatura found no text, or failed: the block text of the page
        collected_title, paragraphs = _collect(text, where)
        title = title or collected_title
    body = "\n\n".join(paragraphs)
    if not title:
        title, _, body = body.partition("\n\n")
        if not body:
            raise InputError(where, "HTML page has no title and only one paragraph")
    check_size(len(title) + len(body), where, max_chars)
    return Article(id=default_id, title=title, text=body, source=meta.get("sitename"), url=meta.get("url"),
                   date=meta.get("date"), path=path, author=meta.get("author"))


def _extract(text: str) -> tuple[dict[str, str], list[str]] | None:
    """(metadata, paragraphs of the main text) of a page as trafilatura reads it; None if it fails."""
    try:
        import trafilatura
        from trafilatura.metadata import extract_metadata
    except ImportError:  # a broken install: the page is still read, by the block collector
        return None
    _quiet()
    # lxml refuses a str that declares an encoding (<?xml ... encoding=...?>); trafilatura then parses
    # its UTF-8 bytes by the page's <meta charset>, which garbles all but ASCII: the text is decoded already
    page = _XML_DECLARATION.sub("", text, count=1)
    try:
        document = trafilatura.bare_extraction(page, date_extraction_params=dict(_DATE_PARAMS),
                                               prune_xpath=list(_PRUNE), **_EXTRACTION)
        if document is None:  # no main text: keep what the metadata says
            document = extract_metadata(page, date_config=dict(_DATE_PARAMS), extensive=False)
            return _metadata(document), []
        return _metadata(document), _paragraphs(document.body)
    except Exception:  # noqa: BLE001 - any failure (RecursionError too): the page is read by the collector
        return None


def _quiet() -> None:
    """Keep the extractors' log messages ("discarding data", "parsed tree length") off standard error
    where the program has not set up logging (framing reports problems itself, in one line naming
    the file), as a library should: a handler that drops them, so Python's last-resort handler does
    not print them; a program that configures logging still gets them."""
    for name in _LOGGERS:
        logger = logging.getLogger(name)
        if not any(isinstance(h, logging.NullHandler) for h in logger.handlers):
            logger.addHandler(logging.NullHandler())


def _metadata(document: Any) -> dict[str, str]:
    """The metadata fields of a trafilatura Document that an Article keeps, as clean strings."""
    out = {}
    for name in ("title", "author", "url", "date", "sitename"):
        value = getattr(document, name, None)
        if isinstance(value, str):
            value = _clean(" ".join(value.split()))
            if value:
                out[name] = value
    return out


def _paragraphs(body: Any) -> list[str]:
    """The paragraphs of trafilatura's output tree: one per block and per line break inside one."""
    pieces: list[str] = []

    def walk(element: Any) -> None:
        is_block = element.tag in _BLOCKS
        if is_block:
            pieces.append("\n")
        if element.tag == "cell" and element.getprevious() is not None:
            pieces.append(" | ")
        if element.text:
            pieces.append(element.text)
        for child in element:
            walk(child)
        if is_block:
            pieces.append("\n")
        if element.tail:
            pieces.append(element.tail)

    if body is None:
        return []
    walk(body)
    lines = (" ".join(line.split()) for line in _clean("".join(pieces)).split("\n"))
    return [line for line in lines if line]


def _clean(text: str) -> str:
    """Text without NUL characters, lone surrogates as U+FFFD (as HTML reads their references)."""
    return _UNREADABLE.sub(lambda m: "" if m.group() == "\x00" else "\ufffd", text)


def _same_words(paragraph: str, title: str) -> bool:
    """Is this paragraph the headline again (same words, case and punctuation aside)?"""
    words = re.findall(r"\w+", paragraph.casefold())
    return bool(words) and words == re.findall(r"\w+", title.casefold())


# ------------------------------------------------------------------ the block collector (fallback)

class _BlockText(HTMLParser):
    """Collects <title>, the first <h1> and block-level text of an HTML page."""

    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
              "section", "article", "tr", "pre", "header", "footer", "figcaption"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.h1 = ""
        self.parts: list[str] = []
        self._skip = 0
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "title":
            self._in_title = True
        elif tag in self._SKIP:
            self._skip += 1
        if tag == "h1" and not self.h1:
            self._in_h1 = True
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag == "h1":
            self._in_h1 = False
        if tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self._skip:
            return
        if self._in_h1:
            self.h1 += data
            return
        self.parts.append(data)


def _collect(text: str, where: str) -> tuple[str, list[str]]:
    """(title, paragraphs) of a page by its block elements; InputError when it has no body text."""
    parser = _BlockText()
    try:
        parser.feed(text)
        parser.close()
    except AssertionError as exc:  # html.parser's way of giving up, e.g. on "<![x[" (a marked section)
        raise InputError(where, f"HTML page cannot be parsed ({' '.join(str(exc).split())[:80]})") from None
    paragraphs = [" ".join(p.split()) for p in "".join(parser.parts).split("\n\n")]
    paragraphs = [p for p in paragraphs if p]
    if not paragraphs:
        raise InputError(where, "HTML page has no body text")
    return " ".join((parser.h1 or parser.title).split()), paragraphs
