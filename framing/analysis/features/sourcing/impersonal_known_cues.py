""""Known" that names no knower: a fact the writer states as common knowledge, a name, a reputation (curated in
the nineteenth pass, round 2, helper cue50: its fresh draw judged "But it is known that Mr. Romney graduated
cum laude" wrong; the AllSides dev output holds six such "known" cues, all wrong: "It's now known that the
agency stores billions of communications", "Director-General Tedros, as he is known, has held briefings",
"The survey, as it's known, is a trove of data", "is known for plans that promise change", "so prevalent and
widely known that even ...").

"It is known that ..." has a dummy "it" and no one who knows: the writer's own claim; "as he is known" and
"known as"/"known for" give a name or a reputation; "widely known", "well known" are adjectives of a fact.
A knower keeps the cue: "Clinton had known she was in trouble", "officials have known for weeks that",
"he is known to have said" (a reported saying).

:func:`.cues.acting_cue` asks :func:`known_without_knower` through ``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_KNOWN: Final = "known"
_BE: Final = frozenset({"is", "was", "are", "were", "be", "been", "being", "'s", "’s", "it's", "it’s"})
_HAVE: Final = frozenset({"has", "have", "had", "'ve", "’ve"})
# adverbs between "be" and "known" ("it is now known", "is widely known", "is also well known")
_ADVERBS: Final = frozenset({"now", "also", "already", "long", "not", "still", "generally", "widely", "well", "little",
                             "publicly", "commonly", "universally", "largely", "best", "better", "lesser", "less",
                             "even", "only", "simply", "perhaps", "certainly", "clearly"})
# adverbs that make "known" an adjective of a fact or a name ("widely known", "a well known case")
_DEGREE: Final = frozenset({"widely", "well", "little", "best", "better", "lesser", "less", "commonly", "universally",
                            "generally", "publicly"})
# what follows "known" when it gives a name or a reputation
_NAMING: Final = frozenset({"for", "as"})
# what ends the clause of "as he is known," / "as it's known."
_ENDS: Final = frozenset({",", ".", ")", ";", "—", "–", ":"})
_REACH: Final = 3  # adverbs passed over before "known"


def known_without_knower(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a "known" with no knower: "it is known that", "as he is known,", "known
    for"/"known as", "widely known" (see the module's docstring)?"""
    norms, tokens = doc.norms, doc.tokens
    k = next((t for t in range(first, stop) if norms[t] == _KNOWN), -1)
    if k < 0:
        return False
    n = len(norms)
    after = norms[k + 1] if k + 1 < n else ""
    if after in _NAMING:
        return True  # "is known for plans", "what is known as the nuclear option"
    begin = doc.sentences[doc.sentence_of[k]].first
    j = k - 1
    while j >= begin and k - j <= _REACH and norms[j] in _ADVERBS:
        j -= 1
    degree = k - 1 >= begin and norms[k - 1] in _DEGREE
    if j < begin:
        return degree
    if norms[j] in _HAVE or j > begin and norms[j - 1] in _HAVE and norms[j] == "long":
        return False  # "Clinton had known", "officials have long known": a knower
    if norms[j] in _BE:
        subject = j if norms[j] in ("it's", "it’s") else j - 1
        if subject >= begin and norms[subject] in ("it", "it's", "it’s") and after in ("that", "whether", "how", "what"):
            return True  # "it is known that", "It's now known that": a dummy "it", no knower
        if subject - 1 >= begin and norms[subject - 1] == "as" and (k + 1 >= n or tokens[k + 1] in _ENDS):
            return True  # "Tedros, as he is known,", "The survey, as it's known,": a name
    return degree and after != "to"  # "so prevalent and widely known that": an adjective ("is well known to")
