"""Alarmist language: fear and catastrophe terms, exaggeration, alarm idioms and
war declarations ("it's war", "that means war").

Lexicon ``alarmist.txt`` (categories ``fear``, ``intensifier``, ``idiom``,
``war``), built from the propaganda-technique definitions of Da San Martino et
al. (2019): appeal to fear, exaggeration, loaded language. Rules:

* a term that is negated right before ("no crisis", "not a disaster") is not
  counted;
* a single-word fear or exaggeration term is widened to its phrase like loaded
  wording (see ``phrases.extend``): the amplifiers and coordinated evaluative
  words around it and, for an adjective, the noun it modifies ("utterly
  catastrophic failure", "massive scale"); idioms and war declarations are
  kept as matched. The rule of widened evidence ends in ``· phrase``.

Plain uses that raise no alarm are not counted (read on AllSides pages, issue 13):

* a fear word inside a name, written with a capital inside a run of capitalised
  words ("the Office of U.S. Foreign Disaster Assistance", "Disaster Relief Fund");
* "natural disaster(s)" and "the disaster" (the event named plainly: "how he handled
  the disaster"), "disaster relief/assistance/response/recovery/declaration/aid", a
  disaster before a noun ("disaster bills"); "catastrophic plans" (insurance);
* "a chilling effect" (a legal and economic term), "a horror film", "scary movies" (a genre), a
  capitalised fear word after a title ("Dr. Doom", a nickname), "the worst of both worlds";
* "doomed to fail/failure" (it means certain to fail), "doomed the travel ban" (caused
  to fail), "to the horror of", "to our horror" (dismay);
* a negation up to five words before ("not at all a disaster", "is not believed to
  be in imminent danger");
* a single catastrophe or fear word with no threat ahead in its sentence: alarm is a threat of what may
  come, so it needs a modal or a condition, a warning, a risk or a fear, a direction or a prospect within
  eight words before it ("would be a disaster", "a race toward disaster", "warned of catastrophe") or
  right after it ("a nightmare scenario", "the catastrophe ahead"); "survivors recount horror", "it was
  terrifying" describe what happened and are emotive wording, counted by the loaded feature (measure
  ``emotive``), not alarm. Catastrophe words that alarm wherever they stand ("bloodbath", "apocalypse")
  are exempt; a past figure of speech ("anger boiled over") is narrative, not a warning;
* a prophecy of doom ("doomsday", "apocalypse", "end times") that its own sentence then calls wrong
  ("the doomsday scenario ... is grounded on falsified figures", "projections ... off the mark") is named
  to be dismissed (independent reading of seed 1010);
* a fear word whose news use is mostly plain (``WEAK_FEAR``: "the financial crisis",
  "a terror group", "fears of a recession", "panic at the scene") unless a word of
  escalation or an amplifier frames it ("utter chaos", "a full-blown crisis",
  "growing panic").

Feelings, setbacks, views set aside and idioms with no threat beside them ("watched in horror", "political
doom", "too apocalyptic", "the clock is ticking" as a deadline) are read in :mod:`.alarm_plain_uses`, before
the rule above, so they are no emotive wording either.

Words that judge rather than alarm ("horrific", "monstrous", "barbaric") and the violence nouns that
describe an event ("massacre", "carnage", "slaughter") are loaded wording (``loaded.txt``), not alarm;
graphic description ("bloody", "gruesome", "devastating wildfires") and reported emotions ("people are
scared") are neither (see the notes of ``alarmist.txt``).

Exaggeration is not alarm: words of size, surprise or strong evaluation
(category ``exaggeration``: "massive", "unprecedented", "stunning") are kept as
evidence of the measure ``exaggeration``, shown so, and left out of the value
and of the measure ``quoted``.

Higher value: more alarm per 1,000 words of the writer's own (exaggeration not included).
The value counts the writer's own voice: spans outside direct quotations per 1,000
own-voice words (the words outside quotation marks, so quotations neither add to the
rate nor thin it); spans inside them stay evidence, labelled ``quoted``, and are the
measure ``quoted`` (per 1,000 quoted words). See ``evidence.rate_result``.
"""
from __future__ import annotations

import functools
from typing import Final

from ..lexicons import Match, load_lexicon
from ..text import Doc
from ...types import FeatureResult
from ..context import Context
from ..evidence import count_measure, rate_result, sort_evidence
from .lexical import category_measures, word_after, word_before
from .alarm_context_no_threat import no_threat_in_context
from .alarm_named_to_dismiss import named_to_dismiss
from .alarm_past_or_averted import past_or_averted
from .alarm_figures import figure_of_speech
from .alarm_titles import in_a_title
from .alarm_plain_uses import felt_or_left_behind, plain_use
from .evaluative_model import decide, to_evidence
from .phrases import DEGREE_ADVERBS, FUNCTION_WORDS, Candidate, lexicon_candidates

NAME: Final = "alarmist"


_NEGATORS: Final = frozenset({"no", "not", "never", "n't", "hardly", "nor", "without"})
_DISASTER_PLAIN_AFTER: Final = frozenset({"relief", "assistance", "response", "recovery", "declaration",
                                          "declarations", "aid", "preparedness", "management", "loans",
                                          "loan", "funding", "fund", "funds", "area", "areas", "agency"})
_DISASTER_PLAIN_BEFORE: Final = frozenset({"natural", "the", "this", "that", "federal", "major"})


_INSURANCE: Final = frozenset({"plan", "plans", "coverage", "insurance", "policy", "policies", "care",
                               "health", "illness", "claims"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "any", "this", "that"})
_POSSESSIVES: Final = frozenset({"the", "our", "their", "his", "her", "my", "your"})


def _noun_follows(doc: Doc, stop: int) -> bool:
    """A lower-case content word right after: the fear word modifies it ("disaster bills")."""
    if stop >= len(doc.tokens) or not doc.is_word[stop] or not doc.tokens[stop][:1].islower():
        return False
    return doc.norms[stop] not in FUNCTION_WORDS and not doc.norms[stop].endswith("ly")


def _negated(doc: Doc, first: int) -> bool:
    """A negation up to five words before ("not a crisis", "it is not at all a disaster", "far from
    hellish")."""
    j = first - 1
    if j >= 1 and doc.norms[j] == "from" and doc.norms[j - 1] == "far":
        return True
    seen = 0
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    while j >= sentence_first and seen < 5:
        if not doc.is_word[j]:
            return False
        n = doc.norms[j]
        if n in _NEGATORS or n.endswith("n't") or n == "longer" and j >= 1 and doc.norms[j - 1] == "no":
            return True  # "no longer saw Israel as an existential threat"
        seen += 1
        j -= 1
    return False


# a political setback, not alarm: "a disaster for Theresa May", "doom his prospects in November"
_SETBACK_OWNERS: Final = frozenset({"him", "her", "them", "his", "their", "republicans", "democrats", "supporters",
                                    "conservatives", "liberals", "gop", "party", "campaign", "candidate",
                                    "nominee", "president", "speaker", "senator", "governor", "mayor"})
# what an election loses ("her cataclysmic loss in Iowa", "a disastrous showing"); not "results", which
# a flood has too
_DEFEATS: Final = frozenset({"loss", "losses", "defeat", "defeats", "showing", "debate", "campaign", "primary",
                             "midterms"})
_SETBACK_HEADS: Final = frozenset({"disaster", "disastrous", "catastrophe", "catastrophic", "nightmare"})
_BACKERS: Final = frozenset({"supporters", "backers", "allies", "loyalists", "fans"})
_NOT_SETBACK: Final = frozenset({"us", "u.s.", "america", "united", "new", "the", "european", "world"})
_PROSPECTS: Final = frozenset({"prospects", "chances", "chance", "candidacy", "bid", "campaign", "presidency",
                               "nomination", "hopes", "career", "re-election", "reelection", "majority"})


@functools.cache
def _place_words() -> frozenset[str]:
    """Words of countries, capitals and political metonyms (lexicon ``places``)."""
    return frozenset(w for e in load_lexicon("places").entries if e.category != "demonym" for w in e.words)


def _political_setback(doc: Doc, match: Match) -> bool:
    """"a disaster for Theresa May", "would be a disaster as the party's nominee", "doom his prospects":
    failure for a politician or a party, not a threat to anyone's safety."""
    head = match.entry.words[0]
    stop = match.stop + (word_after(doc, match.stop - 1) == "scenario")  # "the nightmare scenario for ..."
    after = word_after(doc, stop - 1)
    if head in _SETBACK_HEADS and after in ("for", "as") and stop + 2 < len(doc.tokens):
        k = stop + 1
        if doc.norms[k] == "the":
            k += 1
        owner = doc.norms[k].removesuffix("'s").removesuffix("’s")
        # a name right after "for": "Theresa May", or one word ("disastrous for Trump")
        # (a place is not: "a disaster for Beijing" threatens a country, not a career)
        name = doc.tokens[k][:1].isupper() and owner not in _NOT_SETBACK and doc.is_word[k] \
            and owner not in _place_words()
        if head == "nightmare":  # a person's nightmare ("for Trump supporters"), not the party's loss ahead
            return name and k == stop + 1 or owner in _BACKERS or word_after(doc, k) in _BACKERS
        return owner in _SETBACK_OWNERS or (name and k == stop + 1)
    if after in _DEFEATS and match.stop - match.first == 1:
        return True  # "her cataclysmic loss in Iowa", "a disastrous defeat": an election lost, not a threat
    if head in ("doom", "dooms", "doomed") and after in _POSSESSIVES | {"the", "any"}:
        return any(doc.norms[k] in _PROSPECTS for k in range(match.stop + 1, min(len(doc.norms), match.stop + 4)))
    return False


_PRAISE_WORDS: Final = frozenset({"tremendous", "incredible", "unbelievable", "stunning", "astonishing"})
_PRAISED: Final = frozenset({"job", "jobs", "work", "success", "honor", "honour", "person", "people", "guy",
                             "man", "woman", "team", "leader", "player", "players", "friend", "friends", "talent"})
_RECORD: Final = frozenset({"since", "ever", "record", "decades", "years"})


# What "on the verge of ..." must name to be alarm ("on the verge of war", "of a massive conflict").
_VERGE_ALARM: Final = frozenset({"war", "wars", "conflict", "catastrophe", "disaster", "chaos",
                                 "crisis", "extinction", "famine", "violence", "bloodshed", "genocide",
                                 "breakdown", "anarchy", "nuclear"})


def _alarm_follows(doc: Doc, stop: int) -> bool:
    for k in range(stop, min(stop + 7, len(doc.norms))):
        if not doc.is_word[k]:
            return False
        if doc.norms[k] in _VERGE_ALARM:
            return True
    return False


# Alarm is a threat of what may come. A single catastrophe or fear word counts when its sentence frames it
# so within a few words: a modal or a condition ("would be a disaster", "could descend", "if"), a warning,
# a risk or a fear ("risk of catastrophe", "warned of"), a direction ("a race toward disaster"), a
# prospect ("a nightmare scenario", "the catastrophe ahead"). "Survivors recount horror", "people recover
# from disaster", "It was terrifying" describe what happened.
_PROSPECT_BEFORE: Final = frozenset({
    "could", "would", "might", "may", "will", "'ll", "can", "cannot", "ca", "going", "gonna", "if", "unless",
    "risk", "risks", "risking", "threat", "threats", "threaten", "threatens", "threatening", "warn", "warns",
    "warned", "warning", "warnings", "fear", "fears", "feared", "feare", "worry", "worries", "worried", "brace",
    "bracing", "avert", "averting", "avoid", "prevent", "preventing", "toward", "towards", "looming",
    "impending", "imminent", "potential", "potentially", "possible", "possibly", "verge", "brink", "heading",
    "headed", "spell", "spells", "invite", "invites", "recipe", "prospect", "prospects", "danger",
    "predict", "predicts", "predicted", "forecast", "lest", "coming", "likely", "expected", "poised", "bound",
    "sure", "set"})
_PROSPECT_AFTER: Final = frozenset({"scenario", "scenarios", "looms", "looming", "ahead", "awaits", "await",
                                    "waiting", "coming", "unless", "if", "soon", "within", "will", "would",
                                    "could", "may", "might"})
_PROSPECT_REACH: Final = 8
# marks that end a clause for a prospect after the word ("a disaster, but only they would ..."); not a
# colon or a dash, which introduce what the word leads to ("Budget catastrophe: the vote will ruin the city")
_CLAUSE_BREAKS: Final = frozenset({",", ";", "(", ")"})
# Catastrophe words that alarm wherever they stand ("it was a bloodbath", "the apocalypse").
_ALWAYS_ALARM: Final = frozenset({"bloodbath", "apocalypse", "armageddon", "annihilation", "cataclysm",
                                  "cataclysmic", "doomsday", "apocalyptic", "nightmarish"})
_PAST_FORMS: Final = frozenset({"boiled", "spiraled", "spiralled", "descended", "plunged", "threw", "broke",
                                "wreaked", "sounded", "opened", "brought", "wiped"})


_MODALS: Final = frozenset({"could", "would", "might", "may", "will", "'ll", "can", "cannot", "ca"})
_MODAL_REACH: Final = 5
_PAST_VERBS: Final = frozenset({"was", "were", "had", "did", "left", "saw", "teetered", "came", "went",
                                "became", "brought", "caused", "suffered", "survived", "endured", "faced"})


def _past_narrative(doc: Doc, first: int, copula: bool = True) -> bool:
    """A past verb within three words before ("the country teetered on the brink", "left a trail of");
    ``copula=False``: not "was" / "were" ("it was a bloodbath" is the writer's own verdict)."""
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    for k in range(max(sentence_first, first - 3), first):
        n = doc.norms[k]
        if n in _PAST_VERBS and (copula or n not in ("was", "were")):
            return True
    return False


# Idioms of a state that may be told as what happened ("the gathering spun out of control", "wreaking havoc
# on the villages", "anger boiled over"): alarm only as a threat ahead ("could spiral out of control").
_STATE_IDIOMS: Final = frozenset({"control", "havoc", "boil", "boiling", "boiled"})


def _threatening(doc: Doc, first: int, stop: int) -> bool:
    sentence = doc.sentences[doc.sentence_of[first]]
    norms = doc.norms
    for k in range(max(sentence.first, first - _PROSPECT_REACH), first):
        if norms[k] in _PROSPECT_BEFORE and (norms[k] not in _MODALS or first - k <= _MODAL_REACH):
            return True
    for k in range(stop, min(sentence.stop, stop + 5)):
        if doc.tokens[k] in _CLAUSE_BREAKS and not (k + 1 < sentence.stop and norms[k + 1] in ("if", "unless")):
            return False  # "the state is a disaster, but only Californians would ...": another clause
        if norms[k] in _PROSPECT_AFTER and not (norms[k] == "coming" and k + 1 < len(norms)
                                                and norms[k + 1] in ("back", "to", "from", "out", "up")):
            return True  # not "is constantly coming back to us": a movement, no prospect
    return False


def _present_or_future(word: str) -> bool:
    """"it's / it is / it will be too late": the warning, not the narrative "it was too late"."""
    return word in ("is", "be") or word.endswith(("'s", "’s"))


def _record_ranking(doc: Doc, stop: int) -> bool:
    """"the worst performance since 2008", "the worst month on record": a ranking the record shows."""
    for k in range(stop, min(stop + 6, len(doc.norms))):
        if not doc.is_word[k]:
            return False
        if doc.norms[k] in _RECORD:
            return True
    return False


def _scare_quoted(doc: Doc, match: Match) -> bool:
    """The matched words, and at most two more, stand between quotation marks ("the 'end of the world' has
    arrived"): the writer mentions the phrase, often to mock it."""
    a, b = doc.starts[match.first], doc.ends[match.stop - 1]
    left = doc.cut(max(0, a - 24), a)
    right = doc.cut(b, b + 24)
    for o, c in (("'", "'"), ("‘", "’"), ('"', '"'), ("“", "”")):
        i, j = left.rfind(o), right.find(c)
        if i < 0 or j < 0 or "\n" in left[i:] or "\n" in right[:j]:
            continue
        opens = i == 0 or not left[i - 1].isalnum()  # not the apostrophe of "Trump's"
        closes = j + 1 >= len(right) or not right[j + 1].isalnum()  # nor of "isn't"
        if opens and closes and len(left[i + 1:].split()) + len(right[:j].split()) <= 2:
            return True
    return False


_TITLE_SMALL: Final = frozenset({"and", "of", "the", "to", "a", "an", "in", "on", "for"})
_TITLES: Final = frozenset({"dr", "mr", "mrs", "ms", "dr.", "mr.", "mrs.", "ms."})


def _in_name(doc: Doc, match: Match) -> bool:
    """A capitalised fear word between capitalised words: part of a name ("Foreign Disaster Assistance")."""
    first, stop = match.first, match.stop
    if not doc.tokens[first][:1].isupper() or doc.tokens[first].isupper():
        return False
    k = first - 1
    if k >= 0 and doc.tokens[k] == ".":
        k -= 1
    if k >= 0 and doc.norms[k] in _TITLES:
        return True  # a nickname: "Dr. Doom"
    sentence = doc.sentences[doc.sentence_of[first]]
    left = first > sentence.first and doc.is_word[first - 1] and doc.tokens[first - 1][:1].isupper() \
        and first - 1 > sentence.first
    right = stop < sentence.stop and doc.is_word[stop] and doc.tokens[stop][:1].isupper()
    return left or right


# Fear words whose news use is mostly plain, naming an event or an emotion ("the financial crisis", "a
# terror group", "fears of a recession", "panic at the scene", "the collapse of the talks"): they count
# only when the writer frames them to alarm, with an amplifier or a word of escalation before them
# ("utter chaos", "a full-blown crisis", "growing panic").
WEAK_FEAR: Final = frozenset({"fear", "fears", "feared", "fearing", "fearful", "crisis", "crises", "chaos",
                              "chaotic", "collapse", "collapsing", "turmoil", "upheaval", "panic", "panicked",
                              "panicking", "panics", "terror", "alarm", "alarmed", "scare", "scared", "scares",
                              "frightened", "frighten", "dread", "grim", "dire", "peril", "unrest", "frenzy",
                              "alarming", "alarmingly", "ruin", "ruined", "rampage", "havoc", "disasters"})
_NOT_ESCALATING: Final = frozenset({"openly", "deliberately", "overtly", "brazenly", "shamelessly", "flagrantly",
                                    "notoriously", "especially", "particularly", "simply", "fully", "purely",
                                    "rather", "fairly", "more", "most", "seriously", "inherently", "so",
                                    "constant", "perpetual"})
ESCALATION: Final = (DEGREE_ADVERBS - _NOT_ESCALATING) | frozenset({
    "growing", "deepening", "mounting", "looming", "impending", "full-blown", "full-scale", "utter", "total",
    "complete", "absolute", "sheer", "unprecedented", "existential", "spiraling", "spiralling", "worsening",
    "escalating", "unfolding", "unmitigated", "unbridled", "pure", "abject", "mass",
    "unimaginable", "unthinkable", "catastrophic", "apocalyptic",
    "terrifying", "paralyzing", "crippling", "endless", "relentless"})


def _framed(doc: Doc, first: int) -> bool:
    """Is the word at ``first`` framed to alarm by the word before it ("utter chaos", "growing panic")?"""
    return word_before(doc, first) in ESCALATION


DESCRIBED: Final = "a catastrophe or fear word that describes what happened (no threat, warning or outcome ahead)"


# The writer sets the alarm aside: rejects, dismisses or mocks it, or names it only to prefer something
# else ("he rejects a new Cold War", "dismissed the doomsday predictions", "rather than believe things
# are out of control").
_DISMISSING: Final = frozenset({
    "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing",
    "downplay", "downplays", "downplayed", "downplaying", "mock", "mocks", "mocked", "mocking", "ridicule",
    "ridiculed", "ridicules", "scoff", "scoffed", "scoffs", "debunk", "debunked", "debunks", "rebuff",
    "rebuffed", "shrug", "shrugged", "shrugs", "overblown", "exaggerated", "unfounded", "baseless"})
_DISMISS_REACH: Final = 8
# "on the brink of victory", "on the verge of a deal": what is near is good news
_GOOD_PROSPECTS: Final = frozenset({
    "victory", "victories", "win", "winning", "deal", "agreement", "breakthrough", "record", "history",
    "success", "championship", "title", "recovery", "peace", "ceasefire", "truce", "landslide", "blowout",
    "approval", "passage", "settlement", "comeback", "triumph", "nomination", "majority"})


def _dismissed(doc: Doc, first: int) -> bool:
    """A dismissing word, or "rather than" / "instead of", up to eight words before in the sentence."""
    sentence_first = doc.sentences[doc.sentence_of[first]].first
    j, seen = first - 1, 0
    while j >= sentence_first and seen < _DISMISS_REACH:
        if doc.is_word[j]:
            n = doc.norms[j]
            if n in _DISMISSING:
                return True
            if j > sentence_first and (n, doc.norms[j - 1]) in (("than", "rather"), ("of", "instead")):
                return True
            seen += 1
        j -= 1
    return False


# A prophecy of doom that its own sentence goes on to refute ("the worst doomsday projections have been wildly
# off the mark", "the doomsday scenario ... is grounded on falsified figures"): alarm named to be dismissed.
_PROPHECY_WORDS: Final = frozenset({"doomsday", "apocalypse", "apocalyptic", "armageddon", "end"})
_REFUTING: Final = frozenset({"wrong", "mistaken", "false", "falsified", "unfounded", "baseless", "overblown",
                              "exaggerated", "debunked", "myth", "myths", "hoax", "discredited"})
_REFUTE_REACH: Final = 25


def _refuted_after(doc: Doc, match: Match) -> bool:
    """A prophecy word ("doomsday", "apocalypse", "end times") whose sentence calls it wrong after it."""
    if match.entry.words[0] not in _PROPHECY_WORDS:
        return False
    stop = doc.sentences[doc.sentence_of[match.first]].stop
    return any(doc.norms[k] in _REFUTING or doc.norms[k] == "mark" and doc.norms[k - 1] == "the"
               and doc.norms[k - 2] == "off" for k in range(match.stop, min(stop, match.stop + _REFUTE_REACH)))


def _good_prospect(doc: Doc, stop: int) -> bool:
    """Good news within five words after ("on the brink of a blowout victory")."""
    for k in range(stop, min(stop + 6, len(doc.norms))):
        if not doc.is_word[k]:
            return False
        if doc.norms[k] in _GOOD_PROSPECTS:
            return True
    return False


# war declared on something that is no enemy in arms: a campaign, a figure of speech ("declare war on the
# technology", "an all-out war against the mogul", "a war on poverty")
_DECLARED: Final = frozenset({"declare", "declares", "declared", "declaring", "declaration", "all-out", "total",
                              "open", "full-scale", "full-blown", "holy"})  # "holy war on privilege"


def _war_on_a_thing(doc: Doc, match: Match) -> bool:
    """A declaration of war whose target, after "on" or "against", is a common noun (lower case)."""
    if match.entry.category != "war" or match.entry.words[-1] != "war" or not _DECLARED & set(match.entry.words):
        return False
    k = match.stop
    if k >= len(doc.norms) or doc.norms[k] not in ("on", "against"):
        return False
    for j in range(k + 1, min(k + 5, len(doc.norms))):
        if not doc.is_word[j]:
            return False
        if doc.norms[j] in _DETERMINERS or doc.norms[j] in ("its", "their", "his", "her", "our", "my"):
            continue
        return doc.tokens[j][:1].islower()
    return False


def disaster_named_plainly(doc: Doc, head: int, strict: bool = False) -> bool:
    """"natural disaster", "the disaster", "disaster relief", "a disaster crisis counseling program": the
    event or the field named plainly by the word at ``head``. ``strict``: a word after that ends in -s may
    be a verb ("the Iowa disaster gives fuel"), so it makes no modifier unless listed (a noun in -ss, -is,
    -us does: "a disaster crisis counseling program")."""
    if doc.norms[head] not in ("disaster", "disasters"):
        return False
    after = word_after(doc, head)
    return word_before(doc, head) in _DISASTER_PLAIN_BEFORE or after in _DISASTER_PLAIN_AFTER \
        or _noun_follows(doc, head + 1) and not (strict and after.endswith("s")
                                                 and not after.endswith(("ss", "is", "us")))


def _in_a_name(doc: Doc, match: Match) -> bool:
    """A fear word in a name or a title ("Dr. Doom", "Waking Up to the Facebook Catastrophe"), not after a
    bare article ("called it 'The Horror!'", the writer's own exclamation)."""
    return _in_name(doc, match) and not (word_before(doc, match.first) in _TITLE_SMALL
                                         and not (match.stop < len(doc.tokens) and doc.is_word[match.stop]
                                                  and doc.tokens[match.stop][:1].isupper()))


def _doomed_to_fail(doc: Doc, match: Match) -> str | None:
    """"doomed the travel ban" (caused to fail), "doomed to fail", "a doomed effort" (likely to fail): a failure,
    not a threat nor emotive wording (read before the rule of described fear words)."""
    if match.entry.words[0] != "doomed":
        return None
    after = word_after(doc, match.stop - 1)
    if after in _DETERMINERS:
        return "doomed the ...: caused to fail"
    if after == "to" and match.stop + 1 < len(doc.norms) and doc.norms[match.stop + 1].startswith("fail"):
        return "doomed to fail: certain to fail"
    if _noun_follows(doc, match.stop):
        return "a doomed chunk / effort: likely to fail"
    return None


def keep(doc: Doc, match: Match) -> str | None:
    if _negated(doc, match.first):
        return "negated"
    if _war_on_a_thing(doc, match):
        return "war declared on a thing, not an enemy: a campaign or a figure of speech ('war on the technology')"
    figure = figure_of_speech(doc, match) or plain_use(doc, match) or no_threat_in_context(doc, match) \
        or named_to_dismiss(doc, match) or past_or_averted(doc, match)
    if figure:
        return figure
    if match.entry.words[0] in _ALWAYS_ALARM and match.entry.category == "fear" and len(match.entry.words) == 1 \
            and match.entry.words[0].endswith(("apocalypse", "armageddon", "doomsday")) \
            and _noun_follows(doc, match.stop) and word_after(doc, match.stop - 1) not in _PROSPECT_AFTER:
        return "apocalypse lasagnas: the word names a kind of product or genre, no alarm"
    if _refuted_after(doc, match):
        return "a prophecy of doom its sentence calls wrong ('the doomsday projections were off the mark')"
    if _dismissed(doc, match.first):
        return "the writer rejects or dismisses the alarm ('rejects a new Cold War', 'rather than')"
    if match.entry.words[-1] in ("brink", "verge") and _good_prospect(doc, match.stop):
        return "on the brink of victory / a deal: good news ahead, not alarm"
    doomed = _doomed_to_fail(doc, match)
    if doomed:
        return doomed
    if match.entry.category == "fear" and len(match.entry.words) == 1 and match.entry.words[0] in WEAK_FEAR \
            and not _framed(doc, match.first):
        return "a fear word used plainly (an event or an emotion named), not framed to alarm"
    if felt_or_left_behind(doc, match):
        return DESCRIBED  # "watched in horror", "from near total ruin": emotive wording of what happened
    words = match.entry.words
    if match.entry.category == "fear" and len(words) == 1 and words[0] not in _ALWAYS_ALARM \
            and not (words[0] in WEAK_FEAR and _framed(doc, match.first)) \
            and not _threatening(doc, match.first, match.stop):
        return DESCRIBED
    if _STATE_IDIOMS & set(words) and not _threatening(doc, match.first, match.stop):
        return "spun out of control, wreaking havoc, boiled over: told as what happened, not as a threat"
    if words[0] in _ALWAYS_ALARM and _past_narrative(doc, match.first, copula=False):
        return "we saw the bloodbath: told as what happened"
    if match.entry.category == "idiom" and words[0] in _PAST_FORMS:
        return "a past figure of speech ('anger boiled over'): narrative, not a warning"
    if len(words) > 1 and _past_narrative(doc, match.first) and not _threatening(doc, match.first, match.stop):
        return "told as past narrative ('teetered on the brink', 'left a trail of destruction')"
    if in_a_title(doc, match):
        return "a title or a name in capitals ('Nuclear Showdown', a book)"
    if match.entry.category == "fear" and _in_name(doc, match):
        return "in a name"
    head = words[0]
    before = word_before(doc, match.first)
    after = word_after(doc, match.stop - 1)
    if len(words) == 1 and disaster_named_plainly(doc, match.first):
        return "the disaster named plainly, or a disaster bill / disaster spending"
    if head == "catastrophic" and after in _INSURANCE:
        return "catastrophic plan / coverage: an insurance term"
    if words == ("on", "the", "verge") and not _alarm_follows(doc, match.stop):
        return "on the verge of insolvency / of a deal: no alarm named after it"
    if words == ("too", "late") and (after in ("to", "for") or not _present_or_future(before)):
        return "too late to file / it was too late: a plain fact of timing"
    if head == "chilling" and after == "effect":
        return "a chilling effect: a legal and economic term"
    if head == "worst" and (after == "of" and word_after(doc, match.stop) == "both" or before == "at"):
        return "the worst of both worlds, at worst: an idiom"
    if head == "worst" and _record_ranking(doc, match.stop):
        return "the worst ... since 2008: a ranking on the record"
    if head in _PRAISE_WORDS and (after in _PRAISED or after == "for"):
        return "a tremendous job, incredible for both of us: praise, not size"
    if len(words) == 2 and words[1] == "worse" and after == "than":
        return "much worse than: a comparison"
    if match.entry.category == EXAGGERATION and _in_name(doc, match):
        return "in a name (Improvised Explosive Devices)"
    if _scare_quoted(doc, match):
        return "the alarm word in quotation marks: mentioned, not used ('end of the world')"
    if _political_setback(doc, match):
        return "a disaster for the party / doom his prospects: a political setback, not a threat"
    if match.first >= 3 and [doc.norms[k] for k in range(match.first - 3, match.first)] == ["for", "all", "the"]:
        return "for all the doomsday predictions, ...: alarm named to be dismissed, not raised"
    return None


def candidates(ctx: Context):
    return lexicon_candidates(ctx, NAME, "alarmist", keep)


def _emotive(doc: Doc, match: Match) -> str | None:
    if keep(doc, match) != DESCRIBED:
        return "not a described fear word"
    if match.entry.words[0] in ("horror", "horrors") and word_after(doc, match.stop - 1) == "of" \
            and word_after(doc, match.stop) in _WARS:
        return "the horrors of war: a stock phrase that names war, no word chosen to move"
    if match.entry.category == "fear" and _in_a_name(doc, match):
        return "in a name or a title ('Dr. Doom', 'Waking Up to the Facebook Catastrophe')"
    if match.entry.words == ("catastrophic",) and word_after(doc, match.first) in _INSURANCE:
        return "a catastrophic plan: an insurance term"
    return None


EMOTIVE: Final = "emotive"
_WARS: Final = frozenset({"war", "wars", "nuclear", "battle", "combat", "warfare"})


def emotive_candidates(ctx: Context) -> list[Candidate]:
    """Fear and catastrophe words that describe what happened ("suffered unspeakable horrors", "the absolute
    disaster that was the repeal"): not alarm, but emotive wording, counted by the loaded feature as the
    measure ``emotive``."""
    out = lexicon_candidates(ctx, EMOTIVE, "alarmist", _emotive)
    for c in out:
        c.measure = EMOTIVE
        c.source = "alarmist:emotive"
        c.rule = c.rule.replace("[fear]", "[emotive: describes, no threat]")
    return out


EXAGGERATION: Final = "exaggeration"


def compute(ctx: Context) -> FeatureResult:
    """Alarmist phrases per 1,000 words (title and text); ``war`` counts the "it's war" phrases;
    ``exaggeration`` counts words of size and surprise, which are shown but not counted as alarm."""
    evidence = to_evidence(NAME, decide(candidates(ctx)))
    alarm = [e for e in evidence if e.measure != EXAGGERATION]
    exaggeration = [e for e in evidence if e.measure == EXAGGERATION]
    measures = [m for m in category_measures(ctx, "alarmist", alarm) if m.name != EXAGGERATION]
    measures.append(count_measure(EXAGGERATION, len(exaggeration), ctx.n_words))
    result = rate_result(NAME, ctx, alarm, measures)
    if not exaggeration:
        return result
    return FeatureResult(result.name, result.value, result.unit, result.count, result.per_1000_words,
                         sort_evidence(alarm + exaggeration), result.measures, result.note, result.details)
