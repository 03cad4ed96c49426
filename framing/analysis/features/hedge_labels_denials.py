"""Hedge words that name a label, an address, an image or a denied rumour, not the writer's softening (read on the
AllSides dev corpus; the kinds independent readers of the eighth pass, first round, judged wrong):

- "said to" after its speaker or "has" ("Trump said to cheers", "he said to laughter from Macron", "everything
  she has said to enhance her credentials") or before an audience's reaction: the speech verb and an audience or
  a purpose; "is said to", "are also said to attract teens", "the relic, said to date from" stay (:mod:`.hedging` already sets aside "said to"
  an addressee);
- "to appear to" after a wish or effort ("eager to appear to be acting", "wants to appear to be"): the image
  someone seeks, not the writer's doubt;
- a hedge word quoted as a label ("were labeled “preliminary and deliberative”"): the name of a category;
- "in part for / over" right after a legal charge ("was indicted in part for being an unregistered agent",
  "fined in part over"): the grounds of a charge, stated; "due in part to", "may hinge in part on", "fired in
  part in retaliation" (a claimed motive) stay;
- "speculation that ..." named to be denied in its sentence ("called the speculation that his office penned the
  letter 'patently false'", "said speculation that ... is 'nonsense'").
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "it's", "he's", "she's",
                        "they're"})
_ADVERBS: Final = frozenset({"also", "often", "long", "still", "once", "now", "widely", "sometimes", "even",
                             "already", "reportedly", "generally", "commonly", "variously", "not", "never"})
# an audience's reaction after "said to" ("said to cheers", "said to robust applause")
_REACTIONS: Final = frozenset({"cheers", "laughter", "applause", "boos", "jeers", "chants", "robust", "loud",
                               "thunderous", "scattered", "wild", "raucous", "sustained", "some", "cheering", "laughs"})
# who speaks right before "said to" ("he said to", "has said to enhance")
_SPEAKERS: Final = frozenset({"he", "she", "they", "i", "we", "you", "who", "has", "have", "had", "reportedly"})
_LABEL_VERBS: Final = frozenset({"labeled", "labelled", "marked", "stamped", "classified", "designated", "dubbed",
                                 "called", "termed", "titled", "tagged", "branded", "deemed"})
_OPEN_QUOTES: Final = frozenset({"“", '"', "‘", "'"})
_DENIALS: Final = frozenset({"false", "nonsense", "baseless", "untrue", "unfounded", "ridiculous", "absurd",
                             "wrong", "inaccurate", "dismissed", "denied", "rejected", "debunked", "groundless",
                             "silly", "laughable", "fiction", "fake", "misguided", "overblown"})
# legal charges whose stated grounds follow ("indicted in part for"); not "fired in part in retaliation", where
# the part is a claimed motive
_OFFICIAL_ACTS: Final = frozenset({"indicted", "charged", "convicted", "sentenced", "fined", "sued", "arrested",
                                   "impeached", "sanctioned", "censured", "prosecuted", "cited", "penalized"})
_DENIAL_REACH: Final = 30  # tokens after "speculation that" looked at for the denial, in the sentence


def said_to_unhedged(doc: Doc, first: int) -> bool:
    """Is the "said to" at ``first`` the speech verb ("Trump said to cheers", "he said to laughter", "has said to
    enhance")? Not after "be" ("are also said to attract"), nor a reduced relative ("the relic, said to date
    from ...") unless an audience's reaction follows ("..., said to applause")."""
    norms = doc.norms
    k = first - 1
    while k >= 0 and doc.is_word[k] and norms[k] in _ADVERBS:
        k -= 1
    if k >= 0 and doc.is_word[k] and norms[k] in _BE:
        return False
    after = norms[first + 2] if first + 2 < len(norms) and doc.is_word[first + 2] else ""
    if after in _REACTIONS:
        return True
    if k < 0 or not doc.is_word[k]:
        return False
    sentence_first = doc.sentences[doc.sentence_of[k]].first
    return norms[k] in _SPEAKERS or doc.tokens[k][:1].isupper() and k != sentence_first


def appear_as_image(doc: Doc, first: int) -> bool:
    """"eager to appear to be": an infinitive "to appear to", the image sought."""
    return first > 0 and doc.norms[first] in ("appear", "seem") and doc.norms[first - 1] == "to"


def quoted_label(doc: Doc, first: int) -> bool:
    """"labeled “preliminary and deliberative”": a hedge word opening a quotation after a verb of labelling."""
    if first < 2 or doc.tokens[first - 1] not in _OPEN_QUOTES:
        return False
    k = first - 2
    if doc.norms[k] == "as" and k > 0:
        k -= 1
    return doc.norms[k] in _LABEL_VERBS


def denied_speculation(doc: Doc, first: int) -> bool:
    """"called the speculation that ... 'patently false'": the speculation is named to be denied."""
    if doc.norms[first] != "speculation":
        return False
    sentence = doc.sentences[doc.sentence_of[first]]
    before = [doc.norms[k] for k in range(max(sentence.first, first - 3), first)]
    if any(w in ("dismissed", "denied", "rejected", "debunked", "dismisses", "denies", "rejects", "quashed")
           for w in before):
        return True
    for k in range(first + 1, min(sentence.stop, first + _DENIAL_REACH)):
        if doc.norms[k] in ("but", "while", "although", "though", "yet"):
            return False  # "fueled speculation that ..., but an official calls the rumors false": reported first
        if doc.norms[k] in _DENIALS:
            return True
    return False


def label_or_denial(doc: Doc, match: Match) -> str:
    """Why the match names a label, an address, an image or a denied rumour ('' if it may be a hedge)."""
    words, first = match.entry.words, match.first
    if words == ("said", "to") and said_to_unhedged(doc, first):
        return "said to cheers / said to close the hearing: the speech verb, not 'is said to be'"
    if words[0] in ("appear", "seem") and len(words) == 2 and appear_as_image(doc, first):
        return "eager to appear to be: the image someone seeks, not a hedge"
    if quoted_label(doc, first):
        return "labeled “preliminary”: the name of a category, not a hedge"
    if words == ("in", "part") and first > 0 and doc.norms[first - 1] in _OFFICIAL_ACTS \
            and match.stop < len(doc.norms) and doc.norms[match.stop] in ("for", "over", "on"):
        return "indicted in part for: the grounds of a charge, stated, not a softened claim"
    if words[0] == "speculation" and denied_speculation(doc, first):
        return "called the speculation that ... false: named to be denied, not a hedge"
    return ""
