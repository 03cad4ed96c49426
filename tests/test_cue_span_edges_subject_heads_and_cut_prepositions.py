"""Fifteenth pass, second round, on cue extents: the span model's extent loses a subject's head it took on the
left ("urban [areas] was widely praised" -> "was widely praised") and a last preposition cut off its object on
the right ("warned about [in]", "has announced [for]"); auxiliaries, adverbs and negations on the left ("has also
said", "didn't explicitly endorse") and a verb's own preposition on the right ("weighed in on", "pushed back
on") stay. The sentences are written for these tests."""
from __future__ import annotations

import pytest
from conftest import Article

from framing.analysis.context import Context
from framing.analysis.features.sourcing.cue_span_edges import trimmed_extent


def _trim(text: str, extent: str, match: str) -> str:
    """The trimmed text of the extent ``extent`` given to the lexicon match ``match`` inside it."""
    doc = Context(Article(id="t", title="", text=text)).text
    ext, words = extent.lower().split(), match.lower().split()
    n = len(doc.norms)
    for k in range(n - len(ext) + 1):
        if [doc.norms[j] for j in range(k, k + len(ext))] == ext:
            off = next(i for i in range(len(ext)) if ext[i:i + len(words)] == words)
            first, stop = trimmed_extent(doc, k + off, k + off + len(words), k, k + len(ext))
            return " ".join(doc.tokens[j] for j in range(first, stop))
    raise AssertionError(f"{extent!r} not in {text!r}")


@pytest.mark.parametrize("text, extent, match, trimmed", [
    ("The cut in water use in urban areas was widely praised by experts.", "areas was widely praised", "praised",
     "was widely praised"),
    ("Groups who opposed the deal have also told Congress to wait.", "deal have also told", "told",
     "have also told"),
    ("The old wiring story has been cited often as the cause.", "story has been cited", "cited", "has been cited"),
    ("The preacher warned about in the sermon what greed does.", "warned about in", "warned", "warned about"),
    ("The lineup the governor has announced for his cabinet is thin.", "has announced for", "announced",
     "has announced"),
    ("Trump said Sunday in an interview on CBS that he would win.", "said Sunday in an interview on", "said",
     "said Sunday in an interview"),
])
def test_subject_heads_and_cut_prepositions_leave_the_extent(text: str, extent: str, match: str,
                                                             trimmed: str) -> None:
    assert _trim(text, extent, match) == trimmed


@pytest.mark.parametrize("text, extent, match", [
    ("The mayor has also said that the fee is fair.", "has also said", "said"),
    ("Trump didn't explicitly endorse the challenger.", "didn't explicitly endorse", "endorse"),
    ("The senator also weighed in on the budget fight.", "also weighed in on", "weighed"),
    ("The chairman pushed back on the claim on Monday.", "pushed back on", "pushed"),
    ("The aide was asked over and over about the memo.", "asked over and over", "asked"),
])
def test_auxiliaries_and_a_verbs_own_preposition_stay(text: str, extent: str, match: str) -> None:
    assert _trim(text, extent, match) == extent
