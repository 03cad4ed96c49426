"""Non-modal hedge words that state a status, a manner or someone's stance, sixteenth pass (read on the
AllSides dev corpus; the independent readers of draws 4747 and 4848 and the session-36 fresh draw judged the
first of each kind wrong).

:mod:`.hedge_readings` asks :func:`stated_status_or_stance`, which returns why the match is no hedge ('' if
it may be one):

* "preliminary" before a report, a rating, a test or an answer: "a preliminary rating of EF-4", "according to
  preliminary testing data", "a preliminary report", "the court gave a preliminary answer": the status of a
  finding, stated (readers: "preliminary" wrong 4 of 4 in the draws); "preliminary evidence that", "some
  preliminary clues", "preliminary data show" (a finding offered as tentative) stay;
* "suggested" after a noun of a proposal: "the only proposal suggested so far", "the changes suggested":
  proposed, a participle, not a softened claim (readers: wrong in 4747, "suggested = proposed"); "a study
  suggested that" stays;
* "think highly / well / little of": esteem, not a softened opinion ("they think highly of the
  universities");
* "broadly" of an act of speech: "broadly criticized the government's campaign", "trying to broadly
  convey": in general terms, a manner, not a softened claim; "broadly agreed", "broadly speaking" stay;
* "unlikely" after a possessive, also with a coordination ("his unlikely but so-far successful quest"):
  surprising, an evaluation (readers: attributive "unlikely" wrong 2 of 2 in the draws); "he is unlikely
  to" stays;
* "dubious of / about" said of people: "why are they so dubious of a deal": someone's scepticism described
  (readers: wrong in 4747); "I'm dubious about" (the speaker's own doubt) stays;
* "falsely / wrongly claimed": the writer says the claim is false, a refutation, not a distance kept;
* "possible" in what a speculation or a rumour is about: "amid speculation of the possible meeting", "the
  talk of a possible test": the noun already says it is unconfirmed, "possible" only names the rumoured
  event (readers split 1-1 on the first); "a possible breach", "the possible exit of the chair" stay.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

# what "preliminary" gives a status to: a finding, a rating or a report issued ("preliminary evidence",
# "preliminary data", "preliminary results", "preliminary clues" are findings offered as tentative: left)
_STATUSED: Final = frozenset({"report", "reports", "rating", "ratings", "testing", "test", "tests", "answer",
                              "answers", "investigation", "investigations", "inquiry", "probe", "count",
                              "counts", "tally", "classification", "designation", "score", "scores", "verdict",
                              "determination", "decision", "list", "version", "draft", "ranking", "rankings"})
# nouns of a proposal, before a participle "suggested" ("the only proposal suggested so far")
_PROPOSALS: Final = frozenset({"proposal", "proposals", "plan", "plans", "idea", "ideas", "change", "changes",
                               "solution", "solutions", "remedy", "remedies", "fix", "fixes", "measure",
                               "measures", "option", "options", "alternative", "alternatives", "amendment",
                               "amendments", "name", "names", "compromise", "compromises", "reform", "reforms",
                               "step", "steps", "approach", "approaches", "candidates", "nominees", "route",
                               "routes", "edits", "revisions", "cuts"})
_CLAUSE_AFTER: Final = frozenset({"that", "the", "a", "an", "he", "she", "they", "it", "this", "we", "i"})
_ESTEEM: Final = frozenset({"highly", "well", "little", "less", "poorly", "fondly", "kindly", "ill", "better",
                            "worse", "much", "more", "lowly", "badly"})
# acts of speech whose "broadly" is their manner (in general terms)
_SPEECH_ACTS: Final = frozenset({"criticized", "criticised", "criticize", "criticise", "criticizing",
                                 "condemned", "condemn", "denounced", "denounce", "praised", "praise",
                                 "attacked", "described", "describe", "outlined", "outline", "sketched",
                                 "convey", "conveyed", "discussed", "discuss", "addressed", "address", "spoke",
                                 "speak", "talked", "talk", "referred", "alluded", "rebuked", "warned",
                                 "mentioned", "touched", "hinted", "summarized", "characterized"})
_POSSESSIVES: Final = frozenset({"his", "her", "their", "its", "our", "my", "your"})
_JOINS: Final = frozenset({"but", "and", "yet", "if"})
_SCEPTIC_FIRST_PERSON: Final = frozenset({"i", "i'm", "we", "we're", "me", "us"})
_FALSELY: Final = frozenset({"falsely", "wrongly", "erroneously", "incorrectly", "baselessly", "inaccurately",
                             "fraudulently", "spuriously", "mistakenly", "bogusly"})
_CLAIMS: Final = frozenset({"claimed", "claims", "claim", "claiming"})
_RUMOURS: Final = frozenset({"speculation", "talk", "rumors", "rumours", "rumor", "rumour", "chatter",
                             "whispers", "gossip", "buzz"})
_ABOUT: Final = frozenset({"of", "about", "over", "on", "surrounding", "regarding"})
_ARTICLES: Final = frozenset({"a", "an", "the"})
_SCEPTIC_REACH: Final = 4  # words back from "dubious" for a first person ("I remain very dubious")


def _first_person_near(doc: Doc, first: int) -> bool:
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - _SCEPTIC_REACH)
    return any(doc.is_word[k] and doc.norms[k] in _SCEPTIC_FIRST_PERSON for k in range(lo, first))


def _rumoured_possible(doc: Doc, first: int) -> bool:
    """"speculation of the possible confab", "talk of a possible test": the rumour noun three words back."""
    if first < 3 or not all(doc.is_word[k] for k in range(first - 3, first)):
        return False
    norms = doc.norms
    return norms[first - 1] in _ARTICLES and norms[first - 2] in _ABOUT and norms[first - 3] in _RUMOURS


def stated_status_or_stance(doc: Doc, match: Match) -> str:
    """Why a non-modal hedge word states a status, a manner or a stance here ('' if it may hedge)."""
    words = match.entry.words
    first = match.first
    head = words[0]
    if words == ("preliminary",) and word_after(doc, first) in _STATUSED:
        return "a preliminary rating / report / testing data: the status of a finding, stated, not a softened claim"
    if words == ("suggested",) and word_before(doc, first) in _PROPOSALS \
            and word_after(doc, first) not in _CLAUSE_AFTER:
        return "the only proposal suggested so far: proposed, a participle, not a softened claim"
    last = first + len(words) - 1  # the "think" of "I think" too
    if words[-1] in ("think", "thinks", "thought") and word_after(doc, last) in _ESTEEM \
            and word_after(doc, last + 1) == "of":
        return "think highly of: esteem, not a softened opinion"
    if words == ("broadly",) and (word_after(doc, first) in _SPEECH_ACTS or word_before(doc, first) in _SPEECH_ACTS):
        return "broadly criticized / broadly convey: in general terms, a manner, not a softened claim"
    if words == ("unlikely",) and word_before(doc, first) in _POSSESSIVES:
        return "his unlikely (but successful) quest: surprising, an evaluation, not a softened claim"
    if words == ("dubious",) and word_after(doc, first) in ("of", "about") and not _first_person_near(doc, first):
        return "so dubious of a deal: people's scepticism described, not a softened claim"
    if head in _CLAIMS and word_before(doc, first) in _FALSELY:
        return "falsely claimed that: the writer refutes the claim, not a distance kept"
    if words == ("possible",) and _rumoured_possible(doc, first):
        return "speculation of the possible meeting: the rumoured event named, the noun says it is unconfirmed"
    return ""
