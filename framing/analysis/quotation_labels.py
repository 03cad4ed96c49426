"""Quoted words that are a label, a chant, a sign or a heading rather than someone's words (eleventh pass:
the kinds readers judged wrong as direct quotations, read on the AllSides dev corpus):

- a survey's answer or option: '37 percent say “never.”', 'of the 7 percent who chose “other,”', '30
  percent reported "a great deal" of confidence', 'most insiders answered, “no.”' (a short quotation after a verb of
  answering, "percent", "most" or "respondents" before it);
- a race rating: 'the Cook Political Report rates the seat "leans Republican."', 'the “solid Republican”
  states', 'downgraded to “likely Republican.”';
- a crowd's chant or a sign's words: 'they chanted, "I can't breathe,"', 'interrupted by chants of “Lock her
  up!”', 'welcoming “CNN sucks!” chants', 'a sign that read, "..."', graffiti ('protesters wrote "..." on the
  street', 'the words “...” were written on the back');
- a newspaper's headline, named within a few words: 'with headlines like this in the NYT: “...”', '“...,” the
  headline read', '“...” declared the top headline on the Drudge Report';
- a heading: a paragraph that is a quotation alone, with no stop, comma, question or exclamation mark at
  its end (a subhead or a pull quote: '“We’re a bit in panic mode”' on a line of its own).

:func:`.context.is_direct_quotation` asks :func:`quoted_label`.
"""
from __future__ import annotations

from typing import Final

from .quotation_framings import tokens_before
from .text import Doc

_CLOSING_MARKS: Final = frozenset({"”", '"', "'", "’", "''", "»"})
_REACH: Final = 6  # tokens looked at before the opening mark
_SURVEY_WORDS: Final = 5  # the most words of a survey's answer
_PERCENT: Final = frozenset({"percent", "%", "pct"})
# a share of those asked answering ('most Republican insiders answered, “no.”', 'respondents chose “other”')
_SHARES: Final = frozenset({"most", "plurality", "respondents", "half", "two-thirds", "one-third"})
# verbs by which respondents give an answer ('37 percent say “never.”', 'chose “other,”')
_ANSWERING: Final = frozenset({"say", "says", "said", "answer", "answered", "choose", "chose", "chosen", "pick",
                               "picked", "select", "selected", "respond", "responded", "reply", "replied", "report",
                               "reported", "agree", "agreed", "rate", "rated", "favor", "favored", "prefer",
                               "preferred", "call", "called"})
_RATING_FIRST: Final = frozenset({"lean", "leans", "leaning", "likely", "solid", "safe", "tilt", "tilts"})
_RATING_PARTY: Final = frozenset({"republican", "republicans", "democratic", "democrat", "democrats", "gop", "r", "d",
                                  "liberal", "liberals", "conservative", "conservatives"})
_CHANTING: Final = frozenset({"chant", "chants", "chanted", "chanting"})
_CHANT_OF: Final = frozenset({"chant", "chants", "chanting", "cries", "chorus", "choruses", "refrain"})
_SIGNS: Final = frozenset({"sign", "signs", "banner", "banners", "placard", "placards", "poster", "posters",
                           "shirt", "shirts", "t-shirt", "t-shirts"})
_READING: Final = frozenset({"read", "reads", "reading", "saying", "proclaiming", "declaring"})
_HEADLINES: Final = frozenset({"headline", "headlines", "headlined", "chyron", "chyrons", "subhead", "subheadline"})
_HEADLINE_AFTER: Final = 4  # words looked at after the closing mark for "the headline read"
_WRITING_ON: Final = frozenset({"wrote", "painted", "spray-painted", "scrawled", "etched", "chalked"})
_WRITTEN: Final = frozenset({"written", "painted", "spray-painted", "scrawled", "etched", "chalked", "emblazoned"})
_AFTER_CHANT: Final = frozenset({"chant", "chants", "chanting", "sign", "signs"})


def _survey_answer(before: list[str], n_words: int) -> bool:
    """'43 percent say “only in some circumstances,”': a verb of answering right before the quotation (a
    subject pronoun or "are" may stand between), "percent" before it within reach."""
    if n_words > _SURVEY_WORDS:
        return False
    for i, w in enumerate(before):
        if w in _ANSWERING:
            return any(x in _PERCENT or x in _SHARES for x in before[i + 1:])
        if w not in ("they", "it", "are", "is", "was", "were", "be", "that", "either", "themselves", ","):
            return False
    return False


def _rating(doc: Doc, words: list[int]) -> bool:
    """A race rating or a typology's group: "leans Republican", "solid liberals", "toss-up"."""
    norms = [doc.norms[k] for k in words]
    if len(norms) == 1:
        return norms[0] in ("toss-up", "tossup")
    return len(norms) == 2 and norms[0] in _RATING_FIRST and norms[1] in _RATING_PARTY


def _chant_or_sign(doc: Doc, before: list[str], after: str) -> bool:
    """'they chanted, "..."', 'chants of “...”', 'a sign that read, "..."', '“...” chants'."""
    near = [w for w in before[:3] if w not in (",", ":")]
    if near and near[0] in _CHANTING:
        return True
    if len(near) > 1 and near[0] == "of" and near[1] in _CHANT_OF:
        return True
    if near and near[0] in _READING:
        return any(w in _SIGNS for w in before[1:])
    if near and near[0] in _WRITING_ON and after == "on":
        return True  # 'protesters wrote "..." on the street'
    return after in _AFTER_CHANT


def _written_after(doc: Doc, stop: int) -> bool:
    """'the words “...” were written on the back', '“...” was scrawled across a wall': graffiti, a sign's words
    (a form of "be", a verb of writing and "on", "across" or "onto" right after the closing mark)."""
    k = stop
    while k < len(doc.tokens) and k - stop < 2 and doc.tokens[k] in _CLOSING_MARKS:
        k += 1
    if k + 2 >= len(doc.tokens) or "\n" in doc.cut(doc.ends[k - 1], doc.starts[k + 2]):
        return False
    return doc.norms[k] in ("was", "were", "is", "are") and doc.norms[k + 1] in _WRITTEN \
        and doc.norms[k + 2] in ("on", "across", "onto")


def _headline(doc: Doc, first: int, stop: int) -> bool:
    """A headline named in the few words before the quotation or after it, in its sentence and paragraph
    ('with headlines like this in the NYT: “...”', '“...,” the headline read')."""
    k, seen = first - 1, 0
    while k >= 0 and seen < _REACH and doc.tokens[k] not in (".", "!", "?") \
            and "\n" not in doc.cut(doc.ends[k], doc.starts[k + 1]):
        if doc.is_word[k]:
            if doc.norms[k] in _HEADLINES:
                # ('used one of her quotes as its headline: “...”': someone's words made a headline)
                return not (k >= 2 and "as" in (doc.norms[k - 1], doc.norms[k - 2]))
            seen += 1
        k -= 1
    k, seen = stop, 0
    while k < len(doc.tokens) and seen < _HEADLINE_AFTER and doc.tokens[k] not in (".", "!", "?", "“", '"') \
            and "\n" not in doc.cut(doc.ends[k - 1], doc.starts[k]):
        if doc.is_word[k]:
            if doc.norms[k] in _HEADLINES:
                return True
            seen += 1
        k += 1
    return False


def _heading(doc: Doc, qs: int, qe: int) -> bool:
    """A quotation alone on its line, ending in no stop, comma, question or exclamation mark (a subhead or a
    pull quote), the next line not going on with it in lower case."""
    if doc.field != "text":
        return False
    line_start = doc.cut(max(0, qs - 2), qs).rstrip(" \t")
    if not (qs == 0 or line_start.endswith("\n") or (qs <= 2 and line_start == "")):
        return False
    inner = doc.cut(qs, qe).rstrip("”\"'’» \t")
    if not inner[-1:].isalnum():
        return False
    rest = doc.cut(qe, qe + 40)
    stripped = rest.lstrip(" \t")
    if stripped and not stripped.startswith(("\n", "\r")):
        return False
    return not stripped.strip()[:1].islower()


def quoted_label(doc: Doc, first: int, stop: int, words: list[int], qs: int, qe: int) -> bool:
    """Are the quoted words (tokens ``first`` to ``stop``, ``words`` the word tokens among them, characters
    ``qs`` to ``qe``) a survey's answer, a rating, a chant, a sign, a headline or a heading (see the module docstring)?"""
    before = tokens_before(doc, first, _REACH)
    after = ""
    k = stop
    while k < len(doc.tokens) and k - stop < 2 and doc.tokens[k] in _CLOSING_MARKS:
        k += 1
    if k < len(doc.tokens) and doc.is_word[k] and doc.cut(doc.ends[k - 1], doc.starts[k]) == " ":
        after = doc.norms[k]  # the word right after the closing mark, a space between ('“CNN sucks!” chants')
    if _written_after(doc, stop):
        return True
    return (_survey_answer(before, len(words)) or _rating(doc, words) or _chant_or_sign(doc, before, after)
            or _headline(doc, first, stop) or _heading(doc, qs, qe))
