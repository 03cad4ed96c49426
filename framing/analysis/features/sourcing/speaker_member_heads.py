"""The person or group a speaker span is part of, which the phrase search left before it.

"one senior member of [the Roman Curia] told me": the speaker is the member, a person not named, not the body
(twentieth pass, draw 7171-7272: "the Roman Curia" read wrong, "speaker is a Curia member"). "[Those opposing]
[Obama] argue that": the speaker is the group the participle defines, not its object (same draws: "Obama" read
wrong, "Obama is opposed, not the one arguing"; both such spans of the dev output). Recognised only when the
cue follows the span right away (the span is the subject of the cue): before "of", a noun for a member or a
count ("member", "official", "one", "several") with up to two lower-case modifiers and an opener ("one senior
member of"); before the span, a participle in -ing after "those", "people", "groups" or "anyone" ("Those
opposing"). Kept: "Chabot was one of many Republicans who said" (the cue does not follow), "a member of Congress"
as an object elsewhere, a phrase after a preposition ("meetings with members of Congress declined": its
object) or after a capitalised word inside the sentence (the phrase search's own, longer phrase: "He and
Republican members of the Committee wrote").
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc

# nouns for a member or a part of a group before "of" ("one senior member of the Curia", "two of the aides")
_MEMBER_HEADS: Final = frozenset({"member", "members", "official", "officials", "spokesman", "spokeswoman",
                                  "spokesperson", "aide", "aides", "staffer", "staffers", "employee", "employees",
                                  "one", "two", "three", "several", "some", "many", "most", "none", "each"})
# lower-case modifiers of such a noun ("senior", "former")
_MEMBER_MODIFIERS: Final = frozenset({"senior", "top", "former", "longtime", "veteran", "high-ranking", "leading",
                                      "prominent", "current", "other", "another", "second", "junior"})
# openers of such a phrase ("one senior member", "a former official", "another member")
_OPENERS: Final = frozenset({"a", "an", "the", "one", "another", "two", "three", "several", "some"})
# prepositions before such a phrase, which make it an object ("meetings with members of Congress declined")
_PREPOSITIONS: Final = frozenset({"with", "to", "for", "from", "at", "by", "on", "of", "about", "among", "between",
                                  "against", "into", "over", "under", "like"})
# words for people a participle in -ing defines ("Those opposing Obama", "people supporting the bill")
_DEFINED_GROUPS: Final = frozenset({"those", "people", "groups", "anyone", "others"})


def with_member_head(doc: Doc, first: int, stop: int, cue: Match) -> int:
    """Where the span ``[first, stop)`` starts once the member or group before it is taken in (see the
    module); ``first`` when there is none."""
    if stop != cue.first or first < 2 or not doc.is_word[first - 1]:
        return first
    sent_first = doc.sentences[doc.sentence_of[first]].first
    norms = doc.norms
    before = norms[first - 1]
    if before == "of" and first - 2 >= sent_first and norms[first - 2] in _MEMBER_HEADS:
        a = first - 2
        while a - 1 >= sent_first and first - a < 5 and norms[a - 1] in _MEMBER_MODIFIERS:
            a -= 1
        if a - 1 >= sent_first and norms[a - 1] in _OPENERS and norms[a] not in _OPENERS:
            a -= 1
        if a - 1 >= sent_first and doc.is_word[a - 1] and (norms[a - 1] in _PREPOSITIONS or a - 1 > sent_first
                                                           and doc.tokens[a - 1][:1].isupper()):
            return first  # "He and Republican members of ...", "meetings with members of Congress declined"
        return a
    if before.endswith("ing") and len(before) > 5 and doc.tokens[first - 1] == before \
            and first - 2 >= sent_first and norms[first - 2] in _DEFINED_GROUPS:
        return first - 2
    return first
