"""Two short articles on one (invented) story, written for the alignment and question tests, and an
AllSides same-story pair read by hand (referred to by id and offsets; its text stays in the corpus)."""
from __future__ import annotations

import json

import pytest

import framing
from framing.types import Article, Profile

from conftest import CORPORA

A_TITLE = "Police arrest 40 as factory protest turns into utter chaos"
A_TEXT = """Police arrested 31 people on Saturday night after a protest against the closure of the Hartwell steel plant turned violent in downtown Millbrook.

About 2,000 protesters marched from the plant gates to city hall, where some threw bottles at officers.

Police Chief Maria Delgado said four officers were treated for minor injuries. "We respect the right to protest, but we will not tolerate attacks on our officers," Delgado said.

The company announced last month that it would close the plant in March, cutting 1,200 jobs.

Union leader Frank Osei said workers had been given no warning. "They told us by email," Osei said.

Mayor Linda Park called for calm and said the city would meet the company on Monday.
"""
B_TITLE = "Thousands rally against Hartwell closure as mob storms city hall"
B_TEXT = """About 2,000 people rallied in downtown Millbrook on Saturday against the closure of the Hartwell steel plant, and an angry mob stormed the steps of city hall.

Thugs hurled bottles at officers when the march from the plant gates reached city hall.

Police Chief Maria Delgado said four officers were hurt.

The closure of the plant in March will cut 1.2 thousand jobs, the company said.

Hartwell spokesman Greg Lyle said the decision was "painful but necessary" after losses of $18 million last year.

The closure is likely to devastate the town's economy within a year.
"""

ALLSIDES = CORPORA / "allsides" / "articles.dev.jsonl"
# Ferguson, 2014-08-19 (judgments/same-story-pairs.jsonl): A from Fox, B from NPR
FERGUSON = ("Ph9U02u3fcL1K12y", "aaRLoiOUt6fW3KQa")
needs_allsides = pytest.mark.skipif(not ALLSIDES.is_file(), reason=f"AllSides corpus not found at {ALLSIDES}")


def sentence(text: str, begins: str) -> tuple[int, int]:
    """The span of the sentence of ``text`` that begins with ``begins`` (up to its full stop)."""
    start = text.index(begins)
    end = text.index(".", start + len(begins)) + 1
    if text[end:end + 1] == '"':
        end += 1
    return start, end


def written_pair() -> list[Profile]:
    return [framing.analyze(Article("a", A_TITLE, A_TEXT, "Daily A")),
            framing.analyze(Article("b", B_TITLE, B_TEXT, "Daily B"))]


def allsides_pair() -> list[Profile]:
    found = {}
    with ALLSIDES.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in FERGUSON:
                found[d["id"]] = Article(d["id"], d.get("title") or "", d["text"], d.get("source"), date=d.get("date"))
    return [framing.analyze(found[i]) for i in FERGUSON]


def spans_of(comparison_or_alignment) -> list:
    """Every Passage an alignment holds (groups, unmatched, omissions)."""
    al = comparison_or_alignment
    out = [p for g in al.groups for p in g.passages]
    out += [p for ps in al.unmatched for p in ps]
    out += [p for o in al.omissions for p in o.evidence]
    return out
