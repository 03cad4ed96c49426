"""The writer's "consider ..." addressed to the reader, not a source's view (nineteenth pass, round 3: readers
wrong 1 of 1 in draw 6969-7070, "As one disturbing window into this question, consider a study ..."; on the dev
cues 3 more: "Third, and most importantly, consider the whip-count dynamics", "(3) Finally, consider this quote",
"which is weird enough, but consider that they did it ...").

An imperative "consider" has no subject: it opens its sentence, or follows a comma after an opening adverbial
("Finally,", "As one window into this question,", "Third,") or a bare "but"/"so"/"now"/"just"/"instead". "Islamic
militants, including the local affiliate, consider Sufis heretics" (a subject before the appositive) and "they
consider him a hero" stay. :func:`.cues.acting_cue` asks :func:`reader_told_to_consider` through
``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_CONSIDER: Final = frozenset({"consider", "imagine"})
# words right before an imperative with nothing else ("but consider that ...")
_BARE_BEFORE: Final = frozenset({"but", "so", "now", "just", "instead", "then", "yet", "also"})
# the first word of a sentence whose opening adverbial ends with the comma before the imperative
_ADVERBIAL_OPENERS: Final = frozenset({
    "as", "for", "first", "second", "third", "fourth", "fifth", "finally", "lastly", "last", "next", "now", "then",
    "but", "and", "so", "also", "instead", "still", "yet", "to", "in", "by", "meanwhile", "again", "similarly",
    "likewise", "moreover", "besides", "or", "here", "today", "already"})


def reader_told_to_consider(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a lone imperative "consider" (or "imagine") to the reader?"""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    if stop - first != 1 or norms[first] not in _CONSIDER:
        return False
    sent_first = doc.sentences[doc.sentence_of[first]].first
    j = first - 1
    while j >= sent_first and not is_word[j] and tokens[j] not in (",", ";", ":"):
        j -= 1  # quotes or brackets opening the sentence
    if j < sent_first:
        return True  # "Consider the numbers."
    if is_word[j]:
        return norms[j] in _BARE_BEFORE and j - 1 >= sent_first and tokens[j - 1] in (",", ";")
    if tokens[j] != ",":
        return False
    k = sent_first
    while k < first and (not is_word[k] or tokens[k].isdigit()):
        k += 1  # "(3) Finally, consider ..."
    return k < first and norms[k] in _ADVERBIAL_OPENERS
