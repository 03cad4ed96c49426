"""A thing right before a participle that describes it: what was cited or described, not who cites.

"[The movie] cited in the attacks came to attention ...", "did not endorse [the methods] described in the
story", "[Other stressful topics] cited include climate change", "advance [a line of defense] called the
'irrespective test'": the past participle after the noun phrase is a reduced relative clause ("the movie that
was cited in the attacks"), so the phrase is what the verb is about, never its speaker. Readers of the
independent draws 5555 and 5858 judged "The movie" (cited), "the methods" (described) and "Other stressful
topics" (cited) wrong, and the brief of the eighteenth pass lists "a line of defense" (called) beside them.

Recognised: a phrase ending in a lower-case common noun (no pronoun, person, crowd, title or body, no name
inside: "critics cited in the report", "The Trump campaign called the charges ..." stay; PolNeAR dev lost "she
called ..." and "The Trump campaign called ..." to a first version) right before a one-word cue in "-ed" of a
verb that takes an object ("cited", "described", "mentioned"; not "argued", "shouted": "the plaintiffs argued in
a brief"), followed by "in" (where it was cited) or by a verb of the clause the phrase opens ("cited include",
"described are"), or, for a naming verb ("called", "dubbed", "named"), by a quotation. Not before "by" ("the
portrait described by Trump": the agent speaks, and the cue stays), nor a phrase after "that" or "which", the
subject of a relative clause ("a campaign that many newspapers labeled 'the Purge'"). An active verb with its
object ("the report cited data") and a verb with its auxiliary ("the memo has cited") are not these, and a
document that speaks keeps its verb ("a report released Monday said"). A head of the lexicon's "thing" list is
left to the reader (:func:`.speaker_span_heads.names_a_thing`), which keeps the cue with no speaker ("The thoughts
expressed are ...": set aside here, the cue found another reading with the phrase as speaker).
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .facts import base_norm
from .grammar import WordLists, is_cap
from .speaker_span_heads import names_a_thing

# words after the participle that make it a reduced relative: where or by whom the thing was cited, or the
# verb of the clause the phrase opens
_AFTER_PARTICIPLE: Final = frozenset({"in", "include", "includes", "included", "are", "is", "was", "were"})
# verbs that take an object, so that one right after a noun phrase and before "in" or a verb is a passive
# participle ("the movie cited in the attacks"); not verbs also used without an object ("the plaintiffs argued
# in a brief", "thousands shouted in the square", "the elite assumed as well")
_OBJECT_VERBS: Final = frozenset({"cited", "described", "mentioned", "quoted", "listed", "highlighted",
                                  "referenced", "outlined", "detailed", "depicted", "expressed", "voiced", "raised",
                                  "noted", "discussed", "alleged", "claimed", "touted"})
# words before a phrase that make it the subject of a relative clause ("a campaign that many newspapers labeled")
_RELATIVES: Final = frozenset({"that", "which", "what", "who", "whom", "whose"})
# verbs that give a name to a thing ("a line of defense called the 'irrespective test'")
_NAMING: Final = frozenset({"called", "dubbed", "named", "titled", "entitled", "labeled", "labelled"})
_QUOTES: Final = frozenset({"“", "\"", "‘", "'"})


def _common_thing(doc: Doc, t: int, lists: WordLists) -> bool:
    """Is the word at ``t`` a lower-case common noun that names no person, crowd, title or body (nor a pronoun:
    "the loopholes [he] cited are")?"""
    norm = doc.norms[t]
    if not doc.is_word[t] or is_cap(doc.tokens[t]) or norm.endswith(("'s", "’s")) or norm in lists.not_names:
        return False
    base = base_norm(norm)
    return not any(w in lists.person_nouns or w in lists.groups or w in lists.titles or w in lists.vague
                   or w in lists.org_heads or w in lists.outlets for w in (norm, base))


def thing_before_participle(doc: Doc, first: int, stop: int, cue: Match, lists: WordLists) -> bool:
    """Is the phrase ``[first, stop)`` a thing right before the participle cue that describes it (see the
    module)?"""
    words = cue.entry.words
    if stop != cue.first or len(words) != 1 or cue.stop - cue.first != 1 or not words[0].endswith("ed"):
        return False
    if not _common_thing(doc, stop - 1, lists) or cue.stop + 1 >= len(doc.norms) or names_a_thing(doc, first, stop):
        return False  # (a head of the "thing" list is set aside by the reader, and its cue kept without a speaker)
    if any(doc.is_word[t] and is_cap(doc.tokens[t]) for t in range(first + 1, stop)):
        return False  # a name inside makes a body of it: "The Trump campaign called the charges ..."
    if doc.sentence_of[cue.stop] != doc.sentence_of[cue.first] or first > 0 and doc.norms[first - 1] in _RELATIVES:
        return False
    after = doc.norms[cue.stop]
    if words[0] in _NAMING:
        # (a quotation, as in "called the “irrespective test”"; not "called the charges unsubstantiated")
        return doc.tokens[cue.stop] in _QUOTES or after == "the" and doc.tokens[cue.stop + 1] in _QUOTES
    return words[0] in _OBJECT_VERBS and after in _AFTER_PARTICIPLE
