"""A modal coordinated after the same verb in another tense, fifteenth pass (read on the AllSides dev
corpus; the independent readers of draw 4242 judged "any matters that arose or may arise from the
investigation" wrong: legal scope wording, it softens no claim).

:func:`.hedge_modal_readings.modal_reading` asks :func:`tense_coordinated_modal` of a single-word modal, so
the WikiWeasel figures and the learned filter are left as they are; it returns why the match is no hedge
('' if it may be one):

* :func:`tense_coordinated_modal`: "may" / "might" / "could" right after "or" whose word before is the same
  verb in another tense: "matters that arose or may arise", "any person who is or may be affected",
  "those who have or may have claims", "documents that existed or might exist", and the negative pair
  "he did not, or could not, say": the pair spans every case, past, present and possible, as a rule or an
  order words its scope; it doubts nothing. "Trump is approaching, or may have already passed, $100
  million" (another verb: past readers judged it right), "people under observation or could be
  threatened" (no verb before "or") and "may or may not" (not this rule's) stay.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after

_COORDINATED_MODALS: Final = frozenset({"may", "might", "could"})
_BE_FORMS: Final = frozenset({"is", "are", "was", "were", "been", "am"})
_HAVE_FORMS: Final = frozenset({"has", "have", "had"})
_AUXILIARIES: Final = _BE_FORMS | _HAVE_FORMS | frozenset({"did", "does", "do", "will", "would", "can"})
# irregular past forms and the base the modal takes ("arose or may arise")
_IRREGULAR_BASES: Final = {
    "arose": "arise", "arisen": "arise", "arises": "arise", "became": "become", "came": "come", "did": "do",
    "done": "do", "does": "do", "grew": "grow", "grown": "grow", "held": "hold", "knew": "know",
    "known": "know", "made": "make", "meant": "mean", "paid": "pay", "said": "say", "saw": "see",
    "seen": "see", "took": "take", "taken": "take", "went": "go", "gone": "go", "gave": "give",
    "given": "give", "found": "find", "brought": "bring", "led": "lead", "lost": "lose", "kept": "keep",
    "fell": "fall", "fallen": "fall", "began": "begin", "begun": "begin", "ran": "run", "won": "win",
    "sought": "seek", "caught": "catch", "told": "tell", "thought": "think", "got": "get", "gotten": "get",
}


def _same_verb(earlier: str, base: str) -> bool:
    """Whether ``earlier`` is the verb ``base`` in another tense or person ("arose"/"arise",
    "existed"/"exist", "causes"/"cause", "is"/"be", "has"/"have")."""
    if base == "be":
        return earlier in _BE_FORMS
    if base == "have":
        return earlier in _HAVE_FORMS
    if len(base) < 2 or earlier == base:
        return False
    if _IRREGULAR_BASES.get(earlier) == base:
        return True
    stem = base[:-1] if base.endswith("e") else base
    return earlier in (base + "s", base + "es", base + "d", base + "ed", stem + "ed", base + base[-1] + "ed")


def tense_coordinated_modal(doc: Doc, match: Match) -> str:
    """Why this modal after "or" pairs with the same verb in another tense ('' if it may hedge)."""
    words = match.entry.words
    if len(words) != 1 or words[0] not in _COORDINATED_MODALS:
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    lo = doc.sentences[doc.sentence_of[first]].first
    k = first - 1
    if k <= lo or norms[k] != "or":
        return ""
    k -= 1
    if not is_word[k] and norms[k] == ",":
        k -= 1  # "did not, or could not"
    if k < lo or not is_word[k]:
        return ""
    earlier, after = norms[k], word_after(doc, first)
    if not after:
        return ""
    if earlier == "not" and after == "not" and k > lo and norms[k - 1] in _AUXILIARIES:
        return "did not, or could not: the pair covers every case, it softens no claim"
    if _same_verb(earlier, after):
        return "arose or may arise / is or may be: legal scope over every tense, it softens no claim"
    return ""
