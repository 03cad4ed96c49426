"""An "it" before a cue that names no source at all: a dummy subject or a thing that shows, not one who speaks.

A reader of "It was the Port Authority that ordered the closures, claiming ..." hears no "it" speak: the "it"
opens a cleft or a copula ("It is important that officials denounce hate and explain ...", "It promises to be a
big draw"), and the cue further on has another subject or none. Of "When the footage came out, it showed the
teenager moving away", "Add in hostility to the president and it explains the shift", "it surprised lawmakers
that ...", the "it" is a fact, a film or an event that shows or causes: evidence, not a source's words. When no
antecedent was found for such an "it" (an organisation or a document would have been named), framing showed it as
"pronoun not resolved", which readers mark wrong; it is no speaker span. An "it" that says, reports, finds or
warns ("It says", "It found that ...", "It also warns against ...") stays: that is a document or body speaking,
even when framing cannot name it.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

# verbs an "it" does as a thing that shows or causes, not as one who speaks ("it showed", "it explains the
# shift", "it surprised lawmakers"); curated by reading the AllSides dev corpus (unresolved "it" sources)
_SHOWING: Final = frozenset({
    "show", "shows", "showed", "shown", "explain", "explains", "explained", "illustrate", "illustrates",
    "illustrated", "signal", "signals", "signaled", "signalled", "underscore", "underscores", "underscored",
    "highlight", "highlights", "highlighted", "point", "points", "pointed", "remind", "reminds", "reminded",
    "surprise", "surprises", "surprised", "promise", "promises", "promised", "confirm", "confirms", "confirmed",
})

# words opening the clause of what is said after a verb ("explained that ...", "explains why ...")
_CLAUSE_OPENERS: Final = frozenset({"that", "how", "why", "what", "to", "whether"})

# forms of "be" and linking verbs after a dummy "it" ("It was the Justice Department that asked", "It comes after")
_LINKING: Final = frozenset({"is", "was", "'s", "’s", "be", "been", "being", "were", "are", "seems", "seemed",
                             "comes", "came"})

# adverbs that may stand between "it" and its verb ("It also warns", "It reportedly asserts")
_ADVERBS: Final = frozenset({"also", "even", "still", "reportedly", "probably", "only", "then", "further",
                             "clearly", "certainly", "simply", "now", "just"})

# how many adverbs may stand between the "it" and its verb
_REACH: Final = 3


def no_source_it(doc: Doc, at: int, cue_first: int) -> bool:
    """Is the "it" at token ``at``, the found subject of the cue starting at ``cue_first``, no source: a dummy
    before a linking verb when the cue comes later ("It was the Port Authority that ordered ..., claiming"), or
    a thing that shows or causes ("it showed", "it surprised lawmakers that")?"""
    norms = doc.norms
    if norms[at] != "it":
        return False
    k = at + 1
    while k < len(norms) and k - at <= _REACH and norms[k] in _ADVERBS:
        k += 1
    if k >= len(norms):
        return False
    word = norms[k]
    if word in _SHOWING:
        # (but "if it explained that the border was secure": a body explaining, its words follow)
        return not (word.startswith("explain") and k + 1 < len(norms) and norms[k + 1] in _CLAUSE_OPENERS)
    return word in _LINKING and cue_first > k
