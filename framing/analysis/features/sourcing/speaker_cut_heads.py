"""A speaker's phrase cut after a capitalised modifier, before the noun for people that heads it.

'"...," said a prominent Clinton backer.': the phrase search stopped at the last capitalised word, "a prominent
Clinton", and the name shown is not the speaker: the backer is (readers of the independent draw 5858 judged "a
prominent Clinton" wrong: "span cuts 'backer'"). Likewise "Militia leaders told ...". When the word right after the phrase is a lower-case noun for people (the lexicons' person
nouns, crowds, titles and vague sources: "backer", "leaders", "aide", "supporters"), in the same sentence, and the phrase ends in
a capitalised word, the phrase is grown over it, and over a name right after it ("Columbia University
sociologist Merlin Chowkwanyun"). Not: a plural that is as often a verb ("Annette Matthies heads human resources and says": the dev output of a
first version took "heads" in), a phrase after its cue that is followed by the cue's object ("told
Democratic leaders": the search there reads to the right and stops where it should), a word in "'s".

The same holds for a name's following, which speaks as a body: "according to [the Romney] camp", "The Smith
team said", "the Jones side argued" (twentieth pass, draw 7171-7272: "the Romney" read wrong, "span cuts
'camp'"; both such spans of the dev output).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .facts import base_norm
from .grammar import WordLists, is_cap

# how many capitalised words of a name after the head noun are taken in ("sociologist Merlin Chowkwanyun")
_NAME_WORDS: Final = 4
# nouns for a person's following that speaks as a body ("the Romney camp", "the Smith team")
_FOLLOWINGS: Final = frozenset({"camp", "camps", "team", "side"})
# plural nouns for people that are as often a verb after a name ("Annette Matthies heads human resources")
_ALSO_VERBS: Final = frozenset({"heads", "chairs", "leads", "advises", "counsels", "directs", "manages", "hosts"})


def _names_people(doc: Doc, t: int, lists: WordLists) -> bool:
    """Is the word at ``t`` a lower-case noun for people ("backer", "leaders", "aide")?"""
    tok, norm = doc.tokens[t], doc.norms[t]
    if norm in _FOLLOWINGS and tok == norm:
        return True
    if not doc.is_word[t] or tok != norm or not norm.isalpha() or len(norm) < 4 or norm in lists.not_names \
            or norm in _ALSO_VERBS:
        return False  # (not "and", "to": words of longer entries of the lists)
    single = norm[:-1] if norm.endswith("s") and len(norm) > 3 else norm  # "leaders" -> "leader"
    return any(w in lists.person_nouns or w in lists.groups or w in lists.titles or w in lists.vague
               for w in (norm, base_norm(norm), single))


def with_head_noun(doc: Doc, first: int, stop: int, cue_first: int, lists: WordLists) -> tuple[int, int]:
    """The span grown over the noun for people that heads it, and a name right after it (see the module)."""
    if stop >= len(doc.tokens) or stop == cue_first or not is_cap(doc.tokens[stop - 1]) \
            or doc.norms[stop - 1].endswith(("'s", "’s")):
        return first, stop
    if doc.sentence_of[stop] != doc.sentence_of[stop - 1] or not _names_people(doc, stop, lists):
        return first, stop
    end = stop + 1
    while end < len(doc.tokens) and end - stop <= _NAME_WORDS and end != cue_first and doc.is_word[end] \
            and is_cap(doc.tokens[end]) and doc.sentence_of[end] == doc.sentence_of[stop]:
        end += 1
    return first, end
