""""Labeled" of an item marked, a platform's or an office's act on a post or a file, not words or a view
(twentieth pass, round 1: readers wrong 1 of 1 in draws 7171-7272, "Facebook labeled it as spam and prevented the
post"; on the AllSides dev cues 5 more: "the draft chapter, which was labeled \"This Document Contains ...\"",
"messages ... were labeled \"preliminary and deliberative\"", "the messages ... have been labeled to provide
additional context", "products ... despite being labeled as such", "The column was re-edited ... and labeled to
reflect it as the writer's opinion").

A form of "label" is set aside when

- a purpose follows ("labeled to provide context", "labeled to reflect ..."): marking done to an item;
- its subject right before it (past an adverb) is a platform that moderates posts ("Facebook labeled it as spam");
- it is passive and an item (a document, a message, a post, a product, a page) is named in the few words before:
  a stamp or a tag, nobody's words about someone.

"Senator X labeled the bill \"amnesty\"", "Opponents immediately labeled the deal \"amnesty\"", "the
administration has labeled a terrorist organization", "he labeled it \"Keeping Up With ...\"" stay cues: a
person or a government calling something a name is a view voiced. Every look is a few tokens long.
:func:`.cues.acting_cue` asks :func:`item_labeled` through ``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_LABEL: Final = frozenset({"label", "labels", "labeled", "labelled", "labeling", "labelling"})
_PASSIVE: Final = frozenset({"was", "were", "is", "are", "been", "be", "being"})
_ADVERBS: Final = frozenset({"also", "quickly", "later", "then", "immediately", "automatically", "wrongly",
                             "mistakenly", "clearly", "prominently", "first", "eventually", "re-edited", "and"})
# platforms that moderate posts: their labels are acts on content (a curated list of the large services)
_PLATFORMS: Final = frozenset({"facebook", "twitter", "youtube", "instagram", "google", "tiktok", "reddit",
                               "snapchat", "linkedin", "amazon"})
# items that carry a label or a stamp
_ITEMS: Final = frozenset({"document", "documents", "chapter", "page", "pages", "message", "messages", "email",
                           "emails", "post", "posts", "tweet", "tweets", "product", "products", "package",
                           "packages", "bottle", "bottles", "box", "boxes", "file", "files", "record", "records",
                           "column", "video", "videos", "ad", "ads", "item", "items", "food", "foods", "drug",
                           "drugs", "container", "containers", "envelope", "envelopes", "folder", "folders", "memo", "memos",
                           "draft", "drafts"})
_ITEM_REACH: Final = 8  # words looked at before a passive "labeled" for the item


def _head(doc: Doc, first: int, stop: int) -> int:
    for k in range(first, stop):
        if doc.norms[k] in _LABEL:
            return k
    return -1


def item_labeled(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a "label" of an item marked: a purpose after it, a platform as subject, or a
    passive of a document, a message or a product?"""
    norms, n = doc.norms, len(doc.norms)
    k = _head(doc, first, stop)
    if k < 0:
        return False
    if k + 2 < n and norms[k + 1] == "to" and doc.is_word[k + 2] and norms[k + 2] not in ("the", "a", "an"):
        return True
    sent_first = doc.sentences[doc.sentence_of[k]].first
    j = k - 1
    while j >= sent_first and norms[j] in _ADVERBS:
        j -= 1
    if j < sent_first:
        return False
    if norms[j] in _PLATFORMS:
        return True
    if norms[j] not in _PASSIVE:
        return False
    for i in range(j - 1, max(sent_first - 1, j - 1 - _ITEM_REACH), -1):
        if norms[i] in _ITEMS:
            return True
    return False
