"""Sourcing speakers: which noun phrase is the speaker of a cue, and what kind of source it is.

Kinds: ``person``, ``organization``, ``outlet``, ``anonymous`` and ``none`` (see
the package docstring). A person is identified by surname, other sources by
their lower-cased name; he/she/it/they are resolved to the most recent fitting
speaker.
"""
from __future__ import annotations

import functools
from typing import Callable, Final

from ...lexicons import Match, load_lexicon
from ...text import Doc
from .aliases import NAME_PARTICLES, person_key, plain
from .facts import DocFacts, base_norm
from .grammar import (EDGE_WORDS, MODIFIERS, PRONOUNS, QUANTITY_HEADS, WordLists, is_cap, is_date, is_passive, np_left,
                      np_right, skip_left, word_lists)
from .kind_office_holders import ends_in_one_role
from .non_speaker_spans import (complete_name, inside_a_title, lone_word_after_cue, not_a_speaker,
                                place_after_preposition, place_before_colon, recipient_before_colon,
                                cue_part_not_speaker)
from .speaker_kinds import refine_kind
from .speaker_pairs import names_a_pair
from .speaker_affiliated_names import name_before_affiliation
from .speaker_cut_heads import with_head_noun
from .speaker_opening_verbs import without_opening_verb
from .speaker_participle_agents import agent_of_participle, clause_first, subject_before_agent
from .speaker_plural_antecedents import plural_group_before
from .speaker_distributed_groups import people_over_places
from .speaker_relative_subject import subject_with_relative_clause, thing_before_recipient
from .speaker_span_edges import anaphor_by_order, drawn_edges
from .speaker_span_finish import finished_span
from .speaker_titled_names import name_after_long_title


KINDS: Final = ("person", "organization", "outlet", "document", "anonymous", "none")




SOURCE_NOUNS_AFTER_ACCORDING: Final = frozenset({
    "warning", "statement", "report", "reports", "interview", "letter", "memo", "release", "post",
    "tweet", "survey", "poll", "study", "document", "documents", "data", "figures", "estimates",
    "analysis", "account", "accounts", "testimony", "filing", "filings", "record", "records",
    "transcript", "complaint", "announcement", "assessment", "estimate", "article", "story",
    "email", "emails", "memorandum", "readout", "note", "notes", "research", "documents"})


class SpeakerMention:
    """A source noun phrase found for a cue. (Plain classes here, not dataclasses: compiled, their
    constructors are native.)"""

    __slots__ = ("start", "stop", "kind", "name", "key")

    def __init__(self, start: int, stop: int, kind: str, name: str, key: str) -> None:
        self.start = start  # token range [first, stop)
        self.stop = stop
        self.kind = kind
        self.name = name
        self.key = key

    def __repr__(self) -> str:
        return f"SpeakerMention({self.start}, {self.stop}, {self.kind!r}, {self.name!r}, {self.key!r})"


def trim_speaker(doc: Doc, first: int, stop: int, lists: WordLists) -> tuple[int, int] | None:
    """A speaker's noun phrase without the page clutter and dates around it, or None when nothing is left
    that can be a source: "AP Photo Iran's foreign minister" -> "Iran's foreign minister" (a clutter word
    starts the phrase over), "Wednesday Mike Pompeo" -> "Mike Pompeo", "Story" (from "Story Continued
    Below"), "Monday", "THEMSELVES", "This" -> None. A lone he/she/it/they stays, to be resolved."""
    for t in range(stop - 1, first - 1, -1):
        if doc.is_word[t] and is_cap(doc.tokens[t]) and doc.norms[t] in lists.clutter:
            first = t + 1
            break
    while first < stop and (not doc.is_word[first] or is_date(doc, first, first, stop, lists)
                            or doc.norms[first] in ("on", "and", "at", "by")
                            or doc.norms[first] in ("a", "an", "the") and first + 2 < stop  # "a Monday Bloomberg"
                            and is_date(doc, first + 1, first, stop, lists)):
        first += 1
    while stop > first and (not doc.is_word[stop - 1] or is_date(doc, stop - 1, first, stop, lists)
                            or doc.norms[stop - 1] in ("on", "and", "at", "by")):
        stop -= 1
    first, stop = drawn_edges(doc, first, stop)
    if first >= stop or anaphor_by_order(doc, first, stop):
        return None
    if stop - first == 1:
        norm = doc.norms[first]
        if norm in PRONOUNS and norm != "us":
            return first, stop
        if norm in lists.not_names or norm in lists.clutter:
            return None
    if not_a_speaker(doc, first, stop, lists):
        return None  # "Eighteen days into ...", "Apparently"
    return first, stop


def mention(facts: DocFacts, first: int, stop: int, lists: WordLists) -> SpeakerMention | None:
    """The speaker named by the noun phrase ``[first, stop)`` of the facts' Doc (trimmed: :func:`trim_speaker`), classified."""
    span = trim_speaker(facts.doc, first, stop, lists)
    if span is None:
        return None
    kind, name, key = classify(facts, span[0], span[1], lists)
    return SpeakerMention(span[0], span[1], kind, name, key)


def classify(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str]:
    """(kind, display name, identity key) of the noun phrase ``[first, stop)`` of the facts' Doc (kept
    in ``facts.speaker_kinds``)."""
    memo = facts.speaker_kinds
    found = memo.get((first, stop))
    if found is None:
        found = memo[(first, stop)] = refine_kind(facts, first, stop, _classify_np(facts, first, stop, lists), lists)
    return found


@functools.cache
def _outlet_first_words(outlets: frozenset[str]) -> frozenset[str]:
    return frozenset(o.split(" ")[0] for o in outlets)


@functools.cache
def _one_word_places() -> frozenset[str]:
    """The place names of one word of the ``places`` lexicon (countries, capitals, metonyms: "monaco",
    "kremlin"); ``WordLists.places`` also has every word of the longer ones ("costa" of "costa rica")."""
    return frozenset(e.term for e in load_lexicon("places").entries
                     if e.category in ("country", "capital", "metonym") and " " not in e.term)


def _surname_like_a_place(doc: Doc, t: int, first: int, lists: WordLists) -> bool:
    """Is token ``t``, a word of a longer place name or demonym ("Costa" of "Costa Rica", "Costa Rican"), the
    surname of a name ending the phrase: after a first name ("Daniel Costa"; not "South Korea", "Saudi
    Arabia")?"""
    if t + 1 < len(doc.norms) and doc.is_word[t + 1] and is_cap(doc.tokens[t + 1]):
        return False  # "Costa Rica": the place goes on
    if base_norm(doc.norms[t]) in _one_word_places():
        return False
    return t - 1 >= first and _first_name_at(doc, t - 1, lists)


def _first_name_at(doc: Doc, t: int, lists: WordLists) -> bool:
    """Can the word at ``t`` be a first name before a surname: capitalised, not in capitals, and no place,
    demonym, title, body or time word ("Daniel", "Lisa"; not "South", "Saudi", "Chief", "CLOSE")?"""
    if t < 0 or not doc.is_word[t] or not is_cap(doc.tokens[t]) or doc.tokens[t].isupper():
        return False
    word = base_norm(doc.norms[t])
    return word not in lists.places and word not in lists.demonyms and word not in lists.titles \
        and word not in lists.org_heads and word not in HONORIFICS and word not in lists.dates \
        and word not in lists.not_names and word not in lists.clutter and word not in lists.outlet_heads


def _introduced_surname(facts: DocFacts, t: int, first: int, lists: WordLists) -> bool:
    """Is the word at ``t`` alone in its phrase, and did the Doc write it before after a first name ("Lisa
    Monaco ... Monaco says"): a surname, though a place is called so too (not "East Jerusalem ...
    Jerusalem", "the United States ... States")?"""
    if t != first:
        return False
    at = facts.surnames().full_name.get(plain(facts.doc.tokens[t]), t)
    return at < t and _first_name_at(facts.doc, at - 1, lists)


# Honorifics and abbreviated titles that only ever stand before a person's name (the periods are tokens
# of their own, so "Mr." is "mr" here)
HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "prof", "rev",
                               "sir", "dame", "lord", "lady", "lt", "col", "sgt", "capt", "adm"})


def _classify_np(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str]:
    doc = facts.doc
    norms = doc.norms.between(first, stop)
    text = doc.cut(doc.starts[first], doc.ends[stop - 1])
    display = text
    if norms and norms[0] in ("the", "a", "an"):
        display = doc.cut(doc.starts[first + 1], doc.ends[stop - 1]) if stop - first > 1 else text
    # outlets, possibly multiword
    at = [t for t in range(first, stop) if doc.norms[t] != "."]
    words = [doc.norms[t][:-2] if doc.norms[t].endswith("'s") else doc.norms[t] for t in at]
    outlet_first = _outlet_first_words(lists.outlets)
    for a in range(len(words)):
        if words[a] not in outlet_first:
            continue  # no outlet starts with this word
        if a > 0 and words[a - 1] in HONORIFICS:
            continue  # "Mr. Bloomberg", "Sen. Fox": a person named like an outlet
        if a > 0 and at[a - 1] == at[a] - 1 and _first_name_at(doc, at[a - 1], lists) \
                or stop - first == 1 and _introduced_surname(facts, first, first, lists):
            break  # "Mike Bloomberg said", or "Bloomberg said" after "Mike Bloomberg": a person named like an outlet
        for b in range(a + 1, min(len(words), a + 5) + 1):
            outlet = " ".join(words[a:b])
            if outlet in lists.outlets and not _name_after(doc, first, stop, b, lists):
                return "outlet", display, outlet
    if _outlet_by_head(doc, first, stop, lists):
        return "outlet", display, _key(display)
    name_toks: list[int] = []
    for t in range(stop - 1, first - 1, -1):
        tok, norm = doc.tokens[t], doc.norms[t]
        base = norm[:-2] if norm.endswith("'s") else norm
        if not doc.is_word[t]:
            if name_toks and tok == "&" and t > first and is_cap(doc.tokens[t - 1]):
                name_toks.append(t)  # a firm's "&" between capitalised words: "Smith & Wesson", "Standard & Poor's"
            elif name_toks:
                break
            continue
        if name_toks and base != norm:
            break  # an owner before the name: "NPR's Elise Hu" is Elise Hu, "Iran's Zarif" Zarif
        if is_cap(tok) and (base not in lists.places and base not in lists.demonyms
                            or t == stop - 1 and (_surname_like_a_place(doc, t, first, lists)
                                                  or _introduced_surname(facts, t, first, lists))) \
                and _name_word(base, lists):
            name_toks.append(t)
        elif name_toks and norm in NAME_PARTICLES and (t == first or is_cap(doc.tokens[t - 1])
                                                       or doc.norms[t - 1] in NAME_PARTICLES):
            name_toks.append(t)  # "Bill de Blasio", "de Blasio", "Nick de la Canal": the particles are the name's
        else:
            break
    if not name_toks:
        affiliated = _name_before_affiliation(doc, first, stop, lists)
        if affiliated:
            name = doc.cut(doc.starts[affiliated[-1]], doc.ends[affiliated[0]])
            return "person", name, person_key(name)  # "Josh Bivens of the Economic Policy Institute"
    # the head noun: the last word before a preposition ("official" in "a top CIA official for Asia")
    head_at = stop - 1
    for t in range(first + 1, stop):
        if doc.norms[t] in ("for", "of", "at", "in", "from", "with", "on") and doc.is_word[t - 1]:
            head_at = t - 1
            break
    head = doc.norms[head_at]
    if head in QUANTITY_HEADS and head_at + 1 < stop and doc.norms[head_at + 1] == "of":
        return "anonymous", display, _key(display)  # "23 percent of Republicans", "half of Americans": unnamed
    last = norms[-1]
    if last in lists.org_heads:
        return "organization", display, _key(display)
    prep_at = next((t for t in range(first + 1, stop) if doc.norms[t] in ("for", "of", "at", "in", "from",
                                                                         "with", "on")), None)
    if name_toks and prep_at is not None and name_toks[-1] > prep_at and len(name_toks) < 2:
        name_toks = []  # "a top CIA official for the Korean Peninsula": not a person's name
    if name_toks and prep_at is not None and name_toks[-1] > prep_at:
        name_toks = name_before_affiliation(doc, first, prep_at, lists) or name_toks  # "David Kelly of Morgan Funds"
    if name_toks:
        name_toks.reverse()
        name = doc.cut(doc.starts[name_toks[0]], doc.ends[name_toks[-1]])
        if name.endswith(("'s", "’s")):
            name = name[:-2]  # "Zarif's aide" is another source; "Biden's" said ... is Biden
        if sum(doc.norms[t] not in NAME_PARTICLES for t in name_toks) > 3:
            titled = name_after_long_title(doc, name_toks)  # "Supervisory Agent Juan Curbelo"
            if titled:
                return "person", titled, person_key(titled)
            return "organization", display, _key(display)  # (a particle is no word of its own: "Leticia Van de Putte")
        if len(name_toks) == 1:
            tok = doc.tokens[name_toks[0]]
            base = base_norm(doc.norms[name_toks[0]])
            letters = tok.replace(".", "").replace("-", "")
            names = facts.name_case()
            if base in lists.groups:
                return "anonymous", display, _key(display)  # "Democrats", "Protesters": a crowd
            if letters.isupper() and letters.isalpha() and 2 <= len(letters) <= 6 and base not in names.title_case:
                return "organization", display, _key(display)  # an acronym: MGM, FBI, NAACP (not TRUMP)
            if name_toks[0] == first and base not in names.inside and (
                    base in names.lower or base[:-1] in names.lower or base + "s" in names.lower):
                # a word capitalised only where it opens a sentence, and written in lower case elsewhere
                # ("Lawsuits claim ..." beside "the lawsuit"): a common noun, not a name
                return "anonymous", display, _key(display)
        return "person", name, person_key(name)
    if head in lists.vague or head in lists.titles or base_norm(head) in lists.person_nouns or head in lists.groups:
        return "anonymous", display, _key(display)  # "officials", "a spokesman", "the woman", "a Democrat"
    if any(n in lists.org_heads or n in lists.places for n in norms) or \
            " ".join(norms[-2:]) in lists.places:
        return "organization", display, _key(display)
    if any(is_cap(doc.tokens[t]) and doc.norms[t] not in ("the", "a", "an") and doc.norms[t] not in lists.not_names
           and doc.norms[t] not in lists.clutter and doc.norms[t] not in lists.dates for t in range(first, stop)):
        return "organization", display, _key(display)
    if norms[0] in ("the", "a", "an", "this", "that", "its", "their"):
        # an unnamed body or document ("the study", "the committee's report", "the video"): named by what
        # it is, not who; kept with the organisations, as the cue model was trained (people are above)
        return "organization", display, _key(display)
    return "anonymous", display, _key(display)  # "critics", "analysts and sources": unnamed


def _name_word(base: str, lists: WordLists) -> bool:
    """Can a capitalised word (lower case, no possessive) be part of a person's name: no title, body, vague,
    function, time, clutter or crowd word? (Places are judged by the caller.)"""
    return base not in lists.titles and base not in lists.org_heads and base not in lists.vague \
        and base not in MODIFIERS and base not in EDGE_WORDS and base not in ("the", "a", "an") \
        and base not in lists.not_names and base not in lists.dates and base not in lists.clutter \
        and base not in lists.person_nouns and base not in lists.groups


def _name_before_affiliation(doc: Doc, first: int, stop: int, lists: WordLists) -> list[int]:
    """The tokens (last first) of a person's name that opens the phrase before its affiliation ("Josh Bivens
    of the Economic Policy Institute", "Julian Jessop of Capital Economics"): two or three capitalised name
    words, not after "the" ("the Bank of America" is a body), then "of", "at" or "from"; else none."""
    prep = next((t for t in range(first + 1, min(stop, first + 4)) if doc.norms[t] in ("of", "at", "from")), None)
    if prep is None or prep - first < 2 or prep + 1 >= stop:
        return []
    words = list(range(first, prep))
    if not all(doc.is_word[t] and is_cap(doc.tokens[t]) and not doc.tokens[t].isupper()
               and doc.norms[t] not in lists.places and doc.norms[t] not in lists.demonyms
               and doc.norms[t] not in lists.outlets and _name_word(doc.norms[t], lists) for t in words):
        return []
    return words[::-1]


def _name_after(doc: Doc, first: int, stop: int, b: int, lists: WordLists) -> bool:
    """Does a person's name follow the outlet that ends at word ``b`` of the phrase ("CNN's Jake Tapper")?
    (``b`` counts words without dots, as the outlet search does.)"""
    seen = 0
    for t in range(first, stop):
        if doc.norms[t] == ".":
            continue
        if seen >= b and doc.is_word[t] and is_cap(doc.tokens[t]) and doc.norms[t] not in lists.titles \
                and doc.norms[t] not in lists.outlet_heads and doc.norms[t] not in MODIFIERS:
            return True
        seen += 1
    return False


def _outlet_by_head(doc: Doc, first: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase a capitalised name ending in an outlet word ("the Las Vegas Review-Journal", "the
    Baltimore Sun", "KTNV Radio"), or a site's address ("Axios.com")? After "the" one capitalised word is
    enough ("the Times"); otherwise two."""
    last = stop - 1
    tok = doc.tokens[last]
    if not is_cap(tok) and not tok.lower().endswith((".com", ".org", ".net")):
        return False
    if tok.lower().endswith((".com", ".org", ".net")):
        return True
    head = doc.norms[last].rsplit("-", 1)[-1]
    if head.endswith("'s") or head not in lists.outlet_heads:
        return False
    caps = 0
    t = last
    while t >= first and doc.is_word[t] and is_cap(doc.tokens[t]):
        caps += 1
        t -= 1
    return caps >= 2 or (caps == 1 and t >= first and doc.norms[t] == "the") or "-" in doc.norms[last]


def _key(name: str) -> str:
    """Identity of a non-person source: lower case, without dots or a leading 'the'."""
    key = name.lower().replace(".", "").replace("’", "'")
    return key[4:] if key.startswith("the ") else key


def resolve_pronoun(pronoun: str, sentence_first_np: SpeakerMention | None, history: list[SpeakerMention],
                    doc: Doc | None = None, at: int = -1,
                    other_gender: Callable[[SpeakerMention], bool] | None = None,
                    same_gender: Callable[[SpeakerMention], bool] | None = None) -> SpeakerMention | None:
    """The speaker a he/she/it/they/we/I stands for when no person is named near it: the organisation that
    opens its sentence (for "it"), else the speaker of the kind it wants cited last; None when unresolved.

    With the pronoun's ``doc`` and token ``at``, an "it" takes an organisation named in its own sentence or
    the one before, no further back ("The agency said ... It added"; not the court of four paragraphs up).
    With ``other_gender`` (does the article give a person the other gender than the he/she's?), a person of
    the other gender is passed over ("She said" after a quotation of Trump's); the person cited before them
    stands for the pronoun only when ``same_gender`` says the article gives them its gender and they were cited
    in the pronoun's sentence or the four before, else it stays unresolved (further back, the pronoun is
    mostly someone nobody cited: "Cole ... She bemoans")."""
    want = PRONOUNS[pronoun]
    if want == "none":
        return None  # generic "you"
    if want == "organization" and sentence_first_np is not None and sentence_first_np.kind == "organization":
        return sentence_first_np
    passed_over = False
    for sp in reversed(history):
        if want == "any" and sp.kind in ("organization", "anonymous", "person", "outlet"):
            # a "they"/"we" is no one person: after one, named or by a role ("Colin Powell told them ... They see
            # this as crucial" is Republicans; "the president"), it is left unresolved (a pair named together,
            # "Pelosi and Hoyer said", is shown by one name: unresolved too, rather than half of it)
            if sp.kind == "person" or sp.kind == "anonymous" and doc is not None and ends_in_one_role(doc, sp.stop):
                if doc is None or _sentences_back(doc, sp, at) > 1 or not names_a_pair(doc, sp.start, sp.stop):
                    return _group_for_they(pronoun, doc, at)
                pair = doc.cut(doc.starts[sp.start], doc.ends[sp.stop - 1])
                return SpeakerMention(sp.start, sp.stop, sp.kind, pair, sp.key)
            return _group_for_they(pronoun, doc, at, sp.stop) or sp  # (a group in its own sentence first)
        if want == "organization" and sp.kind in ("organization", "outlet"):
            if doc is not None and _sentences_back(doc, sp, at) > 1:
                return None  # named too far back for an "it"
            return sp
        if want == sp.kind:
            if other_gender is not None and other_gender(sp):
                passed_over = True
                continue
            if passed_over and not (same_gender is not None and same_gender(sp) and doc is not None
                                    and _sentences_back(doc, sp, at) <= _SAME_GENDER_BACK):
                return None
            return sp
    return _group_for_they(pronoun, doc, at) if want == "any" else None


def _group_for_they(pronoun: str, doc: Doc | None, at: int, cited: int = -1) -> SpeakerMention | None:
    """The plural group named just before a "they" (:mod:`.speaker_plural_antecedents`), as its speaker."""
    if pronoun != "they" or doc is None or not 0 <= at < len(doc.norms):
        return None
    group = plural_group_before(doc, at, word_lists(), cited)
    if group is None:
        return None
    text = doc.cut(doc.starts[group[0]], doc.ends[group[1] - 1])
    return SpeakerMention(group[0], group[1], "anonymous", text, _key(text))


# how many sentences back a person of the pronoun's gender may be cited when one of the other gender was
# cited since
_SAME_GENDER_BACK: Final = 4


def _sentences_back(doc: Doc, sp: SpeakerMention, at: int) -> int:
    """How many sentences before token ``at`` the speaker ``sp`` was named (0: in its sentence)."""
    if not (0 <= sp.start < len(doc.sentence_of) and 0 <= at < len(doc.sentence_of)):
        return 0
    return doc.sentence_of[at] - doc.sentence_of[sp.start]


def speaker_span(doc: Doc, m: Match, lists: WordLists, vague_by_stop: dict[int, Match]) -> tuple[int, int] | None:
    """Token span of the source of cue ``m`` (without clutter and dates: :func:`trim_speaker`), or None."""
    span = _speaker_span(doc, m, lists, vague_by_stop)
    span = trim_speaker(doc, span[0], span[1], lists) if span is not None else None
    # "A lawyer who represents Smith said": the lawyer
    span = span and (subject_with_relative_clause(doc, span[0], span[1], lists) or span)
    span = span and subject_before_agent(doc, span, lists)  # "a panel appointed by the agency"
    sent_first = doc.sentences[doc.sentence_of[m.first]].first
    span = span and (people_over_places(doc, span[0], span[1], sent_first, lists) or span)  # "voters in each state"
    if span is None or place_before_colon(doc, span[0], span[1], m.first, lists) \
            or recipient_before_colon(doc, span[0], span[1], m.first) or inside_a_title(doc, span[0], span[1], m) \
            or lone_word_after_cue(doc, span[0], span[1], m, lists) \
            or cue_part_not_speaker(doc, span[0], span[1], m, lists):
        return None  # "Mosul: Corpses, ...", "told All Things Considered", "slammed shut"
    if place_after_preposition(doc, span[0], span[1], m.first, lists):
        from .reader import reader_span  # (reader reads this module)
        wider = reader_span(doc, m, span, lists)
        if wider is None or place_after_preposition(doc, wider[0], wider[1], m.first, lists):
            return None  # "plans with Central America and told", not "officials in Seoul said"
    first, stop = complete_name(doc, span[0], span[1], lists)  # "USA Today", not "USA"
    first, stop = with_head_noun(doc, without_opening_verb(doc, first, stop), stop, m.first, lists)  # "leading [many]"
    return finished_span(doc, first, stop, m, lists)  # "A poll released Monday showed", "Biden’s expected"


def _speaker_span(doc: Doc, m: Match, lists: WordLists, vague_by_stop: dict[int, Match]) -> tuple[int, int] | None:
    sent = doc.sentences[doc.sentence_of[m.first]]
    words = m.entry.words
    if words[0] == "according":
        span = np_right(doc, m.stop, sent.stop, lists)
        if span and doc.norms[span[1] - 1] in SOURCE_NOUNS_AFTER_ACCORDING:
            after = span[1]
            # "a memo from the agency", "a study by Pew": who wrote it; "an analysis of search data", "a survey
            # of voters": what it is about, so the document stays the source, unless its author follows ("a survey of
            # members by the paper")
            if after < sent.stop and doc.norms[after] == "of":
                topic = np_right(doc, after + 1, sent.stop, lists)
                if topic and topic[1] < sent.stop and doc.norms[topic[1]] == "by" \
                        and not doc.norms[topic[1] - 1].endswith("ed"):  # not "... obtained by POLITICO"
                    after = topic[1]
            if after < sent.stop and doc.norms[after] in ("from", "by"):
                span = np_right(doc, after + 1, sent.stop, lists) or span
        if span is None:
            # "according to a warning from a top CIA official"
            j = m.stop
            while j < min(sent.stop, m.stop + 4) and doc.norms[j] not in ("from", "by"):
                j += 1
            if j < sent.stop - 1:
                span = np_right(doc, j + 1, sent.stop, lists)
        return span
    vm = vague_by_stop.get(m.first)
    if vm is not None:
        left = np_left(doc, m.first, sent.first, lists)
        return (min(vm.first, left[0]) if left and left[1] == vm.stop else vm.first, vm.stop)
    span = np_left(doc, m.first, sent.first, lists)
    if span is not None and doc.norms[span[0]] not in ("who", "which", "that"):
        return span
    j = skip_left(doc, m.first - 1, sent.first, lists)
    if j >= sent.first and doc.norms[j] in ("who", "which"):
        # "a top CIA official for the Korean Peninsula who says"
        left = np_left(doc, j, sent.first, lists)
        left = thing_before_recipient(doc, j, left, sent.first, lists) or left  # "a letter to Trump which said"
        if left and left[0] - 1 >= sent.first and doc.norms[left[0] - 1] in (
                "for", "of", "at", "in", "from", "with", "on"):
            # the phrase before the preposition when it names who ("a top official for the agency who says"),
            # not "the views of many critics who accused"
            outer = np_left(doc, left[0] - 1, sent.first, lists)
            if outer is not None and _names_who(doc.norms[outer[1] - 1], lists):
                left = outer
        return left
    if len(words) == 1 and words[0].endswith("ing"):
        return None  # participles take the clause's subject (see find_attributions)
    if j >= sent.first and doc.norms[j] in ("and", "but", "then") and len(words) == 1:
        # coordinated verb: "Wilson praised Rubio and said ...": the clause's subject
        first_word = next((t for t in range(clause_first(doc, sent.first, j), j) if doc.is_word[t]), None)
        if first_word is not None:
            subj = np_right(doc, first_word, j, lists)
            if subj is not None:
                return subj
    if j >= sent.first and doc.tokens[j] == ",":
        # appositive: "Saudi Arabia, a close US ally, has said"; one with a list in it, "Andrew McAfee, an
        # economist and author of a book, Machine, Platform, Crowd, has said": the phrase that opens the
        # sentence, else the one before the nearest comma
        k = j - 1
        while k > sent.first and doc.tokens[k] != "," and j - k < 40:
            k -= 1
        if doc.tokens[k] == "," and k > sent.first:
            left = np_left(doc, k, sent.first, lists)
            if left is not None:
                # (only where the nearest phrase ends a description, "president of Susan B. Anthony List",
                # "a Republican who represents Richmond"; not "One eyewitness, Zachary Voorhies, a ...")
                a = left[0]
                inside = a > sent.first and doc.is_word[a - 1] or left[1] - a == 1 and a >= 2 and doc.tokens[
                    a - 1] == "," and doc.is_word[a - 2] and is_cap(doc.tokens[a - 2])
                # (or is an item of a list of single words: "a book, Machine, Platform, Crowd, has")
                opening = _opening_np(doc, k, sent.first, j, lists) if inside else None
                if opening is None and agent_of_participle(doc, a):
                    # "A report of the campaign, co-chaired by Justice O'Connor, titled ..., explains": the
                    # phrase after "by" describes the campaign; the subject opens the sentence
                    return _opening_subject(doc, sent.first, k, lists)
                return opening if opening is not None else _named_before_title(doc, left, sent.first, lists)
    # inversion after a quotation or at the start: '..." said Lavrov', 'Said the minister'
    if words[0] != "in" and (j < sent.first or doc.tokens[j] in (",", "”", "\"", ":", "—", "'", "’")) \
            and not is_passive(doc, m):
        return np_right(doc, m.stop, sent.stop, lists)
    return None


def _named_before_title(doc: Doc, span: tuple[int, int], sent_first: int, lists: WordLists) -> tuple[int, int]:
    """The person's name before a title set off by commas ("Paul Sieminski, general counsel at Automattic,
    which runs the site, said": ``span`` is "Automattic" or "general counsel at Automattic"): the title
    describes the named person who speaks; else ``span``."""
    a = span[0]
    c = a - 1
    while c > sent_first and a - c <= 6 and doc.is_word[c] and not is_cap(doc.tokens[c]):
        c -= 1  # back over "general counsel at", "a lawyer for"
    if not (c + 1 == a and not is_cap(doc.tokens[a]) or doc.norms[a - 1] in ("at", "of", "for", "with")):
        return span  # (not "Sen. Rand Paul, Kentucky Republican, and Sen. Christopher Murphy": a list)
    if c <= sent_first or doc.tokens[c] != "," or c + 1 >= span[1] or is_cap(doc.tokens[c + 1]) \
            or not any(base_norm(doc.norms[t]) in lists.titles and doc.norms[t] not in ("at", "of", "for", "and")
                       for t in range(c + 1, min(span[1], a + 1) if a > c + 1 else span[1])):
        return span
    name = np_left(doc, c, sent_first, lists)
    if name is not None and name[1] == c and name[1] - name[0] >= 2 \
            and all(is_cap(doc.tokens[t]) for t in range(name[0], name[1]) if doc.is_word[t]):
        return name
    return span


def _names_who(head: str, lists: WordLists) -> bool:
    """Can a noun phrase with this head word be who speaks ("official", "spokesman", "critics",
    "a group"): a title, a vague source, a person noun, a crowd or an organisation?"""
    base = base_norm(head)
    return base in lists.titles or base in lists.vague or base in lists.person_nouns or base in lists.groups \
        or base in lists.org_heads


def _opening_subject(doc: Doc, sent_first: int, stop: int, lists: WordLists) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence, before its first comma (at or before ``stop``), or None."""
    first_word = sent_first
    while first_word < stop and not doc.is_word[first_word]:
        if doc.tokens[first_word] in ("“", '"', "‘", "'"):
            return None
        first_word += 1
    comma = next((t for t in range(first_word, stop + 1) if doc.tokens[t] == ","), stop)
    return np_right(doc, first_word, comma, lists)


def _opening_np(doc: Doc, k: int, sent_first: int, j: int, lists: WordLists) -> tuple[int, int] | None:
    """The noun phrase before an earlier comma of the appositive that ends at the comma ``j`` (``k`` is the
    comma nearest before it), if that phrase opens the sentence and is capitalised: the subject the
    appositive describes, past a list inside it."""
    first_word = sent_first
    while first_word < k and not doc.is_word[first_word]:
        if doc.tokens[first_word] in ("“", '"', "‘", "'"):
            return None  # the sentence opens a quotation: its first words are the quoted speaker's
        first_word += 1
    if doc.norms[first_word] in lists.not_names:
        return None  # "Some, like professor Randy Barnett, say": a quantifier, not a name
    c = k - 1
    while c > first_word and j - c < 40:
        if doc.tokens[c] == ",":
            left = np_left(doc, c, sent_first, lists)
            if left is not None and left[0] == first_word and is_cap(doc.tokens[left[0]]):
                return left
        c -= 1
    return None


def speaker_kind(facts: DocFacts, span: tuple[int, int], lists: WordLists) -> str:
    """The speaker's kind as the cue model sees it: a lone pronoun is "pronoun"."""
    if span[1] - span[0] == 1 and facts.doc.norms[span[0]] in PRONOUNS:
        return "pronoun"
    return classify(facts, span[0], span[1], lists)[0]


def sentence_subject(facts: DocFacts, first: int, stop: int, lists: WordLists) -> SpeakerMention | None:
    """The capitalised noun phrase that opens a sentence, if it names a place or organisation."""
    doc = facts.doc
    k = first
    while k < stop and not doc.is_word[k]:
        k += 1
    j = k
    while j < stop and doc.is_word[j] and (is_cap(doc.tokens[j]) or doc.norms[j] in ("the", "of")):
        j += 1
    if j > k:
        found = mention(facts, k, j, lists)
        if found is not None and found.kind == "organization":
            return found
    return None
