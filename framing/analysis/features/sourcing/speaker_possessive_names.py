"""The person named after an outlet's or a body's possessive apostrophe, which the phrase search cut off.

'"...," said [Crossroads]’ Paul Lindsay', 'Wrote [NBC News]' Benjy Sarlin:', 'According to [the New York Times]’
Maureen Dowd:': the speaker is the person, the owner before the bare apostrophe (a name ending in "s") is where
they work (twentieth pass, draws 7474-7878: "Crossroads" read wrong, "speaker is Paul Lindsay"; all four such
spans of the dev output). With "’s" the tokenizer keeps the owner and the name together ("said CNN’s Jake
Tapper"), so only the bare apostrophe is cut. Recognised when the apostrophe is joined to the span's last word,
which ends in "s", and two to six capitalised words follow it and end the phrase: at the cue, a comma, colon,
dash or the sentence's end ('Fox News’ Senior Judicial Analyst Judge Andrew Napolitano argues'). The span then
runs to the end of the name, owner included ("NBC News' Benjy Sarlin"), as "said CNN’s Jake Tapper" reads.
Kept: a quotation after the name ("told Reuters 'No comment'": no capitalised run that ends the phrase), a
lower-case noun after the apostrophe ("the Times’ editors", left to the phrase search).
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .grammar import is_cap

# the most capitalised words a name (with its titles) runs to after the apostrophe
_MOST_NAME_WORDS: Final = 6
# tokens that end the phrase after the name
_PHRASE_ENDS: Final = frozenset({",", ":", ";", ".", "—", "–", "-", "(", "!", "?"})


def with_name_after_possessive(doc: Doc, first: int, stop: int, cue: Match) -> int:
    """Where the span ``[first, stop)`` ends once the name after its bare possessive apostrophe is taken in (see
    the module); ``stop`` when there is none."""
    sent = doc.sentences[doc.sentence_of[first]]
    if stop + 2 >= sent.stop or doc.norms[stop] != "'" or not doc.tokens[stop - 1].endswith("s") \
            or not is_cap(doc.tokens[stop - 1]) or doc.starts[stop] != doc.ends[stop - 1] \
            or doc.ends[stop] == doc.starts[stop + 1]:
        return stop
    k = stop + 1
    while k < sent.stop and k - stop <= _MOST_NAME_WORDS and doc.is_word[k] and is_cap(doc.tokens[k]) \
            and k != cue.first:
        k += 1
    if k - (stop + 1) < 2 or k - stop > _MOST_NAME_WORDS:
        return stop
    if k == sent.stop or k == cue.first or doc.tokens[k] in _PHRASE_ENDS:
        return k
    return stop
