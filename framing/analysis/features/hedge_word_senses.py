"""Non-modal hedge words in a sense that softens no claim, ninth pass (read on the AllSides dev corpus; the
session-29 fresh draw and the independent readers of the eighth pass judged the first of each kind wrong).

The hedging feature's ``reader_hedge`` asks :func:`plain_word_sense` (through :mod:`.hedge_readings`), so
the WikiWeasel figures and the learned filter are left as they are. It returns why the match is no hedge
('' if it may be one):

* "apparent" meaning evident: "became apparent", "is readily apparent", "it was apparent that": the
  writer says a thing is plain to see; "an apparent truce", "in apparent response", "it's not readily
  apparent what it will achieve" (unclear) stay;
* "more generally", "more broadly": a connective or a widened scope ("liberals more broadly"), not a
  generalisation softened;
* "widely" of a reception: "widely known", "a widely criticized order", "not widely accepted", "widely
  credited with": how many knew or judged, asserted; "widely expected", "widely seen as", "widely used"
  stay;
* "broadly" of an extent or a reading (twelfth pass): "broadly popular", "a broadly shared prosperity",
  "defined broadly", "can the plan be broadly construed as", "if the justices rule broadly": stated, not a
  softened claim; "broadly speaking", "broadly agreed", "Democrats broadly would like" stay;
* "considered" of a choice weighed or a status: "Congress never considered his plan", "they've considered
  a host of threats" (active: weighed), "cannot be considered a serious regulation", "will be
  considered an unexcused absence" (counts as), "are considered in court opinions" (deliberated); "is
  widely considered", "is considered a rising star", "could be considered a bribe" stay;
* "unverified" / "unconfirmed" as a charge: "totally unverified", "unverified, unvetted document", "all
  unconfirmed and unsourced": the writer condemns a document or reporting; "unverified reports that"
  stay;
* "dubious" before a noun: "dubious emails", "of dubious legality": a judgement (like "questionable");
  "Dubious." as an answer, "dubious that" stay;
* "tentative" before a noun: "a tentative agreement", "tentative legal status": provisional, stated;
* "unlikely" before a noun with "a"/"an"/a possessive or none: "an unlikely alliance", "achieved
  unlikely victories": surprising, an evaluation; "is unlikely to", "the unlikely introduction of" stay;
* "unsure" / "uncertain" of people (twelfth pass): "42 percent are unsure who to believe", "leaving Beltway
  types uncertain about", "officials were unsure about whether": someone's state of mind reported (readers:
  "describes people's uncertainty, no hedge"); "the fate of the bill remains highly uncertain" (a thing)
  and "I'm unsure whether" (the speaker's own doubt) stay;
* "doubt (that)" denied or asked away (twelfth pass): "I don't think there's any doubt that", "he doesn't
  doubt that", "few who doubt that", "Can anyone doubt that": certainty asserted; "some researchers doubt
  that conclusion", "Obama seemed to doubt that" stay;
* literal partiality: "relied in part on accounts", "indicted in part for", "based in part on";
  "partially redacted", "partially shut down", "to partially withdraw": a part of an action done, not a
  softened claim; "in part because", "partially to blame", "partially true" stay;
* appearance against reality: "What seemed like another shooting — was" ("what appeared to be a
  subgroup" stays), "at least on the surface,
  appeared to be", "eager to appear to be acting": the look is set against what is, or sought; "he
  seemed to forget" stays.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .hedge_modal_options import looking_well_or_ill
from .lexical import word_after, word_before

_BE_OR_BECOME: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "become",
                                  "particularly", "plainly",
                                  "became", "becomes", "becoming", "remain", "remains", "remained", "readily",
                                  "immediately", "quickly", "clearly", "all", "too", "more", "increasingly",
                                  "already", "painfully", "abundantly", "especially", "very", "obvious",
                                  "seem", "seems", "seemed", "made"})
_NEGATIONS: Final = frozenset({"not", "n't", "never", "won't", "isn't", "wasn't", "hardly", "no"})
_NEGATION_REACH: Final = 4
# after a predicative "apparent": the clause goes on ("apparent that", "apparent when", "apparent to all")
_AFTER_EVIDENT: Final = frozenset({"", "that", "when", "to", "in", "from", "at", "as", "after", "what", "how",
                                   "why", "by", "now", "once", "since", "because", "and", "but", "even", "on"})
# a reception known or judged ("widely known", "a widely criticized order", "widely credited with"); "widely
# accepted", "widely expected", "widely used", "widely reported as" are left (WikiWeasel's annotators take
# them as weasels: setting "expected / accepted / recognized" aside lowered the agreement, 0.460 -> 0.459)
_RECEPTION: Final = frozenset({"known", "criticized", "criticised", "praised", "condemned", "derided", "panned",
                               "mocked", "ridiculed", "lauded", "denounced", "celebrated", "acclaimed", "credited"})
# "broadly popular", "a broadly shared prosperity", "broadly incorrect": how far a thing extends, stated
_BROAD_EXTENTS: Final = frozenset({"popular", "unpopular", "shared", "enjoyed", "credited", "incorrect", "supported",
                                   "available", "applicable", "bipartisan"})
# "defined broadly", "broadly construed", "rule broadly": how widely a text or a rule is read
_READING_VERBS: Final = frozenset({"defined", "define", "defines", "construed", "construe", "interpreted",
                                   "interpret", "interprets", "read", "written", "worded", "drawn", "drafted",
                                   "rule", "ruled", "ruling", "applied", "apply"})
_NOT_PASSIVE_BEFORE: Final = frozenset({"have", "has", "had", "'ve", "never", "publicly", "seriously", "once",
                                        "briefly", "reportedly", "privately", "they", "he", "she", "we", "i",
                                        "team", "congress", "campus", "administration", "committee"})
_DEONTIC_BE: Final = frozenset({"cannot", "can't", "couldn't", "not", "will", "should", "shall", "won't",
                                "shouldn't", "must"})
_BETWEEN_MODAL_AND_BE: Final = frozenset({"even", "also", "still", "really", "necessarily", "ever", "properly",
                                          "fairly", "reasonably", "truly", "simply", "just"})
_DELIBERATED_AFTER: Final = frozenset({"in", "under", "during", "at", "before", "for"})
_CHARGE_WORDS: Final = frozenset({"totally", "completely", "entirely", "wholly", "utterly", "all", "unvetted",
                                  "unsourced", "unsubstantiated", "uncorroborated", "anonymous", "scurrilous",
                                  "salacious", "lurid", "bogus", "wild", "fake"})
_CHARGED: Final = frozenset({"unverified", "unconfirmed"})
_DOUBT_GOES_ON: Final = frozenset({"of", "about", "that", "whether", "if", "and", "or", "but", "at", "to", "as"})
_SURPRISE_BEFORE: Final = frozenset({"a", "an", "his", "her", "their", "its", "our", "my", "somewhat", "achieved",
                                     "out", "such", "another", "most", "these", "this"})
_NOT_NOUN_AFTER: Final = frozenset({"to", "that", "as", "in", "for", "and", "or", "but", "at", "from", "by",
                                    "than", "enough", "if", "because", "given", "with", "since", "when", "though",
                                    "now", "yet", "at", "is", "was", "be", "will", "would", "on", "this", "the"})
# verbs whose "in part" is a literal share of what was done ("relied in part on", "indicted in part for")
_PARTIAL_ACTS: Final = frozenset({"rely", "relies", "relied", "relying", "indicted", "charged", "convicted",
                                  "sentenced", "based", "funded", "financed", "owned", "settled", "paid", "dealt",
                                  "written", "filmed", "built", "covered", "paid", "looked", "sought", "drawn",
                                  "modeled", "modelled"})
# what is done in part ("partially redacted", "to partially withdraw"): a part of an action, not a doubt
_PARTIAL_ACTIONS: Final = ("redact", "shut", "cover", "conceal", "own", "reopen", "withdraw", "burn", "restor",
                           "meet", "limit", "compensat", "revers", "strik", "disconnect", "defi", "defy",
                           "clos", "lift", "block", "fund", "financ", "collaps", "paralyz", "destroy",
                           "damag", "submerg", "repeal", "compl", "obscur", "blind", "melt", "fill", "paid",
                           "pay", "refund", "sunk", "sank", "built", "rebuilt", "demolish", "evacuat", "flood")
_PARTIAL_EXACT: Final = frozenset({"end", "ended", "ending", "ends", "open", "opened", "opening", "opens"})
_SEEMING: Final = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared"})
_IMAGE_WANTS: Final = frozenset({"eager", "anxious", "careful", "keen", "want", "wants", "wanted", "wanting",
                                 "trying", "tried", "try", "tries", "desperate", "determined", "hoping", "hoped",
                                 "seeking", "sought", "wish", "wished", "like", "afraid", "loath", "reluctant"})
_SURFACE_REACH: Final = 8  # words looked back for "on the surface" / "at first glance"


def _evident_apparent(doc: Doc, first: int) -> str:
    before, after = word_before(doc, first), word_after(doc, first)
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - _NEGATION_REACH)
    if any(doc.norms[k] in _NEGATIONS or doc.norms[k].endswith("n't") for k in range(lo, first)):
        return ""  # "it's not readily apparent what the truce will achieve": unclear, a hedge
    if before in _BE_OR_BECOME and after in _AFTER_EVIDENT:
        return "became apparent / it is apparent that: evident, not a softened claim"
    return ""


def _considered_not_consensus(doc: Doc, match: Match) -> str:
    words = match.entry.words
    first = match.first + len(words) - 1  # the "considered" of "is considered" too
    before, after = word_before(doc, first), word_after(doc, first)
    if after in _DELIBERATED_AFTER and words == ("considered",) or (len(words) > 1 and after in ("in", "under")):
        return "considered in court opinions / under regular order: deliberated, not a consensus softened"
    if words != ("considered",):
        return ""
    if before == "be":
        j = first - 2
        while j > 0 and doc.is_word[j] and doc.norms[j] in _BETWEEN_MODAL_AND_BE:
            j -= 1
        if j >= 0 and doc.is_word[j] and (doc.norms[j] in _DEONTIC_BE or doc.norms[j].endswith("n't")):
            return "cannot be considered / will be considered: counts as, not a softened claim"
        return ""
    if before in _NOT_PASSIVE_BEFORE or before.endswith("'ve") or (
            before and doc.tokens[first - 1][:1].isupper() and before != "i" and first >= 2 and doc.is_word[first - 2]):
        return "they've considered a host of threats / Congress never considered: weighed, not a consensus"
    return ""


def _charged_unverified(doc: Doc, first: int) -> str:
    lo, hi = max(0, first - 3), min(len(doc.tokens), first + 4)
    if any(doc.is_word[k] and doc.norms[k] in _CHARGE_WORDS and k != first for k in range(lo, hi)):
        return "totally unverified, unvetted: a charge against a document or reporting, not a softened claim"
    return ""


def _attributive(doc: Doc, first: int) -> bool:
    """Is the word at ``first`` followed by a word that may be the noun it qualifies?"""
    after = word_after(doc, first)
    return bool(after) and after not in _NOT_NOUN_AFTER and not after.endswith("ly")


def _partial_action(doc: Doc, match: Match) -> str:
    words, first = match.entry.words, match.first
    if words == ("in", "part"):
        if word_before(doc, first) in _PARTIAL_ACTS:
            return "relied in part on / indicted in part for: a share of what was done, not a softened claim"
        return ""
    after = word_after(doc, first)
    if after and (after.startswith(_PARTIAL_ACTIONS) or after in _PARTIAL_EXACT):
        return "partially redacted / partially shut down: a part of an action, not a softened claim"
    return ""


def _appearance_against_reality(doc: Doc, first: int) -> str:
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    before = word_before(doc, first)
    if before == "what" and word_after(doc, first) == "like" and (first < 2 or not is_word[first - 2]
                                                               or norms[first - 2] in ("but", "and")):
        return "What seemed like another shooting — was: the look set against what is, not a softened claim"
    if before == "to" and word_before(doc, first - 1) in _IMAGE_WANTS:
        return "eager to appear to be acting: an image sought, not a softened claim"
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - _SURFACE_REACH)
    for k in range(first - 1, lo, -1):
        if norms[k] == "surface" and norms[k - 1] == "the" and k >= 2 and norms[k - 2] == "on":
            return "on the surface, appeared to be: the look set against what is, not a softened claim"
        if norms[k] == "glance" and norms[k - 1] == "first":
            return "at first glance seemed: the look set against what is, not a softened claim"
        if tokens[k] in (";", ".", "?", "!"):
            break
    return ""


# subjects and heads that are people (their state of mind reported: "42 percent are unsure who to believe",
# "leaving Beltway types uncertain about", "uncertain conservatives")
_PEOPLE: Final = frozenset({"he", "she", "they", "them", "him", "her", "percent", "%", "voters", "people", "types",
                            "respondents", "officials", "official", "leaders", "members", "americans", "democrats",
                            "republicans", "conservatives", "liberals", "investors", "residents", "women", "men",
                            "others", "many", "some", "most", "who", "researchers", "experts", "economists"})
_STATE_LINKS: Final = frozenset({"are", "is", "was", "were", "'re", "remain", "remains", "remained", "still", "left",
                                 "leaving", "leave", "felt", "feel", "feels", "seem", "seemed", "either", "or",
                                 "saying", "said", "say", "they're", "also", "very", "highly", "somewhat", "be",
                                 "been", "being"})
_FIRST_PERSON: Final = frozenset({"i", "we", "i'm", "we're", "me", "us"})
_STATE_REACH: Final = 4  # words back over the copula and degree words to the person


def _persons_state(doc: Doc, first: int) -> str:
    """Why "unsure" / "uncertain" reports someone's state of mind ('' if it may soften a claim). A first
    person ("I'm unsure whether") is the speaker's own doubt and stays."""
    norms, is_word = doc.norms, doc.is_word
    if norms[first] == "uncertain" and word_after(doc, first) in _PEOPLE:
        return "uncertain conservatives: people's state of mind described, not a softened claim"
    lo = doc.sentences[doc.sentence_of[first]].first
    k, seen = first - 1, 0
    while k >= lo and seen < _STATE_REACH:
        if not is_word[k]:
            if doc.tokens[k] != ",":
                break
            k -= 1
            continue
        if norms[k] in _FIRST_PERSON:
            return ""
        if norms[k] in _PEOPLE or norms[k].endswith(("ers", "ors", "ists", "ians")):
            return "42 percent are unsure / leaving voters uncertain: people's state of mind reported, not a " \
                   "softened claim"
        if norms[k] not in _STATE_LINKS:
            break
        seen += 1
        k -= 1
    if norms[first] == "unsure" and not any(norms[j] in _FIRST_PERSON or norms[j] in ("it", "it's", "that", "this")
                                            for j in range(max(lo, first - _STATE_REACH), first)):
        # ("unsure" is said of people only: "Rubio, unsure how to respond")
        return "Rubio, unsure how to respond: a person's state of mind described, not a softened claim"
    return ""


# a doubt denied or asked away: "there is no doubt that", "he doesn't doubt that", "few who doubt that", "Can
# anyone doubt that", "If there was any doubt that": certainty asserted (readers: "'no doubt that' is a
# booster, not hedge")
_DOUBT_DENIERS: Final = frozenset({"no", "not", "never", "zero", "few", "little", "without", "anyone", "anybody",
                                   "any", "nobody", "cannot", "hardly"})
_DOUBT_REACH: Final = 5  # words back from "doubt" ("I do not think there is any doubt that")


def _doubt_denied(doc: Doc, first: int) -> bool:
    lo = doc.sentences[doc.sentence_of[first]].first
    k, seen = first - 1, 0
    while k >= lo and seen < _DOUBT_REACH:
        if not doc.is_word[k]:
            if doc.tokens[k] in (",", ";", ":", "—", "–", "(", ")"):
                return False
            k -= 1
            continue
        norm = doc.norms[k]
        if norm in _DOUBT_DENIERS or norm.endswith("n't"):
            return True
        seen += 1
        k -= 1
    return False


def plain_word_sense(doc: Doc, match: Match) -> str:
    """Why a non-modal hedge word is used here in a sense that softens no claim ('' if it may hedge)."""
    words = match.entry.words
    first = match.first
    head = words[0]
    if words == ("apparent",):
        return _evident_apparent(doc, first)
    if words in (("generally",), ("broadly",)) and word_before(doc, first) == "more":
        return "more generally / more broadly: a connective or a widened scope, not a softened claim"
    if words == ("broadly",) and (word_after(doc, first) in _BROAD_EXTENTS or word_after(doc, first) in _READING_VERBS
                                  or word_before(doc, first) in _READING_VERBS):
        return "broadly popular / defined broadly / broadly construed: an extent or a reading stated, not a " \
               "softened claim"
    if words == ("widely",) and (word_after(doc, first) in _RECEPTION or word_before(doc, first) in ("not", "n't")):
        return "widely known / widely criticized: a reception asserted, not a softened claim"
    if words[-1] == "considered":
        return _considered_not_consensus(doc, match)
    if words in (("unverified",), ("unconfirmed",)) and head in _CHARGED:
        return _charged_unverified(doc, first)
    if words == ("dubious",) and word_after(doc, first) and word_after(doc, first) not in _DOUBT_GOES_ON:
        return "dubious emails / of dubious legality: a judgement, not a softened claim"
    if words == ("tentative",) and _attributive(doc, first):
        return "a tentative agreement / tentative legal status: provisional, stated, not a softened claim"
    if words == ("unlikely",) and word_before(doc, first) in _SURPRISE_BEFORE and _attributive(doc, first):
        return "an unlikely alliance / achieved unlikely victories: surprising, an evaluation, not a softened claim"
    if head == "doubt" and len(words) <= 2 and _doubt_denied(doc, first):
        return "there is no doubt that / he doesn't doubt that / can anyone doubt that: certainty asserted, not a " \
               "softened claim"
    if words in (("unsure",), ("uncertain",)):
        return _persons_state(doc, first)
    if words in (("in", "part"), ("partially",)):
        return _partial_action(doc, match)
    if len(words) <= 2 and head in _SEEMING:
        return _appearance_against_reality(doc, first) or looking_well_or_ill(doc, first)
    return ""
