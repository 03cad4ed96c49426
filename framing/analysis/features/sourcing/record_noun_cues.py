"""A plural noun for written records after a possessive: the records, no cue ("the therapist's notes, taken
at the time, do not support her account", "Trump's tweets come in response to the caravan", "My tweets
'were NOT racist'" (curated in the nineteenth pass, helper cue48: readers of draw 6565 judged "the therapist's
notes" wrong 1 of 1, its fresh draw "My tweets" wrong 1 of 1; the AllSides dev corpus shows 3 such cues).

After a possessive ("Trump's", "the therapist's", "my") a plural like "notes" or "tweets" is a noun, never
the verb: it names the records, which may be a source for a later verb ("McCabe's notes included ...") but
report no words themselves. A clause right after ("his notes that the vote was rigged", "her posts: ...")
keeps the cue, as do the verbs ("she notes that", "he tweets daily").

:func:`.cues.acting_cue` asks :func:`possessed_records` through ``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_RECORDS: Final = frozenset({"notes", "tweets", "posts", "writings", "emails", "e-mails", "texts", "memos"})
_POSSESSIVE_DETERMINERS: Final = frozenset({"my", "his", "her", "their", "our", "your", "its"})
# a contraction of "is" or "has" before the word makes it a verb's neighbour, not a possessive
_CONTRACTIONS: Final = frozenset({"he's", "she's", "it's", "that's", "who's", "what's", "there's", "here's",
                                  "he’s", "she’s", "it’s", "that’s", "who’s", "what’s", "there’s", "here’s"})
# what opens the content of the records: a clause or a quotation
_CONTENT: Final = frozenset({"that", ":", "“", '"', "‘"})


def possessed_records(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` one plural noun of ``_RECORDS`` right after a possessive, with no clause
    or quotation after it ("the therapist's notes, taken at the time")?"""
    norms = doc.norms
    if stop - first != 1 or first == 0 or norms[first] not in _RECORDS:
        return False
    if stop < len(norms) and (norms[stop] in _CONTENT or doc.tokens[stop] in _CONTENT):
        return False
    before = norms[first - 1]
    if before in _POSSESSIVE_DETERMINERS:
        return True
    if doc.tokens[first - 1] in ("'", "’") and first >= 2 and doc.norms[first - 2].endswith("s") \
            and doc.ends[first - 2] == doc.starts[first - 1]:
        return True  # "the critics' notes"
    return doc.is_word[first - 1] and before not in _CONTRACTIONS and before.endswith(("'s", "’s"))
