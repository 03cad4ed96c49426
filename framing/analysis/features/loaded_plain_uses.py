"""Loaded entries used plainly, read as no judgement of the writer's (issue 13, seventh pass: the classes
readers of AllSides pages still judged wrong in :mod:`.loaded`):

* "angrily" beside a verb of speaking or of a plain act ("she said, angrily", "angrily shooed us away",
  "responded to the charges angrily"): the manner of what was seen or heard, told as observed; beside a
  verb of argument it still characterises ("angrily arguing that it would gut the law");
* "colluded" / "colluding" in a sentence that reports an allegation or an inquiry ("investigating whether
  his team colluded with the Russians", "tweets that implied he colluded"), or a lawsuit's claim ("sued the
  NFL for colluding to keep him out", draw 3636): the question examined, the standard word of that story,
  not the writer's verdict;
* "fake news" as the topic ("a research guide on fake news", "the proliferation of fake news stories",
  "Fake news could prove vexing in the probe"): the phenomenon or the phrase named, not a label applied to
  an outlet ("dismissed the reporter as 'fake news'" stays);
* "slaughter" used literally: of animals ("cattle are slaughtered", "at the time of slaughter"), or
  someone's word in single scare quotes (a call to "'slaughter' soldiers" quoted), or a surname. A count of
  the killed ("627,000 civilians would be slaughtered") stays: the PTC annotators mark it loaded, and
  setting it aside lost agreement with them.

Eighth pass (classes read wrong in the s28 fresh draw, each checked on every dev use):

* "monster" before a noun ("like monster fireflies", "a monster quarter", "a monster truck", "Monster Jam"):
  huge, or a name, not the insult ("Weinstein was a monster", "the bigoted monster killed 22" stay);
* "patriotic" before a display or a ceremony ("patriotic chants", "traditional American patriotic customs", "a
  patriotic theme"): the kind of thing, not praise ("calling his activists 'patriotic'" stays);
* "propaganda" before the media or the office that makes it ("propaganda leaflets", "North Korean propaganda
  posters", "this propaganda war" of loudspeakers, "Islamic State's propaganda arm"): the literal thing
  (readers: "literal: propaganda broadcasts"); "a propaganda machine", "feeding them propaganda" stay.

Ninth pass:

* "propaganda" after the state or armed group that makes it ("state-funded Russian propaganda", "terrorist
  propaganda that spreads its fanaticism online", "ISIS propaganda"): the plain name of the thing (readers: "ISIS
  propaganda: the plain name of a thing"); an outlet called a "Russian propaganda network" (readers: the writer
  labels the network), "classical propaganda" (readers split) and what an outlet or a party at home is said to
  spread ("the propaganda CNN spews", "the military's propaganda effort", "government propaganda") stay.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .phrases import FUNCTION_WORDS
from .lexical import QUOTE_MARKS

_ANGRY_MANNER: Final = frozenset({"angrily"})
# verbs of speaking and of plain acts, whose manner an observer reports
_OBSERVED_ACTS: Final = frozenset({
    "said", "says", "say", "saying", "told", "tells", "replied", "replies", "responded", "responds", "shouted",
    "shouts", "yelled", "yells", "screamed", "asked", "asks", "snapped", "retorted", "interrupted", "exclaimed",
    "shooed", "stormed", "walked", "left", "hung", "slammed", "pushed", "waved", "pointed", "stood", "turned",
    "grabbed", "threw", "tossed", "gestured", "stomped", "marched", "demanded", "wrote", "tweeted"})
_MANNER_BEFORE: Final = 4
_MANNER_AFTER: Final = 2


def _manner_observed(doc: Doc, i: int) -> bool:
    """A verb of speaking or of a plain act up to four words before "angrily" or two after, in its sentence."""
    sentence = doc.sentences[doc.sentence_of[i]]
    return any(doc.norms[k] in _OBSERVED_ACTS
               for k in range(max(sentence.first, i - _MANNER_BEFORE), min(sentence.stop, i + _MANNER_AFTER + 1)))


_COLLUSION: Final = frozenset({"colluded", "colluding", "collude", "colludes"})
# words of an allegation or an inquiry reported
_ALLEGATION: Final = frozenset({
    "whether", "investigating", "investigation", "investigations", "investigate", "investigated", "probe",
    "probing", "inquiry", "alleged", "allegedly", "allegation", "allegations", "accused", "accusing",
    "accusation", "accusations", "implied", "implying", "suggested", "suggesting", "claim", "claims", "claimed",
    "claiming", "denied", "denies", "deny", "denying", "narrative", "evidence", "suspected", "suspicion",
    "suspicions", "examining", "examine", "questions", "theory", "sued", "sues", "suing", "lawsuit", "lawsuits",
    "suit", "complaint", "grievance"})


def _allegation_reported(doc: Doc, i: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[i]]
    return any(doc.norms[k] in _ALLEGATION for k in range(sentence.first, sentence.stop))


# prepositions that make "fake news" a topic ("a guide on fake news", "complaints about fake news")
_TOPIC_PREPOSITIONS: Final = frozenset({"on", "about", "over", "regarding", "concerning", "against", "combat",
                                        "combating", "fighting", "fight"})
# nouns after which "of fake news" names the phenomenon ("the proliferation of fake news")
_PHENOMENON_NOUNS: Final = frozenset({"proliferation", "spread", "amount", "perils", "peril", "problem", "talk",
                                      "rise", "flood", "epidemic", "scourge", "threat", "age", "era", "issue",
                                      "wave", "purveyors", "purveyor", "definition", "concept", "study", "studies",
                                      "spreading", "dissemination", "deluge", "plague"})
# nouns after it that make it the phenomenon ("'fake news' criticism", "the fake news problem"); not "story"
# or "site": "the Guardian's fake news story" applies the label to one story
_PHENOMENON_AFTER: Final = frozenset({"criticism", "problem", "epidemic", "phenomenon", "crisis", "industry",
                                      "purveyors"})
# what a sentence that opens with "fake news" goes on to say of it as a subject ("Fake news could prove vexing")
_SUBJECT_VERBS: Final = frozenset({"is", "was", "has", "had", "could", "can", "may", "might", "will", "would",
                                   "spreads", "spread", "poses", "remains", "became", "becomes", "of"})


def _word_before(doc: Doc, first: int) -> int:
    """The index of the word before ``first``, skipping quotation marks (-1 if none in the sentence)."""
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    k = first - 1
    while k >= sentence_first and doc.tokens[k] in QUOTE_MARKS:
        k -= 1
    return k if k >= sentence_first and doc.is_word[k] else -1


def _word_after(doc: Doc, stop: int) -> int:
    """The index of the word from ``stop`` on, skipping quotation marks and commas (-1 if none)."""
    sentence_stop = doc.sentences[doc.sentence_of[stop - 1]].stop
    k = stop
    while k < sentence_stop and (doc.tokens[k] in QUOTE_MARKS or doc.tokens[k] == ","):
        k += 1
    return k if k < sentence_stop and doc.is_word[k] else -1


def _fake_news_topic(doc: Doc, match: Match) -> bool:
    if match.entry.words != ("fake", "news"):
        return False
    b = _word_before(doc, match.first)
    before = doc.norms[b] if b >= 0 else ""
    if before in _TOPIC_PREPOSITIONS:
        return True
    if before == "of" and b >= 1 and doc.norms[b - 1] in _PHENOMENON_NOUNS:
        return True
    a = _word_after(doc, match.stop)
    after = doc.norms[a] if a >= 0 else ""
    if after in _PHENOMENON_AFTER:
        return True
    # opening its sentence as its subject ("Fake news could prove vexing", "'Fake news,' of course, is")
    return b < 0 and (after in _SUBJECT_VERBS or after == "of" and a + 1 < len(doc.norms)
                       and doc.norms[a + 1] == "course")


_SLAUGHTER: Final = frozenset({"slaughter", "slaughtered", "slaughtering", "slaughters"})
_ANIMALS: Final = frozenset({"cattle", "cow", "cows", "pig", "pigs", "hog", "hogs", "meat", "livestock", "poultry",
                             "chicken", "chickens", "animal", "animals", "herd", "herds", "lamb", "lambs", "sheep",
                             "goat", "goats", "beef", "pork", "usda", "butcher", "steer", "calves", "turkeys",
                             "slaughterhouse", "slaughterhouses", "meatpacking", "carcasses"})


def _literal_slaughter(doc: Doc, i: int) -> bool:
    """Animals in the sentence, a surname, or the word alone in single scare quotes."""
    sentence = doc.sentences[doc.sentence_of[i]]
    if any(doc.norms[k] in _ANIMALS for k in range(sentence.first, sentence.stop)):
        return True
    if doc.tokens[i][:1].isupper() and i > sentence.first and doc.is_word[i - 1] and doc.tokens[i - 1][:1].isupper():
        return True  # a surname ("said Marvin Slaughter")
    a, b = doc.starts[i], doc.ends[i]
    return doc.cut(max(0, a - 1), a) in ("‘", "'") and doc.cut(b, b + 1) in ("’", "'")


_MONSTER: Final = frozenset({"monster"})
_NOT_A_NOUN: Final = frozenset({"who", "that", "which", "and", "or", "but", "to", "in", "of", "on", "at", "for",
                                "with", "from", "by", "as", "than", "is", "was", "who's", "has", "had", "will",
                                "once", "now", "then", "again", "still", "also", "even", "whose", "himself",
                                "herself", "itself", "here", "there", "too"})


def _monster_before_noun(doc: Doc, i: int) -> bool:
    """A word follows "monster" in its sentence that is no function word nor a past verb ("monster killed")."""
    j = i + 1
    if j >= doc.sentences[doc.sentence_of[i]].stop or not doc.is_word[j]:
        return False
    after = doc.norms[j]
    return after not in _NOT_A_NOUN and after not in FUNCTION_WORDS and not after.endswith(("ed", "ly"))


_PATRIOTIC: Final = frozenset({"patriotic"})
_DISPLAYS: Final = frozenset({"theme", "themes", "chants", "chant", "customs", "custom", "songs", "song", "music",
                              "display", "displays", "rituals", "ritual", "symbols", "symbol", "colors", "colours",
                              "holiday", "holidays", "parade", "parades", "celebration", "celebrations", "ceremony",
                              "ceremonies", "anthem", "anthems", "bunting", "decorations", "imagery", "pageantry",
                              "observances", "traditions"})
_PROPAGANDA: Final = frozenset({"propaganda"})
_PROPAGANDA_MEDIA: Final = frozenset({"leaflets", "leaflet", "posters", "poster", "art", "broadcasts", "broadcast",
                                      "loudspeakers", "loudspeaker", "war", "films", "film", "videos", "video", "arm",
                                      "department", "ministry", "balloons", "billboards", "radio", "units", "unit",
                                      "office", "broadcasting"})


# states and armed groups whose propaganda is named plainly ("Russian propaganda", "ISIS propaganda"); not
# "classical propaganda" (readers split on the intelligence chief's list) nor an outlet called a "Russian
# propaganda network" (readers: the writer labels the network)
_PROPAGANDISTS: Final = frozenset({"russian", "russia's", "russia’s", "kremlin", "kremlin's", "kremlin’s", "soviet",
                                   "chinese", "china's", "china’s", "korean", "iranian", "iran's", "iran’s", "isis",
                                   "isil", "isis's", "isis’", "terrorist", "jihadist", "nazi", "taliban",
                                   "qaeda", "state-funded", "state-run", "state-sponsored", "wartime",
                                   "enemy", "communist", "islamist", "state"})


_OUTLETS: Final = frozenset({"network", "networks", "outlet", "outlets", "channel", "channels", "site", "sites",
                             "station", "stations", "organ", "mouthpiece"})


def plain_use(doc: Doc, match: Match) -> str | None:
    """Why a loaded match is used plainly (the reason shown), or None."""
    term, i = match.entry.term, match.first
    if term in _ANGRY_MANNER and _manner_observed(doc, i):
        return "said angrily, angrily shooed us away: a manner observed, not a judgement"
    if term in _COLLUSION and _allegation_reported(doc, i):
        return "investigating whether his team colluded: an allegation reported, not a verdict"
    if _fake_news_topic(doc, match):
        return "a guide on fake news, fake news stories: the phenomenon named as a topic, not a label applied"
    after = doc.norms[match.stop] if match.stop < len(doc.norms) else ""
    if term in _MONSTER and _monster_before_noun(doc, i):
        return "monster fireflies, a monster quarter: huge, or a name, not the insult"
    if term in _PATRIOTIC and after in _DISPLAYS:
        return "patriotic chants, patriotic customs: the kind of thing, not praise"
    if term in _PROPAGANDA and after in _PROPAGANDA_MEDIA:
        return "propaganda leaflets, a propaganda arm: the literal thing, not a label"
    if term in _PROPAGANDA and i > 0 and doc.norms[i - 1] in _PROPAGANDISTS and after not in _OUTLETS:
        return "Russian propaganda, ISIS propaganda: the plain name of what a state or an armed group spreads"
    if term in _SLAUGHTER and _literal_slaughter(doc, i):
        return "cattle slaughtered, a call to 'slaughter' quoted: literal, not a judgement"
    return None
