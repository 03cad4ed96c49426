"""A "back" of support, not of words (curated by reading the AllSides dev corpus, seventeenth pass, round 2:
own reading of a fresh draw, wrong 2 of 2 ("Outside groups backing Clinton", "are backing the legislation"),
and independent readers of the same class of support verbs, wrong 3 of 4 ("openly supported Clinton", "groups
supporting Obama", "supports illegals"): "A number of the candidates are backing Medicare for All", "Republican
leaders are backing a bill", "the U.S.-backed forces", "a plan backed by the governor": "back" with an object
names allegiance or a vote (as "support" does, an acting verb unless a clause follows), and no words or view
are attributed.

"backed Trump on Friday, noting that ...", "are backing him, saying ..." (words reported in the same sentence),
"backed the claim that ...", "backs up the account", "backed off the statement", "backed away from" (a phrasal
verb: read elsewhere), "shot back", "pushed back" (another verb's "back") and evidence that backs a claim ("research backing this effect",
"the data back the theory") stay cues. :func:`.cues.acting_cue`
sets these aside (through ``sense_cues``) with the verbs of acting, so that ``framing evaluate`` scores them by
PolNeAR's definition. The look ahead is bounded (the sentence, at most twenty tokens)."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_BACKING: Final = frozenset({"back", "backs", "backed", "backing"})
# what may stand before the verb inside the cue ("are backing", "has also backed", "strongly backs")
_BEFORE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
                            "also", "not", "never", "still", "now", "already", "to", "did", "does", "do", "'s", "’s"})
# what after the verb makes it a phrasal verb or opens content ("backed off", "backs up", "backed that")
_AFTER: Final = frozenset({"off", "up", "out", "away", "down", "into", "on", "onto", "from", "against", "that", "in",
                           "to", "and", "or", "of", "at", "when", "as", "with", "over", "then", "home"})
# a report of words later in the sentence ("backed Trump Friday, noting that ..."): the support was voiced
_VOICED: Final = frozenset({"saying", "noting", "arguing", "calling", "writing", "telling", "citing", "explaining",
                            "adding", "declaring", "insisting", "contending", "praising", "tweeting", "said", "says", "say",
                            "claim", "claims", "argument", "view", "contention", "assertion", "assessment"})
_QUOTES: Final = frozenset({"“", '"', ":"})
# a finding that backs a claim ("research backing this effect", "the data back the theory"): evidence for a view
_EVIDENCE: Final = frozenset({"research", "evidence", "data", "study", "studies", "findings", "science", "poll",
                              "polls", "polling", "survey", "surveys", "analysis", "report", "reports", "experiments"})
_REACH: Final = 20


def backs_without_words(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a "back"/"backed"/"backing" of a candidate, a bill or a force (an object or a
    "by" after it), with no words of the backer reported later in the sentence?"""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    n = len(norms)
    head = stop - 1
    while head > first and not is_word[head]:
        head -= 1
    if norms[head] not in _BACKING or head + 1 >= n:
        return False
    if any(is_word[k] and norms[k] not in _BEFORE and not norms[k].endswith("ly") for k in range(first, head)):
        return False  # "shot back", "pushed back": another verb's "back"
    if any(norms[k] in _EVIDENCE for k in range(max(0, first - 3), first)):
        return False  # "research backing this effect": a finding supports a view, read as a cue
    if first > 0 and norms[first - 1] in ("shot", "pushed", "fired", "wrote", "called", "talked", "hit", "came",
                                          "went", "get", "got", "go", "bring", "brought", "writes", "answered"):
        return False
    after = head + 1
    while after < n and not is_word[after] and tokens[after] not in _QUOTES and tokens[after] not in (",", "."):
        after += 1
    if after >= n or not is_word[after] or norms[after] in _AFTER and norms[after] != "by" or norms[after] == "by" \
            and norms[head] != "backed":
        return False  # "backed.", "backed off", "backs up", "backing that": not an object of support
    if norms[head] == "back" and (head == 0 or norms[head - 1] not in ("to", "will", "would", "not", "n't", "n’t",
                                                                         "could", "may", "might", "should", "did",
                                                                         "does", "do", "also")):
        return False  # a bare "back" is often an adverb or a noun ("came back", "the back of")
    end = doc.sentences[doc.sentence_of[head]].stop
    for j in range(after, min(end, n, after + _REACH)):
        if tokens[j] in _QUOTES or norms[j] in _VOICED:
            return False  # the support is voiced: "backed him, saying ...", 'backed the bill: "..."'
    return True
