"""Report verbs whose object or complement makes them an act, not words (curated by reading the AllSides dev
corpus, readers' judgments of the ninth pass, draws 1919 and 2020, and the own reading of the tenth pass,
seed 3030): control or power asserted ("asserting state control over local governments", "Congress asserts
itself on foreign policy"), results or people recalled ("the state party recalled some results", "has
recalled workers"), a request or an application rejected ("Klein rejected the student's request", "rejects 75
percent of the students who apply"; a court's refusal is a ruling and stays), a fight or a change embraced
("his allies are embracing a fight with the media"), a response by a deed ("Authorities responded by ordering
protesters to clear the streets", "Beijing responded by scrambling fighter jets"), a slam that is a blow
("Trump slammed his hand on the table", "the door slammed shut", "body slamming a reporter"), hardship
contended with ("residents have contended with dust and pollution") and people exposed to a harm ("the river
water exposed Flint residents to lead"), a case argued in court ("argued several cases before the Supreme
Court"; own reading of the eleventh pass) and a thing endangered ("threatened national security", "is
threatening the power of neoconservatives"); fourteenth pass (own reading of seed 3838): a citation for an offence
("OSHA cited the plant with 10 serious violations", "police cited him for speeding").
"asserted that ...", "recalled a menacing conversation", "rejected the idea that ...", "has embraced a $12
minimum wage", "responded by calling Jordan's response a deliberate deflection", "slammed the decision as a
tragedy", "contends that ...", "cited a ProPublica article", "cited concerns", "exposed how the scheme worked" stay cues: they report what a source said or
holds. :func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with the verbs of acting, so that
``framing evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

import functools
from typing import Final

from ...lexicons import load_lexicon
from ...text import Doc

# words after the verb in which its object's noun comes ("asserting state control", "recalled some results")
_NEAR: Final = 3
_REACH: Final = 6  # ... and after "reject", past a quantity ("rejected many of Mr. Issa's requests")
# what stops the search for the object: a clause or a quotation opens, the object is words
_STOPS: Final = frozenset({"that", "whether", ",", ";", ":", "“", '"', "—", "–", "as"})

_ASSERT: Final = frozenset({"assert", "asserts", "asserted", "asserting"})
_CONTROL: Final = frozenset({"control", "authority", "power", "powers", "jurisdiction", "dominance", "sovereignty",
                             "supremacy", "influence", "leadership", "independence", "itself", "himself", "herself",
                             "themselves"})
_RECALL: Final = frozenset({"recall", "recalls", "recalled", "recalling"})
_RECALLED_THINGS: Final = frozenset({"results", "ballots", "workers", "employees", "staff", "ambassador",
                                     "ambassadors", "envoy", "envoys", "diplomats", "products", "vehicles", "cars",
                                     "troops", "units", "shipments", "lots", "batches"})
_REJECT: Final = frozenset({"reject", "rejects", "rejected", "rejecting"})
# what one applies for, and who applies: refusing it is a deed ("denied the request" is read in ``cues``)
_APPLIED_FOR: Final = frozenset({"request", "requests", "application", "applications", "applicant", "applicants",
                                 "petition", "petitions", "subpoena", "subpoenas", "permit", "permits", "visa", "visas",
                                 "students", "ad", "ads", "bid", "bids", "attempts", "nomination", "nominee"})
# a court's refusal is a ruling, a view of the law (PolNeAR annotates it: "the Supreme Court rejected a request
# from Democrats", "A judge has rejected a media request")
_COURTS: Final = frozenset({"court", "courts", "judge", "judges", "justice", "justices", "panel", "tribunal"})
_EMBRACE: Final = frozenset({"embrace", "embraces", "embraced", "embracing"})
# (fifteenth pass, own reading of seed 4545 and draw 2929's "has never embraced one particular political ideology":
# an identity or a label taken on, "embraces that outsider persona")
_EMBRACED_DEEDS: Final = frozenset({"fight", "battle", "change", "changes", "role", "technology", "tactic", "tactics",
                                    "strategy", "practice", "persona", "image", "identity", "label", "brand", "mantle",
                                    "moniker", "nickname", "ideology", "style", "lifestyle"})
_RESPOND: Final = frozenset({"respond", "responds", "responded", "responding"})
# gerunds of words the report-verb lexicon lists only in other forms ("responded by writing that ...")
_MORE_SPEECH: Final = frozenset({"writing", "posting", "issuing", "asking", "mocking", "lashing", "joking", "quipping",
                                 "questioning", "criticizing", "criticising", "repeating", "reiterating", "denouncing",
                                 "condemning", "praising", "thanking", "apologizing", "apologising", "explaining",
                                 "using", "pointing", "referring", "recalling", "invoking", "quoting", "echoing"})
_SLAM: Final = frozenset({"slam", "slams", "slammed", "slamming"})
# what is slammed or where, when a slam is a blow: "slammed shut", "slammed his hand on the table"
_STRUCK: Final = frozenset({"shut", "into", "door", "doors", "hand", "hands", "fist", "fists", "brakes", "phone"})
_CONTEND: Final = frozenset({"contend", "contends", "contended", "contending"})
_EXPOSE: Final = frozenset({"expose", "exposes", "exposed", "exposing"})


def _blow(doc: Doc, k: int) -> bool:
    """"slammed shut", "slammed his hand on the table", "slamming the door on", "body slamming": a blow."""
    return k > 0 and doc.norms[k - 1] == "body" or _object_in(doc, k, _STRUCK)


def _exposed_to(doc: Doc, k: int) -> bool:
    """"exposed Flint residents to lead", "exposing workers to the virus": people put in harm's way."""
    norms = doc.norms
    end = min(len(norms), doc.sentences[doc.sentence_of[k]].stop, k + 6)
    for j in range(k + 2, end):
        if norms[j] in _STOPS or doc.tokens[j] in _STOPS:
            return False
        if norms[j] == "to":
            return True
    return False


def _refusal_by_official(doc: Doc, k: int) -> bool:
    """"Klein rejected the student's request", "the FBI has rejected many of Mr. Issa's requests", "rejects 75
    percent of the students who apply": a request or an application refused; not by a court (a ruling)."""
    norms = doc.norms
    if any(norms[j] in _COURTS for j in range(max(0, k - _REACH), k)):
        return False
    return _object_in(doc, k, _APPLIED_FOR, _REACH)


def _embraced_deed(doc: Doc, k: int) -> bool:
    """"embracing a fight with the media", "embraces that outsider persona" (the demonstrative, not a clause),
    "has never embraced one particular political ideology": a fight, a role or a label taken on."""
    if k + 1 < len(doc.norms) and doc.norms[k + 1] == "that":
        k += 1
    return _object_in(doc, k, _EMBRACED_DEEDS, 4)


def _object_in(doc: Doc, k: int, nouns: frozenset[str], reach: int = _NEAR) -> bool:
    """Is a word of ``nouns`` the object of the verb at ``k``, within ``reach`` words and before any clause?"""
    norms, tokens = doc.norms, doc.tokens
    end = min(len(norms), doc.sentences[doc.sentence_of[k]].stop, k + 1 + reach)
    for j in range(k + 1, end):
        if norms[j] in _STOPS or tokens[j] in _STOPS:
            return False
        if norms[j] in nouns:
            return True
    return False


@functools.cache
def _words_of_speech() -> frozenset[str]:
    """Gerunds of report verbs that are words, not deeds ("saying", "calling", "telling", "demanding"): the
    report-verb lexicon less the verbs of acting ("ordering")."""
    acting = frozenset(e.term for e in load_lexicon("acting_verbs").entries if e.category == "acting")
    return frozenset(e.term for e in load_lexicon("report_verbs").entries
                     if " " not in e.term and e.term.endswith("ing") and e.term not in acting)


def _response_by_deed(doc: Doc, k: int) -> bool:
    """"responded by ordering protesters to clear the streets", "responded by scrambling fighter jets": the
    response is a deed; "responded by saying", "responded by calling him a liar", "by tweeting that" stay."""
    norms = doc.norms
    n = len(norms)
    if k + 2 >= n or norms[k + 1] != "by":
        return False
    gerund = norms[k + 2]
    return doc.is_word[k + 2] and gerund.endswith("ing") and len(gerund) > 4 and gerund not in _words_of_speech() \
        and gerund not in _MORE_SPEECH


_ARGUE: Final = frozenset({"argue", "argues", "argued", "arguing"})
_CASES: Final = frozenset({"case", "cases"})
# what follows a case argued in court ("argued the case on behalf of", "argued several cases before the Court")
_AFTER_CASE: Final = frozenset({"on", "before", "for", "in", "at", "earlier", "last", "this", "and", ".", ","})


def _case_argued(doc: Doc, k: int) -> bool:
    """"argued the case on behalf of Hawaii", "has argued dozens of cases before the Supreme Court": a lawyer's
    work in court; "argued the case should be sent back" (a clause) stays."""
    norms, tokens = doc.norms, doc.tokens
    n = min(len(norms), doc.sentences[doc.sentence_of[k]].stop)
    for j in range(k + 1, min(n, k + 5)):
        if norms[j] in _CASES:
            return j + 1 >= n or norms[j + 1] in _AFTER_CASE or tokens[j + 1] in _AFTER_CASE
        if norms[j] in _STOPS or tokens[j] in _STOPS:
            return False
    return False


_THREATEN: Final = frozenset({"threaten", "threatens", "threatened", "threatening"})
# what a thing or an event endangers ("threatened national security", "threaten the future of ObamaCare")
_ENDANGERED: Final = frozenset({"security", "future", "power", "democracy", "health", "safety", "lives", "life",
                                "livelihoods", "livelihood", "existence", "stability", "role", "rights", "aspirations",
                                "investigation", "economy", "independence", "freedom", "freedoms", "jobs",
                                "credibility", "viability", "survival", "majority", "recovery", "integrity",
                                "legitimacy", "prospects", "chances", "group", "values", "way", "environment"})


def _endangers(doc: Doc, k: int) -> bool:
    """"activities abroad threatened national security", "could threaten the future of ObamaCare", "is
    threatening the power of neoconservatives": to endanger; "threatened a veto", "threatens Twitter with
    regulation", "threatened to shut down the border" stay (a threat made)."""
    norms = doc.norms
    end = min(len(norms), doc.sentences[doc.sentence_of[k]].stop, k + 6)
    for j in range(k + 1, end):
        if norms[j] in ("with", "to", "if", "unless") or norms[j] in _STOPS or doc.tokens[j] in _STOPS:
            return False
        if norms[j] in _ENDANGERED:
            return not (j + 1 < len(norms) and norms[j + 1] == "with")
    return False


_CITE: Final = frozenset({"cite", "cites", "cited", "citing"})
_OFFENCES: Final = frozenset({"violation", "violations", "infraction", "infractions", "speeding", "trespassing",
                              "littering", "offense", "offenses", "offence", "offences", "misdemeanor", "violating",
                              "failing", "failure", "loitering"})
_CITE_REACH: Final = 8  # words after "cited" in which "for"/"with" and the offence come


def _cited_for_offence(doc: Doc, k: int) -> bool:
    """"cited the plant with 10 serious violations", "was cited for speeding": a summons, not a source cited."""
    norms, tokens = doc.norms, doc.tokens
    end = min(len(norms), doc.sentences[doc.sentence_of[k]].stop, k + 1 + _CITE_REACH)
    prep = -1
    for j in range(k + 1, end):
        if tokens[j] in _STOPS or norms[j] in _STOPS:
            return False
        if norms[j] in ("for", "with") and prep < 0:
            prep = j
        elif prep >= 0 and norms[j] in _OFFENCES:
            return True
    return False


def object_makes_an_act(doc: Doc, first: int, stop: int) -> bool:
    """Does the cue ``[first, stop)`` end in a report verb whose object makes it an act: control asserted,
    results recalled, a request rejected, a fight embraced, a response by a deed, a blow, hardship contended
    with, people exposed to a harm, a citation for an offence?"""
    k = stop - 1
    while k > first and not doc.is_word[k]:
        k -= 1
    w = doc.norms[k]
    return w in _ASSERT and _object_in(doc, k, _CONTROL) or w in _RECALL and _object_in(doc, k, _RECALLED_THINGS) \
        or w in _REJECT and _refusal_by_official(doc, k) or w in _EMBRACE and _embraced_deed(doc, k) \
        or w in _RESPOND and _response_by_deed(doc, k) or w in _SLAM and _blow(doc, k) \
        or w in _CONTEND and k + 1 < len(doc.norms) and doc.norms[k + 1] == "with" \
        or w in _EXPOSE and _exposed_to(doc, k) or w in _ARGUE and _case_argued(doc, k) \
        or w in _THREATEN and _endangers(doc, k) or w in _CITE and _cited_for_offence(doc, k)
