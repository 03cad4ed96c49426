"""Noun phrases found where a speaker stands that name no speaker, and outlet names cut short.

The speaker search (:mod:`.speakers`) takes the noun phrase before or after a cue. Some of those phrases
are no source a reader would name: a number ("Eighteen days into the shutdown"), a word that opens its
sentence and is no name (a gerund, adverb or participle: "Addressing", "Apparently", "Stunned"), a
law's text ("the bill threatens": :mod:`.non_speaker_texts`), "What" of a clause, an imperative or an outlet
that obtained a document (:mod:`.non_speaker_words`), or a place that is the object of a preposition
("plans with Central America", "in southern Nevada"). And a
name with a time word in it is cut where the time word is ("USA Today" to "USA", "a Morning Consult
survey" to "Consult"), and a name is cut at a middle initial's period ("said Michael V. Hayden" to "Michael V",
which readers of draw 5353 judged wrong: "cuts the name"): :func:`complete_name` gives the whole name back.
"""
from __future__ import annotations

import functools
from importlib import resources
from typing import Final

from ...lexicons import Match, load_lexicon
from ...text import Doc
from .facts import NameCase, base_norm
from .grammar import WordLists, is_cap, is_date, np_left
from .speaker_span_roles import opens_with_preposition, opens_with_topic_preposition
from .speaker_span_fragments import adverbial_after_opening_preposition
from .speaker_non_nouns import caption_direction, comparative_measure, ends_without_noun, opens_on_a_verb
from .speaker_opening_phrases import lone_determiner, participle_clause, research_opening
from .non_speaker_texts import law_text
from .non_speaker_words import no_source_opening
from .non_speaker_objects import cue_part_not_speaker  # (read by :mod:`.speakers`, beside these checks)
from .speaker_survey_shares import survey_share
from .speaker_title_abbreviations import past_title_abbreviation


@functools.cache
def _number_words() -> frozenset[str]:
    """Spelled numbers and fractions (``non_speakers``, category ``number``): "eighteen", "three-quarters"."""
    return frozenset(e.term for e in load_lexicon("non_speakers").entries if e.category == "number")


@functools.cache
def _opener_words() -> frozenset[str]:
    """Words that open a sentence as part of a longer phrase, never a speaker alone (``non_speakers``, category
    ``opener``): "Rather than", "Mere months ago", "Once the ..."."""
    return frozenset(e.term for e in load_lexicon("non_speakers").entries if e.category == "opener")


@functools.cache
def us_places() -> dict[str, str]:
    """US states and cities by lower-case name (``lexicons/us_places.txt``): "nevada" -> "us_state"."""
    text = (resources.files("framing") / "analysis" / "lexicons" / "us_places.txt").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            term, _, category = line.partition("\t")
            out[term.strip()] = category.strip()
    return out


@functools.cache
def _us_place_words() -> frozenset[str]:
    return frozenset(w for term in us_places() for w in term.split())


# words before a place that make it a place where something happens, not who speaks ("plans with Central
# America", "in southern Nevada", "left Denver to announce")
_BEFORE_A_PLACE: Final = frozenset({"in", "with", "to", "from", "at", "across", "into", "throughout", "near",
                                    "outside", "inside", "around", "through", "toward", "towards", "left",
                                    "visited", "southern", "northern", "eastern", "western", "central",
                                    "downtown", "rural", "across"})
_PLACE_JOINERS: Final = frozenset({"and", "the", "of", "new", "north", "south", "east", "west", "central",
                                   "st", ".", "city", "san", "los", "las"})
# words before a participle that make it the head of its phrase ("those surveyed", "the accused", "we
# interviewed") or a passive's ("isn't resolved"), not a participle after a noun
_BEFORE_A_PARTICIPLE_NOUN: Final = frozenset({"those", "these", "the", "a", "an", "of", "we", "they", "i", "you",
                                              "he", "she", "it", "some", "many", "all", "most", "few", "others", "is", "are",
                                              "was", "were", "be", "been", "being", "not", "get", "got"})
# words that open a new sentence after a lone capital and its period, never a surname ("Plan B. The group")
_OPENING_WORDS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "it", "he", "she", "they",
                                   "we", "i", "you", "his", "her", "its", "their", "our", "my", "in", "on", "at",
                                   "but", "and", "or", "so", "if", "when", "as", "for", "there", "then", "yet"})
# time words that are also words of a name ("USA Today", "Morning Consult", "Access Now")
_NAME_TIME_WORDS: Final = frozenset({"today", "tonight", "morning", "now"})


def is_number(norm: str) -> bool:
    """Is a word a number, spelled ("eighteen", "three-quarters", "one-in-ten") or in figures ("18")?"""
    if norm[:1].isdigit():
        return True
    return norm in _number_words() or norm.split("-")[0] in _number_words() and "-" in norm


def place_only(doc: Doc, first: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase ``[first, stop)`` made of place names alone ("Nevada", "Central America", "New
    Hampshire and Nevada"), no name, title or demonym in it?"""
    us = _us_place_words()
    named = False
    for t in range(first, stop):
        norm = base_norm(doc.norms[t])
        if not doc.is_word[t] or norm in _PLACE_JOINERS:
            continue
        if not is_cap(doc.tokens[t]) or norm not in lists.places and norm not in us:
            return False
        named = True
    return named


def us_state_only(doc: Doc, first: int, stop: int) -> bool:
    """Is the phrase a US state's name alone ("Nevada", "the state of Texas" is not; "New Hampshire")?"""
    words = [base_norm(doc.norms[t]) for t in range(first, stop) if doc.is_word[t]]
    if words and words[0] == "the":
        words = words[1:]
    return bool(words) and us_places().get(" ".join(words)) == "us_state"


def not_a_speaker(doc: Doc, first: int, stop: int, lists: WordLists) -> bool:
    """Does the noun phrase ``[first, stop)``, found where a cue's speaker stands, name nobody: a lone number
    ("Eighteen"), a phrase opening with a preposition in -ing ("Regarding the plan"), or a lone word opening its sentence that the article never writes as a name inside a
    sentence and that reads as a gerund, adverb or participle ("Addressing", "Apparently", "Stunned")?"""
    if opens_with_topic_preposition(doc, (first, stop)) or opens_with_preposition(doc, (first, stop)):
        return True  # "Regarding the White House's efforts": a topic; "Ahead of the Memorial": a time
    if ends_without_noun(doc, first, stop) or caption_direction(doc, first, stop):
        return True  # "the lawmakers came away", "no longer", "RIGHT: Mohamud is ..."
    if comparative_measure(doc, first, stop) or opens_on_a_verb(doc, first, stop):
        return True  # "Less than a year later", "This includes articles"
    if lone_determiner(doc, first, stop) or research_opening(doc, first, stop):
        return True  # "According to [a] Monday poll from ...", "Research has found"
    if law_text(doc, first, stop):
        return True  # "the bill threatens", "federal law prohibits"
    if survey_share(doc, first, stop):
        return True  # "the share of Americans who said": a statistic named as such
    if no_source_opening(doc, first, stop):
        return True  # "What Democrats ... do not understand", "Say what you will", "obtained by Fox News"
    if participle_clause(doc, first, stop) and _opening_non_name(doc, first, lists):
        return True  # "Jabbing the President in a personal way, Comey noted"
    if stop - first == 1:
        norm = doc.norms[first]
        if is_number(norm) and norm != "one":
            return True
        if _opening_non_name(doc, first, lists) or adverbial_after_opening_preposition(doc, first, stop):
            return True  # "Apparently", "In [general], ..."
        if norm in _opener_words() and _opens_sentence(doc, first):
            return True  # "Rather than following ...", "Mere months ago, ..."
    return False


def place_after_preposition(doc: Doc, first: int, stop: int, cue_first: int, lists: WordLists) -> bool:
    """Is the phrase, before its cue, places alone after a preposition ("plans with Central America and
    told", "in southern Nevada, the union ... criticized")? (Whether a reader widens it to the phrase it
    ends, "officials in Seoul", is for the caller to ask.)"""
    if stop > cue_first:
        return False  # after its cue the phrase may be where a source is from: "according to a memo from the Pentagon"
    k = first - 1
    while k >= 0 and doc.norms[k] == "the":
        k -= 1
    listed = False  # (the span ends a list after "on": "a focus on Iowa, Wisconsin and Ohio")
    if k >= 1 and doc.tokens[k] == "," and any(doc.norms[t] in ("and", "or") for t in range(first, stop)):
        # the last items of a list of places after a preposition ("a focus on Iowa, [Wisconsin and Ohio] suggested",
        # "rallies in the Bay Area, [Boston and Portland], Oregon, say": twentieth pass, draws 7474-7878, both read
        # wrong): back over the earlier items, capitalised words, to the preposition; the span joins the last
        # two ("and"), not a phrase that opens a clause ("After her meeting with Obama, the White House announced")
        j = k - 1
        while j > 0 and k - j <= 4 and doc.is_word[j] and (is_cap(doc.tokens[j]) or doc.norms[j] == "the"):
            j -= 1
        if j < k - 1 and doc.is_word[j] and (doc.norms[j] in _BEFORE_A_PLACE or doc.norms[j] == "on") \
                and not any(is_date(doc, t, j + 1, k, lists) for t in range(j + 1, k)):  # (not "with Trump on
            # Wednesday, Costa asked")
            k, listed = j, True
    if k >= 1 and doc.norms[k] == "to" and doc.norms[k - 1] == "close":
        return False  # "a source close to the White House": who speaks is before it (a reader widens to it)
    return k >= 0 and doc.is_word[k] and (doc.norms[k] in _BEFORE_A_PLACE or listed) \
        and doc.sentence_of[k] == doc.sentence_of[first] and place_only(doc, first, stop, lists)


def place_before_colon(doc: Doc, first: int, stop: int, cue_first: int, lists: WordLists) -> bool:
    """Is a US state or a city the "speaker" of a colon ("Mosul: Corpses, booby traps ...", "Also:
    Louisiana primary."): a place line, not a place that speaks (a country before a colon can be its
    government: "Iran: ...", and stays)?"""
    if doc.tokens[cue_first] != ":":
        return False
    words = [base_norm(doc.norms[t]) for t in range(first, stop) if doc.is_word[t]]
    if words and words[0] == "the":
        words = words[1:]
    return bool(words) and " ".join(words) in us_places()


# verbs and prepositions before a phrase that make it the one spoken to or with, not the speaker, before a colon
_TOLD_BEFORE: Final = frozenset({"tell", "tells", "told", "telling", "with", "to", "asked", "asking", "informed",
                                 "informing", "reminded", "reminding", "assured", "assuring", "warned", "warning"})


def recipient_before_colon(doc: Doc, first: int, stop: int, cue_first: int) -> bool:
    """Is the phrase before a colon the one told ("telling the New York Times: “I urge ...”", "in an interview
    with Fox News: ..."): the speaker is the teller, named before it?"""
    return doc.tokens[cue_first] == ":" and first > 0 and doc.norms[first - 1] in _TOLD_BEFORE \
        and doc.is_word[first - 1] and not (first > 1 and doc.norms[first - 2] == "according")  # "According to X:"


def _opens_sentence(doc: Doc, t: int) -> bool:
    """Is the word at ``t`` the first word of its sentence?"""
    sent = doc.sentences[doc.sentence_of[t]]
    return next((k for k in range(sent.first, t + 1) if doc.is_word[k]), None) == t


def _opening_non_name(doc: Doc, t: int, lists: WordLists) -> bool:
    """Is the word at ``t`` the first word of its sentence, capitalised, shaped like a gerund, adverb or
    participle ("Addressing", "Apparently", "Confronted"), and never capitalised inside a sentence of the
    Doc (so no surname: "Fleming", "Kelly" and "Reed" are, where the article names them)?"""
    tok = doc.tokens[t]
    if not doc.is_word[t] or not is_cap(tok) or tok.isupper():
        return False
    sent = doc.sentences[doc.sentence_of[t]]
    opening = next((k for k in range(sent.first, t + 1) if doc.is_word[k]), None)
    if opening != t:
        return False
    norm = base_norm(doc.norms[t])
    if not (norm.endswith("ing") and len(norm) >= 6 or norm.endswith("ly") and len(norm) >= 6
            or norm.endswith("ed") and len(norm) >= 6):
        return False
    if norm in lists.titles or norm in lists.org_heads or norm in lists.outlets:
        return False
    # (how the Doc writes its words is read only here, for the rare capitalised opening word shaped so)
    return norm not in NameCase(doc).inside


def without_trailing_participle(doc: Doc, first: int, stop: int, cue: Match, lists: WordLists) -> int:
    """The stop of the phrase without a participle that ends it after a common noun ("A poll released" Monday
    showed, "according to a lawsuit filed" Monday: the document is the source, not its making); "those
    surveyed", "the politically engaged" keep theirs. After "according to", a participle with "by" soon after
    it stays: the reader takes its author ("a statement released Thursday by the Health Department")."""
    if stop - first < 2 or not doc.is_word[stop - 1] or not doc.is_word[stop - 2]:
        return stop
    if first >= cue.stop and "by" in doc.norms.between(stop, min(stop + 5, len(doc.norms))):
        return stop
    last, before = doc.norms[stop - 1], doc.norms[stop - 2]
    if not last.endswith("ed") or len(last) < 5 or is_cap(doc.tokens[stop - 1]) or is_cap(doc.tokens[stop - 2]):
        return stop
    if before in _BEFORE_A_PARTICIPLE_NOUN or before.endswith(("ly", "n't", "n’t")) \
            or last in lists.vague or last in lists.titles or last in lists.person_nouns or last in lists.groups:
        return stop
    return stop - 1


def complete_name(doc: Doc, first: int, stop: int, lists: WordLists) -> tuple[int, int]:
    """The span grown over a capitalised time word that is part of its name ("USA" + "Today", "Morning" +
    "Consult", "Access" + "Now"): a time word in title case right beside a capitalised word of the span, in
    the same sentence, where the word beyond it is not capitalised too (a headline capitalises every word:
    "Trump Now Says" stays "Trump")."""
    n = len(doc.norms)
    sent = doc.sentence_of[first]
    after = stop
    if after < n and doc.norms[after] in _NAME_TIME_WORDS and doc.sentence_of[after] == sent \
            and is_cap(doc.tokens[after]) and is_cap(doc.tokens[stop - 1]) and doc.is_word[stop - 1] \
            and not (after + 1 < n and doc.is_word[after + 1] and is_cap(doc.tokens[after + 1])):
        stop = after + 1
    stop = past_middle_initial(doc, first, stop, lists)
    stop = past_title_abbreviation(doc, first, stop, lists)  # "retired Army Gen" + ". Thomas Spoehr"
    before = first - 1
    if before >= 0 and doc.norms[before] in _NAME_TIME_WORDS and doc.sentence_of[before] == sent \
            and is_cap(doc.tokens[before]) and is_cap(doc.tokens[first]) and doc.is_word[first] \
            and before - 1 >= 0 and doc.is_word[before - 1] and not is_cap(doc.tokens[before - 1]):
        first = before
    return first, stop


def past_middle_initial(doc: Doc, first: int, stop: int, lists: WordLists) -> int:
    """The span's end grown over the period of a middle initial and the surname after it ("Michael V" + ". Hayden",
    "Ibram X" + ". Kendi"): the span ends on one capital letter after a capitalised word, and a period and a
    capitalised word that is no pronoun or function word follow in the same sentence; else ``stop``."""
    n = len(doc.norms)
    last = stop - 1
    if stop - first < 2 or stop + 1 >= n or len(doc.tokens[last]) != 1 or not doc.tokens[last].isupper() \
            or doc.tokens[stop] != "." or not doc.is_word[last - 1] or not is_cap(doc.tokens[last - 1]):
        return stop
    surname = stop + 1
    if not doc.is_word[surname] or not is_cap(doc.tokens[surname]) or doc.sentence_of[surname] != doc.sentence_of[last] \
            or base_norm(doc.norms[surname]) in lists.not_names or doc.norms[surname] in _OPENING_WORDS \
            or doc.tokens[surname].isupper():
        return stop
    return surname + 1


def inside_a_title(doc: Doc, first: int, stop: int, cue: Match) -> bool:
    """Is the cue a capitalised word inside a name that the phrase before it begins ("told All Things
    Considered that": a programme's name, not "All Things" considering)? Only in a sentence written in lower
    case: a headline capitalises its verbs ("Trump Says He Will Win"), and a subhead in capitals inside the
    body stays ("KERRY SAYS ATTACKS STILL POSSIBLE")."""
    if stop != cue.first or not is_cap(doc.tokens[cue.first]) or not is_cap(doc.tokens[stop - 1]) \
            or doc.tokens[cue.first].isupper():
        return False
    sent = doc.sentences[doc.sentence_of[cue.first]]
    opening = next((k for k in range(sent.first, cue.first) if doc.is_word[k]), None)
    if opening is None or opening == cue.first or not doc.is_word[cue.first - 1]:
        return False
    lower = sum(1 for k in range(sent.first, sent.stop) if doc.is_word[k] and not is_cap(doc.tokens[k])
                and len(doc.tokens[k]) >= 4)
    return lower >= 3


# endings of plural nouns for people ("insurers", "donors", "economists", "historians", "residents")
_AGENT_PLURALS: Final = ("ers", "ors", "ists", "ians", "ants", "ents", "ives", "ees")


def lone_word_after_cue(doc: Doc, first: int, stop: int, cue: Match, lists: WordLists) -> bool:
    """Is the phrase after its cue one word in lower case that names no source (no title, crowd, vague
    source, person noun, body or outlet word): "the window ... slammed shut Monday", not "said officials",
    "said police", "say insurers", "according to filings" (whatever follows "according to" is its source),
    "eMarketer" or "factcheck.org" (names written so)?"""
    if first < cue.stop or stop - first != 1 or not doc.is_word[first] or is_cap(doc.tokens[first]) \
            or cue.entry.words[0] == "according":
        return False
    tok = doc.tokens[first]
    norm = base_norm(doc.norms[first])
    if tok != tok.lower() or "." in tok or norm.endswith(_AGENT_PLURALS):
        return False
    return not (norm in lists.titles or norm in lists.groups or norm in lists.vague or norm in lists.person_nouns
                or norm in lists.org_heads or norm in lists.outlet_heads or norm in lists.outlets
                or norm in lists.not_names)


def name_before_place_of(doc: Doc, first: int, stop: int, lists: WordLists) -> tuple[int, int] | None:
    """For a place alone after "of" that follows a person's name ("House Speaker John Boehner (R) of Ohio said",
    "Rep. Doug Collins (R-Ga.) of Georgia, the ranking Republican, said"): the name, who speaks; else None."""
    if first < 2 or doc.norms[first - 1] != "of" or not place_only(doc, first, stop, lists):
        return None
    sent_first = doc.sentences[doc.sentence_of[first]].first
    name = np_left(doc, first - 1, sent_first, lists)
    if name is None or name[1] - name[0] < 2 or not all(is_cap(doc.tokens[t]) for t in range(name[0], name[1])
                                                        if doc.is_word[t]):
        return None
    if place_only(doc, name[0], name[1], lists):
        return None  # "the state of New York of ..."
    return name
