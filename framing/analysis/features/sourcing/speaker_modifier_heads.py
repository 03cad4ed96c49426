"""A name used as a modifier, cut off its noun (curated by reading the AllSides dev corpus; readers marked "a
Politico" without "report" wrong): "according to a [Politico] report", "said a [Rubio] ally", "according to a
[GOP] operative familiar with ...", "according to a [Reuters]/Ipsos poll", "an [IRS] tax filing". After "a" or
"an" a capitalised name is no one by itself: the reader takes the phrase up to its noun ("a Politico report",
"a Rubio ally", "a Reuters/Ipsos poll"). "a Democrat there", "a Democrat familiar with the plan" (a person
noun already, with no noun after it) are left as they are.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .facts import base_norm
from .grammar import WordLists, is_cap

# nouns a name modifies where a source stands: documents and the people who speak for someone
_HEADS: Final = frozenset({
    "report", "statement", "study", "survey", "poll", "letter", "memo", "analysis", "review", "document", "filing",
    "complaint", "lawsuit", "release", "post", "tweet", "video", "transcript", "readout", "email", "article",
    "story", "editorial", "investigation", "audit", "assessment", "estimate", "summary", "roundup", "average",
    "count", "tally", "tracker", "database", "projection", "forecast", "calculation", "ally", "operative",
    "member", "aide", "adviser", "advisor", "official", "spokesman", "spokeswoman", "spokesperson", "source",
    "insider", "staffer", "strategist", "lawmaker", "donor", "veteran", "lawyer", "attorney"})

# the longest name, in tokens, taken as the modifier ("a New York Times/Siena College poll")
_NAME_TOKENS: Final = 6


def phrase_to_its_noun(doc: Doc, m: Match, span: tuple[int, int], lists: WordLists) -> tuple[int, int] | None:
    """The span "a"/"an" + a capitalised name widened to the noun right after it (one lower-case word may stand
    between: "an IRS tax filing"), when that noun is a document or a person who speaks for someone; else None."""
    first, stop = span
    n = len(doc.tokens)
    if stop - first < 2 or stop - first > _NAME_TOKENS or doc.norms[first] not in ("a", "an") or stop >= n:
        return None
    if not all(is_cap(doc.tokens[t]) or doc.tokens[t] in ("/", "-", "&", ".") for t in range(first + 1, stop)):
        return None
    k = stop
    # "a Reuters/Ipsos poll": the name runs on after a slash
    while k + 1 < n and k - first < _NAME_TOKENS and doc.tokens[k] == "/" and is_cap(doc.tokens[k + 1]):
        k += 2
    limit = m.first if stop <= m.first else n
    for head in (k, k + 1):
        if head >= limit or not doc.is_word[head] or is_cap(doc.tokens[head]):
            return None
        if base_norm(doc.norms[head]) in _HEADS or doc.norms[head] in _HEADS:
            return first, head + 1
        if head == k and (doc.norms[head] in lists.not_names or base_norm(doc.norms[head]) in lists.person_nouns):
            return None  # "a Democrat familiar with", "a Democrat there"
    return None
