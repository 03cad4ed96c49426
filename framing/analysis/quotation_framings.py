"""Words right before quotation marks that frame the quoted words as a name, a slogan, a title or an imagined
thought rather than someone's words (ninth pass, round 2: the kinds independent readers judged wrong as
direct quotations, read on the AllSides dev corpus):

- a nickname or a term: 'he was known as the “bishop of the slums.”', 'a tactic known as “sue and settle,”';
- a word or a phrase mentioned (eleventh pass): 'the word “compromise” is in bad odor', 'used the phrase
  "anchor babies,"', 'included the terms “tea party”' (at most three words; 'uttered the words: “A house divided
  against itself, cannot stand.”' stays);
- a slogan: 'the slogan “health care is a human right,”', 'Trump renews call to 'build the wall'' (a call to a
  slogan of at most four words);
- a title: 'the section “Warming up to 2010,”', 'in his book “Keep it Pithy,”', 'under the headline “...”';
- an imagined thought or question: 'people saw it and thought, “Oh yeah, this is politics.”', 'it gets to
  the question of, “What is the corporation going to do?”', 'You know, like: “Yeah, let's ...”'.
  ('she said, pausing while thinking, “I'm sure I could.”' stays: a thought voiced while speaking.)
- a posed question or a hypothetical saying (eleventh pass): 'to ask the question, "What will he think ...?"',
  'You might ask, "Doesn't all this ...?"', 'It could say “anything goes,”', 'only to be told “You’re denying my
  identity”'.

:func:`.context.is_direct_quotation` asks :func:`framed_as_no_quotation`.
"""
from __future__ import annotations

from typing import Final

from .text import Doc

_OPENING_MARKS: Final = frozenset({"“", '"', "'", "‘", "``", "«"})
_SLOGANS: Final = frozenset({"slogan", "slogans", "motto", "mantra", "tagline", "hashtag", "catchphrase",
                             "battle-cry", "watchword"})
_CALLS: Final = frozenset({"call", "calls", "cry", "cries"})
_TITLES: Final = frozenset({"section", "chapter", "book", "headline", "subhead", "subheadline", "essay", "album",
                            "song", "episode", "documentary", "novel", "memoir", "poem"})
_THOUGHTS: Final = frozenset({"thought", "thinking"})
_MENTIONS: Final = frozenset({"word", "words", "phrase", "phrases", "term", "terms", "expression", "buzzword"})
_MENTION_WORDS: Final = 3  # the most words of a mentioned word or phrase
_MAYBE: Final = frozenset({"might", "could", "would", "may"})
_SAYING: Final = frozenset({"say", "ask", "reply", "respond", "answer"})
_DETERMINERS: Final = frozenset({"the", "a", "an"})
_REACH: Final = 4  # tokens looked at before the opening mark
_SLOGAN_WORDS: Final = 4  # the most words a slogan called for holds


def tokens_before(doc: Doc, first: int, reach: int = _REACH) -> list[str]:
    """Up to ``reach`` normalized tokens before the quotation's first token, nearest first, the opening marks
    skipped (punctuation kept: the comma of 'thought, “...”' matters)."""
    k = first - 1
    while k >= 0 and first - k <= 3 and doc.tokens[k] in _OPENING_MARKS:
        k -= 1
    found: list[str] = []
    while k >= 0 and len(found) < reach:
        found.append(doc.norms[k] if doc.is_word[k] else doc.tokens[k])
        k -= 1
    return found


def framed_as_no_quotation(doc: Doc, first: int, n_words: int) -> bool:
    """Do the words before the quotation starting at token ``first`` (of ``n_words`` words) frame it as a
    name, a slogan, a title or an imagined thought (see the module docstring)?"""
    before = tokens_before(doc, first)
    before += [""] * (_REACH - len(before))
    w0, w1, w2 = before[0], before[1], before[2]
    if w0 == "as" and w1 == "known" or w0 in _DETERMINERS and w1 == "as" and w2 == "known":
        return True
    if w0 in _MENTIONS and w1 in ("the", "a", "this", "that") and n_words <= _MENTION_WORDS:
        return True  # 'the word “compromise”', 'the phrase "anchor babies,"'
    if w0 in _SLOGANS or w0 in _TITLES:
        return True
    if w0 == "to" and w1 in _CALLS and n_words <= _SLOGAN_WORDS:
        return True
    if w0 == "," and w1 in _THOUGHTS and w2 != "while":
        return True
    if w0 == ":" and w1 == "like":
        return True
    if w0 in (",", ":") and w1 == "question" and w2 == "the" and before[3] != "of":  # ('out of the question: “...”')
        return True  # 'ask the question, "What ...?"'
    said = w1 if w0 in (",", ":") else w0
    maybe = w2 if w0 in (",", ":") else w1
    if said in _SAYING and maybe in _MAYBE:
        return True  # 'You might ask, "..."', 'It could say “...”'
    if w0 == "told" and w1 == "be" and w2 == "to":
        return True  # 'only to be told “...”'
    return w0 == "of" and w1 == "question" or w0 == "," and w1 == "of" and w2 == "question"
