"""A speaker span that is the owner of a noun after a bare apostrophe ("Democrats’ push", "Nunes' lawyers"):
the owner is no source.

The tokenizer splits a plural's or an s-name's possessive apostrophe from its word ("Democrats" "’" "push"),
so a speaker search can stop at the owner: "Democrats’ push to raise the wage was accused", "Iraqi forces’
ability ... noted", "did not respond to Fox News' request", "according to Nunes' lawyers". A reader names no
owner as who speaks there (of "according to Nunes' lawyers" the lawyers speak, not Nunes).
Such a span is set aside. Kept after "according to", unless its people speak ("Nunes' lawyers", "Nunes' team"):
a count, a tool or an analysis of an outlet or a body ("according to NBC News' count") has the owner for source.

The same holds of an owner in "'s" whose noun stands between it and a later cue (session 35's fresh draw: "took
issue with [Trump's] claim that the city is poorly run, calling it fake news"; through the dev corpus "[The
North's] statement issued Monday ... saying", "[Trump's] outside attorneys ... hailing"): the owner is cut before
its head, and a participle's subject is the clause's. Kept: the owner right before its cue noun ("Trump's claims
about wiretapping"), and an owner after its cue ("according to Sullivan's testimony"). An owner right before
"alleged" and its noun is who is accused, not who alleges ("Gates and Kilimnik's alleged wrongdoings", "Sinema's
alleged violations"; draw 3737, and every such dev span read wrong); so is an owner before another participle
of what others did to its noun, after at most two adverbs ("probing [the agency’s] recently revealed practice",
"[Barr's] highly expected release", "[the community’s] alleged “intransigence”": twentieth pass, draws
7474-7878, "the practice's owner, not a speaker"; the three such dev spans). Kept: "NBC's reported quote" (NBC
reported it), "Trump's promised upgrade" (his own promise).
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .grammar import adverb_ly

_APOSTROPHES: Final = frozenset({"'", "’"})
_S_ENDINGS: Final = ("'s", "’s")

# people of an owner who speak for it after "according to" ("according to Nunes' lawyers", "Nunes' team"); curated
# by reading the AllSides dev corpus (speaker spans before a bare apostrophe)
# participles before the owner's noun that others did to it, so the owner is no source ("the agency's recently
# revealed practice": someone revealed it; "Barr's expected release": others expect it); not "reported" ("NBC's
# reported quote": NBC reported it) nor "stated", "promised" (the owner's own word)
_DONE_TO_THE_OWNER: Final = frozenset({"alleged", "revealed", "expected", "rumored", "rumoured", "suspected",
                                       "purported", "perceived", "leaked", "exposed"})
# words of degree before such a participle ("highly expected", "much rumored")
_DEGREE_WORDS: Final = frozenset({"much", "widely", "long", "so", "very", "highly", "newly", "recently", "often"})
_OPENING_QUOTES: Final = frozenset({"“", "\"", "‘", "'"})
_OWNED_SPEAKERS: Final = frozenset({"lawyers", "lawyer", "attorneys", "attorney", "team", "aides", "aide", "staff",
                                    "spokesman", "spokeswoman", "spokesperson", "campaign", "office", "allies",
                                    "representatives", "family", "friends", "advisers", "advisors"})


def owner_before_apostrophe(doc: Doc, m: Match, span: tuple[int, int]) -> bool:
    """Is the span ``span`` of cue ``m`` the owner of the noun after a bare apostrophe ("Democrats’ push",
    "Nunes' lawyers"), not a figure's source after "according to" (see the module docstring)?"""
    first, stop = span
    tokens, norms = doc.tokens, doc.norms
    if not 0 <= first < stop < len(norms) - 1 or tokens[stop] not in _APOSTROPHES:
        return False
    if doc.starts[stop] != doc.ends[stop - 1] or not norms[stop - 1].endswith("s"):
        return False  # a closing quotation mark ("the 'experts' said"), not a possessive
    if stop + 1 == m.first or first > 0 and tokens[first - 1] in ("‘", "'"):
        return False  # "the ‘experts’ said": a closing quotation mark before the cue
    noun = tokens[stop + 1]
    if not noun[:1].islower() or not doc.is_word[stop + 1] or doc.starts[stop + 1] == doc.ends[stop]:
        return False
    return norms[m.first] != "according" or norms[stop + 1] in _OWNED_SPEAKERS


def owner_in_s_before_its_noun(doc: Doc, m: Match, span: tuple[int, int]) -> bool:
    """Is the span ``span`` an owner in "'s" ("Trump's") whose lower-case noun follows it and stands before the
    cue ``m`` ("Trump's claim that ..., calling"), not the cue's own noun ("Trump's claims")?"""
    first, stop = span
    if 0 <= first < stop <= m.first and doc.norms[stop - 1].endswith(_S_ENDINGS):
        # "Sinema's alleged violations", "the agency’s recently revealed practice", "Barr's highly expected
        # release", "the community’s alleged “intransigence”" (the cue may take in the adverb)
        p = stop
        while p < min(stop + 2, m.stop) and (adverb_ly(doc.norms[p]) or doc.norms[p] in _DEGREE_WORDS):
            p += 1
        if p < m.stop and p + 2 < len(doc.norms) and doc.norms[p] in _DONE_TO_THE_OWNER \
                and all(adverb_ly(doc.norms[t]) or doc.norms[t] in _DEGREE_WORDS for t in range(stop, p)):
            after = p + 2 if doc.tokens[p + 1] in _OPENING_QUOTES else p + 1
            return doc.is_word[after] and doc.norms[after] != "that"
    if not 0 <= first < stop < m.first or stop >= len(doc.norms) or not doc.norms[stop - 1].endswith(_S_ENDINGS):
        return False
    return doc.is_word[stop] and doc.tokens[stop][:1].islower()
