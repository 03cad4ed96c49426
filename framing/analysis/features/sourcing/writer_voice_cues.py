"""Cues in the writer's own voice, said to the reader (curated by reading the AllSides dev corpus, the own reading
of the eleventh pass): "It's worth noting that ...", "It's also worth pointing out ..." (the writer's aside),
and a sentence opened by an imperative or "let me" ("Don't tell me “free market!”", "Don't blame the
messenger", "Let me say once more how unusual it was", "Let me tell you a story"); twelfth pass (own reading of
seed 3232): the writer's judgment of a thought nobody is said to hold ("it's borderline absurd to think that ...",
"it would be extremely foolish to believe that ...", "there are reasons to believe", "we are supposed to believe";
"leading many to believe that ...", "led some to believe" stay: many and some hold the view); fourteenth pass
(independent reading of draw 3131): an imperative of thinking said to the reader ("Just think of it!", "Imagine
that.", "Now consider what happened next"; "They think it's a losing issue" has a subject and stays).
Sixteenth pass, round 2 (draw 5050, wrong 1 of 1): the writer's idiom "To put it mildly, ...", "or, to put it
another way," (an infinitive with no subject, opening its clause); "As one aide put it" has a source and stays.
Seventeenth pass (own reading of the dev cues): the writer's "Just ask President Obama, who had to compromise"
("ask" opening its sentence, a name or "anyone" after it: the reader is sent to someone, no words are
attributed); "He asked Obama whether ..." has a subject and stays.
"Experts noted that ...", "He said: “Don't tell me ...”" (a quotation's cue is "said"), "they don't see him as
..." and "let them say what they want" stay or are read elsewhere. :func:`.cues.acting_cue` sets these aside
(through ``sense_cues``) with the verbs of acting, so that ``framing evaluate`` scores them by PolNeAR's
definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_WORTH: Final = frozenset({"worth"})
_DONT: Final = frozenset({"don't", "don’t", "do", "never"})
_LET: Final = frozenset({"let"})
_FIRST_PERSON: Final = frozenset({"me", "us"})
_THINKING: Final = frozenset({"think", "believe", "assume", "imagine", "suppose", "expect"})
_IMPERATIVE_THINKING: Final = frozenset({"think", "imagine", "consider"})
_OPENING_ADVERBS: Final = frozenset({"just", "now", "so", "and", "but", "simply", "only", "then"})
# what the writer judges a thought by: "absurd to think", "reasons to believe", "supposed to believe"
_JUDGED_BY: Final = frozenset({"absurd", "foolish", "naive", "naïve", "silly", "ridiculous", "wrong", "mistake",
                               "reasonable", "fair", "safe", "hard", "difficult", "easy", "tempting", "natural",
                               "logical", "crazy", "insane", "delusional", "reason", "reasons", "supposed",
                               "unreasonable", "laughable", "preposterous", "folly", "wishful"})


def _worth_noting(doc: Doc, first: int) -> bool:
    """"It's worth noting that", "It's also worth pointing out": "worth" right before the cue's gerund."""
    norms = doc.norms
    return first > 0 and norms[first - 1] in _WORTH and norms[first].endswith("ing")


def _imperative_opening(doc: Doc, first: int) -> bool:
    """"Don't tell me ...", "Do not believe ...", "Let me say ...", "Let's remember ...": the sentence opens with
    the imperative or "let me" right before the cue."""
    norms, tokens = doc.norms, doc.tokens
    opening = doc.sentences[doc.sentence_of[first]].first
    while opening < first and not doc.is_word[opening]:
        opening += 1
    if first - opening > 2:
        return False  # (bounded: a sentence may be a megabyte long)
    words = [norms[j] for j in range(opening, first)]
    if words in (["don't"], ["don’t"], ["do", "not"], ["never"]):
        return True
    if words in (["let's"], ["let’s"]):
        return True
    return len(words) == 2 and words[0] in _LET and words[1] in _FIRST_PERSON and tokens[opening][:1] == "L"


def _imperative_thought(doc: Doc, first: int, stop: int) -> bool:
    """"Just think of it!", "Imagine ...", "Now consider ...": a capitalised verb of thinking opens its sentence, with
    at most an adverb or a conjunction before it."""
    norms, tokens = doc.norms, doc.tokens
    verb = next((k for k in range(first, stop) if norms[k] in _IMPERATIVE_THINKING), -1)
    if verb < 0:
        return False
    opening = doc.sentences[doc.sentence_of[verb]].first
    while opening < verb and not doc.is_word[opening]:
        opening += 1
    if verb - opening > 2:
        return False  # (bounded: a sentence may be a megabyte long)
    before = [norms[j] for j in range(opening, verb) if doc.is_word[j]]
    return all(w in _OPENING_ADVERBS for w in before) and tokens[opening][:1].isupper() \
        and not (verb + 1 < len(norms) and norms[verb + 1] in ("tank", "tanks"))


def _thought_judged(doc: Doc, first: int, stop: int) -> bool:
    """"absurd to think that", "reasons to believe", "supposed to believe": "to" + a verb of thinking right after a
    word that judges the thought (the cue may take in its "to")."""
    norms = doc.norms
    head = stop - 1
    if norms[head] not in _THINKING:
        return False
    to = head - 1
    if to < 0 or norms[to] != "to" or to < first - 1:
        return False
    return to > 0 and norms[to - 1] in _JUDGED_BY


# what may open the clause of the writer's "to put it": its start, a comma or dash, a conjunction
_CLAUSE_OPENERS: Final = frozenset({",", "—", "–", "(", ";", ":", "or", "but", "and", "so", "yet"})


def _to_put_it(doc: Doc, first: int, stop: int) -> bool:
    """"To put it mildly", ", to put it bluntly,": "to put it" opening a sentence or a clause, no subject."""
    norms = doc.norms
    put = next((k for k in range(first, stop) if norms[k] == "put"), -1)
    if put < 1 or put + 1 >= len(norms) or norms[put + 1] != "it" or norms[put - 1] != "to":
        return False
    to = put - 1
    opening = doc.sentences[doc.sentence_of[to]].first
    while opening < to and not doc.is_word[opening]:
        opening += 1
    return to == opening or doc.tokens[to - 1] in _CLAUSE_OPENERS or norms[to - 1] in _CLAUSE_OPENERS


_ASK: Final = frozenset({"ask"})
# who the reader is sent to ask: a name, anyone, a group
_ASKED: Final = frozenset({"anyone", "any", "the", "those", "people", "voters", "someone", "somebody"})


def _just_ask(doc: Doc, first: int, stop: int) -> bool:
    """"Just ask President Obama, who ...", "Ask anyone in Ohio": "ask" opens its sentence (at most "just" or
    "simply" before it) and a name or "anyone" follows."""
    norms, tokens = doc.norms, doc.tokens
    ask = stop - 1
    while ask > first and not doc.is_word[ask]:
        ask -= 1
    if norms[ask] not in _ASK or ask + 1 >= len(norms):
        return False
    opening = doc.sentences[doc.sentence_of[ask]].first
    while opening < ask and not doc.is_word[opening]:
        opening += 1
    if ask - opening > 1 or not tokens[opening][:1].isupper():
        return False
    if ask > opening and norms[opening] not in ("just", "simply"):
        return False
    after = ask + 1
    return norms[after] in _ASKED or tokens[after][:1].isupper() and doc.is_word[after]


def writers_voice(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` the writer's "worth noting", an imperative or "let me" opening a sentence, a
    thought the writer judges ("absurd to think"), an imperative of thinking ("Just think of it!"), the idiom
    "to put it mildly", or the writer's "Just ask President Obama"?"""
    return _worth_noting(doc, first) or _imperative_opening(doc, first) or _thought_judged(doc, first, stop) \
        or _imperative_thought(doc, first, stop) or _to_put_it(doc, first, stop) or _just_ask(doc, first, stop)
