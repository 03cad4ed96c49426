"""Sourcing pronouns: a he/she opening an item of a bulleted list of what one person said.

Interviews are often summed up as a lead-in that names the speaker and ends in a colon, then bulleted
items, each a paraphrase opening on a pronoun and often followed by a quotation ("Mr. Smith also told the
paper: / ⦁ He would veto the bill ...: / "..." / ⦁ He says the endorsement won't matter: / "..."").
Each item's pronoun stands for the lead-in's speaker, however many persons the items and their quotations
name; the resolver's window of two sentences and its gender checks (a woman named in an earlier item) leave
it unresolved. Readers' tally: a bulleted "He says" left unresolved, wrong 1 of 1 in the draws (the other
bulleted pronoun of that list was unresolved too). Only the item's opening pronoun, only back over the
list (bulleted paragraphs and quotations, a bounded number of sentences) to a lead-in ending in a colon.
"""
from __future__ import annotations

from typing import Callable, Final

from ...text import Doc
from .speakers import SpeakerMention

# marks that open a bulleted item
BULLETS: Final = frozenset({"⦁", "•", "●", "▪", "■", "◦", "∙", "·", "*"})

# opening quotation marks: a quotation between the items is part of the list
_OPENING_QUOTES: Final = frozenset({"“", "\"", "‘"})

# how many sentences back over the list the lead-in may be
_LIST_BACK: Final = 20


def bullet_lead_speaker(doc: Doc, pronoun: int, history: list[SpeakerMention],
                        other_gender: Callable[[SpeakerMention], bool]) -> SpeakerMention | None:
    """The person a he/she opening a bulleted item (token ``pronoun``) stands for: the person cited last in
    the lead-in ending in a colon before the list (``history``: the speakers cited so far), passing over a
    person of the other gender; None when the pronoun opens no item or no such lead-in names a person."""
    si = doc.sentence_of[pronoun]
    first = doc.sentences[si].first
    if pronoun != first + 1 or doc.tokens[first] not in BULLETS:
        return None
    for s in range(si - 1, max(-1, si - _LIST_BACK - 1), -1):
        sent = doc.sentences[s]
        if sent.stop <= sent.first:
            continue
        opening = doc.tokens[sent.first]
        if opening in BULLETS or opening in _OPENING_QUOTES or not _opens_paragraph(doc, sent.first):
            continue  # an item, a quotation or a later sentence of one
        if doc.tokens[sent.stop - 1] != ":":
            return None  # a paragraph that is no lead-in: the list is not one person's words
        lead = [sp for sp in history if sent.first <= sp.start < sent.stop and sp.kind == "person"
                and not other_gender(sp)]
        return lead[-1] if lead else None
    return None


def _opens_paragraph(doc: Doc, t: int) -> bool:
    """Does token ``t`` open a paragraph (only spaces between it and a line break or the text's start)?"""
    text = doc.original
    i = doc.starts[t] - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"
