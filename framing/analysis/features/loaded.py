"""Loaded wording: evaluative and pejorative words that judge while they report.

Lexicon ``loaded.txt`` (bias-inducing words after Recasens et al. 2013, strong
subjective clues after Wilson et al. 2005, loaded language and name calling
after Da San Martino et al. 2019). Categories: ``pejorative``, ``verb``,
``adjective``, ``adverb``. Words inside quotations are labelled ``quoted`` and
counted apart (the measure ``quoted``); the value counts the outlet's own wording.

Rules:

* Phrases, not single words (:func:`.phrases.extend`): an evaluative adjective or adverb is
  widened to the evaluative phrase it belongs to - the degree adverbs before it
  ("utterly absurd"), the evaluative words coordinated with it ("personal,
  petty, inhuman and craven attacks") and, for an adjective, the noun it
  modifies ("phony deals"). Each piece of evidence is one phrase; its rule
  lists the entries inside it and ends in ``· phrase`` when it was widened.
* ``plain`` entries (strongly valenced words and phrases whose news use is plain:
  "crude oil", "worse", "my heart goes out", "killer" for the attacker) are never
  loaded on their own; a pejorative label in a sentence that defines or
  designates ("the FBI defines ... extremist ideologies") is a term mentioned,
  not used;
* a place's name before "massacre" or "tragedy" names the event ("the Orlando massacre", "the San
  Bernardino tragedy"): not counted; "massacre" chosen in the writer's own sentence is;
* "lies" before in/with/ahead ("the danger lies in") is the verb; a profession shaped like a label ("oncologists", "psychiatrists", "therapists") is not a candidate;
* "regime" after a technical noun ("sanctions regime", "tax regime") and any
  entry right after a negation ("not corrupt") is not counted.
* (fifth pass, what independent readers judged wrong) a term in scare quotes (marks that are no
  direct quotation: called the plan a "terrible deal", the cry of a "corrupt bargain") is someone
  else's term: labelled ``quoted``, not the writer's own wording; a severity word
  describing a hazard named in its sentence ("the hurricane has been especially devastating", "the
  coronavirus could prove brutal") or "disaster" before a plain noun ("disaster funding") describes:
  listed apart with the strong words of the measure ``valenced``, not counted;
  an "anti-" adjective ("the anti-Trump effort", "an anti-lynching bill") describes a stance, while the
  nouns ("anti-Trumpers") label and prejudice charged ("anti-Semitic") judges; a label in a title is not
  the writer's ("How to Be an Antiracist").
* (independent reading of seed 1010) "mob" in a sentence of physical violence ("killed by a mob", "the mob
  set fire to the shops", "mob lynching") is the plain word for that crowd, unless a word before it makes it
  a figure ("a Twitter mob", "an online rage mob"); "loser(s)" with "winner(s)" in its sentence or the one
  before ("winners and losers" of a tax plan, a drought, a debate) is who loses, not the insult.
* ``emotive``: fear and catastrophe words of ``alarmist.txt`` that describe what happened, with no
  threat ahead in their sentence ("suffered unspeakable horrors", "the absolute disaster that was the
  repeal"): not alarm (see :mod:`.alarmist`), but emotive wording chosen by the writer; not in a
  subheading asked as a short question ("Doom for Obamacare?"), which judges no one, nor a fear word a
  quoted speaker says of what they went through ("'It was terrifying,' she said") (ninth pass);
* ``valenced`` (needs the packaged model ``models/alarmist.json``): words
  outside the lexicon that carry strong valence in the VADER lexicon (Hutto &
  Gilbert 2014, |valence| >= 1.5), and labelling word shapes ("leftists",
  "anti-Trump", "globalism"), are candidates; a logistic regression over the
  word, its neighbours and its shape, trained on the Propaganda Techniques
  Corpus (``python -m framing.train alarmist``), keeps the ones that are
  likely loaded language or name calling. Its rule names the model and the
  probability (``... · model alarmist v1 p=0.74``).

Higher value: more loaded phrases per 1,000 words of the writer's own.
The value counts the writer's own voice: spans outside direct quotations per 1,000
own-voice words (the words outside quotation marks, so quotations neither add to the
rate nor thin it); spans inside them stay evidence, labelled ``quoted``, and are the
measure ``quoted`` (per 1,000 quoted words). See ``evidence.rate_result``.
"""
from __future__ import annotations

import bisect
import functools
from typing import Final

from ..context import Context
from ..evidence import rate_result
from ..lexicons import Match
from ..models import sigmoid
from ..text import Doc, TokenType
from ..token_memos import TokenMemo
from ...types import FeatureResult
from .alarmist import EMOTIVE, disaster_named_plainly, emotive_candidates
from .evaluative_model import decide, model, to_evidence, word_info
from .lexical import category_measures
from .loaded_denied_or_named import denied_or_named
from .loaded_descriptive_uses import descriptive_use
from .loaded_everyday_senses import everyday_sense
from .loaded_fixed_senses import fixed_sense, standard_label_shape
from .loaded_literal_senses import literal_sense
from .loaded_mentions import mentioned_not_used
from .loaded_names_and_applied_labels import ampersand_name, name_or_applied_label
from .loaded_plain_uses import plain_use
from .loaded_reported_not_judged import reported_not_judged
from .loaded_span_ends import trimmed_stop
from .loaded_standard_terms import standard_term
from .loaded_violent_event_told import violent_event_told
from .phrases import Candidate, Evaluative, adjectival, extend, lexicon_candidates, negated, strong_words

NAME: Final = "loaded"

# "regime" as a technical term: after these nouns it is not a label.
REGIME_NEUTRAL: Final = frozenset({"sanctions", "sanction", "tax", "visa", "trade", "tariff", "inspection",
                                   "inspections", "verification", "regulatory", "legal", "treaty", "control",
                                   "monetary", "fiscal", "exchange", "currency", "pension", "tariffs"})


# A word mentioned in a definition or designation is quoted as a term, not used to judge ("the FBI
# defines ... extremist ideologies").
_DEFINING: Final = frozenset({"defines", "define", "defined", "definition", "definitions", "designates",
                              "designated", "designation", "classifies", "classified", "category", "term"})


_DEFINING_REACH: Final = 40  # tokens looked at on each side, within the sentence (linear on any text)


def _defining_sentence(doc: Doc, i: int) -> bool:
    """Does token ``i``'s sentence define or designate, within ``_DEFINING_REACH`` tokens of it?"""
    sentence = doc.sentences[doc.sentence_of[i]]
    norms = doc.norms
    for k in range(max(sentence.first, i - _DEFINING_REACH), min(sentence.stop, i + _DEFINING_REACH + 1)):
        if norms[k] in _DEFINING:
            return True
    return False


# Nouns that, after a place's name, name an event the way the press names it ("the Orlando massacre", "the
# San Bernardino tragedy", "the Newtown massacre"): the name is used, not chosen to judge.
EVENT_NOUNS: Final = frozenset({"massacre", "massacres", "tragedy", "tragedies", "shooting", "bombing",
                                "attack", "attacks"})


def event_name(doc: Doc, i: int) -> bool:
    """Is the word at ``i`` right after a capitalised word that does not open the sentence (a place)?"""
    j = i - 1
    if j < 0 or not doc.is_word[j]:
        return False
    tok = doc.tokens[j]
    opens = j == doc.sentences[doc.sentence_of[j]].first
    return tok[:1].isupper() and not opens and doc.norms[j] not in ("i",)


_LIES_VERB: Final = frozenset({"in", "with", "at", "ahead", "beneath", "behind", "within", "on", "not",
                               "elsewhere", "somewhere", "outside", "between", "above", "below", "dormant"})


# words that mention a term rather than use it: "what they've taken to calling the Deep State", "so-called",
# "by labeling him a traitor" (ninth pass)
# and "self-described anarchists", "a self-described democratic socialist": the label the people chose (eighth pass)
_MENTIONING: Final = frozenset({"calling", "so-called", "dubbed", "labelled", "labeled", "self-described",
                                "self-identified", "self-identifying", "labeling", "labelling"})
# after "extremist": the standard term for an armed or militant group ("extremist groups such as al-Qaida")
_GROUP_NOUNS: Final = frozenset({"group", "groups", "organization", "organizations", "organisation",
                                 "organisations", "militants", "network", "networks", "cells", "cell", "fighters",
                                 "movement", "movements", "factions", "faction", "militias", "militia"})


# after "extremist": the ties of a militant ("those with extremist ties joined the fray")
_AFFILIATIONS: Final = frozenset({"ties", "links", "connections", "affiliations"})


def _extremist_group(doc: Doc, stop: int) -> bool:
    """ "extremist groups", "extremist and hate organizations" (a coordinated category before the group noun),
    "extremist ties": the standard term for a militant group and its members' links."""
    norms = doc.norms
    if stop >= len(norms):
        return False
    if norms[stop] in _GROUP_NOUNS or norms[stop] in _AFFILIATIONS:
        return True
    return norms[stop] in ("and", "or") and stop + 2 < len(norms) and doc.is_word[stop + 1] \
        and norms[stop + 2] in _GROUP_NOUNS


def _mentioned(doc: Doc, i: int) -> bool:
    """Is the word at ``i`` a term mentioned, one to three words after "calling", "so-called", "dubbed"?"""
    sentence_first = doc.sentences[doc.sentence_of[i]].first
    return any(doc.norms[k] in _MENTIONING for k in range(max(sentence_first, i - 3), i))


# "a radical transformation", "radical changes": radical = sweeping, no label
_DRASTIC_NOUNS: Final = frozenset({"transformation", "transformations", "change", "changes", "shift", "shifts",
                                   "overhaul", "departure", "restructuring", "redesign", "rethink", "rethinking",
                                   "reform", "reforms", "break", "reduction", "reductions", "increase", "expansion",
                                   "innovation", "improvement", "makeover", "reorganization", "simplification"})


_HEADLINE_TOKENS: Final = 16  # tokens of a headline line in the text, which ends with no full stop


def _headline_position(doc: Doc, i: int) -> bool:
    """In the title, or opening a headline line of a digest ("| Dems push committee", "Dems: Health care vote
    will backfire"), or a short line with no full stop ("• Syria casts shadows on 2016 Dems"): where shorthand for
    a party is headline style (readers judged "Dems" there neutral)."""
    if doc.field == "title":
        return True
    sentence = doc.sentences[doc.sentence_of[i]]
    first = sentence.first
    if sentence.stop - first <= _HEADLINE_TOKENS and doc.is_word[sentence.stop - 1]:
        return True  # a short line with no full stop: a headline in the text ("McDonough to Dems: We've got this")
    j = i - 1
    return i == first or j >= 0 and doc.tokens[j] in ("|", "•", ":") and (j == first or not doc.is_word[j])


# "loser(s)" beside "winner(s)": who gains and who loses by a policy, a drought, a debate ("the losers
# would be a few middle-class filers", "6 winners and 3 losers"): the plain sense, not the insult
_WINNERS: Final = frozenset({"winner", "winners"})
_LOSERS: Final = frozenset({"loser", "losers"})


def _winners_and_losers(doc: Doc, i: int) -> bool:
    """Does "winner(s)" occur in the sentence of token ``i`` or in the sentence before it?"""
    s = doc.sentence_of[i]
    first = doc.sentences[max(0, s - 1)].first
    stop = doc.sentences[s].stop
    return any(doc.norms[k] in _WINNERS for k in range(max(first, i - _DEFINING_REACH),
                                                          min(stop, i + _DEFINING_REACH + 1)))


# "mob" for a crowd that did violence ("killed by a mob", "the mob set fire to their shops", "a mob of
# Libyans attacked the consulate", "mob lynching"): the plain word for that crowd. Not when a word before
# it makes it a figure for people who only judge ("a Twitter mob", "an online rage mob"); a crowd that
# stormed or blocked something without killing or burning may still be called a mob to judge it (the
# protesters of tests/same_story.py), so those verbs are not listed.
_MOBS: Final = frozenset({"mob", "mobs"})
_PHYSICAL_VIOLENCE: Final = frozenset({
    "lynching", "lynchings", "lynched", "lynch", "killed", "killing", "killings", "murdered", "burned", "burnt",
    "torched", "fire", "attacked", "looted", "looting", "beaten", "stoned", "destroyed", "fled", "flee",
    "massacre", "massacred", "dragged", "hanged"})
_FIGURATIVE_MOB: Final = frozenset({"twitter", "online", "social", "media", "internet", "digital", "cyber",
                                    "virtual", "outrage", "rage", "grievance", "woke", "politically-correct"})


def _violent_crowd(doc: Doc, i: int) -> bool:
    """Is the "mob" at ``i`` in a sentence of physical violence, with no figurative word just before it?"""
    sentence = doc.sentences[doc.sentence_of[i]]
    norms = doc.norms
    if any(norms[k] in _FIGURATIVE_MOB for k in range(max(sentence.first, i - 3), i)):
        return False
    return any(norms[k] in _PHYSICAL_VIOLENCE for k in range(max(sentence.first, i - _DEFINING_REACH),
                                                               min(sentence.stop, i + _DEFINING_REACH + 1)))


def loaded_keep(doc: Doc, match: Match) -> str | None:
    if match.entry.category == "plain":
        return "plain use"
    plain = plain_use(doc, match) or standard_term(doc, match.first, match.stop, match.entry.term) \
        or mentioned_not_used(doc, match.first, match.stop) or everyday_sense(doc, match) or literal_sense(doc, match) \
        or name_or_applied_label(doc, match.first, match.stop) or denied_or_named(doc, match) \
        or violent_event_told(doc, match) or descriptive_use(doc, match.first, match.stop, match.entry.term) \
        or fixed_sense(doc, match.first, match.stop, match.entry.term) \
        or reported_not_judged(doc, match.first, match.stop, match.entry.term)
    if plain:
        return plain
    if match.entry.term == "radical" and any(doc.norms[k] in _DRASTIC_NOUNS and doc.is_word[k - 1]
                                             for k in range(match.stop, min(len(doc.norms), match.stop + 2))):
        return "a radical transformation: sweeping, not a label"
    if _mentioned(doc, match.first):
        return "a term mentioned ('what they call the Deep State', 'so-called'), not used to judge"
    if match.entry.term == "dems" and _headline_position(doc, match.first):
        return "Dems in a headline: the shorthand for Democrats, not a label"
    if match.entry.term in ("extremist", "extremists") and _extremist_group(doc, match.stop):
        return "extremist groups: the standard term for a militant group"
    if negated(doc, match.first):
        return "negated"
    if match.entry.term in _LOSERS and _winners_and_losers(doc, match.first):
        return "winners and losers: who gains and who loses, not the insult"
    if match.entry.term in _MOBS and _violent_crowd(doc, match.first):
        return "a mob that did violence: the plain word for that crowd"
    if match.entry.category == "pejorative" and _defining_sentence(doc, match.first):
        return "a term in a definition"
    if match.entry.term in ("lies", "lie") and match.stop < len(doc.norms) and doc.norms[match.stop] in _LIES_VERB:
        return "the danger lies in ...: the verb"
    if match.entry.term in EVENT_NOUNS and event_name(doc, match.first):
        return "the event's name (the Orlando massacre)"
    if match.entry.term in ("regime", "regimes") and match.first > 0 \
            and doc.norms[match.first - 1] in REGIME_NEUTRAL:
        return "technical regime"
    return None


_SHAPE_ENDS: Final = ("ist", "ists", "ism")
_PROFESSIONS: Final = ("ologist", "ologists", "iatrist", "iatrists", "therapist", "therapists", "pharmacist",
                       "pharmacists", "ethicist", "ethicists", "lobbyist", "lobbyists", "scientist", "scientists",
                       "journalist", "journalists", "columnist", "columnists", "economist", "economists", "artist",
                       "artists", "dentist", "dentists", "physicist", "physicists", "chemist", "chemists", "novelist",
                       "novelists", "linguist", "linguists", "specialist", "specialists", "strategist", "strategists",
                       "pianist", "pianists", "guitarist", "guitarists", "cyclist", "cyclists", "motorist",
                       "motorists", "tourist", "tourists", "hygienist", "hygienists", "geneticist", "geneticists",
                       "meteorologist", "meteorologists", "cartoonist", "cartoonists", "stylist", "stylists", "jurist",
                       "jurists", "florist", "florists", "essayist", "essayists", "publicist", "publicists",
                       "humorist", "humorists", "satirist", "satirists", "violinist", "violinists", "panelist",
                       "panelists", "finalist", "finalists", "medalist", "medalists", "archivist", "archivists",
                       "botanist", "botanists", "industrialist", "industrialists", "pugilist", "pugilists",
                       "philanthropist", "philanthropists")
# words ending in -ist that are no label at all: verbs and plain nouns ("measures will persist")
_NOT_LABELS: Final = frozenset({
    "persist", "persists", "insist", "insists", "assist", "assists", "exist", "exists", "resist", "resists",
    "consist", "consists", "subsist", "desist", "enlist", "enlists", "twist", "twists", "list", "lists", "mist",
    "fist", "fists", "wrist", "wrists", "gist", "heist", "heists", "schism", "prism", "organism", "organisms",
    "mechanism", "mechanisms", "tourism", "journalism", "baptism", "metabolism", "autism", "rheumatism",
    "aneurism", "criticism", "criticisms", "optimism", "pessimism", "skepticism", "scepticism", "terrorism",
    "vandalism", "plagiarism", "favoritism", "nepotism", "cynicism", "realism", "mysticism", "idealism"})


# "anti-Trumpers", "anti-Semites": the shapes of an anti- word that name people, and so label them
_LABEL_NOUN_ENDS: Final = ("er", "ers", "ite", "ites")
# groups whose own names end like a label noun: "anti-Shiite" is an adjective of stance, as "anti-Trump"
_ITE_GROUPS: Final = frozenset({"shiite", "shiites", "sunnite", "sunnites", "israelite", "israelites"})
# "anti-Semitic tropes", "anti-gay bullies": anti- a group of people charges prejudice, a judgement
_PREJUDICE_TARGETS: Final = frozenset({"semitic", "semitism", "black", "blackness", "muslim", "islam", "islamic",
                                       "immigrant", "gay", "lgbt", "lgbtq", "trans", "transgender", "catholic",
                                       "christian", "jewish", "asian", "hispanic", "latino", "mexican", "arab",
                                       "women", "woman", "white"})


def _in_title(doc: Doc, i: int) -> bool:
    """Is the capitalised word at ``i`` inside a title ("books like How to Be an Antiracist"): another
    capitalised word, not opening the sentence, one or two words before it?"""
    if not doc.tokens[i][:1].isupper():
        return False
    first = doc.sentences[doc.sentence_of[i]].first
    return any(doc.is_word[k] and doc.tokens[k][:1].isupper() for k in range(max(first + 1, i - 2), i))


@functools.cache
def _viable() -> frozenset[str]:
    """Strong VADER words the model could ever accept (exact bound over its context features).

    A word is skipped only when even the most favourable context (the largest
    weight of every context feature group) cannot lift it to the threshold.
    """
    m = model()
    strong = strong_words()
    if m is None:
        return strong
    best: dict[str, float] = {}
    for f, w in m.weights.items():
        group = f.split("=", 1)[0] if "=" in f else f
        if group in ("w", "suf", "v", "shape", "src", "m", "multi"):  # fixed for a VADER word
            continue
        if group in ("cap", "cap_start", "allcaps"):  # one of them at most
            group = "cap"
        best[group] = max(best.get(group, 0.0), w)
    lift = m.intercept + sum(best.values()) + m.weights.get("src=vader", 0.0) + m.weights.get("m=valenced", 0.0)
    out: set[str] = set()
    for word in strong:
        z = lift + sum(m.weights.get(f, 0.0) for f in word_info(word)[1])
        if sigmoid(z) >= m.threshold:
            out.add(word)
    return frozenset(out)


_VALENCED: Final = 1
_SHAPE: Final = 2


def _kind(word: str, viable: frozenset[str]) -> int:
    """Is ``word`` a candidate: a viable strongly valenced word, or a labelling shape (-ist, -ism, x-y)?"""
    if word in viable:
        return _VALENCED
    if len(word) > 5 and (word.endswith(_SHAPE_ENDS) or "-" in word) \
            and word_info(word)[0] not in ("", "strong"):
        return _SHAPE
    return 0


def _type_kind(viable: frozenset[str], t: TokenType) -> int:
    """:func:`_kind` of a token type's norm."""
    return _kind(t.norm, viable)


# the kind of each token type for the viable set asked with (the model's, or every strong word while the
# model is trained): another set, as after the model is reloaded, drops the kinds of the one before
_KINDS: Final = TokenMemo("loaded: candidate kind (for a set of viable words)", _type_kind)


_VADER_RULES: Final[dict[str, tuple[str, bool]]] = {}  # word -> (its rule, adjectival), per process
_SHAPE_RULES: Final[dict[str, str]] = {}


def _vader_rule(w: str) -> tuple[str, bool]:
    """The rule of a valenced candidate and whether it is adjectival (both depend on the word alone)."""
    got = _VADER_RULES.get(w)
    if got is None:
        from ..language_data import vader_lexicon

        got = (f"vader: {w} [valenced {vader_lexicon()[w]:+.1f}]", adjectival(w, "valenced"))
        if len(_VADER_RULES) < 100_000:
            _VADER_RULES[w] = got
    return got


def _shape_rule(w: str) -> str:
    got = _SHAPE_RULES.get(w)
    if got is None:
        got = f"shape: {w} [label {word_info(w)[0]}]"
        if len(_SHAPE_RULES) < 100_000:
            _SHAPE_RULES[w] = got
    return got


def valenced_candidates(ctx: Context, training: bool = False) -> list[Candidate]:
    """Model-gated candidates: strongly valenced VADER words and labelling shapes outside the lexicons.

    ``training``: the alarmist model is being trained (``framing.learn.training.alarmist``), so every
    strongly valenced word is a candidate, with or without a packaged model."""
    if model() is None and not training:
        return []
    viable = strong_words() if training else _viable()
    out: list[Candidate] = []
    kept = _KINDS.kept(viable)
    for doc in ctx.docs:
        types, norms, is_word = doc.types, doc.norms, doc.is_word
        ev: Evaluative | None = None  # made at the doc's first candidate
        for i in range(len(types)):
            t = types[i]
            kind = kept[t.serial]
            if kind is None:
                kind = _KINDS.answer(kept, t, viable)
            if not kind:
                continue
            if ev is None:
                ev = Evaluative(ctx, doc)
            if i in ev.taken or i in ev.plain or not is_word[i]:
                continue
            w = norms[i]
            if kind == _VALENCED:
                if negated(doc, i) or w in EVENT_NOUNS and event_name(doc, i) or ampersand_name(doc, i, i + 1) \
                        or reported_not_judged(doc, i, i + 1, w):
                    continue
                rule, adj = _vader_rule(w)
                first, stop = extend(doc, i, i + 1, adj, ev)
                out.append(Candidate(doc, i, i + 1, first, stop, rule, "valenced", "vader", True,
                                     ctx.in_quote(doc, doc.starts[i])))
            else:
                if w.endswith(_PROFESSIONS) or w in _NOT_LABELS:
                    continue  # a profession (oncologists, lobbyists), a verb or a plain noun (persist, criticism)
                if w.startswith("anti-") and (not w.endswith(_LABEL_NOUN_ENDS) or w[5:] in _ITE_GROUPS) \
                        and w[5:] not in _PREJUDICE_TARGETS:
                    continue  # "the anti-Trump effort", "an anti-lynching bill": a stance described, not a label
                if _in_title(doc, i):
                    continue  # "How to Be an Antiracist": a title, not the writer's label
                if w.startswith(("nationalis", "supremacis")) and i > 0 and norms[i - 1] == "white" \
                        or standard_label_shape(doc, i, w):
                    continue  # "white nationalism", "white supremacists", "Trumpism": the standard names of a movement
                if _mentioned(doc, i) or standard_term(doc, i, i + 1, w) or mentioned_not_used(doc, i, i + 1) \
                        or descriptive_use(doc, i, i + 1, w) or reported_not_judged(doc, i, i + 1, w):
                    continue  # "the term 'globalists'", "jihadist attacks": mentioned, or the standard term
                out.append(Candidate(doc, i, i + 1, i, i + 1, _shape_rule(w), "valenced", "shape", True,
                                     ctx.in_quote(doc, doc.starts[i])))
    return out


# Severity words that describe a physical or medical hazard in plain terms when the hazard is named in
# their sentence ("why the hurricane has been especially devastating", "the coronavirus could prove brutal",
# "fire survivors coping with the disaster"), and nouns that make "disaster" a plain modifier ("disaster
# funding", "disaster relief"). Readers of AllSides pages (issue 13) judged these descriptive, not judging.
_SEVERITY: Final = frozenset({"disaster", "disasters", "devastating", "devastated", "devastation", "brutal",
                              "catastrophe", "catastrophic", "deadly", "horrific", "tragedy", "tragic"})
_HAZARDS: Final = frozenset({"hurricane", "hurricanes", "storm", "storms", "fire", "fires", "wildfire", "wildfires",
                             "flood", "floods", "flooding", "earthquake", "earthquakes", "quake", "tornado",
                             "tornadoes", "virus", "coronavirus", "covid-19", "pandemic", "epidemic", "outbreak",
                             "disease", "drought", "tsunami", "blaze", "eruption", "heatwave", "famine", "cyclone",
                             "typhoon", "landslide", "mudslide", "avalanche", "smoke", "infection", "infections"})
_DISASTER_MODIFIED: Final = frozenset({"funding", "relief", "aid", "assistance", "declaration", "declarations", "area",
                                       "areas", "zone", "zones", "response", "recovery", "bill", "bills", "management",
                                       "survivors", "victims", "preparedness", "loans", "insurance", "agency", "money",
                                       "spending", "package", "fund", "funds", "plan", "plans", "planning"})
_HAZARD_REACH: Final = 15  # tokens on each side, within the sentence


def plain_severity(doc: Doc, head: int) -> bool:
    """Is the severity word at ``head`` a plain description of a named hazard (see ``_SEVERITY``)?"""
    norms = doc.norms
    if norms[head] not in _SEVERITY:
        return False
    if norms[head] == "disaster" and head + 1 < len(norms) and norms[head + 1] in _DISASTER_MODIFIED:
        return True
    if disaster_named_plainly(doc, head, strict=True):
        return True  # "a natural disaster", "the disaster", "a disaster counseling program": the event named
    if head > 0 and norms[head - 1] == "humanitarian":
        return True  # "the humanitarian disaster / catastrophe": the standard term for a crisis of need
    sentence = doc.sentences[doc.sentence_of[head]]
    return any(norms[k] in _HAZARDS
               for k in range(max(sentence.first, head - _HAZARD_REACH), min(sentence.stop, head + _HAZARD_REACH)))


_SUBHEAD_TOKENS: Final = 8  # tokens of a subheading asked as a question ("Doom for Obamacare?")


def _question_subhead(doc: Doc, i: int) -> bool:
    """Is token ``i`` in a short sentence (at most eight tokens) that ends in a question mark: a subheading that
    asks ("Doom for Obamacare?") and judges no one?"""
    sentence = doc.sentences[doc.sentence_of[i]]
    return sentence.stop - sentence.first <= _SUBHEAD_TOKENS and doc.tokens[sentence.stop - 1] == "?"


# a fear word said of what the speaker went through ("'It was terrifying,' she said", "'It's scary that there
# is this group in France now,' he says"): the feeling told, not a judgement of anyone
_FEELINGS: Final = frozenset({"terrifying", "scary", "frightening", "horrifying"})
_IT_IS: Final = frozenset({"it's", "it’s", "that's", "that’s"})
_IS: Final = frozenset({"is", "was", "been"})
_SOFTENERS: Final = frozenset({"so", "very", "really", "pretty", "just", "quite", "absolutely", "truly", "still"})


def _feeling_told(doc: Doc, i: int) -> bool:
    """Is the fear word at ``i`` the predicate of "it was", "it's", "it has been" (an intensifier between)?"""
    norms = doc.norms
    if norms[i] not in _FEELINGS:
        return False
    first = doc.sentences[doc.sentence_of[i]].first
    k = i - 1
    if k > first and norms[k] in _SOFTENERS:
        k -= 1
    if k < first:
        return False
    if norms[k] in _IT_IS:
        return True
    if norms[k] == "been" and k - 1 > first and norms[k - 1] in ("has", "had"):
        k -= 1
    return norms[k] in _IS and k > first and norms[k - 1] in ("it", "that")


def _in_spans(starts: list[int], spans: list[tuple[int, int]], pos: int) -> bool:
    """Is character ``pos`` inside one of ``spans`` (sorted, not overlapping; ``starts`` their starts)?"""
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and pos < spans[k][1]


def candidates(ctx: Context, training: bool = False) -> list[Candidate]:
    """Rule candidates from the loaded lexicon, then the model-gated ones (see :func:`valenced_candidates`),
    A word in quotation marks that
    are no direct quotation (:meth:`.Context.scare_quotes`: called the plan a "terrible deal", had been
    "bullied", a "corrupt bargain") is someone else's term, not the writer's own wording: it is labelled
    quoted like the words of a quotation, and so counts in the measure ``quoted``, not in the value."""
    emotive = [c for c in emotive_candidates(ctx)
               if not _question_subhead(c.doc, c.head) and not (c.quoted and _feeling_told(c.doc, c.head))
               and not descriptive_use(c.doc, c.head, c.head + 1, c.doc.norms[c.head])
               and not fixed_sense(c.doc, c.head, c.head + 1, c.doc.norms[c.head])
               and not reported_not_judged(c.doc, c.head, c.head + 1, c.doc.norms[c.head])]
    found = lexicon_candidates(ctx, NAME, "loaded", loaded_keep) + emotive + valenced_candidates(ctx, training)
    scare: dict[str, tuple[list[int], list[tuple[int, int]]]] = {}
    for doc in ctx.docs:
        spans = sorted(ctx.scare_quotes(doc))
        scare[doc.field] = ([a for a, _ in spans], spans)
    out: list[Candidate] = []
    for c in found:
        starts, spans = scare[c.doc.field]
        if spans and _in_spans(starts, spans, c.doc.starts[c.first]):
            c.quoted = True  # others' term, not the writer's own wording
        c.stop = trimmed_stop(c.doc, c.head_stop, c.stop)  # "insidious rather [than]": no comparison word at the end
        out.append(c)
    return out


VALENCED: Final = "valenced"  # strongly valenced VADER words the model keeps: shown apart, not counted
LABELS: Final = "labels"  # labelling word shapes the model keeps ("leftists", "anti-Trump"): loaded


def compute(ctx: Context) -> FeatureResult:
    """Loaded phrases per 1,000 words (title and text). The value, the ``quoted`` measure and the
    highlights count judging wording only: the lexicon's entries, ``emotive`` words and labelling
    shapes (``labels``). Strongly valenced words the model keeps (``valenced``: "bloody", "the sick
    and injured", "peaceful relations") were right about one time in four by reading (a strong word
    is not a judgement): they stay evidence of the measure ``valenced``, listed and counted apart, and
    count toward nothing else (as exaggeration in :mod:`.alarmist`)."""
    kept = decide(candidates(ctx))
    for c in kept:
        if c.source == "shape":
            c.measure = LABELS
        if plain_severity(c.doc, c.head):
            c.measure = VALENCED  # a strong word that describes a named hazard: listed apart, not counted
    evidence = to_evidence(NAME, kept)
    judging = [e for e in evidence if e.measure != VALENCED]
    measures = [m for m in category_measures(ctx, "loaded", judging, extra=(LABELS, EMOTIVE)) if m.name != "plain"]
    return rate_result(NAME, ctx, evidence, measures, apart=VALENCED)
