"""Shared fixtures: the seed articles and small helpers to analyze inline text."""
from __future__ import annotations

from pathlib import Path

import pytest

import framing
from framing.types import Article, Profile

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
VOV = SEEDS / "000_19f9451b57e8e734.txt"  # Voice of Vietnam: "Russia-US confrontation, mounting concerns"
PL = SEEDS / "002_5283c69be6bb5e58.txt"  # Personal Liberty: "... war drums get louder"
CORPORA = ROOT.parent / "shared" / "corpora"


def article(text: str, title: str = "Headline", source: str | None = None) -> Article:
    return Article(id="t", title=title, text=text, source=source)


def profile(text: str, title: str = "Headline") -> Profile:
    return framing.analyze(article(text, title))


def acting_cue(text: str, cue: str) -> bool:
    """Is the first occurrence of ``cue`` (one or more words) in ``text`` set aside by the sourcing feature
    as attributing nothing (``cues.acting_cue``: verbs of acting, empty and stance cues)?"""
    from framing.analysis.context import Context
    from framing.analysis.features.sourcing import cues

    doc = Context(Article(id="t", title="", text=text)).text
    words = cue.lower().split()
    for k in range(len(doc.norms) - len(words) + 1):
        if [doc.norms[j] for j in range(k, k + len(words))] == words:
            return cues.acting_cue(doc, k, k + len(words))
    raise AssertionError(f"{cue!r} not in {text!r}")


def found(p: Profile, feature: str, measure: str | None = None, field: str = "text") -> list[str]:
    """Matched texts of a feature's evidence (optionally of one measure), in order."""
    return [e.text for e in p.features[feature].evidence
            if (measure is None or e.measure == measure) and e.field == field]


@pytest.fixture(scope="session")
def vov() -> Profile:
    return framing.analyze(framing.load_article(VOV))


@pytest.fixture(scope="session")
def pl() -> Profile:
    return framing.analyze(framing.load_article(PL))


def store_contents(path) -> dict:
    """Every row of every table of a batch's store (framing.sqlite), in order: the store's content, which
    SQLite's file header (a change counter) does not let a byte comparison see."""
    import sqlite3

    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                            "'articles_fts%' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    finally:
        con.close()
