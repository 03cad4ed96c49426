"""Speaker spans that name no source: a phrase cut before its noun, a participle that opens the sentence, the
thing a cue is said of, or a part of a broadcast or a work (curated by reading the AllSides dev corpus and the
readers' judgments of the eleventh pass):

- a determiner and a modifier whose noun runs on after the span ("according to [the most] recent statistics",
  "[a tiny] minority wondered"): a fragment; the source, if any, is the whole phrase;
- a participle or a preposition-like word that opens a phrase ("[Based] on the turnout, analysts consider"):
  no one;
- a phrase right before a cue in the passive with its agent ("a reform also mentioned by Blumenthal"): what
  was mentioned, not who mentioned it (the one after "by" is);
- a part of a broadcast or a work by its head noun ("[The first part] focused on the convention", "the second
  segment"): what a programme is about, no one's words or view.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .grammar import is_cap
from .speaker_owner_spans import owner_before_apostrophe, owner_in_s_before_its_noun
from .speaker_noun_cues import modifier_of_noun_cue
from .speaker_survey_shares import survey_share

# determiners a cut phrase opens with
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})

# modifiers that need a noun after them ("the most recent statistics", "a tiny minority")
_MODIFIERS: Final = frozenset({"most", "least", "more", "less", "large", "larger", "largest", "tiny", "small",
                               "smaller", "big", "bigger", "biggest", "latest", "recent", "new", "newest", "same",
                               "other", "only", "very", "vast", "great", "greater", "growing", "overwhelming"})

# words that open a phrase before "on"/"to"/"upon" and are no one ("Based on", "Compared to", "Thanks to")
_PHRASE_OPENERS: Final = frozenset({"based", "compared", "thanks", "due", "owing", "relative", "contrary",
                                    "according", "depending", "pursuant"})

# heads of a part of a broadcast or a work ("The first part", "the second segment")
_PARTS: Final = frozenset({"part", "segment", "half", "episode", "installment"})

# adverbs between a span and its passive cue ("a reform also mentioned by")
_ADVERBS: Final = frozenset({"also", "often", "frequently", "widely", "first", "previously", "recently", "once"})


def fragment_source(doc: Doc, m: Match, span: tuple[int, int]) -> bool:
    """Is the speaker span ``span`` of the cue ``m`` a fragment that names no source (see the module docstring)?"""
    first, stop = span
    if first < 0 or stop <= first:
        return False
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if stop - first <= 3 and norms[first] in _DETERMINERS and norms[stop - 1] in _MODIFIERS \
            and stop < n and doc.is_word[stop] and not is_cap(tokens[stop]):
        return True  # "the most [recent statistics]"
    if stop - first == 1 and norms[first] in _PHRASE_OPENERS and stop < n and norms[stop] in ("on", "to", "upon"):
        return True  # "Based on the turnout"
    if stop <= m.first and norms[stop - 1] in _PARTS and stop - first <= 4:
        return True  # "The first part focused on"
    if owner_before_apostrophe(doc, m, span) or owner_in_s_before_its_noun(doc, m, span):
        return True  # "Democrats’ push to raise the wage", "according to Nunes' lawyers": an owner
    if survey_share(doc, first, stop):
        return True  # "the share of Americans who said": a statistic named as such (widened to its share)
    if modifier_of_noun_cue(doc, m, span):
        return True  # "The privilege claims though could have been": "claims" is a noun
    return _passive_object(doc, m, span)


def _passive_object(doc: Doc, m: Match, span: tuple[int, int]) -> bool:
    """Is the span right before a past participle cue (an adverb may stand between) that "by" and its agent
    follow ("a reform also mentioned by Blumenthal")?"""
    first, stop = span
    norms = doc.norms
    k = stop
    while k < m.first and norms[k] in _ADVERBS:
        k += 1
    if k != m.first or m.stop + 2 >= len(norms) or norms[m.stop] != "by" or norms[m.stop + 1].endswith("ing") \
            or norms[m.stop + 1].endswith("ly") and norms[m.stop + 2].endswith("ing"):
        return False  # (not "Ri said by repeatedly calling Kim ...": the means, and Ri spoke)
    head = norms[m.stop - 1]
    return head.endswith("ed") or head in ("said", "told", "written", "made", "spoken", "quoted")
