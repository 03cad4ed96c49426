"""A subject of two joined by "and" that the speaker search cut to its second half (curated by reading the
AllSides dev corpus and the readers' judgments of draw 2626): in "Romney and running mate Paul Ryan pointed to
the admission", "Trump and his allies allege", "Auerswald and his colleagues observed", the span found is the
phrase after "and" ("Paul Ryan", "his allies"); a reader takes both for the speaker.

The first half is taken in when it opens the sentence (after at most a connective, "But Mr. Obama and other
advocates say") and is a name of one to three capitalised words ("Romney", "Mr. Trump", "The Treasury
Department"), with nothing but "and" and a few lower-case words of the second half's own between ("running
mate", "fellow"). A first half that is a title ("Author and career counselor Robin Ryan") or a second half that
is an owner ("Mr. Horwitz's") is left alone, and so is a phrase after "as" or "like".
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .grammar import WordLists, is_cap

# connectives opening a sentence before its subject ("But Mr. Obama and ...")
_OPENERS: Final = frozenset({"but", "and", "so", "yet", "both", "still", "now"})
# lower-case words between "and" and the span that belong to no second half of a subject
_NOT_OF_A_SUBJECT: Final = frozenset({"as", "like", "on", "in", "of", "for", "to", "with", "by", "at", "from", "that",
                                      "which", "who", "than", "if", "when"})
# capitalised words of the first half, at most
_NAME_WORDS: Final = 3
# lower-case words between "and" and the span, at most ("running mate", "his fellow")
_BETWEEN: Final = 2


def joined_subject(doc: Doc, span: tuple[int, int], lists: WordLists) -> tuple[int, int]:
    """The span with the first half of a subject joined to it by "and" taken in (see the module docstring);
    else the span."""
    first, stop = span
    norms, tokens = doc.norms, doc.tokens
    if norms[stop - 1].endswith(("'s", "’s")):
        return span  # "groups like Mr. Horwitz's": an owner
    k = first - 1
    while k >= 0 and first - k <= _BETWEEN and doc.is_word[k] and not is_cap(tokens[k]) and norms[k] != "and":
        if norms[k] in _NOT_OF_A_SUBJECT:
            return span
        k -= 1
    if k < 1 or norms[k] != "and":
        return span
    sent_first = doc.sentences[doc.sentence_of[first]].first
    j = k - 1
    words = 0
    while j >= sent_first and (doc.is_word[j] and is_cap(tokens[j]) or tokens[j] == "."
                               and j > sent_first and doc.is_word[j - 1] and len(norms[j - 1]) <= 3):
        words += doc.is_word[j]
        j -= 1
    start = j + 1
    while start < k and norms[start] in _OPENERS:
        start += 1  # "But Mr. Obama": the connective is no part of the name
    if start >= k or words > _NAME_WORDS + 1:
        return span
    if j >= sent_first and not (norms[j] in _OPENERS or tokens[j] in (",", "—", "–") and j == sent_first):
        return span  # the first half must open the sentence
    if k - start == 1 and (norms[start] in lists.titles or norms[start] in lists.person_nouns):
        return span  # "Author and career counselor Robin Ryan": a title, no name
    return (start, stop)
