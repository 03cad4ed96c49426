"""Sourcing as a reader reads it: the speaker of a kept cue where the rules' noun phrase is not who speaks.

The cue model decides from the speaker noun phrase the rules find (``speakers.speaker_span``), as it
was trained. Once it has kept a cue, a reader's speaker differs from that phrase in a few known ways,
and this module sets them right (it never changes what the model reads):

* a passive cue's subject is what was said or asked about, not who said it ("Carney was asked",
  "Saccone is seen as a weak fundraiser", "the attack was described"): no speaker, unless the
  subject is quoted ("was quoted as saying");
* a phrase after a preposition is the end of a longer one ("advocates in Nevada", "Proponents of the
  tax", "A geologist in Poland"), or no speaker at all ("a lawsuit in federal court in California
  arguing");
* a party-and-state tag after a name ("Leticia Van de Putte, D-San Antonio,") is not the name;
* a phrase of determiners and quantifiers only ("the most", "Fox News's other") names nobody;
* kinds: a name before "of"/"from" plus a place is a person ("Rep. Michael McCaul of Texas"); "a
  spokesman for Phil Mendelson" is an unnamed spokesman, not Mendelson.

And some kept cues are no attribution for a reader at all (:func:`.asides.writer_or_clutter`): the writer's
own "I", "we" and "you" outside quotation marks ("you wonder", "I often remember"), a headline in
capitals ("PELOSI CLAIMS ..."), and link text that runs names together ("Donald John TrumpKamala
Harris calls for ...").
"""
from __future__ import annotations

from typing import Final

from ...context import Context
from ...lexicons import Match
from ...text import Doc
from .aliases import person_key
from .facts import base_norm
from .grammar import WordLists, is_cap, is_date, np_left, np_right, skip_left
from .kind_appositives import brand_spelled
from .kind_employer_people import person_at_body
from .kind_site_outlets import SITES, news_site_named_before
from .non_speaker_spans import name_before_place_of
from .speaker_after_cue import speaker_after_cue
from .speaker_span_objects import object_span_as_read, unnamed_close_to
from .speaker_issued_documents import issuer_of_document
from .speaker_reported_topics import topic_of_hearsay
from .speaker_preposition_objects import object_of_preposition
from .speaker_byline_credits import reporters_credit
from .speaker_causative_objects import done_to_object
from .speaker_span_heads import before_negated_verb, heading_before_colon, names_a_thing, verb_taking_to
from .speaker_span_roles import is_verb_before_noun_cue, subject_for_an_object
from .speakers import SOURCE_NOUNS_AFTER_ACCORDING, trim_speaker

# Past participles of report verbs that do not end in -ed ("was told", "is seen as", "was known as")
_IRREGULAR_PARTICIPLES: Final = frozenset({"said", "told", "seen", "known", "thought", "heard", "shown", "written",
                                           "held", "understood", "taught", "found", "given", "spoken", "sworn"})


_BE_FORMS: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "'re", "get", "gets", "got"})


_HONORIFIC_WORDS: Final = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "prof", "rev", "lt", "col",
                                     "sgt", "capt", "adm"})


_PASSIVE_ADVERBS: Final = frozenset({"only", "also", "widely", "first", "previously", "reportedly", "not", "never",
                                     "often", "generally", "now", "still", "repeatedly", "later", "then", "once",
                                     "long", "largely", "publicly", "privately", "already"})


# prepositions after which a noun phrase is the object of a longer one, not a clause's subject
_PREPOSITIONS: Final = frozenset({"of", "in", "for", "from", "at", "with", "on", "near", "across", "inside",
                                  "outside", "around", "throughout", "within", "among"})


_QUANTIFIERS: Final = frozenset({"a", "an", "one", "two", "three", "four", "five", "several", "some", "many", "most",
                                 "few", "other", "another", "both", "all", "each", "the", "these", "those"})


# words that head no noun phrase: a speaker phrase made of them only names nobody
_NO_HEAD: Final = frozenset({"the", "a", "an", "most", "more", "other", "others", "some", "many", "much", "few",
                             "several", "such", "any", "all", "both", "each", "every", "this", "that", "these",
                             "those", "same", "first", "last", "least", "own", "only"})


# what an unnamed document is called ("a report by the agency" stays with the organisations)
_DOCUMENTS: Final = frozenset({"report", "statement", "study", "survey", "poll", "letter", "memo", "analysis", "review",
                               "document", "filing", "complaint", "lawsuit", "suit", "release", "post", "tweet", "video",
                               "transcript", "readout", "email", "article", "story", "editorial", "investigation",
                               "audit", "assessment", "estimate", "draft", "copy", "summary", "note", "message"})


_DOCUMENT_WORDS: Final = _DOCUMENTS | {"statements", "reports", "documents", "records", "emails", "letters"}


# offices one identifiable person holds: "the president said" is that person, not an anonymous source
OFFICES: Final = frozenset({"president", "senator", "governor", "mayor", "secretary", "chairman", "chairwoman",
                             "speaker", "minister", "judge", "justice", "congressman", "congresswoman", "candidate",
                             "nominee", "pope", "king", "queen", "president-elect", "sheriff", "commissioner",
                             "ambassador", "chancellor", "premier", "general", "senator-elect", "governor-elect",
                             "mayor-elect", "treasurer", "prosecutor", "coach", "ceo", "counsel", "director"})


OFFICE_MODIFIERS: Final = frozenset({"former", "vice", "prime", "foreign", "attorney", "then", "late", "new", "legal",
                                      "outgoing", "incoming", "democratic", "republican", "first", "state", "u.s", "."})


# endings of plural nouns for people ("donors", "voters", "economists", "Republicans" lower-cased, "employees")
_PEOPLE_PLURALS: Final = ("ers", "ors", "ists", "ians", "ees", "ants", "hosts", "parents", "residents",
                          "families", "experts", "students", "patients", "citizens", "fans", "folks")


# plurals with those endings that are no people, or the members of a body (an organisation's voice)
_NOT_PEOPLE: Final = frozenset({"members", "numbers", "papers", "letters", "orders", "headquarters", "matters", "powers",
                                "borders", "centers", "waters", "offers", "answers", "quarters", "chambers", "markers",
                                "sectors", "factors", "errors", "computers", "monitors", "filters", "layers", "barriers",
                                "ministers", "senators", "legislators", "regulators", "lawmakers", "negotiators",
                                "prosecutors", "investigators", "inspectors", "auditors", "officers", "commissioners",
                                "directors", "governors", "plants", "grants", "restaurants", "committees", "fees"})


# laws, acts and rules: what they say is no source's word ("according to federal law", "The Massachusetts law
# prohibits", "the act's proposed life")
LAWS: Final = frozenset({"law", "laws", "act", "statute", "statutes", "constitution", "amendment", "regulation",
                         "regulations", "ordinance", "ordinances", "provision", "provisions", "clause"})


# cue words that are only ever nouns: the word right before one is a modifier, not who speaks ("Similar
# allegations", "Early criticism"), unless it owns it ("Trump's allegations")
_NOUNS_ONLY: Final = frozenset({"allegations", "allegation", "criticism", "criticisms", "accusations", "accusation",
                                "statements", "assertions", "assertion", "denials", "responses", "remarks",
                                "testimony", "predictions", "complaints", "concerns"})


_WRITER_PRONOUNS: Final = frozenset({"i", "we", "you", "let's"})


def is_passive_cue(doc: Doc, m: Match) -> bool:
    """Is cue ``m`` a passive participle after "be" or "get" ("was asked", "is seen", "were told",
    "got confirmed"), past a few adverbs?"""
    head = next((k for k in range(m.stop - 1, m.first - 1, -1)
                 if doc.norms[k].endswith("ed") or doc.norms[k] in _IRREGULAR_PARTICIPLES), None)
    if head is None:
        return False  # "is seen as": the participle inside the cue
    j = head - 1
    while j >= 0 and (doc.norms[j] in _PASSIVE_ADVERBS or doc.norms[j].endswith("ly") and len(doc.norms[j]) >= 6):
        # (and other adverbs in -ly: "Plouffe was subsequently asked")
        j -= 1
    return j >= 0 and doc.norms[j] in _BE_FORMS


# participles that state a feeling or conviction ("Democrats are convinced", "aides are worried that"): a view
# held, as with "believe", not a deed done to the subject
FEELINGS: Final = frozenset({"worried", "convinced", "concerned", "afraid", "surprised", "confident", "alarmed",
                             "pleased", "disappointed"})


def holder_of_feeling(doc: Doc, m: Match) -> bool:
    """Is cue ``m`` a participle of feeling or conviction ("are worried", "is convinced"), whose subject holds
    the view it reports?"""
    return any(doc.norms[t] in FEELINGS for t in range(m.first, m.stop))


def _quoted_subject(doc: Doc, m: Match) -> bool:
    """"was quoted as saying", "is reported to have said": the passive's subject is the speaker."""
    norms = doc.norms
    n = len(norms)
    cue = norms.between(m.first, m.stop)
    if "quoted" in cue or "saying" in cue:
        return True
    after = norms.between(m.stop, min(n, m.stop + 4))
    return "saying" in after or ("have" in after and ("said" in after or "told" in after))


# prepositions that end a phrase found before a noun cue ("the seat amid [claims]"): no speaker
_BEFORE_NOUN_CUE: Final = frozenset({"amid", "despite", "after", "before", "over", "against", "about", "following"})


def reader_span(doc: Doc, m: Match, span: tuple[int, int] | None, lists: WordLists) -> tuple[int, int] | None:
    """The speaker span a reader sees for kept cue ``m``, given the span the rules found (see the module
    docstring)."""
    found = _reader_span(doc, m, span, lists)
    if found is not None and (is_verb_before_noun_cue(doc, m, found) or topic_of_hearsay(doc, found[0], found[1], m)):
        return None  # "raises questions": a verb, nobody; "The company is reportedly": the reports' topic
    if found is not None:
        found = subject_for_an_object(doc, m, found, lists) or found  # "an FBI official told Fox News and referred"
        if found[0] < 0:
            return None  # an object, and no subject found for it
        found = _before_link_card(doc, found[0], found[1])
    if found is not None and found[1] <= m.first and not any(doc.is_word[t] for t in range(found[1], m.first)):
        found = person_at_body(doc, found[0], found[1]) or found  # "Jo Roe, an analyst for the [Tax Foundation] told"
    if found is not None and found[1] <= m.first:
        found = name_before_place_of(doc, found[0], found[1], lists) or found  # "John Boehner (R) of Ohio said"
    if found is not None:
        found = speaker_after_cue(doc, m, found, lists)  # "said lawmakers would", "emphasizes Clinton's"
    if found is not None:
        found = object_span_as_read(doc, m, found, lists)  # "the contests of Nevada showed", ", endorses Biden"
    if found is not None:
        found = object_of_preposition(doc, m, found, lists)  # "a statement to the press announcing": nobody
    if found is not None and (done_to_object(doc, m, found) or reporters_credit(doc, m)):
        return None  # "get the nominees confirmed": done to them; "Silva reported from Minneapolis.": a credit
    if found is not None:
        found = issuer_of_document(doc, m, found, lists)  # "Romney released a statement saying": Romney
    if found is not None:
        found = before_negated_verb(doc, found[0], found[1])  # "The list doesn't mention": the list
    if found is not None and (names_a_thing(doc, found[0], found[1])
                              or heading_before_colon(doc, found[0], found[1], m.first)):
        return None  # "Time will tell", "the first question focused on": a thing, nobody's words
    while found is not None and found[1] - found[0] > 1 and doc.norms[found[0]] in _OPENING_CONJUNCTIONS:
        found = found[0] + 1, found[1]  # "But experts on the FISA system note": the experts, not "But"
    if found is not None and doc.norms[found[0]] in _SUBORDINATORS and is_cap(doc.tokens[found[0]]):
        # "Once CNN strongly hinted", "As one voter in Iowa told the Monitor": the clause's subject, not "Once"
        found = (found[0] + 1, found[1]) if found[1] - found[0] > 1 else None
    if found is not None:
        said = next((t for t in range(found[0] + 1, found[1]) if doc.norms[t] in _SAYING), None)
        if said is not None:
            # "New York City officials say they received the threat but concluded": the subject of the
            # second verb ends where the first one's verb begins
            found = found[0], said
    if found is not None and found[1] - found[0] == 1 and is_cap(doc.tokens[found[0]]) \
            and doc.norms[found[0]].endswith(_ABSTRACT_PLURALS) and opens_subject(doc, found[0]) \
            and doc.norms[found[0]] not in lists.vague and doc.norms[found[0]] not in lists.groups:
        return None  # "Responses to the march ... have ranged": an abstract noun opening the sentence, nobody
    if found is not None and found[1] <= m.first and found[0] >= 2 and doc.norms[found[0] - 1] == "as" \
            and doc.norms[found[0] - 2] in ("who", "which"):
        # "Obama, who as a candidate for the White House criticized": the person before "who"
        k = found[0] - 2
        while k > 0 and not doc.is_word[k - 1]:
            k -= 1
        return np_left(doc, k, doc.sentences[doc.sentence_of[k]].first, lists)
    return found


# conjunctions that open a subordinate clause before its subject ("Once CNN hinted", "As one voter told")
_SUBORDINATORS: Final = frozenset({"once", "when", "while", "if", "after", "before", "because", "although", "though",
                                   "since", "until", "unless", "whether", "as", "whereas"})


# verbs of saying that never belong to a speaker's noun phrase
_SAYING: Final = frozenset({"say", "says", "said", "tell", "tells", "told"})


# conjunctions that open a sentence and that widening a span to the left may take in with its capital
_OPENING_CONJUNCTIONS: Final = frozenset({"but", "and", "or", "yet", "so", "nor"})


# endings of abstract plural nouns: such a word names nobody ("Responses", "Allegations", "Negotiations")
_ABSTRACT_PLURALS: Final = ("tions", "sions", "ments", "ances", "ences", "ities", "isms", "onses")


def _before_link_card(doc: Doc, first: int, stop: int) -> tuple[int, int]:
    """A speaker span cut before a site's link card pasted into it: "Sen. Roy Blunt Roy Dean BluntGOP" is
    "Sen. Roy Blunt" (the card gives the full name again, its last word run into a headline)."""
    for t in range(first, min(stop, first + 30)):
        name = name_run_into(doc.tokens[t])
        if name:
            at = next((q for q in range(first, t) if doc.tokens[q] == name), -1)
            if at >= 0:
                return first, at + 1
    return first, stop


def _reader_span(doc: Doc, m: Match, span: tuple[int, int] | None, lists: WordLists) -> tuple[int, int] | None:
    if span is None:
        return None
    first, stop = span
    left = stop <= m.first
    if base_norm(doc.norms[stop - 1]) in LAWS and not (first > 0 and doc.norms[first - 1] in _PREPOSITIONS):
        # "according to federal law", "the act's proposed life": a law is nobody who speaks ("Critics of the
        # law say": the critics, found below)
        return None
    if not left and doc.norms[m.first] == "according":
        return _document_author(doc, span, lists)
    if left and is_passive_cue(doc, m) and not _quoted_subject(doc, m):
        return None  # "Carney was asked", "Saccone is seen as": what was said about, not who said it
    if left and stop == m.first and doc.norms[m.first].endswith("ed") and (
            m.stop - m.first == 1 and m.stop < len(doc.norms) and doc.norms[m.stop] in ("of", "by")
            or m.stop - m.first == 2 and doc.norms[m.first + 1] in ("of", "by")):
        return None  # "a group accused of falsifying records": a passive without "be"; the group is accused
    if left and doc.norms[stop - 1] in _BEFORE_NOUN_CUE:
        return None  # "won the seat amid claims that": the phrase before "amid" is not who claims
    norms, tokens = doc.norms, doc.tokens
    if all(norms[t] in _NO_HEAD or not doc.is_word[t] or norms[t].endswith("'s") and t < stop - 1
           for t in range(first, stop)) or norms[stop - 1] in _NO_HEAD:
        return None  # "the most", "Fox News's other": no head noun, nobody named
    if left and stop == m.first and m.stop - m.first == 1 and norms[m.first] in _NOUNS_ONLY \
            and not norms[stop - 1].endswith(("'s", "’s")):
        return None  # "Similar allegations dominated": a word before a noun, not who alleges
    if left and norms[m.stop - 1].endswith("ing") and norms[stop - 1] in _DOCUMENT_WORDS and first > 0 \
            and doc.is_word[first - 1] and norms[first - 1] not in _PREPOSITIONS:
        # "Mr. Morsi's office Sunday issued an English-language statement defending his decrees": who issued it
        sent = doc.sentences[doc.sentence_of[first]]
        w = sent.first
        while w < first and not doc.is_word[w]:
            w += 1
        subject = np_right(doc, w, min(first - 1, w + 12), lists)
        if subject is not None:
            return trim_speaker(doc, subject[0], subject[1], lists)
    if stop - first == 1 and norms[first] in _HONORIFIC_WORDS and stop + 1 < len(norms) and tokens[stop] == "." \
            and is_cap(tokens[stop + 1]):
        k = stop + 1
        while k < len(norms) and k < m.first + (0 if left else 6) and doc.is_word[k] and is_cap(tokens[k]):
            k += 1
        return (first, k) if k > stop + 1 else span  # "Ms. Day admits": the name after the honorific
    if left and norms[stop - 1].endswith("'s") and stop < m.first and doc.is_word[stop]:
        return None  # "Trump's onetime campaign chairman, Paul Manafort, ... pleaded": the owner is not the speaker
    if left and _party_tag(tokens[first]):
        # "Leticia Van de Putte, D-San Antonio, ... suggested": the name before the tag
        k = first - 1
        if k > 0 and tokens[k] == ",":
            j = k - 1
            while j >= 0 and doc.is_word[j] and (is_cap(tokens[j]) or norms[j] in ("de", "van", "von", "al", "la")):
                j -= 1
            if j + 1 <= k - 1:
                return j + 1, k
        return None
    if left and first > 1 and norms[first - 1] in _DETERMINERS and norms[first - 2] == "of" \
            and not _qualifies_object(doc, m, stop):
        # "A previous version of this article said": a determiner the span left out, then "of"
        widened = _with_head_before_of(doc, (first - 1, stop), lists)
        return widened if widened[0] < first - 1 else span
    if left and first > 0 and norms[first - 1] in _PREPOSITIONS:
        # "several advocates in Nevada stressed", "Proponents of the tax say", "a lawsuit in court in California arguing"
        p = first - 1
        head = p - 1
        if head >= 0 and doc.is_word[head] and (norms[head] in lists.vague or norms[head] in lists.titles
                                                or norms[head] in lists.groups or norms[head] in lists.person_nouns):
            k = head
            while k - 1 >= 0 and doc.is_word[k - 1] and (norms[k - 1] in _QUANTIFIERS or norms[k - 1] in lists.vague
                                                          or norms[k - 1] in lists.titles or is_cap(tokens[k - 1])
                                                          or norms[k - 1] in lists.demonyms) and head - k < 4:
                k -= 1
            return k, stop
        if head >= 1 and doc.is_word[head] and not is_cap(tokens[head]) and norms[head - 1] in ("a", "an", "one") \
                and norms[head] not in lists.org_heads and norms[head] not in _DOCUMENT_WORDS \
                and norms[head] not in SOURCE_NOUNS_AFTER_ACCORDING and norms[p] != "from":
            return head - 1, stop  # "A geologist in Poland says": an unnamed person
        if norms[p] in ("of", "for") and head >= 0 and is_cap(tokens[head]) and norms[head] not in lists.titles:
            k = head  # "The Popular Front for the Liberation of Palestine": one name across "for"
            while k - 1 >= 0 and head - k < 6 and doc.is_word[k - 1] and (is_cap(tokens[k - 1]) or norms[k - 1] == "the"):
                k -= 1
                if norms[k] == "the":
                    break
            return k, stop
        if norms[p] == "of":
            return span if _qualifies_object(doc, m, stop) else _with_head_before_of(doc, span, lists)
        if norms[p] in ("for", "from", "with"):
            return span  # "a warning from a top official who says": the phrase stands
        return None  # "a lawsuit in federal court in California arguing": a place, not who speaks
    return span


# words before "of" that head no noun phrase ("out of", "ahead of", "because of", "think of")
_NOT_HEADS_BEFORE_OF: Final = frozenset({"out", "ahead", "because", "instead", "think", "inside", "outside", "off",
                                         "regardless", "irrespective", "top", "front", "behalf", "part"})


def _qualifies_object(doc: Doc, m: Match, stop: int) -> bool:
    """Does cue ``m`` open a relative clause or a participle on the phrase ending at ``stop`` ("the views of
    many critics who accused", "the latest example of top Democrats criticizing")? Then the phrase after
    "of" is who speaks, and what comes before "of" is no subject."""
    return any(doc.norms[t] in ("who", "which", "that") for t in range(stop, m.first)) \
        or doc.norms[m.first].endswith("ing")


def _with_head_before_of(doc: Doc, span: tuple[int, int], lists: WordLists) -> tuple[int, int]:
    """A subject written "<head> of <span>" is the whole phrase, not the phrase after "of": "A previous
    version of this article said" (not "article"), "many members of Congress complained" (not "Congress"),
    "one senior member of the Curia told me". The phrase before "of" must be a noun phrase ending right
    there, with no preposition or verb before it ("in the back seat of his SUV" stays as it was)."""
    first, stop = span
    head = first - 2
    sent_first = doc.sentences[doc.sentence_of[first]].first
    if head < sent_first or not doc.is_word[head] or doc.norms[head] in _NOT_HEADS_BEFORE_OF \
            or doc.norms[head].endswith(("ed", "ing")):
        return span
    outer = np_left(doc, first - 1, sent_first, lists)
    if outer is None or outer[1] != first - 1:
        return span
    if outer[0] > sent_first and doc.is_word[outer[0] - 1] and doc.norms[outer[0] - 1] in _PREPOSITIONS:
        return span
    return outer[0], stop


# adverbs that end in "s" like a plural ("I always view")
_S_ADVERBS: Final = frozenset({"always", "sometimes", "perhaps", "besides", "nevertheless", "nonetheless", "thus",
                               "afterwards", "regardless", "towards", "anyways", "nowadays"})


def members_before(doc: Doc, m: Match, lists: WordLists) -> tuple[int, int] | None:
    """For a kept cue the rules found no speaker for: capitalised words and a plural opening its clause right
    before it ("GOP leaders said", "Texas voters say"), the members of a body or place. (Found after the cue
    model decides: as its speaker feature, such a phrase would change what the model keeps.)"""
    sent = doc.sentences[doc.sentence_of[m.first]]
    j = skip_left(doc, m.first - 1, sent.first, lists)
    if j < sent.first or not doc.is_word[j] or is_cap(doc.tokens[j]) or not doc.norms[j].endswith("s") \
            or doc.norms[j] in _S_ADVERBS or doc.norms[j].endswith("ss") or verb_taking_to(doc, j):
        return None
    c = j - 1
    while c >= sent.first and j - c <= 3 and doc.is_word[c] and is_cap(doc.tokens[c]) \
            and doc.norms[c] not in lists.not_names:
        c -= 1
    if c < j - 1 and (c < sent.first or not doc.is_word[c]):
        return c + 1, j + 1
    return None


def _document_author(doc: Doc, span: tuple[int, int], lists: WordLists) -> tuple[int, int]:
    """"according to a statement released Thursday by the Health Department": the department, who wrote it."""
    first, stop = span
    norms = doc.norms
    doc_at = next((t for t in range(first, stop) if norms[t] in _DOCUMENT_WORDS), None)
    if doc_at is None:
        return span
    if doc_at + 1 < stop and norms[doc_at + 1] in ("he", "she", "they", "it"):
        return doc_at + 1, doc_at + 2  # "according to a tweet he sent Monday": he (resolved as pronouns are)
    if stop + 2 < len(norms) and doc_at == stop - 1 and is_date(doc, stop, stop, stop + 1, lists) \
            and norms[stop + 1] in ("from", "by") and doc.sentence_of[stop + 1] == doc.sentence_of[first]:
        author = np_right(doc, stop + 2, doc.sentences[doc.sentence_of[first]].stop, lists)
        return author or span  # "according to an estimate Tuesday from the Congressional Budget Office": the CBO
    if not norms[stop - 1].endswith("ed"):
        return span
    if norms[stop - 1] in _OBTAINED and stop - 1 > doc_at:
        return first, stop - 1  # "according to a memo obtained by POLITICO": the memo; POLITICO only got it
    sent = doc.sentences[doc.sentence_of[first]]
    k = stop
    while k < sent.stop and k - stop < 4 and norms[k] != "by":
        k += 1
    if k + 1 >= sent.stop or norms[k] != "by":
        return span
    j = k + 1
    while j < sent.stop and doc.is_word[j] and (is_cap(doc.tokens[j]) or norms[j] in ("the", "of", "and", "for")
                                                  or norms[j] in lists.org_heads or norms[j] in lists.titles):
        j += 1
    while j > k + 1 and norms[j - 1] in ("the", "of", "and", "for"):
        j -= 1
    return (k + 1, j) if j > k + 1 else span


# what an outlet does to a document it did not write ("a memo obtained by POLITICO", "emails seen by Reuters")
_OBTAINED: Final = frozenset({"obtained", "seen", "reviewed", "viewed", "acquired", "received", "leaked"})


def _party_tag(tok: str) -> bool:
    """"D-San", "R-Texas", "I-Vt.": a party initial joined to a state or city."""
    return len(tok) > 2 and tok[0] in "DRI" and tok[1] == "-" and tok[2:3].isupper()


# a sentence-opening adjective, capitalised only because it opens the sentence ("Federal agencies")
_ADJECTIVE_ENDINGS: Final = ("al", "ic", "ive", "ous", "ary")
# the people of an outlet ("a USA Today columnist"): a person, not the outlet
_STAFF_NOUNS: Final = frozenset({"columnist", "reporter", "correspondent", "writer", "editor", "contributor", "anchor",
                                 "host", "commentator", "journalist", "producer", "photographer", "analyst",
                                 "blogger", "critic", "pundit"})
# common nouns for a news outlet: "the newspaper" stands for the outlet the article named before
_OUTLET_NOUNS: Final = frozenset({"newspaper", "paper", "magazine", "broadcaster", "outlet", "tabloid", "website",
                                  "publication", "wire", "newsletter", "daily", "weekly", "network"})
_DETERMINERS: Final = frozenset({"a", "an", "the", "this", "that", "these", "those"})

# quantifiers before "of" that pick members out of a group ("one of the women", "none of us")
_PART_OF: Final = frozenset({"one", "none", "some", "many", "most", "several", "few", "all", "each", "two", "three",
                             "four", "five", "both", "either", "neither", "half", "dozens", "hundreds", "thousands"})


def reader_kind(doc: Doc, first: int, stop: int, kind: str, name: str, key: str,
                lists: WordLists) -> tuple[str, str, str]:
    """The kind a reader gives the speaker ``[first, stop)`` that :func:`.speakers.classify` called
    ``kind`` (with its name and key): "Rep. Michael McCaul of Texas" is a person, "a spokesman for Phil
    Mendelson" an unnamed spokesman."""
    norms, tokens = doc.norms, doc.tokens
    if kind != "anonymous" and unnamed_close_to(doc, first, stop):
        text = doc.cut(doc.starts[first], doc.ends[stop - 1])
        return "anonymous", text, text.lower()  # "A person close to the White House": unnamed, whatever it is near
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if words and [norms[t] for t in words] in (["left"], ["right"], ["the", "left"], ["the", "right"]):
        return "anonymous", name, key  # "the Left declared": a side of politics, no body that speaks
    if len(words) >= 3 and norms[words[0]] in _PART_OF and norms[words[1]] == "of" and kind != "anonymous":
        # "One of the black women", "None of us", "Some of the donors": unnamed members of a group
        return "anonymous", doc.cut(doc.starts[first], doc.ends[stop - 1]), key
    if kind != "anonymous" and words and tokens[words[-1]].replace(",", "").isdigit():
        return "anonymous", name, key  # "the 34 who said they had been to the border": a count of people
    if kind == "person" and len(words) == 2 and norms[words[0]] == "the" and is_cap(tokens[words[1]]):
        # "the Obama" (administration), "The Bolsheviks": "the" before a lone name is no person; a plural
        # name is a group of people (as "Democrats" is), a singular one stands for what it heads
        tok = tokens[words[1]]
        plural = tok.endswith("s") and not tok.endswith(("ss", "'s", "’s")) and not tok.isupper()
        return ("anonymous" if plural else "organization"), name, key
    if kind != "person" and len(words) >= 2 and norms[words[0]] == "the" and norms[words[-1]] in OFFICES \
            and all(norms[t] in OFFICE_MODIFIERS or is_cap(tokens[t]) for t in words[1:-1]):
        # (a body's name may come between: "the White House legal counsel", "the FBI director")
        # "the president", "the senator", "the former governor": one identifiable person, named elsewhere
        return "person", doc.cut(doc.starts[words[1]], doc.ends[words[-1]]), key
    last = norms[stop - 1]
    if kind == "organization" and words and all(not is_cap(tokens[t]) or t == words[0] for t in words) \
            and (last in lists.vague or last in lists.person_nouns or base_norm(last) in lists.person_nouns) \
            and last not in _DOCUMENT_WORDS:
        # "Authorities concluded", "The agent says": unnamed people (the cue model was trained on "authorities"
        # as an organisation's head; a reader calls them vague)
        return "anonymous", name, key
    if norms[first] in _HONORIFIC_WORDS and stop - first >= 3 and tokens[first + 1] == "." and kind != "person" \
            and not any(norms[t].endswith(("'s", "’s")) for t in range(first, stop)):  # ("Mr. Morsi's office")
        return "person", doc.cut(doc.starts[first], doc.ends[stop - 1]), person_key(doc.cut(doc.starts[first + 2],
                                                                                             doc.ends[stop - 1]))
    if kind == "organization" and last.endswith(_PEOPLE_PLURALS) and last not in _NOT_PEOPLE \
            and last not in _DOCUMENT_WORDS and last not in lists.org_heads and not is_cap(tokens[stop - 1]):
        # "the donors", "the hosts", "GOP leaders": unnamed people (of a body named before them), not an
        # organisation
        return "anonymous", name, key
    if kind == "outlet" and norms[words[0]] in ("a", "an", "one") and (last in _STAFF_NOUNS
                                                                       or base_norm(last) in _STAFF_NOUNS):
        # "a USA Today columnist claimed", "A New York Times reporter said": one of the outlet's people, unnamed
        return "anonymous", name, key
    if len(words) == 2 and norms[words[0]] == "the" and kind != "outlet" and norms[words[1]] in _OUTLET_NOUNS \
            and (norms[words[1]] not in SITES or news_site_named_before(doc, first, lists)):
        return "outlet", name, key  # "The newspaper says", "the network reported": an outlet named before
    if kind == "organization" and words \
            and all(not is_cap(tokens[t]) or norms[t] in lists.demonyms for t in words[1:]) \
            and (norms[words[0]] in _DETERMINERS or not is_cap(tokens[words[0]]) and not brand_spelled(tokens[words[0]])
                 or words[0] == doc.sentences[doc.sentence_of[first]].first and len(words) > 1
                 and norms[words[0]].endswith(_ADJECTIVE_ENDINGS)) \
            and (norms[words[0]] in ("a", "an") or last not in lists.org_heads) \
            and not last.endswith(("'s", "’s")):
        # "a group opposed", "a national organization called", "The complaints allege", "federal law", "a
        # Russian national", "Federal agencies are wondering" (capitalised only as the sentence opens): no name
        # in the phrase, and not "the agency" that stands for one named elsewhere: unnamed, not a named body
        return "anonymous", name, key
    prep = next((t for t in range(first + 1, stop) if norms[t] in _PREPOSITIONS and doc.is_word[t - 1]), None)
    if prep is None:
        return kind, name, key
    head = prep - 1
    if norms[first] in ("a", "an", "one") and not is_cap(tokens[head]) and kind != "anonymous" \
            and norms[head] not in lists.org_heads and norms[head] not in _DOCUMENTS:
        return "anonymous", doc.cut(doc.starts[first], doc.ends[stop - 1]), key  # "a spokesman for Phil Mendelson"
    if kind == "organization" and is_cap(tokens[head]) and norms[head] not in lists.org_heads \
            and norms[head] not in lists.places and norms[head] not in lists.titles and norms[head] not in lists.vague \
            and norms[prep] in ("of", "from") and all(norms[t] in lists.places or norms[t] == "the" or not doc.is_word[t]
                                                      or norms[t] in lists.demonyms
                                                      or is_cap(tokens[t]) and norms[t] not in lists.org_heads
                                                      for t in range(prep + 1, stop)):
        # "McCaul of Texas", "Smith from Ohio": a person and where they come from
        k = head
        while k - 1 >= first and doc.is_word[k - 1] and is_cap(tokens[k - 1]) and norms[k - 1] not in lists.titles \
                and norms[k - 1] not in lists.org_heads:
            k -= 1
        name = doc.cut(doc.starts[k], doc.ends[head])
        return "person", name, person_key(name)
    return kind, name, key


def is_writer(ctx: Context, doc: Doc, first: int, stop: int) -> bool:
    """Is the phrase ``[first, stop)`` the writer's own I, we or you, outside quotation marks?"""
    return stop - first == 1 and doc.norms[first] in _WRITER_PRONOUNS and not ctx.in_quote(doc, doc.starts[first])


def opens_subject(doc: Doc, k: int) -> bool:
    """Does token ``k`` open a clause: first in its sentence, or after punctuation or "but"/"and"/"yet"/"so"/"as"
    ("But this coup attempt suggests", not "news that this ..." nor "is that the poll's internals")?"""
    first = doc.sentences[doc.sentence_of[k]].first
    return k == first or k > first and (not doc.is_word[k - 1] or doc.norms[k - 1] in ("but", "and", "yet", "so", "as"))


def name_run_into(tok: str) -> str:
    """The name at the start of a token run into the next word ("Blunt" of "BluntGOP", "Mueller" of
    "MuellerSpeier"), or ""."""
    run = 0
    for i, ch in enumerate(tok):
        if ch.islower():
            run += 1
        elif ch.isupper():
            if run >= 3 and i + 1 < len(tok) and (tok[i + 1].islower() or caps_tail(tok)):
                return tok[:i]
            run = 0
        else:
            run = 0
    return ""


def caps_tail(tok: str) -> bool:
    """"BluntGOP", "ChabotSECURE": a name ending in lower case run into a word in capitals."""
    k = len(tok)
    while k > 0 and tok[k - 1].isupper():
        k -= 1
    return len(tok) - k >= 2 and k >= 4 and tok[k - 3:k].isalpha() and tok[k - 3:k].islower()


def run_together(tok: str) -> bool:
    """"TrumpKamala": two names joined without a space (link text pasted together), not a name like
    "McConnell", "DeSantis" or "MacArthur" (fewer than three lower-case letters before the capital)."""
    run = 0
    for i, ch in enumerate(tok):
        if ch.islower():
            run += 1
        elif ch.isupper():
            if run >= 3 and i + 1 < len(tok) and tok[i + 1].islower():
                return True
            run = 0
        else:
            run = 0
    return False
