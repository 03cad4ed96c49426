"""Speaker spans that are the object of a word or a verb near the cue, not who speaks, as a reader reads them.

- a place after a preposition inside a longer subject ("his big wins in the early contests of New Hampshire
  and Nevada also showed"): the subject is the wins, nobody who speaks;
- the phrase after "familiar with" or "close to" ("Sources familiar with the cables said"): who speaks is
  the phrase before it, with it ("Sources familiar with the cables");
- a name inside a clause set off by commas before an inverted "said" ("whether the officer, Darren Wilson,
  should be charged, said Ed Magee, spokesman for the county"): who speaks is the name after the cue;
- the object of a verb after a comma, with no quotation before it ("Bloomberg drops out of the race,
  endorses Joe Biden"): not an inverted speaker, only a verb of saying inverts so;
- a gerund after the cue ("denied being part of", "suggested sending women"): what was said, nobody;
- an effort or a preposition's object right before "to" and the cue ("The campaign to blame the video",
  "arguments before the Fourth Circuit to argue"): what the infinitive is for, nobody;
- a capitalised place word before a description and a name after an inverted cue ('..." tweeted Tennessee
  writer and author Nancy French'): the whole phrase, up to the name, not the place.

Curated by reading the AllSides dev corpus.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .facts import base_norm
from .grammar import WordLists, is_cap, np_left
from .non_speaker_spans import place_only, us_places
from .speaker_appositive_names import name_beside_title
from .speaker_joined_objects import subject_after_joined_object
from .speaker_modifier_heads import phrase_to_its_noun
from .speaker_np_openings import with_opening_words
from .speaker_span_fragments import fragment_not_speaker, without_opening_preposition

# prepositions after which a place is part of a longer phrase ("the contests of Nevada"), not a subject
_BEFORE_PLACE: Final = frozenset({"of", "in", "from", "at", "across", "throughout", "to", "with", "for", "on"})

# verbs of saying that a speaker follows after a comma, with no quotation before it (", said Ed Magee")
_INVERTING_VERBS: Final = frozenset({"said", "says", "say", "note", "write", "add", "explain", "argue", "warn",
                                     "insist", "observe", "predict", "contend", "caution", "agree", "suggest",
                                     "conclude", "recall", "concede", "assert", "told", "tells", "wrote", "writes",
                                     "added", "adds",
                                     "asked", "asks", "explained", "explains", "noted", "notes", "argued", "argues",
                                     "continued", "continues", "recalled", "recalls", "warned", "warns", "tweeted",
                                     "tweets", "stated", "states", "insisted", "insists", "observed", "observes",
                                     "replied", "replies", "responded", "responds", "agreed", "agrees", "declared",
                                     "declares", "acknowledged", "acknowledges", "cautioned", "cautions", "reported",
                                     "reports", "announced", "announces", "predicted", "predicts", "claimed",
                                     "claims", "suggested", "suggests", "admitted", "admits", "concluded",
                                     "concludes", "conceded", "concedes", "quipped", "quips", "joked", "jokes",
                                     "complained", "complains", "countered", "counters", "emphasized", "emphasizes",
                                     "stressed", "stresses", "posted", "posts", "contended", "contends", "asserted",
                                     "asserts", "remarked", "remarks", "confirmed", "confirms", "according"})

_QUOTE_MARKS: Final = frozenset({"“", "”", '"', "‘", "’", "'"})

# words in -ing that are adjectives before a source ("polling experts", "incoming House Speaker", "ranking
# Democrat"), not a gerund
_ING_ADJECTIVES: Final = frozenset({"polling", "incoming", "outgoing", "ranking", "leading", "founding", "governing",
                                    "visiting", "ruling", "remaining", "opposing", "sitting", "acting", "presiding",
                                    "working", "striking", "retiring", "reigning", "departing", "supporting",
                                    "participating", "consulting", "managing", "reporting", "voting", "lobbying",
                                    "marketing", "publishing", "fact-checking", "competing", "dissenting",
                                    "attending", "investigating", "prosecuting", "defending", "receiving",
                                    "surviving", "neighboring", "neighbouring", "emerging", "existing", "rising",
                                    "growing", "declining", "concerning", "disturbing", "alarming", "following",
                                    "trailing", "longstanding", "long-standing", "outstanding", "king", "spring",
                                    "thing", "morning", "evening", "building", "meeting", "hearing", "briefing",
                                    "ring", "wing", "string", "darling", "sibling", "ceiling", "thanksgiving"})


def place_inside_subject(doc: Doc, span: tuple[int, int], cue_first: int, lists: WordLists) -> bool:
    """Is the span, before its cue, places alone right after a preposition ("the contests of New Hampshire and
    Nevada also showed", "the officials ... in Nevada agreed")? Whoever a reader widens it to was widened
    before this is asked (:func:`.reader.reader_span`); what is left is no speaker."""
    first, stop = span
    if stop > cue_first or first < 1:
        return False
    k = first - 1
    while k > 0 and doc.norms[k] == "the":
        k -= 1
    return doc.is_word[k] and doc.norms[k] in _BEFORE_PLACE and doc.sentence_of[k] == doc.sentence_of[first] \
        and place_only(doc, first, stop, lists)


# heads of an unnamed source "close to" or "familiar with" something ("one person close to the White House")
_UNNAMED_HEADS: Final = frozenset({"source", "person", "people", "someone", "insider", "official", "aide", "adviser",
                                   "advisor", "ally", "friend", "associate", "individual", "republican", "democrat",
                                   "strategist", "operative", "donor", "lawyer", "attorney", "member", "officer",
                                   "diplomat", "staffer", "others", "those", "one"})

# words before such a head inside its phrase ("one senior", "a former", "two top")
_BEFORE_AN_UNNAMED_HEAD: Final = frozenset({"a", "an", "the", "one", "two", "three", "four", "several", "some", "many",
                                            "another", "other", "senior", "former", "top", "both", "few", "longtime",
                                            "current", "high-ranking", "veteran", "close", "second", "third"})


def familiar_with(doc: Doc, span: tuple[int, int], cue_first: int, lists: WordLists) -> tuple[int, int] | None:
    """For a span after "familiar with" or "close to" before its cue ("Sources familiar with [the cables] said"):
    the phrase before it with it ("Sources familiar with the cables"); else None."""
    first, stop = span
    if stop > cue_first or first < 3:
        return None
    k = first - 1
    while k > 1 and doc.norms[k] in ("the", "a", "an"):
        k -= 1
    if not (doc.norms[k] == "with" and doc.norms[k - 1] == "familiar" or doc.norms[k] == "to"
            and doc.norms[k - 1] == "close"):
        return None
    sent_first = doc.sentences[doc.sentence_of[first]].first
    who = np_left(doc, k - 1, sent_first, lists)
    if who is not None and who[1] == k - 1:
        return who[0], stop
    head = k - 2  # "One person close to", "a senior source familiar with": np_left takes no such phrase
    word = base_norm(doc.norms[head]) if head >= sent_first else ""
    if head < sent_first or not doc.is_word[head] or not (word in _UNNAMED_HEADS or word[:-1] in _UNNAMED_HEADS
                                                           or word in lists.vague or word in lists.groups
                                                           or word in lists.person_nouns):
        return None
    j = head
    while j - 1 >= sent_first and head - j < 4 and doc.is_word[j - 1] and (
            doc.norms[j - 1] in _BEFORE_AN_UNNAMED_HEAD or is_cap(doc.tokens[j - 1])):
        j -= 1
    return j, stop


def inverted_name_after(doc: Doc, m: Match, span: tuple[int, int], lists: WordLists) -> tuple[int, int] | None:
    """For a span before an inverted verb of saying after a comma, set off by commas inside a clause ("whether
    the officer, Darren Wilson, should be charged ..., said Ed Magee, spokesman"), the name right after the
    cue when one stands there ending its clause (followed by a comma or the sentence's end); else None."""
    first, stop = span
    if stop > m.first or m.first < 1 or doc.tokens[m.first - 1] != "," or m.stop - m.first != 1 \
            or doc.norms[m.first] not in _INVERTING_VERBS:
        return None
    sent = doc.sentences[doc.sentence_of[m.first]]
    opening = next((t for t in range(sent.first, first + 1) if doc.is_word[t]), first)
    if opening == first:
        return None  # "Smith, a lawyer, said": the phrase opens the sentence; it is the subject
    if not (first >= 1 and doc.tokens[first - 1] == "," and stop < m.first and doc.tokens[stop] == ","):
        return None  # only a name set off by commas inside the clause ("the officer, Darren Wilson,")
    k = m.stop
    while k < sent.stop and k - m.stop < 5 and doc.is_word[k] and is_cap(doc.tokens[k]) \
            and base_norm(doc.norms[k]) not in lists.dates:
        k += 1
    if k - m.stop < 2 or not (k >= sent.stop or doc.tokens[k] in (",", ".", ";")):
        return None
    return m.stop, k


def object_after_comma_verb(doc: Doc, m: Match, span: tuple[int, int]) -> bool:
    """Is the span after a cue that follows a comma, with no quotation before the cue in its sentence, and a
    cue that is no verb of saying ("drops out of the race, endorses Joe Biden")? Then it is the verb's
    object, no inverted speaker."""
    first, _ = span
    if first < m.stop or m.first < 1 or doc.tokens[m.first - 1] != ",":
        return False
    if any(w in _INVERTING_VERBS for w in doc.norms.between(m.first, m.stop)):
        return False
    sent = doc.sentences[doc.sentence_of[m.first]]
    return not any(doc.tokens[t] in _QUOTE_MARKS for t in range(max(sent.first, m.first - 60), m.first))


def gerund_after_cue(doc: Doc, m: Match, span: tuple[int, int]) -> bool:
    """Does the span after the cue open with a gerund in lower case ("denied being part of", "suggested sending
    women", "said eliminating the ability to track ... is a loss"): what is said, nobody who says it?"""
    first, _ = span
    if first < m.stop or doc.norms[m.first] == "according":
        return False
    tok = doc.tokens[first]
    norm = doc.norms[first]
    return doc.is_word[first] and tok == tok.lower() and norm.endswith("ing") and len(norm) >= 5 \
        and norm not in _ING_ADJECTIVES


def name_after_description(doc: Doc, m: Match, span: tuple[int, int], lists: WordLists) -> tuple[int, int]:
    """For a span after the cue that is one capitalised place or demonym word before a description in lower
    case and a name ('tweeted [Tennessee] writer and author Nancy French'), the phrase up to the end of the
    name; else the span."""
    first, stop = span
    n = len(doc.norms)
    if first < m.stop or stop - first != 1 or not is_cap(doc.tokens[first]):
        return span
    word = base_norm(doc.norms[first])
    if word not in lists.places and word not in lists.demonyms and word not in us_places():
        return span
    k = stop
    described = False
    while k < n and k - stop < 5 and doc.is_word[k] and not is_cap(doc.tokens[k]):
        base = base_norm(doc.norms[k])
        described = described or base in lists.titles or base in lists.person_nouns
        k += 1
    if not described or k == stop:
        return span
    j = k
    while j < n and j - k < 4 and doc.is_word[j] and is_cap(doc.tokens[j]):
        j += 1
    return (first, j) if j - k >= 2 else span


# nouns of an effort that take an infinitive ("The campaign to blame the video", "a push to call for"): the
# infinitive says what the effort is for, not what it says
_EFFORTS: Final = frozenset({"campaign", "effort", "efforts", "push", "bid", "attempt", "attempts", "drive", "move",
                             "plan", "decision", "strategy", "pressure", "proposal", "vote", "order", "motion"})

# prepositions before the object of an infinitive's sentence ("arguments before the Fourth Circuit to argue")
# (not "for" or "of": "For Wapo to claim", "the first of several GOP lawmakers to criticize" name who speaks)
_BEFORE_OBJECT: Final = frozenset({"before", "to", "on", "with", "from", "at", "in", "upon", "into"})


def object_before_infinitive(doc: Doc, m: Match, span: tuple[int, int]) -> bool:
    """Is the span, right before "to" and its cue, an effort ("The campaign to blame the video") or the object
    of a preposition ("a valiant effort in arguments before the Fourth Circuit to argue"): what the
    infinitive is for, not who speaks?"""
    first, stop = span
    if stop >= len(doc.norms) or doc.norms[stop] != "to" or stop not in (m.first, m.first - 1):
        return False
    if base_norm(doc.norms[stop - 1]) in _EFFORTS or doc.norms[stop - 1] in _EFFORTS:
        return True
    if first < 1:
        return False
    k = first - 1
    while k > 0 and doc.norms[k] in ("the", "a", "an"):
        k -= 1
    return doc.is_word[k] and doc.norms[k] in _BEFORE_OBJECT and doc.sentence_of[k] == doc.sentence_of[first]


def object_span_as_read(doc: Doc, m: Match, span: tuple[int, int], lists: WordLists) -> tuple[int, int] | None:
    """The speaker span a reader takes where the one found is an object (see the module docstring): widened,
    moved to the name after the cue, or None when it names nobody."""
    if object_after_comma_verb(doc, m, span) or gerund_after_cue(doc, m, span) \
            or object_before_infinitive(doc, m, span):
        return None
    span = familiar_with(doc, span, m.first, lists) or inverted_name_after(doc, m, span, lists) or span
    span = name_after_description(doc, m, span, lists)
    span = name_beside_title(doc, m, span, lists)  # "Anthony Fauci, director of the agency told"
    span = subject_after_joined_object(doc, m, span) or span  # "update the NAFTA and [top Republicans] warned"
    span = without_opening_preposition(doc, span)  # "Video [of company officials] telling"
    if place_inside_subject(doc, span, m.first, lists) or fragment_not_speaker(doc, m, span, lists):
        return None
    span = phrase_to_its_noun(doc, m, span, lists) or span  # "according to a [Politico] report"
    return with_opening_words(doc, span, lists)  # "public [health experts]", "Several [other senators]"


def unnamed_close_to(doc: Doc, first: int, stop: int) -> bool:
    """Is the span an unnamed source "close to" or "familiar with" something ("A person close to the White House",
    "Sources familiar with the matter"): anonymous, whatever it is close to?"""
    return any((doc.norms[t], doc.norms[t + 1]) in (("close", "to"), ("familiar", "with"))
               for t in range(first + 1, min(stop - 1, first + 8)))
