"""A he/she/they inside a quotation that goes on from a quoted speaker: someone that speaker names, not them.

'"There is smoke but no fire," Coats said. "He said: ... He said that person is Carter Page"': the second
quotation is Coats's again, and in his own words Coats is "I", so the "He" who said is someone Coats tells
of, never Coats. framing resolved such a pronoun to the speaker cited just before the quotation (the quoted
person's own tag), which readers mark wrong ("'They' means Iowans inside Matter's quote, not Matter": draw
6565; on the AllSides dev set of the nineteenth pass, "He said that I denied jobs" as Corzo, '"When I did not,
he said"' as Shokin, "She said he knew" as Adams, "He said that person is" as Coats). The pronoun is then
left without a speaker (its cue stays: the quoted person reports someone's words). So is a he/she/they inside
a quotation that framing could not resolve at all: shown as "pronoun not resolved", it names nobody.

Only when all hold: the pronoun is inside a direct quotation, not a tag set right after one ('...," he said',
which the quotation finder may take in when a quotation's marks are unbalanced); the speaker it was resolved
to is the speaker of the attribution kept just before, in its sentence or the two before; and that
attribution is the tag of a quotation (its speaker or its cue right after the closing mark, '...," Coats
said'), outside quotation marks: the quotation that goes on is that speaker's.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .facts import DocFacts
from .speakers import SpeakerMention

# pronouns that name someone other than the quoted speaker, inside the speaker's own words
_THIRD_PERSON: Final = frozenset({"he", "she", "they"})
# quotation marks, and what ends a quoted clause right before a closing mark ('...," he said'; not a period:
# '... one person.' He said' goes on with a new sentence)
_QUOTE_MARKS: Final = frozenset({'"', "“", "”", "''", "’’", "``", "'", "’", "‘"})
_CLAUSE_ENDS: Final = frozenset({",", "?", "!", "—", "–", "…", "-", "--"})
# how many quotation marks may close together ('...,'" Coats said')
_NESTED_MARKS: Final = 2
# how many sentences back the tag of the quotation that goes on may be
_TAG_SENTENCES_BACK: Final = 2


def _after_closing_quote(doc: Doc, t: int) -> bool:
    """Is token ``t`` right after a quotation mark that closes a quoted clause ('...," he said')?"""
    k = t - 1
    if k < 1 or doc.tokens[k] not in _QUOTE_MARKS:
        return False
    while k >= 2 and k >= t - _NESTED_MARKS and doc.tokens[k - 1] in _QUOTE_MARKS and doc.starts[k] == doc.ends[k - 1]:
        k -= 1  # a quotation closed inside another ("... 'collusion,'\" Coats said")
    return doc.tokens[k - 1] in _CLAUSE_ENDS and doc.starts[k] == doc.ends[k - 1]  # (set against the clause: closing)


def unresolved_in_quotation(f: DocFacts, pronoun: int) -> bool:
    """Is the he/she/they at token ``pronoun``, which framing could not resolve, inside a direct quotation
    (not a tag after one): someone the quoted speaker names, whom the article may never name? Shown, it would
    read "pronoun not resolved", which names nobody."""
    doc = f.doc
    return doc.norms[pronoun] in _THIRD_PERSON and not _after_closing_quote(doc, pronoun) \
        and f.ctx.in_quote(doc, doc.starts[pronoun])


def quoted_other_person(f: DocFacts, pronoun: int, ref: SpeakerMention, sentence: int,
                        tag: SpeakerMention | None, tag_cue: int, tag_sentence: int) -> bool:
    """Is the he/she/they at token ``pronoun`` (in ``sentence``), resolved to ``ref``, inside a quotation that
    goes on from the attribution kept just before (``tag``, its cue's first token ``tag_cue``, its sentence
    ``tag_sentence``), whose speaker is ``ref``: so someone the quoted speaker names, not the speaker?"""
    doc = f.doc
    if doc.norms[pronoun] not in _THIRD_PERSON or tag is None or tag.key != ref.key or not ref.key:
        return False
    if not 0 <= tag_cue < pronoun or sentence - tag_sentence > _TAG_SENTENCES_BACK:
        return False
    if _after_closing_quote(doc, pronoun) or not f.ctx.in_quote(doc, doc.starts[pronoun]):
        return False
    # (the tag of a quotation: '"...," Coats said', '"...," says Scott Matter'; not "Adams told the Post that
    # Watson told her ... "She said ...," Adams said", whose quotation has its own tag after it)
    if not (_after_closing_quote(doc, tag.start) or _after_closing_quote(doc, tag_cue)):
        return False
    return not f.ctx.in_quote(doc, doc.starts[tag_cue])
