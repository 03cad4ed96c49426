"""The last steps of a speaker span, once its phrase is found and completed: the participle that ends it
(:func:`without_trailing_participle`, "A poll released Monday"), a name whose "'s" is a verb
(:mod:`speaker_contracted_names`), a phrase cut after "most" (:mod:`speaker_degree_ends`), the noun of a title
after it (:mod:`speaker_postpositive_titles`, "attorneys general") and the member or group before it
(:mod:`speaker_member_heads`) and the name after an owner's bare apostrophe
(:mod:`speaker_possessive_names`, "said Crossroads’ Paul Lindsay")."""
from __future__ import annotations

from ...lexicons import Match
from ...text import Doc
from .grammar import WordLists
from .non_speaker_spans import without_trailing_participle
from .speaker_contracted_names import contracted_before_verb
from .speaker_degree_ends import ends_on_degree_word
from .speaker_member_heads import with_member_head
from .speaker_possessive_names import with_name_after_possessive
from .speaker_postpositive_titles import with_title_noun


def finished_span(doc: Doc, first: int, stop: int, cue: Match, lists: WordLists) -> tuple[int, int] | None:
    """The span ``[first, stop)`` of cue ``cue``'s source after the last steps (see the module), or None."""
    stop = with_name_after_possessive(doc, first, without_trailing_participle(doc, first, stop, cue, lists), cue)
    if contracted_before_verb(doc, first, stop, cue) or ends_on_degree_word(doc, first, stop):
        return None
    return with_member_head(doc, with_title_noun(doc, first, stop), stop, cue), stop
