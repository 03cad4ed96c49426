"""Cues that narrate speech without its words or a view (curated by reading the AllSides dev corpus and readers'
judgments of the tenth pass, draws 2222, 2323 and 2424): questions asked and counted or pointed at ("reporters
asked four consecutive questions about Trump", "NBC asked Biden 16 questions", "The reason she asked this
question"), coverage measured ("the networks either ignored or barely mentioned the scandal"), and the writer's
generic subject ("one might have expected GOP lawmakers to ...", "One would think that ...", "you'd think the
drought would ...", "But one wonders what ..."), and a demand pressed without its words ("pressing her for every
detail").
"asked the question: ...", "asked him a question about whether ...", "asked the question, “...”", "she
barely mentioned that ...", "only one said he was a certain vote" and "One recalled the cold" stay cues: they
give the words or a view of a source. :func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with
the verbs of acting, so that ``framing evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_ASK: Final = frozenset({"ask", "asks", "asked", "asking"})
_QUESTIONS: Final = frozenset({"question", "questions"})
_TO_QUESTIONS: Final = 5  # words after "asked" in which "question(s)" may stand ("asked Obama several ideological questions")
# what gives a question's words or content after "question(s)"
_QUESTION_CONTENT: Final = frozenset({":", "“", '"', "‘", "whether", "if", "of", "that", "why", "how", "what", "—"})
_SCARCELY: Final = frozenset({"barely", "hardly", "scarcely", "rarely", "seldom"})
_MENTION: Final = frozenset({"mention", "mentions", "mentioned", "mentioning", "cover", "covers", "covered",
                             "covering"})
_GENERIC: Final = frozenset({"one", "you", "you'd", "you’d", "one'd", "one’d"})
_MODALS: Final = frozenset({"might", "would", "could", "can", "may", "should", "will", "'d", "’d", "must"})
_MODAL_SUBJECTS: Final = frozenset({"you'd", "you’d", "one'd", "one’d"})
# what makes "one" a person among others ("one of them said", "only one said", "not a single one asked")
_COUNTING: Final = frozenset({"only", "single", "each", "every", "any", "no", "the", "this", "that", "which", "last",
                              "first", "another", "other", "least"})


def _questions_without_words(doc: Doc, k: int) -> bool:
    """"asked four consecutive questions about Trump", "asked this question", "asked Biden 16 questions":
    questions counted or pointed at, not put in words."""
    norms, tokens = doc.norms, doc.tokens
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    for j in range(k + 1, min(n, k + 1 + _TO_QUESTIONS)):
        if not doc.is_word[j]:
            return False
        if norms[j] in _QUESTIONS:
            after = j + 1
            if after < n and tokens[after] == "," and after + 1 < n and tokens[after + 1] in ("“", '"'):
                return False  # "asked the question, “...”"
            if after < n and (norms[after] in _QUESTION_CONTENT or tokens[after] in _QUESTION_CONTENT):
                return False
            return not (after + 1 < n and norms[after] == "about" and norms[after + 1] in ("whether", "why", "how"))
        if norms[j] in ("that", "whether", "if", "to", "why", "how", "what"):
            return False
    return False


def _coverage(doc: Doc, first: int, k: int) -> bool:
    """"barely mentioned the scandal", "rarely covered it": how much a source spoke of a topic, not what it said."""
    norms = doc.norms
    if norms[k] not in _MENTION:
        return False
    return any(norms[j] in _SCARCELY for j in range(max(0, first - 1), k)) \
        and not (k + 1 < len(norms) and norms[k + 1] == "that")


def _generic_subject(doc: Doc, first: int) -> bool:
    """"one might have expected", "One would think that", "you'd think", "But one wonders what": the writer's
    generic "one" or "you" with a modal (or "one" with a present verb), not a person among others."""
    norms = doc.norms
    sent_first = doc.sentences[doc.sentence_of[first]].first
    modal = norms[first] in _MODALS
    j = first - 1
    while j >= sent_first and first - j <= 3 and (norms[j] in _MODALS or norms[j] in ("have", "not", "also")):
        modal = modal or norms[j] in _MODALS
        j -= 1
    if j < sent_first or norms[j] not in _GENERIC:
        return False
    if j > sent_first and (norms[j - 1] in _COUNTING or doc.tokens[j - 1] in ("“", '"', "‘")):
        return False
    if modal or norms[j] in _MODAL_SUBJECTS:
        return True
    word = norms[first]
    return j == first - 1 and norms[j] == "one" and word.endswith("s") and not word.endswith("ss") \
        and word not in ("was", "has", "is")


_PRESS: Final = frozenset({"press", "presses", "pressed", "pressing"})


def _pressed_for(doc: Doc, k: int) -> bool:
    """"pressing her for every detail of the affair", "The Dems pressing him for information": a demand put
    to someone, without its words; "pressed him on whether ...", "pressed him to clarify: ..." stay."""
    norms = doc.norms
    n = len(norms)
    for j in range(k + 1, min(n, k + 4)):
        if norms[j] == "for":
            return j > k + 1 and not any(norms[a] in ("whether", "why", "how", ":") or doc.tokens[a] in ("“", '"', ":")
                           for a in range(j + 1, min(n, j + 8)))
        if not doc.is_word[j] or norms[j] in ("on", "to", "that", "about"):
            return False
    return False


def narrates_speech_without_words(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` questions asked without their words, coverage measured, or the writer's
    generic "one"/"you"?"""
    k = stop - 1
    while k > first and not doc.is_word[k]:
        k -= 1
    w = doc.norms[k]
    return w in _ASK and _questions_without_words(doc, k) or _coverage(doc, first, k) or _generic_subject(doc, first) \
        or w in _PRESS and _pressed_for(doc, k)
