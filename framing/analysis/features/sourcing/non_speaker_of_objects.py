"""A phrase after "of" that belongs to a thing before it, found where the cue's subject stands: not the speaker.

'... express concern that the "identity politics" of [the left] often dismisses the idea': the subject of
"dismisses" is "the identity politics of the left", a thing; the speaker search took only the phrase after "of"
(readers of the independent draw 5555 judged "the left" wrong: "view is Copeland's; 'the left' swallowed from
an object phrase"). Likewise "Others involved with the development of [Dodd-Frank] say", "an early phase of
[the epidemic] also showed", "Those in favor of [the plan] say", "the timing and substance of [the tweets]
suggested": the word before "of" is a lower-case common noun naming a thing (or a quotation), so the phrase after
"of" is what the subject is about, and it speaks nothing (all such spans of the dev output read wrong).

Kept: a part or a number of people ("much of the left believes", "one of the officials said", "two-thirds of the
public say", "members of the union said", "plenty of Republicans"); a person, crowd, title or body before "of", or a plural noun for people ("presidential contenders of
both parties have understood": PolNeAR dev lost it to a first version);
a document before "of", which speaks through itself; a name ("The U.S. Court of Appeals ... ridiculed"); a
phrase that a relative clause follows ("the story of a former model who said": she said it); a participle cue
("the veracity of media reports suggesting": the reports suggest); an owner before a noun cue ("skeptical of the
campaign's claim"); a phrase that opens on a part ("shy of half of GOP insiders said") or that a comma
follows (an apposition names the speaker: "an aide from the early stages of the campaign, Sam Nunberg, said").
The dev output of a first version lost 6 right speakers to these (of 29 spans set aside).
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .facts import base_norm
from .grammar import WordLists

# words before "of" that take a part or a number of what follows, so the phrase after "of" is who speaks
_PARTS: Final = frozenset({
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "some", "many", "most", "all",
    "much", "part", "half", "each", "none", "neither", "either", "any", "few", "several", "majority", "minority",
    "number", "percent", "share", "rest", "bulk", "third", "thirds", "quarter", "quarters", "fraction", "plenty",
    "lot", "lots", "dozen", "dozens", "hundreds", "thousands", "millions", "group", "cadre", "cohort", "handful",
    "couple", "member", "members", "side", "sides", "first", "last", "more", "less", "least", "both", "other",
    "others", "another", "percentage", "proportion", "segment", "sliver", "wing", "faction", "chorus",
    "coalition", "crowd", "host", "slew", "string", "series", "panel", "team", "body", "portion", "behalf", "top",
    "head", "heads", "leader", "leaders", "spokesman", "spokeswoman", "spokesperson", "staff", "voice", "voices",
    # a family, a branch or a camp of people or of a body ("the family of Michael Brown says", "the D.C. chapter
    # of the network suggested", "the competing wings of both parties")
    "family", "families", "relatives", "friends", "children", "camp", "office", "chapter", "chapters", "wings",
    "branch", "affiliate", "campaign", "allies"})
# documents before "of" speak through themselves ("an analysis of the bill reveals", "the 11th edition of the
# encyclopedia ... said")
_DOCUMENTS: Final = frozenset({
    "report", "study", "survey", "poll", "analysis", "memo", "letter", "statement", "edition", "filing",
    "complaint", "lawsuit", "review", "transcript", "document", "article", "story", "book", "paper", "editorial",
    "column", "release", "post", "tweet", "version", "draft", "copy", "entry", "summary", "account", "interview",
    "testimony", "ruling", "opinion", "decision", "order", "audit", "assessment", "estimate", "estimates", "data",
    "investigation", "investigations", "inquiry", "probe", "reviews", "studies", "reports", "model", "models"})
# endings of plural nouns for people ("contenders of both parties", "opponents of the bill", "activists of the
# group"): the phrase after "of" is part of who speaks
_PEOPLE_ENDINGS: Final = ("ers", "ors", "ents", "ants", "ists", "ians", "ives")
_RELATIVES: Final = frozenset({"who", "which", "that", "whose", "whom"})
_CLOSING_QUOTES: Final = frozenset({"”", "’", "\""})


def _names_a_thing(doc: Doc, k: int, lists: WordLists) -> bool:
    """Is the word at ``k`` (before "of") a lower-case common noun of a thing, or a closing quotation mark?"""
    if doc.tokens[k] in _CLOSING_QUOTES:
        return True
    tok, norm = doc.tokens[k], doc.norms[k]
    if not doc.is_word[k] or tok != norm or not norm.isalpha() or norm.endswith(_PEOPLE_ENDINGS):
        return False
    return not any(w in _PARTS or w in _DOCUMENTS or w in lists.person_nouns or w in lists.groups
                   or w in lists.titles or w in lists.vague or w in lists.org_heads or w in lists.outlets
                   or w in lists.not_names for w in (norm, base_norm(norm)))


def object_of_a_thing(doc: Doc, first: int, stop: int, cue: Match, lists: WordLists) -> bool:
    """Is the phrase ``[first, stop)`` before its cue the object of "of" after a thing (see the module)?"""
    if stop > cue.first or first < 2 or doc.norms[first - 1] != "of" or cue.entry.words[-1].endswith("ing"):
        return False
    if doc.sentence_of[first - 2] != doc.sentence_of[cue.first] or doc.norms[stop - 1].endswith(("'s", "’s")):
        return False
    if doc.norms[first] in _PARTS or any(doc.norms[t] in _RELATIVES or doc.tokens[t] == "," for t in range(stop, cue.first)):
        return False  # "shy of [half of GOP insiders] said"; "the stages of the campaign, Sam Nunberg, said"
    return _names_a_thing(doc, first - 2, lists)
