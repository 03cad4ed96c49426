"""Is "the website" (or "the site") a news outlet? Only where the article named a news outlet just before.

"The website said" stands for the site the article spoke of: a news site ("Gizmodo reports ... told the
website") is an outlet, but a body's or a book's own site ("a new website popped up to promote the book.
According to the website", WikiLeaks, "the anti-secrecy website") is no news outlet (session 36: readers of
draw 5050 judged a book's website shown as a news outlet wrong; of the 3 such phrases on the dev sample 2 were
no news site). Without a named outlet in its sentence or the few before, the phrase stays the body it is
read as ("website" is an organisation word).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .grammar import WordLists, is_cap

SITES: Final = frozenset({"website", "site"})
_SENTENCES_BACK: Final = 3  # the phrase's sentence and the three before it
_LONGEST_NAME: Final = 4  # words of the longest outlet name looked for ("the new york times")
_TOKEN_REACH: Final = 400  # tokens looked back at most, whatever the sentences' length


def news_site_named_before(doc: Doc, first: int, lists: WordLists) -> bool:
    """Does a news outlet's name (``lists.outlets``, capitalised) stand in the sentence of ``first`` before it,
    or in the few sentences before that (at most ``_TOKEN_REACH`` tokens back)?"""
    sent = doc.sentence_of[first]
    start = max(doc.sentences[max(0, sent - _SENTENCES_BACK)].first, first - _TOKEN_REACH)
    for k in range(start, first):
        if not doc.is_word[k] or not is_cap(doc.tokens[k]):
            continue
        words: list[str] = []
        for j in range(k, min(first, k + _LONGEST_NAME)):
            if not doc.is_word[j]:
                break
            norm = doc.norms[j]
            words.append(norm[:-2] if norm.endswith(("'s", "’s")) else norm)
            if " ".join(words) in lists.outlets:
                return True
    return False
