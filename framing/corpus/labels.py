"""Label files for source profiles and the reliability model, and how their ids meet a corpus.

Labels (JSONL ``{"id", "label"}``) are matched either to article ids (per-article labels, e.g. the
SemEval-2019 hyperpartisan set) or to sources (per-source labels, e.g. MBFC factuality by domain),
whichever matches more articles (a tie goes to article ids). Sources and label ids are compared in
lower case without ``http(s)://``, ``www.`` and a trailing ``/``; a source that is not itself a label
id is also tried through :data:`PUBLISHER_DOMAINS` (PolNeAR's publisher names, e.g. ``nyt`` ->
``nytimes.com``) and as ``NAME.com``. Articles without a matching label are left out of the model.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..errors import InputError
from ..types import Article

UNKNOWN = "(unknown)"

# Publisher names as they appear in corpora (PolNeAR) -> the domains rating lists use.
PUBLISHER_DOMAINS: dict[str, tuple[str, ...]] = {
    "nyt": ("nytimes.com",),
    "new-york-times": ("nytimes.com",),
    "breitbart": ("breitbart.com",),
    "politico": ("politico.com",),
    "usa-today": ("usatoday.com",),
    "wash-post": ("washingtonpost.com",),
    "washington-post": ("washingtonpost.com",),
    "huff-post": ("huffpost.com", "huffingtonpost.com"),
    "huffington-post": ("huffpost.com", "huffingtonpost.com"),
    "west-journal": ("westernjournal.com", "westernjournalism.com"),
}


def source_of(article: Article) -> str:
    """The article's source as profiles group it: its ``source`` field, or ``(unknown)``."""
    return (article.source or "").strip() or UNKNOWN


def _norm(name: str) -> str:
    s = name.strip().lower()
    for prefix in ("https://", "http://"):
        if s.startswith(prefix):
            s = s[len(prefix):]
    if s.startswith("www."):
        s = s[4:]
    return s.rstrip("/")


def read_labels(path: str) -> dict[str, str]:
    """JSONL ``{"id", "label"}`` per line -> {id: label}. InputError naming the line if malformed."""
    p = Path(path)
    if not p.exists():
        raise InputError(path, "no such file")
    if p.is_dir():
        raise InputError(path, "is a folder, not a labels file")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "is not UTF-8 text") from None
    labels: dict[str, str] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}", f"not valid JSON ({exc.msg})") from None
        if not isinstance(rec, dict) or "id" not in rec or "label" not in rec:
            raise InputError(f"{path}:{n}", "each line needs an \"id\" and a \"label\"")
        if rec["label"] is None or str(rec["label"]).strip() == "":
            raise InputError(f"{path}:{n}", "empty label")
        key, label = str(rec["id"]), str(rec["label"]).strip()
        if key in labels and labels[key] != label:
            raise InputError(f"{path}:{n}", f"id {key!r} has two labels ({labels[key]!r}, {label!r})")
        labels[key] = label
    if not labels:
        raise InputError(path, "holds no labels")
    return labels


def source_label_key(source: str, by_norm: dict[str, str]) -> str | None:
    """The label id a source matches (directly, through PUBLISHER_DOMAINS, or as NAME.com), or None."""
    s = _norm(source)
    for cand in (s, *PUBLISHER_DOMAINS.get(s, ()), s + ".com" if "." not in s else ""):
        if cand and cand in by_norm:
            return by_norm[cand]
    return None


@dataclass
class LabelMatch:
    level: str  # "article" or "source"
    labels: list[str | None]  # per article (None: not labelled)
    source_keys: dict[str, str]  # source -> label id it matched (per-source level)
    n_article_matches: int
    n_source_matches: int


def match_labels(articles: Sequence[Article], labels: dict[str, str], where: str) -> LabelMatch:
    """Decide per-article vs per-source labels by which ids match more articles (tie: per-article)."""
    by_article = [labels.get(a.id) for a in articles]
    by_norm = {_norm(k): k for k in labels}
    keys = {s: source_label_key(s, by_norm) for s in {source_of(a) for a in articles}}
    found = {s: k for s, k in keys.items() if k is not None}
    by_source = [labels[found[source_of(a)]] if source_of(a) in found else None for a in articles]
    n_art = sum(v is not None for v in by_article)
    n_src = sum(v is not None for v in by_source)
    if n_art == 0 and n_src == 0:
        raise InputError(where, "no label id matches an article id or a source of the corpus")
    if n_art >= n_src:
        return LabelMatch("article", by_article, {}, n_art, n_src)
    return LabelMatch("source", by_source, found, n_art, n_src)
