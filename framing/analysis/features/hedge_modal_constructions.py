"""Modals in constructions that soften no claim, fourteenth pass, round 3 (read on the AllSides dev corpus;
the independent readers of 3535-3737 and the session-34 round-3 fresh draw of modal hedges judged them
wrong).

:func:`.hedge_modal_readings.modal_reading` asks :func:`construction_reading`, so the WikiWeasel figures and
the learned filter are left as they are; each rule returns why the match is no hedge ('' if it may be one):

* :func:`option_then_would`: "X could <act> ..., and Y would / Y'd ...": "He could quit farming now and
  he'd have nothing to worry about", "Israel could moderate its approach tomorrow, and Hamas would seize
  ...", "they could run, and they would be credible": an option put as the condition of a consequence
  ("if he quit, he'd ..."), not a possibility the writer doubts (readers of 3030 and 3737 judged both
  wrong). The "could" must open its sentence after a short subject (a main clause); "The point is that they
  could run, and they would be credible" (a clause of its own: readers of 2525 judged it right), a subject
  "it" / "this" / "that" / "there" ("it could take time ... and this would get worse") and a "could be"
  stay;
* :func:`denied_could`: "nothing he's ever said could possibly justify", "no one in the room could ever
  explain": a negative subject a few words back and "could possibly / ever / conceivably": an emphatic
  denial, not a possibility (:mod:`.hedge_contexts` sets aside only "nobody could" with the negative word
  right before);
* :func:`elliptic_who_could`: "those who could would likely switch", "the ones who could did": an
  elliptical "who could" (were able to) followed by the clause's own verb; "people who could have been"
  (a "have") stays;
* :func:`money_could_fund`: "At $1.2 trillion a year, this could fund a voucher", "the $20 million could
  pay for two schools": what an amount of money is enough to pay for (as :mod:`.hedge_modal_means` reads
  "funds that could be used"), not a possibility; "the plan could fund schools" (no sum named) stays;
* :func:`distant_how_could`: "how" + a long subject with commas + "could / might": "an interesting question
  how someone with such little charisma, and so lacking convictions, could become ...", "they wonder how a
  group with a seventh-century worldview could become so popular": a question about how it happened
  (readers of 3737: "'how could someone become' not a hedge"), beyond the five words :mod:`.hedge_contexts`
  looks back over; the "how" must follow a word of asking or wondering, and no verb may stand between.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

_OPENING_SUBJECT_REACH: Final = 3  # words of the subject before "could" at the sentence's start ("Mr. Smith could")
_OPTION_REACH: Final = 14  # words from "could" to the "and" of the consequence
_NOT_PERSON_SUBJECTS: Final = frozenset({"it", "this", "that", "there", "which", "who", "what", "these", "those"})
_NOT_OPTION_VERBS: Final = frozenset({"be", "potentially", "possibly", "also", "still", "easily", "well", "not",
                                      "never", "soon", "eventually"})
# words that make the clause after "could" a reason or a condition of its own, not the option's consequence
_OPTION_BLOCKERS: Final = frozenset({"because", "if", "unless", "since", "when", "but", "or", "although", "though",
                                     "while", "could", "might", "may", "will"})
_WOULD: Final = frozenset({"would", "'d"})
_CONSEQUENCE_SUBJECT_REACH: Final = 3  # words between "and" and "would" ("and Hamas would", "and the party would")


def _is_would(norm: str) -> bool:
    return norm in _WOULD or (norm.endswith("'d") and len(norm) > 2)


def option_then_would(doc: Doc, match: Match) -> str:
    """Why "X could <act> ..., and Y would ..." puts an option as the condition of a consequence ('' if it
    may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    if word_before(doc, first) in _NOT_PERSON_SUBJECTS or word_before(doc, first) == "":
        return ""
    if word_after(doc, first) in _NOT_OPTION_VERBS or word_after(doc, first) == "":
        return ""
    norms, is_word, tokens = doc.norms, doc.is_word, doc.tokens
    sentence = doc.sentences[doc.sentence_of[first]]
    stop = sentence.stop
    subject_words = sum(1 for j in range(sentence.first, first) if is_word[j])
    if first - sentence.first > _OPENING_SUBJECT_REACH + 2 or subject_words > _OPENING_SUBJECT_REACH \
            or any(not is_word[j] and tokens[j] not in ("“", '"', ".") for j in range(sentence.first, first)):
        return ""  # not a main clause opening its sentence ("The point is that they could run, and ...")
    words = 0
    k = first + 1
    while k < stop and words <= _OPTION_REACH:
        if not is_word[k]:
            if tokens[k] not in (",", "’", "'"):
                return ""
            k += 1
            continue
        words += 1
        norm = norms[k]
        if norm == "and":
            seen = 0
            for j in range(k + 1, min(stop, k + 1 + _CONSEQUENCE_SUBJECT_REACH + 2)):
                if not is_word[j]:
                    break
                if _is_would(norms[j]):
                    return "he could quit now and he'd have nothing to worry about: an option as the condition " \
                           "of a consequence, not a possibility"
                seen += 1
                if seen > _CONSEQUENCE_SUBJECT_REACH:
                    break
            return ""
        if norm in _OPTION_BLOCKERS:
            return ""
        k += 1
    return ""


_NEGATIVE_WORDS: Final = frozenset({"nothing", "nobody", "none", "neither"})
_EMPHATIC_AFTER: Final = frozenset({"possibly", "ever", "conceivably"})
_DENIAL_REACH: Final = 8  # words from the negative subject to "could"
_DENIAL_BREAKS: Final = frozenset({"but", "and", "or", "if", "because", "that", "which", "while"})


def denied_could(doc: Doc, match: Match) -> str:
    """Why "nothing he said could possibly ..." is an emphatic denial ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    if word_after(doc, first) not in _EMPHATIC_AFTER:
        return ""
    norms, is_word = doc.norms, doc.is_word
    lo = doc.sentences[doc.sentence_of[first]].first
    seen = 0
    k = first - 1
    while k >= lo and seen < _DENIAL_REACH:
        if not is_word[k]:
            return ""
        norm = norms[k]
        if norm in _NEGATIVE_WORDS or (norm == "one" and k > lo and norms[k - 1] == "no"):
            return "nothing he's said could possibly justify it: an emphatic denial, not a possibility"
        if norm in _DENIAL_BREAKS:
            return ""
        seen += 1
        k -= 1
    return ""


_ELLIPSIS_VERBS: Final = frozenset({"would", "will", "did", "do", "does", "should", "can", "must", "got", "went"})


def elliptic_who_could(doc: Doc, match: Match) -> str:
    """Why "those who could would ..." is an elliptical ability ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    if word_before(doc, first) != "who" or word_after(doc, first) not in _ELLIPSIS_VERBS:
        return ""
    return "those who could would switch: an elliptical 'were able to', not a possibility"


_PAY_VERBS: Final = frozenset({"fund", "finance", "buy", "purchase", "cover", "pay", "bankroll", "subsidize"})
_SUMS: Final = frozenset({"million", "billion", "trillion", "$"})
_SUM_REACH: Final = 14  # tokens looked back in the sentence for the sum ("At a total of about $1.2 trillion ...")


def money_could_fund(doc: Doc, match: Match) -> str:
    """Why "this could fund ..." after a sum of money states what the sum is enough for ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    verb = word_after(doc, first)
    if verb in ("then", "also", "easily", "instead"):
        verb = word_after(doc, first + 1)
    if verb not in _PAY_VERBS:
        return ""
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - _SUM_REACH)
    for k in range(first - 1, lo - 1, -1):
        token = doc.tokens[k]
        if doc.norms[k] in _SUMS or token.startswith("$"):
            return "at $1.2 trillion a year, this could fund a voucher: what a sum pays for, not a possibility"
    return ""


# words before an indirect "how"-question of how something happened; not "explained how the rules might work",
# "imagine how it could end" or "understand how it might spread", which weigh a possibility to come
_ASKING: Final = frozenset({"question", "questions", "wonder", "wonders", "wondered", "wondering", "ask", "asks",
                            "asked", "asking", "mystery", "puzzle", "puzzled", "puzzling", "marvel", "marveled",
                            "baffling"})
# words that show a verb (a clause of its own) between "how" and the modal
_VERBS_BETWEEN: Final = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does",
                                   "did", "will", "would", "can", "could", "may", "might", "should", "must", "said",
                                   "says", "that", "which", "who", "whom", "because", "if", "when", "but", "it's",
                                   "'s", "he's", "she's", "they're", "seems", "seemed"})
_HOW_REACH: Final = 18  # words from "how" to the modal ("how someone with such little charisma, and so ...")


def distant_how_could(doc: Doc, match: Match) -> str:
    """Why a modal after "wonder how" + a long subject asks how it happened ('' if it may hedge)."""
    if match.entry.words[0] not in ("could", "might"):
        return ""
    first = match.first
    norms, is_word, tokens = doc.norms, doc.is_word, doc.tokens
    lo = doc.sentences[doc.sentence_of[first]].first
    seen = 0
    k = first - 1
    while k >= lo and seen < _HOW_REACH:
        if not is_word[k]:
            if tokens[k] != ",":
                return ""
            k -= 1
            continue
        norm = norms[k]
        if norm == "how":
            return "wonder how a group with such a worldview could become popular: a question, not a hedge" \
                if seen >= 2 and word_before(doc, k) in _ASKING else ""
        if norm in _VERBS_BETWEEN:
            return ""
        seen += 1
        k -= 1
    return ""


def construction_reading(doc: Doc, match: Match) -> str:
    """Why this single-word modal sits in a construction that softens no claim ('' if it may hedge)."""
    return option_then_would(doc, match) or denied_could(doc, match) or elliptic_who_could(doc, match) \
        or money_could_fund(doc, match) or distant_how_could(doc, match)
