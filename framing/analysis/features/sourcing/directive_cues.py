"""Cues that ask someone to act: a directive attributes no words or view to a source (independent readings of
issue 13, seeds 606, 808 and 909: "asked his deputy to fire Cox", "urged American citizens to shelter in
place", "has been urging governors to follow the guidelines"). "urge", "press", "encourage", "implore" are
listed ``acting_if_request`` in ``acting_verbs.txt`` like "ask"; "called on X to" is a verb and a particle,
and :func:`call_on_to_act` reads it. "told Judge Simpson to reconsider", "telling the departments to look at
it", "was told not to talk to the crowd" are orders (independent reading of issue 13, "a court told the judge
to reconsider"), read by :func:`told_to_act`. "urged that ...", "asked whether ...", and a request whose act is quoted
("urged the party to “demand action”") stay cues: they say what the source said. Fourteenth pass (own reading of
the dev corpus): persuading someone to act is a deed too, read by :func:`persuaded_to_act` ("convinced her mother to
stop flying", "a week's delay would have convinced most aliens not to travel"; "convinced the agency that the smart
play was peace" and "was convinced that ..." stay: a view is given)."""
from __future__ import annotations

from typing import Final

from ...text import Doc

# what an "asked" is about when it is a question, not a request ("asked whether", "asked him why")
QUESTION_WORDS: Final = frozenset({"whether", "if", "why", "how", "what", "who", "when", "where", "which", "about",
                                   "question", "questions"})

_QUOTE_OPENS: Final = frozenset({"“", '"', "‘", ":", "?"})

_DETERMINERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its"})

_CALL: Final = frozenset({"call", "calls", "called", "calling"})


def request_to_act(doc: Doc, k: int) -> bool:
    """"asked his deputy, William Ruckelshaus, to fire Cox", "asking Congress to act": a request that someone
    act (a "to" and a verb after the object, within the sentence), not a question; not when the act is
    quoted ("urged the party faithful to “demand action”": the source's words)."""
    norms, tokens = doc.norms, doc.tokens
    stop = doc.sentences[doc.sentence_of[k]].stop
    for j in range(k + 1, min(stop - 1, k + 10)):
        if norms[j] in QUESTION_WORDS or norms[j] == "that" or tokens[j] in _QUOTE_OPENS:
            return False
        if norms[j] == "to" and j > k + 1 and doc.is_word[j + 1] and not tokens[j + 1][:1].isupper() \
                and norms[j + 1] not in _DETERMINERS \
                and not (norms[j + 1].endswith("ed") and not norms[j + 1].endswith("eed")):  # "an approach to divorced Catholics"
            return not any(tokens[t] in _QUOTE_OPENS for t in range(j + 1, min(stop, j + 4)))
    return False


def call_on_to_act(doc: Doc, first: int, stop: int) -> bool:
    """"Beijing called on its neighbor to halt its tests": a directive ("called for a ban", "called it a
    hoax" are not read here)."""
    norms = doc.norms
    for k in range(first, stop - 1):
        if norms[k] in _CALL and norms[k + 1] == "on":
            return request_to_act(doc, k + 1)
    return False


_TELL: Final = frozenset({"tell", "tells", "told", "telling"})
# words that open a clause after "told": what follows is what was said ("told NPR he used to think ...")
_CLAUSE_SUBJECTS: Final = frozenset({"he", "she", "they", "i", "we", "it", "there", "that", "this", "these",
                                     "those", "what", "how", "why", "whether", "if", "when", "where", "who",
                                     "he's", "she's", "they're", "we're", "it's", "i'm", "there's", "according"})
# finite verbs: a clause has begun ("not convinced Mueller will be able to")
_FINITE: Final = frozenset({"will", "would", "can", "could", "should", "may", "might", "must", "is", "are", "was",
                            "were", "has", "have", "had", "does", "did"})
# words after "to" that are no verb ("told her supporters to cheers", "told him to his face")
_NOT_AFTER_TO: Final = frozenset({"his", "her", "their", "its", "my", "our", "your", "him", "them", "me", "us",
                                  "the", "a", "an", "this", "that", "these", "those", "reporters", "cheers",
                                  "applause", "laughter", "date"})


def told_to_act(doc: Doc, first: int, stop: int) -> bool:
    """"the court told Judge Simpson to reconsider", "telling the three departments to look at it", "was told
    not to talk": an order (an object of at most four words, then "to" or "not to" and a verb); not "told NPR
    he used to think" (a clause), "told reporters that", "told him to “get his head in the game”" (the
    order's words quoted)."""
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    return doc.norms[head] in _TELL and _object_then_to_act(doc, head)


def _object_then_to_act(doc: Doc, head: int) -> bool:
    """After the verb at ``head``: an object of at most four words, then "to" or "not to" and a verb (no comma,
    quote mark or clause between)."""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    end = doc.sentences[doc.sentence_of[head]].stop
    for j in range(head + 1, min(end - 1, head + 6)):
        if not is_word[j] and tokens[j] != "." or norms[j] in _CLAUSE_SUBJECTS or norms[j] in _FINITE or norms[j] == "by":
            return False  # a comma, a quote mark, a clause: words follow; "the lies told by smugglers"
        to = j + 1 if norms[j] == "not" and j + 1 < end and norms[j + 1] == "to" else j
        if norms[to] == "to":
            verb = to + 1
            if verb >= end or not is_word[verb] or tokens[verb][:1].isupper() or norms[verb] in _NOT_AFTER_TO:
                return False
            if norms[verb].endswith("s") and not norms[verb].endswith("ss"):
                return False  # "to cheers", "to reporters": no verb
            return not any(tokens[t] in _QUOTE_OPENS for t in range(verb, min(end, verb + 4)))
    return False


_PERSUADE: Final = frozenset({"convince", "convinces", "convinced", "convincing", "persuade", "persuades", "persuaded",
                              "persuading"})


_BE_OR_BECOME: Final = frozenset({"be", "is", "are", "was", "were", "been", "being", "am", "become", "became",
                                  "becomes", "remain", "remains", "remained", "not", "more", "less", "fully"})


def persuaded_to_act(doc: Doc, first: int, stop: int) -> bool:
    """"convinced her mother to stop flying", "persuaded him not to run": someone brought to act (an object, then
    "to" and a verb), no words or view given; not "are convinced there's plenty to like", "left attendees convinced
    he was preparing to run" (a view held)."""
    norms = doc.norms
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if norms[head] not in _PERSUADE or head > 0 and norms[head - 1] in _BE_OR_BECOME:
        return False
    return _object_then_to_act(doc, head)
