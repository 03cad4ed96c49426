"""A "know" or "understand" of an indirect question: a fact or a skill the writer asserts, not a source's view
(sixteenth pass: independent readers of draw 4848 judged "He also knew exactly what TV media craves" wrong, and
earlier readers "also understands what discourse is for"; read on the AllSides dev corpus): "Only Trump knows what
lies in his heart", "he knows how to make it sound attractive", "Campaigns also know when people have returned
their ballots", "Investors don't know how long the outbreak will last", "pollsters really don't know if the letter
had any impact". What follows is the writer's own statement of a fact, or of its being unknown.

"She knows that the vote is close" and "he understood that the deal was off" (a view held, a "that" clause), and
"Republicans know that too" stay cues.

Seventeenth pass, round 2 (own reading of a fresh draw, "These allies also know the past problems of Clinton
Inc.", and independent readers, "had heard about them but didn't know the deadline", wrong 2 of 2): a "know" whose
object is a thing or a person, a noun phrase and no clause ("didn't know the deadline", "knows a lot about his
client's affairs", "knew about the secret project", "doesn't know Obama's plans", "know the president well enough
that ...") states what a source is acquainted with, no view. "knows the bill isn't likely to pass", "knew the
campaign wanted ...", "know the senators will vote" (a clause without "that": a verb follows the noun) stay cues. :func:`.cues.acting_cue` asks :func:`knows_a_fact` (through
``sense_cues``) with the verbs of acting, so that ``framing evaluate`` scores these by PolNeAR's definition as
well. The look is bounded (three words after the verb)."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_KNOWING: Final = frozenset({"know", "knows", "knew", "knowing", "understand", "understands", "understood",
                             "understanding"})
# the words opening an indirect question after the verb
_WH: Final = frozenset({"why", "when", "how", "who", "whom", "whose", "what", "where", "whether", "if", "which"})
# words allowed between the verb and the question ("knew exactly what", "knows full well how")
_BETWEEN: Final = frozenset({"exactly", "precisely", "full", "well", "already", "just", "perfectly", "better",
                             "now", "still"})
_REACH: Final = 3
# what opens a noun phrase as the object of "know" ("know the deadline", "knows his district")
_DETERMINERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "any", "every",
                                 "each", "some", "all", "both", "few", "many", "most"})
# a quantity known about a thing ("knows a lot about", "knew little about")
_AMOUNTS: Final = frozenset({"lot", "little", "much", "nothing", "more", "less", "something", "everything"})
# a verb after the noun makes it a clause's subject ("knows the bill isn't likely", "knew the voters wanted")
_FINITE: Final = frozenset({"is", "are", "was", "were", "will", "would", "can", "could", "may", "might", "must",
                            "should", "shall", "has", "have", "had", "does", "do", "did", "'s", "’s", "'re", "’re",
                            "'ll", "’ll", "'d", "’d"})
# present-tense verbs that are also plural nouns: a verb only after the noun ("the party plans to", not "his plans")
_PRESENT: Final = frozenset({"wants", "needs", "likes", "plans", "intends", "faces", "remains",
                            "seems", "looks", "gets", "goes", "means", "makes", "takes", "works", "holds", "stands",
                            "lies", "comes", "belongs", "matters", "depends", "deserves"})
# what ends the noun phrase ("the past problems that could resurface": the clause is the noun's, not the verb's)
_NP_ENDS: Final = frozenset({",", ".", ";", ":", "—", "–", "(", ")", "that", "which", "who", "whom", "where", "when",
                             "well", "better", "and", "but", "or", "because", "so"})
_NP_REACH: Final = 8
_ABOUT: Final = frozenset({"about", "of"})
_CLAUSE_SUBJECTS: Final = frozenset({"it's", "it’s", "he's", "he’s", "she's", "she’s", "that's", "that’s", "there's",
                                     "there’s", "what's", "what’s", "who's", "who’s"})

def _knows_a_thing(doc: Doc, head: int, sentence_stop: int) -> bool:
    """Is the "know" at ``head`` followed by a noun phrase with no verb of its own ("didn't know the deadline",
    "knows a lot about", "knew about", "doesn't know Obama's plans")?"""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    if norms[head] not in ("know", "knows", "knew", "knowing"):
        return False
    j = head + 1
    if j < sentence_stop and norms[j] in _ABOUT:
        return norms[j] == "about"  # "knew about the project"
    if j + 1 < sentence_stop and norms[j] in ("a", "so", "very", "too") and norms[j + 1] in _AMOUNTS:
        j += 1  # "a lot about", "so little about"
    if j < sentence_stop and norms[j] in _AMOUNTS:
        return j + 1 < sentence_stop and norms[j + 1] == "about"
    if j + 1 < sentence_stop and is_word[j] and tokens[j][:1].isupper() and norms[j][-2:] in ("'s", "’s") \
            and norms[j] not in _CLAUSE_SUBJECTS and is_word[j + 1] and tokens[j + 1][:1].islower():
        pass  # "Obama's plans": a possessive opens the noun phrase
    elif j >= sentence_stop or norms[j] not in _DETERMINERS:
        return False
    nouns = 0
    end = min(sentence_stop, j + 1 + _NP_REACH)
    for k in range(j + 1, end):
        word = norms[k]
        if tokens[k] in _NP_ENDS or word in _NP_ENDS:
            return nouns > 0
        if word in _FINITE or word.endswith("n't") or word.endswith("n’t") or not is_word[k] \
                or nouns > 0 and (word in _PRESENT or len(word) > 4 and word.endswith("ed")):
            return False  # "knows the bill isn't", "knew the campaign wanted": a clause
        nouns += 1
    return nouns > 0 and end == sentence_stop  # the sentence ends on the noun phrase


def knows_a_fact(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a "know"/"understand" before an indirect question ("knew exactly what",
    "don't know how long", "knows how to"), or a "know" of a thing or a person (:func:`_knows_a_thing`)?"""
    norms = doc.norms
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if norms[head] not in _KNOWING:
        return False
    sentence_stop = doc.sentences[doc.sentence_of[head]].stop
    if _knows_a_thing(doc, head, sentence_stop):
        return True
    for j in range(head + 1, min(sentence_stop, head + 1 + _REACH)):
        if norms[j] in _WH:
            return True
        if norms[j] not in _BETWEEN:
            return False
    return False
