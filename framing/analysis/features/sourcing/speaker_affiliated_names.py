"""A person's name before the body they work for: "David Kelly of Morgan Funds", "Bob Harrison with Aztec Appliance".

The speaker's name is read from the capitalised words that end its phrase; when the phrase is a person's
name, then "of", "at", "from" or "with", then the firm, shop or fund that places them, those last words are the
firm's ("Morgan Funds", "Aztec Appliance"), and a "he" resolved to the speaker was shown as the firm (readers
of the independent draw 6060 judged "he = Aztec Appliance" wrong: "he is Bob Harrison"; the dev output
showed the class in other outlets too, "He = Morgan Funds" for an economist quoted by name and firm). When the
phrase opens with a common first name and a surname (two or three capitalised words) right before the
preposition, the person is that name. Not: a title before "of" ("Secretary of State Rex Tillerson": no first
name opens it), a body ("Bank of America"), a place after the preposition ("Jim Jordan of Ohio": no name
words after it in the first place).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .given_names import first_names
from .grammar import WordLists, is_cap

# the prepositions that join a person's name to what places them
_PLACING: Final = frozenset({"of", "at", "from", "with"})
# how many words a name before its affiliation may have ("Mary Ann Smith")
_MAX_NAME: Final = 3


def name_before_affiliation(doc: Doc, first: int, prep: int, lists: WordLists) -> list[int]:
    """The tokens (last first) of the person's name that opens the phrase starting at ``first`` and ends
    right before the preposition at ``prep`` ("David Kelly" of "David Kelly of Morgan Funds"), or none: the
    phrase must open with a common first name and hold two or three capitalised name words before it."""
    if doc.norms[prep] not in _PLACING or not 2 <= prep - first <= _MAX_NAME:
        return []
    words = list(range(first, prep))
    if doc.norms[first] not in first_names():
        return []
    for t in words:
        norm = doc.norms[t]
        if not doc.is_word[t] or not is_cap(doc.tokens[t]) or doc.tokens[t].isupper() or norm in lists.titles \
                or norm in lists.org_heads or norm in lists.places or norm in lists.outlets or norm in lists.groups:
            return []
    return words[::-1]
