"""Sourcing pronouns: the person a speaking "he" or "she" stands for, as a reader finds it.

A reader takes the nearest plausible antecedent: a person named in the pronoun's own sentence before
it, else in the sentence before, else the one before that ("Christie confidant David Wildstein ... had
been set to testify. But he told a panel ..." is Wildstein, though Christie spoke last). Only when no
person is named that near does the speaker the article cited last stand for the pronoun (the
``history`` of :func:`.speakers.resolve_pronoun`, as before).

Who counts as a person named there: a person the article already cited, by surname ("Klein"); a
capitalised run the speaker rules call a person, with a first name and a surname and something that
shows a person (a title or honorific, "analyst Rich Greenfield", "Sen. Sherrod Brown"; an appositive,
"Andrew McAfee, an MIT economist"; a verb after it, "Matt Bai makes"; or the surname used again), or
one word with an honorific ("Ms. Hill") or an appositive, or a surname the article gave a first name
before; an office held by one person ("the president's"); an unnamed person ("one doctor"). Not: a
run with an organisation's or a place's word, the end of a longer name ("... Allergy and Infectious
Diseases"), a name after "the" ("the Muslim Brotherhood"), single capitalised words nobody was cited
by ("Machine, Platform, Crowd", a book's title), words inside quotation marks, a name used as a
modifier ("Christie confidant", "Freedom Caucus leaders"), a person of the other gender by an honorific, a
word, a common first name or what the article shows elsewhere ("Mrs. Clinton", "a daughter", "Nancy
Pelosi", "Pelosi" for "he": :mod:`.genders`).

Within a sentence only subjects count (not an owner, "Issa's counterpart", nor an object, "a hug from a
friend"): first one who speaks there ("according to Morrison", '..." said Roger Entner', ", said Greg
Jacob, policy director"), else one the article cited, else the first. Only in the pronoun's own
sentence, when no subject stands before it, does an owner count ("Governor Jindal's lawsuit, in which
he claims"), unless the pronoun tags a speaker (", he says,"). Not a place written "Town, State,"
("South Bend, Indiana, Mayor Pete Buttigieg"), nor a name before "supporter" or "host". A sentence whose own same pronoun comes before the person ("She said
the secretary's ...") is about someone further back: the speaker cited last is then the better guess.
"""
from __future__ import annotations

import functools
from typing import Final

from ...lexicons import load_lexicon
from ...text import Doc
from .aliases import TITLES, name_words, person_key, plain
from .facts import DocFacts, base_norm
from .genders import FEMALE_HONORIFICS, FEMALE_WORDS, MALE_HONORIFICS, MALE_WORDS, ArticleGenders
from .given_names import first_names
from .grammar import WordLists, is_cap
from .kind_unnamed_people import named_in_apposition
from .pronoun_clauses import own_pronoun_after, reported_after_subject
from .pronoun_office_names import office_name
from .pronoun_opening_clauses import chain_start, main_clause_first
from .pronoun_companions import with_companion
from .pronoun_given_names import given_name_of
from .pronoun_prepositional_names import described_object
from .pronoun_titled_surnames import name_after_title, opening_imperative, titled_surname, without_imperative
from .reader import OFFICES, OFFICE_MODIFIERS, run_together
from .speakers import HONORIFICS, SpeakerMention, classify

# the sentences a reader looks back over for a pronoun's antecedent: its own and the two before, within
# _WINDOW tokens (the search costs no more in a sentence of thousands of words)
_SENTENCES_BACK: Final = 2
_WINDOW: Final = 150
# further back, only a person opening a sentence named after the speaker cited last (:func:`_opened_since_cited`)
_FURTHER_BACK: Final = 7
_FURTHER_WINDOW: Final = 300


# words that join a name's parts inside a capitalised run ("Charles de Gaulle", "Osama bin Laden")
_NAME_JOINERS: Final = frozenset({"de", "van", "von", "al", "bin", "da", "du", "la", "le", "del", "der"})


# prepositions after which a name is an object, not who acts ("met with Cummings", "the case for Biden")
_BEFORE_OBJECT: Final = frozenset({"of", "for", "to", "with", "by", "about", "against", "from", "on", "at", "in",
                                   "than", "like", "as", "into", "over", "toward", "towards", "under", "behind"})


_QUOTE_MARKS: Final = frozenset({"“", '"', "‘", "'"})
_CLOSING: Final = frozenset({"”", '"', "’", "'"})


# nouns after a name that make the name a modifier of another person ("Christie confidant David Wildstein",
# "Bernie Sanders supporter James Hodgkinson", "MSNBC host Joy Reid"): not words of a subject
_NAME_AS_MODIFIER: Final = frozenset({"confidant", "confidante", "ally", "allies", "supporter", "backer", "donor",
                                      "loyalist", "critic", "rival", "opponent", "associate", "host", "anchor",
                                      "correspondent", "columnist", "appointee", "nominee"})


# verbs after which a name is who speaks ("said Roger Entner", "says Melissa Murray")
_SAYING: Final = frozenset({"said", "says", "say", "told", "wrote", "writes", "added", "adds", "explained",
                            "explains", "argued", "argues", "noted", "notes", "recalled", "recalls"})


# verbs after a name that show a person doing ("Matt Bai makes the case", "Jane Doe has filed")
_ACTS: Final = frozenset({"is", "was", "has", "had", "makes", "made", "wants", "wanted", "believes", "thinks",
                          "thought", "took", "takes", "gave", "gives", "asked", "asks", "called", "calls",
                          # ("When Howard Schultz stepped down as CEO", "Dana Kole resigned in May")
                          "stepped", "resigned", "retired", "announced", "declared", "tweeted", "posted",
                          "praised", "criticized", "urged", "warned", "insisted", "acknowledged", "admitted"})


# determiners of an unnamed person who can be "he" or "she" ("one doctor", "a woman", "the nurse")
_ONE: Final = frozenset({"a", "an", "one", "the", "another"})


@functools.cache
def _title_heads() -> frozenset[str]:
    """The last words of the titles of ``source_heads`` ("director", "economist", "secretary"): a title's own
    word, not "of" or "and" from "secretary of state" (``WordLists.titles`` has every word)."""
    return frozenset(e.words[-1] for e in load_lexicon("source_heads").entries if e.category == "title")


class _Candidate:
    """A person named before a pronoun: where, how (``subject``: not an owner or an object; ``cited``) and who."""

    __slots__ = ("first", "stop", "subject", "cited", "mention")

    def __init__(self, first: int, stop: int, subject: bool, cited: bool, mention: SpeakerMention) -> None:
        self.first = first
        self.stop = stop
        self.subject = subject
        self.cited = cited  # a person the article cited before (a speaker of an earlier cue)
        self.mention = mention


def nearest_person(facts: DocFacts, pronoun: int, history: list[SpeakerMention],
                   lists: WordLists, genders: ArticleGenders | None = None) -> SpeakerMention | None:
    """The person the speaking he/she at token ``pronoun`` stands for, named in its sentence before it or in
    the two sentences before (see the module docstring), or None when none is named that near. With
    ``genders``, a person the article gives the other gender (by a first name, an honorific elsewhere or a
    pronoun before: :class:`.genders.ArticleGenders`) is passed over too."""
    doc = facts.doc
    si = doc.sentence_of[pronoun]
    known: dict[str, SpeakerMention] = {}
    for sp in history:
        if sp.kind == "person":
            words = name_words(sp.name)
            if words:
                known[words[-1]] = sp
    same = doc.norms[pronoun]  # "he" or "she"
    window = max(0, pronoun - _WINDOW)
    opening_owner: _Candidate | None = None  # "Wilson's grand ambition was ... He thought": the sentence's topic
    for s in range(si, max(-1, si - _SENTENCES_BACK - 1), -1):
        sent = doc.sentences[s]
        if sent.stop <= window:
            break
        # (an owner or an object, "about Clinton's speeches", "a hug from a friend", is passed over)
        stop = pronoun if s == si else sent.stop
        found = [c for c in with_cited_speakers(doc, _candidates(facts, max(sent.first, window), stop, known, lists),
                                                history, max(sent.first, window), stop, lists)
                 if not _other_gender(doc, c, same, genders)]
        subjects = [c for c in found if c.subject]
        subjects = [subjects[i] for i in main_clause_first(doc, sent.first, stop, [c.first for c in subjects])]
        if not subjects:
            if opening_owner is None and s != si:
                opening_owner = next((c for c in found if _owner(doc, c) and _opens_sentence(doc, sent.first, c)), None)
            owners = [c for c in found if s == si and _owner(doc, c)] if not _speaker_tag(doc, pronoun) else []
            if owners:
                # no subject before the pronoun in its own sentence, but an owner: "Governor Jindal's lawsuit, in
                # which he claims", "the president's defense strategy; for instance, he responded"
                return _unless_chained(doc, max(sent.first, window), pronoun, same, owners[-1])
            continue
        speaking = [c for c in subjects if _speaker_position(doc, c)]
        # (a person cited before but named inside a clause reported after an earlier subject, "I asked Rep. Tim
        # Ryan, who was quoted saying that Biden was declining, whether he meant", is what the subject said)
        cited = [c for c in subjects if c.cited and not reported_after_subject(doc, c.first, subjects[0].first)]
        return _unless_chained(doc, max(sent.first, window), pronoun, same, (speaking or cited or subjects)[0])
    if opening_owner is not None:
        return opening_owner.mention  # "Warren's skill as a campaigner is evident. ... she discussed": Warren
    if facts.ctx.in_quote(doc, doc.starts[pronoun]):
        return None  # ('"... He said that he had no choice"': the quoted speaker's words, someone they name)
    return _opened_since_cited(facts, pronoun, history, known, lists, genders)


def _opens_sentence(doc: Doc, sent_first: int, c: _Candidate) -> bool:
    """Does the candidate open its sentence (only punctuation before it)?"""
    return all(not doc.is_word[t] for t in range(sent_first, c.first))


def _opened_since_cited(facts: DocFacts, pronoun: int, history: list[SpeakerMention], known: dict[str, SpeakerMention],
                        lists: WordLists, genders: ArticleGenders | None) -> SpeakerMention | None:
    """A person of the pronoun's gender who opens a sentence as its subject further back (up to
    _FURTHER_BACK sentences, within _FURTHER_WINDOW tokens), named after the person the article cited last:
    "Sen. Al Franken of Minnesota is also part of the book club. [four sentences on his book and his words]
    He bluntly said" is Franken (the paragraph's subject), not Kasich, cited in the paragraph before."""
    doc = facts.doc
    same = doc.norms[pronoun]
    cited_at = next((sp.start for sp in reversed(history) if sp.kind == "person"
                     and not (genders is not None and genders.other_gender(sp, same))), -1)
    window = max(0, pronoun - _FURTHER_WINDOW)
    si = doc.sentence_of[pronoun]
    for s in range(si - _SENTENCES_BACK - 1, max(-1, si - _FURTHER_BACK - 1), -1):
        sent = doc.sentences[s]
        if sent.first < window or sent.stop <= cited_at:
            return None
        opening = next((t for t in range(sent.first, sent.stop) if doc.is_word[t]), sent.stop)
        found = [c for c in _candidates(facts, opening, min(sent.stop, opening + 12), known, lists)
                 if c.first == opening and c.first > cited_at and c.subject and not _owner(doc, c)
                 and not _other_gender(doc, c, same, genders)]
        if found:
            return found[0].mention
    return None


def with_cited_speakers(doc: Doc, found: list[_Candidate], history: list[SpeakerMention], first: int,
                        stop: int, lists: WordLists) -> list[_Candidate]:
    """The candidates ``found`` in tokens ``[first, stop)`` of a sentence, with the persons the speaker rules
    found speaking there (a cue's source) that the capitalised runs missed: "California Secretary of State
    Alex Padilla struck a similar chord, saying ..." (a title's "of State" hides the name from the run). A
    person who speaks in a sentence is its subject, and cited."""
    extra: list[_Candidate] = []
    for sp in history:
        if sp.kind == "person" and first <= sp.start and sp.stop <= stop and _named_speaker(doc, sp, lists) \
                and not any(c.first < sp.stop and sp.start < c.stop for c in found):
            extra.append(_Candidate(sp.start, sp.stop, True, True, sp))
    if not extra:
        return found
    return sorted(found + extra, key=lambda c: c.first)


def _named_speaker(doc: Doc, sp: SpeakerMention, lists: WordLists) -> bool:
    """Is the cited speaker ``sp`` a person named as a reader takes one: a span opening and ending on
    capitalised words, not in capitals ("NADLER REQUESTS MUELLER", a headline), not run into a link card, whose
    name has a first name and a surname and no word of a body, an outlet or a place ("the USS Bainbridge",
    "director of the National Institute ...")?"""
    tokens, norms = doc.tokens, doc.norms
    span = range(sp.start, sp.stop)
    if not (is_cap(tokens[sp.start]) and is_cap(tokens[sp.stop - 1])) or norms[sp.start] in _ONE:
        return False
    if sp.stop - sp.start > 1 and all(tokens[t].isupper() for t in span if doc.is_word[t]):
        return False
    if any(run_together(tokens[t]) for t in span):
        return False
    words = name_words(sp.name)  # "Alex Padilla" of "California Secretary of State Alex Padilla"
    return len(words) >= 2 and not any(w in lists.org_heads or w in lists.outlets or w in lists.places for w in words)


def _speaker_position(doc: Doc, c: _Candidate) -> bool:
    """Is the candidate who speaks in its sentence: right after a verb of saying or "according to" ("said
    Mackenzie Eaglen"), or right before one ("Tim Miller said")? A pronoun that speaks next takes them first."""
    norms = doc.norms
    return _after_saying(doc, c.first) or _said_after_clause(doc, c) or c.stop < len(norms) and norms[c.stop] in _SAYING


def _said_after_clause(doc: Doc, c: _Candidate) -> bool:
    """Is the candidate a name right after a clause and its verb of saying, ending the clause (", said Greg
    Jacob, policy director", "..., says Ann Lee.")? A pronoun inside the clause reported ("Even if he
    doesn't weigh in ..., said Greg Jacob") is about someone else; the next pronoun that speaks is this
    speaker."""
    tokens, norms = doc.tokens, doc.norms
    v = c.first - 1
    return v >= 1 and norms[v] in _SAYING and tokens[v - 1] == "," and c.stop - c.first >= 2 \
        and (c.stop >= len(tokens) or tokens[c.stop] in (",", ".", ";"))


def _after_saying(doc: Doc, first: int) -> bool:
    """Does a phrase at ``first`` follow "according to" or an inverted verb of saying ('..." said Roger
    Entner', ", says Melissa Murray"; not "Bloomberg said the former vice president")?"""
    norms, tokens = doc.norms, doc.tokens
    v = first - 1
    if v >= 1 and norms[v] == "to" and norms[v - 1] == "according":
        return True
    # the verb right after a quotation ('..." said X', '...," says X'), not after any comma ("the challenge to
    # the ban, said the president would")
    return v >= 1 and norms[v] in _SAYING and (tokens[v - 1] in _CLOSING or tokens[v - 1] == "," and v >= 2
                                               and tokens[v - 2] in _CLOSING)


def _unless_chained(doc: Doc, sent_first: int, pronoun: int, same: str, chosen: _Candidate) -> SpeakerMention | None:
    """The chosen candidate's person, unless the same pronoun comes before it in its sentence ("She said the
    secretary's ...", "he was disgusted by the president's words, he said": the sentence is about someone
    named further back; the speaker cited last is the better guess). After it, the pronoun is the
    candidate's own ("one doctor has privileges because he has a hospital job. He has said ...")."""
    # (a pronoun in a clause opening the sentence is the subject's own: "When pressed if he would veto, Walker")
    start = chain_start(doc, sent_first, chosen.first)
    if not _said_after_clause(doc, chosen) and any(doc.norms[t] == same for t in range(start, chosen.first)):
        return None
    return chosen.mention


def _speaker_tag(doc: Doc, pronoun: int) -> bool:
    """Is the pronoun a speaker's tag set off by a comma ("Xi's government, he says, is focused", "Despite
    questions about Clinton's speeches, she adds,")? The clause around it is the speaker's words, whoever
    they name; the speaker is further back."""
    return pronoun > 0 and doc.tokens[pronoun - 1] in (",", "—", "–", "”", "\"") and pronoun + 1 < len(doc.norms) \
        and doc.norms[pronoun + 1] in _SAYING


def _owner(doc: Doc, c: _Candidate) -> bool:
    """Is the candidate an owner ("Jindal's", "the president's")?"""
    return doc.norms[c.stop - 1].endswith(("'s", "’s"))


def _other_gender(doc: Doc, c: _Candidate, same: str, genders: ArticleGenders | None) -> bool:
    """Does the article give the candidate the other gender: an honorific or a word for a man or a woman
    ("Mrs. Clinton" or "a daughter" for "he", "Mr. Sanders" for "she"), or, with ``genders``, a first name
    or what the article shows elsewhere ("Nancy Pelosi" for "he")?"""
    norms = doc.norms
    words = {norms[t] for t in range(max(0, c.first - 2), c.stop)}
    if same == "he" and (words & FEMALE_HONORIFICS or words & FEMALE_WORDS):
        return True
    if same == "she" and (words & MALE_HONORIFICS or words & MALE_WORDS):
        return True
    if own_pronoun_after(doc, c.stop) not in ("", same):
        return True  # "Le Pen said she wanted ..., Macron did not reply. Instead, he said": Le Pen is no "he"
    return genders is not None and genders.other_gender(c.mention, same)


def _candidates(facts: DocFacts, first: int, stop: int, known: dict[str, SpeakerMention],
                lists: WordLists) -> list[_Candidate]:
    """The persons named in tokens ``[first, stop)`` of a sentence, in order."""
    doc = facts.doc
    tokens, norms, is_word = doc.tokens, doc.norms, doc.is_word
    out: list[_Candidate] = []
    lower = facts.name_case().lower
    t = first
    while t < stop:
        if not is_word[t]:
            t += 1
            continue
        if facts.ctx.in_quote(doc, doc.starts[t]):
            t += 1
            continue  # '"Biden," he writes': a word quoted, not a person the writer names
        if norms[t] in _ONE and not (t >= 2 and tokens[t - 1] == "," and is_cap(tokens[t - 2])):
            # "one doctor", "The young woman" (not "Edward Snowden, the man who leaked": an appositive
            # describes the name before it)
            found, k = _unnamed_person(facts, t, stop, lists)
            if found is not None:
                out.append(_Candidate(t, k, _subject_position(doc, t, k, lists), False, found))
                t = k
                continue
        if is_cap(tokens[t]):
            k = t + 1
            while k < stop and (is_word[k] and is_cap(tokens[k])
                                or tokens[k] == "." and norms[k - 1] in HONORIFICS and doc.starts[k] == doc.ends[k - 1]
                                or norms[k] in _NAME_JOINERS and k + 1 < stop and is_cap(tokens[k + 1])):
                k += 1
            a = t
            # (a first name the article also writes lower-case, "bill", before a surname: "..., Bill Gates expressed")
            given = k - a >= 2 and norms[a] in first_names() and base_norm(norms[a + 1]) not in lower
            if (a == first or not is_word[a - 1]) and not given \
                    and (base_norm(norms[a]) in lower or norms[a].endswith("ly")):
                a += 1  # "Celebrating Columbus, she said", "Formerly known as": capitalised as it opens the sentence
            elif (a == first or not is_word[a - 1]) and k - a >= 3 and norms[a + 1] in first_names() \
                    and norms[a] not in first_names() and norms[a] not in HONORIFICS:
                a += 1  # "Ask Barack Obama; ...": a verb opening the sentence before a first name
            elif (a == first or not is_word[a - 1]) and k - a >= 2 and opening_imperative(norms[a]):
                a += 1  # "Take Trump at his word": a verb opening a headline, not a first name
            quoted = a > 0 and tokens[a - 1] in _QUOTE_MARKS and any(
                tokens[j] in _QUOTE_MARKS for j in range(k, min(stop, k + 2))) or _inside_marks(doc, first, a)
            if a < k and not quoted and not (a > 0 and norms[a - 1] == "the") and not (
                    a > 1 and norms[a - 1] in ("of", "and", "for", "&") and is_cap(tokens[a - 2])):
                # (not "the Muslim Brotherhood": a body; not '"Biden," he writes': a word quoted; not "Institute
                # of Allergy and Infectious Diseases": the end of a longer name)
                found, cited = _named_person(facts, a, k, known, lists)
                if found is not None:
                    out.append(_Candidate(a, k, _subject_position(doc, a, k, lists), cited, found))
            t = k
            continue
        t += 1
    return out


def _inside_marks(doc: Doc, first: int, t: int) -> bool:
    """Is token ``t`` inside quotation marks opened since token ``first`` (the start of its sentence): a title
    or a phrase quoted ('declaring, "I Quit Teach for America," went viral'), which the quotation finder
    may take for no quotation?"""
    tokens = doc.tokens
    straight = 0
    opened = 0
    for j in range(first, t):
        tok = tokens[j]
        if tok == '"':
            straight += 1
        elif tok == "“":
            opened += 1
        elif tok == "”" and opened > 0:
            opened -= 1
    return straight % 2 == 1 or opened > 0


def _named_person(facts: DocFacts, first: int, stop: int, known: dict[str, SpeakerMention],
                  lists: WordLists) -> tuple[SpeakerMention | None, bool]:
    """The person a capitalised run ``[first, stop)`` names, if it names one a reader would take for a
    pronoun's antecedent (see the module docstring), and whether the article cited them before."""
    doc = facts.doc
    norms = doc.norms
    if stop - first > 1 and all(doc.tokens[t].isupper() for t in range(first, stop) if doc.is_word[t]):
        return None, False  # "GET WALL FUNDING": a headline in capitals
    if any(run_together(doc.tokens[t]) for t in range(first, stop)):
        return None, False  # "Howard PaulSenate GOP": a site's link card, names run into headlines
    if any(base_norm(norms[t]) in lists.org_heads or norms[t] in lists.outlets for t in range(first, stop)):
        first = name_after_title(doc, first, stop)  # "Senate GOP Leader Mitch McConnell": the name after it
        if first < 0 or any(base_norm(norms[t]) in lists.org_heads or norms[t] in lists.outlets
                            for t in range(first, stop)):
            return None, False  # "the National Institute of Allergy and Infectious Diseases", "Fox News"
    kind, name, _ = classify(facts, first, stop, lists)
    honorific = any(norms[t] in HONORIFICS for t in range(first, stop))
    if kind != "person" and (honorific or kind == "outlet" and stop - first >= 2 and _title_before(doc, first, lists)):
        # "Ms. Hill", not the Hill; "professor Robert Post", not a newspaper called the Post
        kind, name = "person", doc.cut(doc.starts[first], doc.ends[stop - 1])
    if kind != "person":
        return None, False
    words = name_words(name)
    if not words:
        return None, False
    cited = known.get(words[-1])
    if cited is not None:
        return cited, True  # "Klein", "Mr. Klein": a person the article cited, under the name it gave
    if len([w for w in name.split() if plain(w) not in TITLES]) < 2:
        # "Platform", "Louisiana", "Yooge-ness": one capitalised word nobody was cited by, unless an honorific
        # goes with it or the article gave it a first name before ("Anthony Scaramucci ... Scaramucci has")
        if honorific:
            return SpeakerMention(first, stop, "person", name, person_key(name)), False  # "Ms. Hill", "Sen. Cruz"
        if _place_in_address(doc, first):
            return None, False  # "South Bend, Indiana, Mayor Pete Buttigieg": a place, though a title follows it
        full = without_imperative(_introduced(facts, first, words[-1]))  # (not "Take Trump": Trump)
        full = full or given_name_of(facts, first, words[-1])  # "Ana Ruiz ... Ana couldn't": a first name
        if full:
            return SpeakerMention(first, stop, "person", full, person_key(full)), False  # "Lisa Monaco ... Monaco"
        if base_norm(norms[first]) in lists.places:
            return None, False  # "Jordan, a country ...": a place the article gave no first name
        if _described_after(doc, stop, _title_heads()) or _described_before(facts, first, words[-1]) \
                or titled_surname(doc, first, stop, lists):
            # (or "President Obama", "When Obama gave ...": a surname a reader knows by a title or a verb)
            # "Miriam, a 27-year-old", or "Jayden" after "Jayden, a 17-year-old finishing high school"
            return SpeakerMention(first, stop, "person", name, person_key(name)), False
        return None, False
    if any(norms[t] in lists.places for t in range(first, stop)):
        return None, False  # "Mountain View", "Animas River": a place
    if stop < len(norms) and doc.tokens[stop] == "." and len(norms[stop - 1]) <= 3:
        return None, False  # "East St. Louis": an abbreviation, not a surname
    if not (_titled(doc, first, stop, lists) or _named_again(facts, first, stop, words[-1])
            or len(words) == 2 and words[0] in first_names() and _no_verb_before(doc, first, lists)):
        # "the Affordable Care Act", "Defender Counselor": no title, no appositive, never named again, no
        # common first name ("Ask Barack Obama; it's why he's been ...": a person)
        return None, False
    return SpeakerMention(first, stop, "person", name, person_key(name)), False


def _no_verb_before(doc: Doc, first: int, lists: WordLists) -> bool:
    """Does the name at ``first`` stand where no verb's object does: after punctuation, a capitalised word, a
    conjunction or a person's title ("Take David Brooks' piece", "because Bob Dole starred", "retiree Linda
    Parker"; not "told Robert Kuttner", "his new senior counselor Steve Bannon")?"""
    if first == 0 or not doc.is_word[first - 1] or is_cap(doc.tokens[first - 1]):
        return True
    return doc.norms[first - 1] in _CONJUNCTIONS_BEFORE_A_SUBJECT or _title_before(doc, first, lists)


# conjunctions after which a name opens a clause as its subject ("because Bob Dole starred")
_CONJUNCTIONS_BEFORE_A_SUBJECT: Final = frozenset({"and", "but", "because", "when", "while", "as", "if", "though",
                                                   "although", "since", "after", "before", "until", "so", "then"})


def _title_before(doc: Doc, first: int, lists: WordLists) -> bool:
    """Is the word right before ``first`` a person's title or a word for a person ("professor", "analyst")?"""
    norms = doc.norms
    return first > 0 and doc.is_word[first - 1] and not is_cap(doc.tokens[first - 1]) and (
        norms[first - 1] in _title_heads() or base_norm(norms[first - 1]) in lists.person_nouns)


def _place_in_address(doc: Doc, first: int) -> bool:
    """Is the one capitalised word at ``first`` the second part of a place written "Town, State," (a comma
    before it, a capitalised word before the comma, a comma after it): "South Bend, Indiana, Mayor ..."?"""
    tokens = doc.tokens
    return first >= 2 and tokens[first - 1] == "," and is_cap(tokens[first - 2]) and first + 1 < len(tokens) \
        and tokens[first + 1] == ","


def _titled(doc: Doc, first: int, stop: int, lists: WordLists) -> bool:
    """Does the run ``[first, stop)`` carry a person's title or description: an honorific or title in it ("Sen.
    Sherrod Brown", "Col. Timothy Alben"), a title right before it ("analyst Rich Greenfield"), a verb a
    person does after it ("Matt Bai makes"), or an appositive after a comma ("Andrew McAfee, an MIT
    economist")?"""
    norms = doc.norms
    titles = _title_heads()
    if any(norms[t] in HONORIFICS or norms[t] in titles and is_cap(doc.tokens[t]) for t in range(first, stop - 1)):
        return True
    if first > 0 and doc.is_word[first - 1] and (norms[first - 1] in titles
                                                 or base_norm(norms[first - 1]) in lists.person_nouns):
        return True
    if stop < len(norms) and (norms[stop] in _SAYING or norms[stop] in _ACTS):
        return True  # "Matt Bai makes the case", "Tim Miller said": a person doing
    return _described_after(doc, stop, titles)


def _described_after(doc: Doc, stop: int, titles: frozenset[str]) -> bool:
    """Does an appositive follow the name ending before ``stop`` (", an MIT economist", ", who ran the bureau",
    ", director of the institute")?"""
    norms = doc.norms
    return stop + 1 < len(norms) and doc.tokens[stop] == "," and norms[stop + 1] in ("a", "an", "the", "who") \
        or stop + 2 < len(norms) and doc.tokens[stop] == "," and (norms[stop + 1] in titles
                                                                  or norms[stop + 2] in titles)


def _introduced(facts: DocFacts, before: int, surname: str) -> str:
    """The full name ("Anthony Scaramucci") the Doc gave a person before token ``before`` whose surname
    (plain) is ``surname``: a capitalised word, not opening a sentence, right before the surname; or ""."""
    t = facts.surnames().full_name.get(surname, -1)
    if t < 0 or t >= before:
        return ""
    doc = facts.doc
    return doc.cut(doc.starts[t - 1], doc.ends[t]).replace("’s", "").replace("'s", "")


def _described_before(facts: DocFacts, before: int, word: str) -> bool:
    """Did the Doc, where it first wrote the one word ``word`` (plain) on its own before token ``before``,
    describe it after a comma as a person ("Jayden, a 17-year-old finishing high school, ...")?"""
    t = facts.surnames().alone_first.get(word, -1)
    return 0 <= t < before and plain(facts.doc.tokens[t]) == word and _described_after(facts.doc, t + 1, _title_heads())


def _named_again(facts: DocFacts, first: int, stop: int, surname: str) -> bool:
    """Is ``surname`` (plain) a word of the Doc outside ``[first, stop)``, on its own: a person introduced by full
    name is called by surname after ("David Wildstein ... Wildstein's lawyer")?"""
    names = facts.surnames()
    return names.alone_first.get(surname, stop) < first or names.alone_last.get(surname, -1) >= stop


def _unnamed_person(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[SpeakerMention | None, int]:
    """An office held by one person ("the president's", "the former governor") or an unnamed person ("one
    doctor", "a woman") opened by the determiner at ``first``, and the token after it."""
    doc = facts.doc
    norms = doc.norms
    k = first + 1
    while k < stop and k - first <= 3 and doc.is_word[k] and not is_cap(doc.tokens[k]):
        word = base_norm(norms[k])
        if word in OFFICES and norms[first] == "the" and all(norms[t] in OFFICE_MODIFIERS for t in range(first + 1, k)):
            office = office_name(doc, first, k)  # "the attorney general": not "general"
            return SpeakerMention(first, k + 1, "person", office, office), k + 1  # "the president's" is one person
        if word in lists.person_nouns and not word.endswith("s"):
            name = named_in_apposition(facts, first, k + 1, lists)
            if name is not None:
                # "The woman, identified as Kristin Mink, 33, walked up ...": she is the woman named
                return SpeakerMention(first, k + 1, "person", name, person_key(name)), k + 1
            text = doc.cut(doc.starts[first], doc.ends[k])
            return SpeakerMention(first, k + 1, "anonymous", text, text.lower()), k + 1  # "one doctor"
        k += 1
    return None, first + 1


def _subject_position(doc: Doc, first: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase ``[first, stop)`` where a subject stands: not after a preposition, not an owner
    ("Issa's counterpart"), not a name used as a modifier ("Christie confidant")?"""
    norms = doc.norms
    if norms[stop - 1].endswith(("'s", "’s")):
        return False
    if _after_saying(doc, first):
        return True  # "according to Morrison", "..., said researcher Roger Entner": who speaks
    if first > 0 and norms[first - 1] in _BEFORE_OBJECT and not _clause_as(doc, first) \
            or _last_of_listed_objects(doc, first) or described_object(doc, first, lists):
        return False  # (or "against long-time incumbent Rep. Roe": :mod:`.pronoun_prepositional_names`)
    if stop < len(norms) and doc.is_word[stop] and not is_cap(doc.tokens[stop]) \
            and not (norms[stop] in _AFTER_A_NAME and _set_off_name(doc, first, stop)):
        after = base_norm(norms[stop])
        if after in lists.titles and not with_companion(doc, stop) or after in lists.person_nouns \
                or after in lists.groups or after in lists.vague \
                or after in _NAME_AS_MODIFIER:
            # (the titles' words hold "and": "Ms. Roe and her husband moved" is a subject: .pronoun_companions)
            return False  # "Christie confidant", "Freedom Caucus leaders", "Sanders supporter": a modifier
    return True


def _set_off_name(doc: Doc, first: int, stop: int) -> bool:
    """Is the capitalised name ``[first, stop)`` no verb's object: after punctuation, a capitalised word or
    nothing ("Democrat, Rep. Dutch Ruppersberger of Maryland, said"; not "accused Sinema of")?"""
    return is_cap(doc.tokens[stop - 1]) and (first == 0 or not doc.is_word[first - 1] or is_cap(doc.tokens[first - 1]))


def _clause_as(doc: Doc, first: int) -> bool:
    """Does "as" after a comma open a clause whose subject is the name at ``first`` ("..., as Mr Rubio cannot
    help but acknowledge", "..., as Trump said"), not a preposition before an object ("such as Trump")?"""
    return first >= 2 and doc.norms[first - 1] == "as" and doc.tokens[first - 2] in (",", "—", "–") \
        and is_cap(doc.tokens[first]) and doc.norms[first] not in _ONE  # (not ", as a son of immigrants")


# function words after a name that are words of a title too ("secretary of state") but make the name no
# modifier: "Rep. Dutch Ruppersberger of Maryland, said" is a subject
_AFTER_A_NAME: Final = frozenset({"of", "for", "at", "in", "on", "to", "from", "with"})


# words a list of names after a preposition runs through ("of Woodrow Wilson, Theodore Roosevelt, and, yes,")
_IN_A_LIST: Final = frozenset({",", "and", "or", "yes", "even", "."})


def _last_of_listed_objects(doc: Doc, first: int) -> bool:
    """Is the name at ``first`` the last of a list of names after a preposition ("in the mold of Woodrow
    Wilson, Theodore Roosevelt, and, yes, George Wallace"): an object, no subject?"""
    norms, tokens = doc.norms, doc.tokens
    k = first - 1
    while k >= 0 and norms[k] in (",", "yes", "even"):
        k -= 1
    if k < 0 or norms[k] not in ("and", "or"):
        return False
    sent_first = doc.sentences[doc.sentence_of[first]].first
    while k >= sent_first and first - k < 20 and (norms[k] in _IN_A_LIST or doc.is_word[k] and is_cap(tokens[k])):
        k -= 1
    return k >= sent_first and norms[k] in _BEFORE_OBJECT
