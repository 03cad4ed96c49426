"""Edges of a cue's extent that the span model ran past (fifteenth pass, second round: curated by reading the
AllSides dev corpus and readers' judgments of draws 4242 and 4343, which marked "areas was widely praised",
"has announced for his Cabinet" and the like wrong as cut badly):

- on the left, the head of a subject before the cue's auxiliary or adverb: "use in urban [areas] was widely
  praised", "groups who opposed the [deal] have also told", "the [statement] just said", "four [months ago] was
  described" become "was widely praised", "have also told", "just said", "was described" ("has also said",
  "went on to say", "having long said", "failed to mention" stay);
- on the right, a preposition cut off its object: "what Jesus warned about [in] the Sermon", "Trump said Sunday
  in an interview [on] CBS", "the lineup Trump has announced [for] his Cabinet" ("pushed back on", "warned of",
  "said in a statement" stay).

:func:`.attributions` asks :func:`trimmed_extent` after the span model; every look is within the extent the
model gave (at most a few tokens on each side).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

# words the left extension may open with: auxiliaries, modals, negation, adverbs of time and degree, "to"
_KEEP_LEFT: Final = frozenset({
    "has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
    "will", "would", "could", "can", "may", "might", "must", "should", "shall", "not", "never", "no", "to", "also",
    "still", "just", "only", "even", "then", "now", "once", "again", "first", "later", "all", "as", "that", "in", "a",
    "went", "goes", "go", "more", "so", "far", "yet", "ever", "often", "already", "earlier", "further", "long",
    "since", "at", "too", "always", "until", "soon", "both", "each", "who", "which", "and", "or", "but", "he",
    "she", "they", "we", "i", "you", "it"})
# what marks the word before it as a subject's head: an auxiliary, a modal or an adverb before the verb
_AUX_LIKE: Final = frozenset({
    "has", "have", "had", "is", "are", "was", "were", "does", "did", "do", "will", "would", "could", "can", "may",
    "might", "must", "should", "also", "often", "already", "just", "really", "once", "always", "long", "never",
    "not", "still", "even", "now", "earlier", "further", "ever"})
_CLITICS: Final = frozenset({"'s", "’s", "'re", "’re", "'ve", "’ve", "'d", "’d", "'ll", "’ll"})
# a preposition that opens an adverbial (its object left out of the extent)
_OPENERS: Final = frozenset({"over", "during", "on", "in", "at", "after", "before", "since", "from", "for"})
# a preposition the verb takes, after which another preposition opens a new phrase ("warned about in")
_COMPLEMENTS: Final = frozenset({"about", "of", "to", "for", "with"})  # ("weighed in on" stays)
# verbs of saying and announcing that take no "for" complement ("has announced for his Cabinet")
_NO_FOR: Final = frozenset({"announced", "announce", "announces", "said", "say", "says", "told", "tell", "tells",
                            "stated", "added", "noted", "wrote", "explained", "declared"})


def _left_edge(doc: Doc, match_first: int, first: int) -> int:
    """Where the extent should open: past the last subject word the left extension took."""
    norms = doc.norms
    cut = first
    for i in range(first, match_first - 1):  # a word followed by another extension word
        w, nxt = norms[i], norms[i + 1]
        if w in _KEEP_LEFT or w.endswith(("ly", "n't", "n’t")) or nxt in _CLITICS:
            continue
        if nxt in _AUX_LIKE or nxt.endswith("ly") and doc.is_word[i + 1]:
            cut = i + 1
    return cut


def _right_edge(doc: Doc, match_first: int, match_stop: int, stop: int) -> int:
    """Where the extent should close: before a last preposition cut off its object."""
    if stop <= match_stop or stop - 1 <= match_first:
        return stop
    norms = doc.norms
    last, before = norms[stop - 1], norms[stop - 2]
    if last not in _OPENERS:
        return stop
    if stop - match_stop >= 2 and before in _COMPLEMENTS and last != before:
        return stop - 1  # "warned about [in]"
    if stop - match_stop >= 3 and doc.is_word[stop - 2] and before not in _COMPLEMENTS \
            and before not in ("back", "out", "in", "on", "and", "or", "over"):
        return stop - 1  # "said Sunday in an interview [on]"
    if last == "for" and before in _NO_FOR:
        return stop - 1  # "has announced [for]"
    return stop


def trimmed_extent(doc: Doc, match_first: int, match_stop: int, first: int, stop: int) -> tuple[int, int]:
    """The cue extent ``[first, stop)`` the span model gave the match ``[match_first, match_stop)``, without a
    subject's head on the left or a preposition cut off its object on the right."""
    if first < match_first:
        first = _left_edge(doc, match_first, first)
    return first, _right_edge(doc, match_first, match_stop, stop)
