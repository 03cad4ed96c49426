"""Booster words that describe a manner, a speaker's plainness, a kind of work or a turn of events, not the
certainty of a claim (fourteenth pass: read in the session-34 fresh draw and the judgments of draws 3131/3535 on
the AllSides dev corpus):

- a certainty adverb as the manner of a verb of speaking or pronouncing ("spoke categorically about", "would
  pronounce authoritatively and unquestionably", "the Bible speaks really clearly about", "is laying out
  clearly"): how someone spoke (:mod:`.booster_statement_readings` reads "say this clearly" for "clearly");
- "clearly" before a word of sight or marking ("before the virus is clearly visible", "an outfit that would
  clearly mark them as officers"): visibility, not certainty;
- "clear" said of a speaker or a court ("the judge was very clear that he was not commenting", "they were
  pretty clear with McDonough", "the court was very clear in North Carolina"): how plainly someone spoke
  (:mod:`.boosters` already reads pronouns and plural people this way before "that"/"about");
- "loud and clear": an idiom of a message heard, not certainty;
- "really" before an uncertainty ("I'm really not sure"): stresses the doubt;
- "proved" before a noun of an outcome ("proved the undoing of lesser candidacies") or a reflexive ("has
  proved himself a wily politician"): turned out, showed to be (:mod:`.booster_readings` reads "proved civil");
- "definitive" of a work ("McCain's definitive telling", "the definitive biography") or after "sounds"
  ("that sounds pretty definitive"): authoritative or a described tone, no certainty asserted;
- "too early / too soon to draw a definitive conclusion": the certainty is denied;
- "clear" as a verb after "to" or a modal, before its object ("only able to clear about half of the valley",
  "will clear the way"; fifteenth pass, session-35 fresh draw): to remove or to pass, no certainty asserted;
- "emphatically" between a form of "be" and a participle ("should be emphatically promoted"): the manner of an
  act, no certainty asserted ("is emphatically not", "want to be emphatically clear" stay).

"The law clearly says", "it is clear that", "has proved that", "definitive proof" stay.
"""
from __future__ import annotations

from typing import Final

from ..text import Doc
from .lexical import OPENING_QUOTES, words_back

_CLAUSE_ENDS: Final = frozenset({",", ";", ":", "—", "–", ".", "!", "?", "(", ")"})
_MANNER_ADVERBS: Final = frozenset({"clearly", "categorically", "unquestionably", "unequivocally", "definitively",
                                    "plainly", "unambiguously", "emphatically"})
_SPEAKING: Final = frozenset({"speak", "speaks", "spoke", "spoken", "speaking", "pronounce", "pronounces",
                              "pronounced", "pronouncing", "declare", "declares", "declared", "declaring", "ruled",
                              "lay", "lays", "laid", "laying", "reject", "rejects",
                              "rejected", "rejecting", "deny", "denies", "denied", "denying", "condemn", "condemns",
                              "condemned", "condemning", "answered", "answering",
                              "replied", "talk", "talked", "talking", "testify", "testified", "assert",
                              "asserted", "asserts"})
# between the verb and the manner adverb: "speaks really clearly", "laying out clearly", "pronounce
# authoritatively and unquestionably"
_BETWEEN_SPEAKING: Final = frozenset({"really", "very", "so", "quite", "most", "more", "out", "and", "both", "often",
                                      "always", "repeatedly", "publicly", "firmly"})
# ("clearly see that", "clearly seen in the data" stay: someone's evident grasp or the evidence)
_SIGHT: Final = frozenset({"visible", "visibly", "audible", "legible", "mark", "marks", "marked",
                           "marking", "label", "labels", "labeled", "labelled", "displayed", "displays", "display",
                           "lit", "printed", "posted", "signposted", "signed", "outlined", "delineated", "readable", "noticeable", "recognizable", "recognisable", "distinguishable"})
_DEGREE: Final = frozenset({"very", "pretty", "quite", "so", "abundantly", "crystal", "perfectly", "extremely",
                            "fairly", "really", "absolutely", "always", "also"})
_COPULAS: Final = frozenset({"was", "were", "is", "are", "been", "be", "has", "have", "had"})
# who is "clear" when the word tells how plainly they spoke
_SPEAKER_NOUNS: Final = frozenset({"judge", "judges", "court", "courts", "justice", "justices", "president",
                                   "governor", "senator", "mayor", "official", "officials", "spokesman",
                                   "spokeswoman", "spokesperson", "secretary", "chairman", "chairwoman", "leader",
                                   "leaders", "administration", "department", "ministry", "agency", "minister",
                                   "director", "commissioner", "attorney", "lawyer", "lawyers", "prosecutor",
                                   "prosecutors", "they", "he", "she", "we", "i", "you", "senators", "lawmakers"})
_AFTER_SPEAKER_CLEAR: Final = frozenset({"that", "with", "about", "in", "on", "to", "from", "when", "throughout"})
_UNCERTAIN: Final = frozenset({"sure", "certain", "clear", "convinced", "know", "knowing", "positive", "confident"})
_PROVED: Final = frozenset({"proved", "proves", "proven"})
_OUTCOME_NOUNS: Final = frozenset({"undoing", "downfall", "turning", "catalyst", "exception", "breaking", "death",
                                   "tipping", "beginning", "end", "difference", "deciding", "spark", "ruin",
                                   "salvation", "savior", "saviour", "nemesis", "stumbling", "bane", "high", "low",
                                   "highlight", "lowlight", "linchpin", "centerpiece", "cornerstone"})
_REFLEXIVES: Final = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself",
                                "yourselves"})
_WORKS: Final = frozenset({"account", "accounts", "telling", "history", "histories", "biography", "biographies",
                           "book", "books", "guide", "guides", "edition", "editions", "work", "works", "version",
                           "versions", "treatment", "study", "studies", "text", "texts", "record", "recording",
                           "recordings", "collection", "source", "sources", "portrait", "reference", "list",
                           "performance", "memoir", "chronicle", "narrative", "retelling", "portrayal", "album",
                           "song", "film", "documentary", "volume", "dictionary", "encyclopedia", "catalogue",
                           "catalog", "interpretation", "exposition", "survey", "overview", "analysis"})
_SOUNDING: Final = frozenset({"sounds", "sound", "sounded", "sounding", "looks", "looked", "seems", "seemed"})


def manner_of_speaking(doc: Doc, first: int) -> bool:
    """A certainty adverb at ``first`` after a verb of speaking, up to three words back with only degree
    words, "out" or an "-ly and" between ("speaks really clearly", "pronounce authoritatively and
    unquestionably")?"""
    norms = doc.norms
    if norms[first] not in _MANNER_ADVERBS or first + 1 < len(norms) and norms[first + 1] == "that":
        return False
    for k in words_back(doc, first, 4, _CLAUSE_ENDS):
        if norms[k] in _SPEAKING:
            return True
        if norms[k] not in _BETWEEN_SPEAKING and not norms[k].endswith("ly"):
            return False
    return False


def clearly_of_sight(doc: Doc, first: int) -> bool:
    """"clearly visible", "clearly mark them": visibility or marking, not certainty."""
    return doc.norms[first] == "clearly" and first + 1 < len(doc.norms) and doc.norms[first + 1] in _SIGHT


def clear_of_a_speaker(doc: Doc, first: int) -> bool:
    """"the judge was very clear that", "they were pretty clear with McDonough": a speaker or a court that
    spoke plainly (the subject right before the copula, a degree word or two between)."""
    norms = doc.norms
    if norms[first] != "clear" or first + 1 >= len(norms) or norms[first + 1] not in _AFTER_SPEAKER_CLEAR:
        return False
    back = words_back(doc, first, 4, _CLAUSE_ENDS)
    i = 0
    while i < len(back) and norms[back[i]] in _DEGREE:
        i += 1
    if i >= len(back) or norms[back[i]] not in _COPULAS:
        return False
    i += 1
    while i < len(back) and norms[back[i]] in _COPULAS:
        i += 1
    return i < len(back) and norms[back[i]] in _SPEAKER_NOUNS


def loud_and_clear(doc: Doc, first: int) -> bool:
    """"loud and clear": an idiom of a message heard."""
    return doc.norms[first] == "clear" and first >= 2 and doc.norms[first - 1] == "and" \
        and doc.norms[first - 2] == "loud"


def really_uncertain(doc: Doc, first: int) -> bool:
    """"I'm really not sure", "really unsure": "really" stresses a doubt."""
    norms = doc.norms
    if norms[first] != "really" or first + 1 >= len(norms):
        return False
    nxt = norms[first + 1]
    if nxt in ("unsure", "uncertain", "unclear"):
        return True
    if nxt in ("not", "don't", "didn't", "doesn't") and first + 2 < len(norms):
        return norms[first + 2] in _UNCERTAIN
    return False


def proved_an_outcome(doc: Doc, first: int) -> bool:
    """"proved the undoing of", "proved a turning point", "has proved himself a wily politician": turned out
    or showed to be, no certainty asserted."""
    norms = doc.norms
    if norms[first] not in _PROVED or first + 2 >= len(norms):
        return False
    nxt = norms[first + 1]
    if nxt in _REFLEXIVES:
        return norms[first + 2] not in ("that", "wrong", "right")
    return nxt in ("the", "a", "an", "his", "her", "their", "its") and norms[first + 2] in _OUTCOME_NOUNS


def definitive_work(doc: Doc, first: int) -> bool:
    """"McCain's definitive telling", "the definitive biography", "that sounds pretty definitive": an
    authoritative work or a described tone, no certainty asserted."""
    norms = doc.norms
    if norms[first] != "definitive":
        return False
    if first + 1 < len(norms) and norms[first + 1] in _WORKS:
        return True
    back = words_back(doc, first, 2, _CLAUSE_ENDS)
    return any(norms[k] in _SOUNDING for k in back)


def too_early_for(doc: Doc, first: int) -> bool:
    """"too early to draw a definitive conclusion": "too early / too soon to" up to six words before, in the
    clause: the certainty is denied."""
    norms = doc.norms
    back = words_back(doc, first, 6, _CLAUSE_ENDS)
    return any(norms[k] in ("early", "soon", "premature") and k > 0 and norms[k - 1] == "too" for k in back) \
        or any(norms[k] == "premature" for k in back)


_BEFORE_VERB_CLEAR: Final = frozenset({"to", "will", "would", "can", "could", "may", "might", "should", "must",
                                       "did", "does", "do", "help", "helps", "helped"})
# the object of the verb "clear": a determiner, a number, a quantity or a particle ("clear the way", "clear about
# half of", "clear up")
_CLEAR_OBJECT_OPENERS: Final = frozenset({"the", "a", "an", "about", "up", "out", "away", "his", "her", "their",
                                          "its", "our", "my", "your", "this", "these", "those", "some", "all",
                                          "half", "most", "every", "both"})


def clear_as_a_verb(doc: Doc, first: int) -> bool:
    """"able to clear about half of the valley", "will clear the way": the verb, to remove or to pass."""
    norms = doc.norms
    if norms[first] != "clear" or first == 0 or first + 1 >= len(norms):
        return False
    after = norms[first + 1]
    return norms[first - 1] in _BEFORE_VERB_CLEAR and doc.is_word[first + 1] \
        and (after in _CLEAR_OBJECT_OPENERS or after[:1].isdigit())


_PARTICIPLE_ENDINGS: Final = ("ed", "en")


def emphatically_done(doc: Doc, first: int) -> bool:
    """"should be emphatically promoted": the manner of an act after "be", before a participle."""
    norms = doc.norms
    if norms[first] != "emphatically" or first + 1 >= len(norms) or not norms[first + 1].endswith(_PARTICIPLE_ENDINGS):
        return False
    before = first - 1
    if before > 0 and doc.tokens[before] in OPENING_QUOTES:  # should be "emphatically promoted"
        before -= 1
    return before >= 0 and norms[before] in ("be", "been", "being", "is", "are", "was", "were")


def manner_reading(doc: Doc, first: int) -> str:
    """Why the booster at ``first`` asserts no certainty here, by this module's readings ('' if it may)."""
    if manner_of_speaking(doc, first):
        return "spoke categorically / pronounce unquestionably: the manner of speaking, not certainty"
    if clearly_of_sight(doc, first):
        return "clearly visible / clearly mark: visibility, not certainty"
    if clear_of_a_speaker(doc, first):
        return "the judge was very clear that: how plainly someone spoke, not the writer's certainty"
    if loud_and_clear(doc, first):
        return "loud and clear: an idiom of a message heard"
    if really_uncertain(doc, first):
        return "really not sure: stresses a doubt"
    if proved_an_outcome(doc, first):
        return "proved the undoing / proved himself a politician: turned out, no certainty asserted"
    if definitive_work(doc, first):
        return "the definitive biography / sounds definitive: authoritative or a tone, no certainty asserted"
    if too_early_for(doc, first):
        return "too early to draw a definitive conclusion: the certainty is denied"
    if clear_as_a_verb(doc, first):
        return "able to clear half of the valley / will clear the way: the verb, no certainty asserted"
    if emphatically_done(doc, first):
        return "should be emphatically promoted: the manner of an act, no certainty asserted"
    return ""
