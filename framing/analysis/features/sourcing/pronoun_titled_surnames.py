"""A surname alone that a reader takes for a person before a speaking "he" or "she".

"President Obama is on a roll. First, he told columnists ..." and "When Obama gave the commencement address,
he congratulated the cadets" name Obama for the "he", though the article gives no first name: a reader
knows the person by an office's title written before the surname ("President Obama", "Gov. Christie",
"Speaker Pelosi") or by a verb a person does right after it ("Obama gave", "Cruz said"). Framing took a
capitalised word alone for no person ("Platform", "Louisiana"), left the pronoun "not resolved", and
readers mark a pronoun that names nobody wrong. A word of a place, a body or an outlet stays no person, and
a word opening its sentence is taken only with a title before it (a sentence's first word is capitalised
whatever it is: "Republicans said", "Critics say"). A name after a verb or a preposition ("saying President
Obama was doing worse. He cited ...", "to former President Obama") is an object, not who the pronoun is.

A run with a body's word in it ("Senate GOP Leader Mitch McConnell made similar remarks. ... he said") was no
person at all, and the pronoun went to a speaker cited further back (Cantor): the name after the office's
title in the run is the person. A verb of command opening a headline ("Take Trump at his word") is no part
of the name ("he = Take Trump").
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .facts import base_norm
from .grammar import WordLists, is_cap

# titles of an office written capitalised before a surname ("President Obama", "Gov. Christie")
_OFFICE_TITLES: Final = frozenset({
    "president", "senator", "sen", "governor", "gov", "representative", "rep", "secretary", "speaker", "mayor",
    "judge", "justice", "ambassador", "chancellor", "premier", "minister", "pope", "general", "gen", "attorney",
    "commissioner", "chairman", "chairwoman", "director", "professor", "prof", "leader", "congressman",
    "congresswoman", "councilman", "councilwoman", "sheriff", "chief", "candidate",
})

# verbs right after a surname that show a person doing ("Obama gave", "Cruz said", "Biden told")
_PERSON_VERBS: Final = frozenset({
    "said", "says", "told", "tells", "wrote", "writes", "added", "adds", "argued", "argues", "noted", "notes",
    "gave", "gives", "asked", "asks", "insisted", "insists", "warned", "warns", "tweeted", "announced",
    "declared", "praised", "criticized", "urged", "acknowledged", "admitted", "vowed", "promised", "spoke",
    "speaks", "met", "signed", "called", "campaigned", "visited", "nominated", "appointed", "pardoned",
})

# words after which a name opens a clause as its subject ("When Obama gave", "and President Trump said")
_BEFORE_A_SUBJECT: Final = frozenset({"and", "but", "because", "when", "while", "as", "if", "though", "although",
                                      "since", "after", "before", "until", "so", "then", "where", "whereas"})


def titled_surname(doc: Doc, first: int, stop: int, lists: WordLists) -> bool:
    """Is the one capitalised word ``[first, stop)`` a person's surname a reader recognises: an office's
    capitalised title right before it or in the run ("President Obama"), or, not opening its sentence, a
    verb a person does right after it ("When Obama gave")? Not a word of a place, a body or an outlet, nor a
    name after a lower-case word other than a conjunction (an object: "saying President Obama was ...")."""
    norms, tokens = doc.norms, doc.tokens
    word = base_norm(norms[stop - 1])
    if not is_cap(tokens[stop - 1]) or tokens[stop - 1].isupper() and len(tokens[stop - 1]) > 1:
        return False
    if word in lists.places or word in lists.org_heads or word in lists.outlets:
        return False
    sent_first = doc.sentences[doc.sentence_of[first]].first
    titles = [t for t in range(max(sent_first, first - 2), stop - 1) if doc.is_word[t]]
    titled = bool(titles) and is_cap(tokens[titles[-1]]) and norms[titles[-1]] in _OFFICE_TITLES
    b = titles[-1] if titled else first
    if b > sent_first and doc.is_word[b - 1] and not is_cap(tokens[b - 1]) and norms[b - 1] not in _BEFORE_A_SUBJECT:
        return False  # "saying President Obama was doing worse", "to former President Obama": not who acts
    if titled:
        return True
    return first > sent_first and stop < len(norms) and norms[stop] in _PERSON_VERBS


def name_after_title(doc: Doc, first: int, stop: int) -> int:
    """Where a person's name starts after an office's capitalised title inside the run ``[first, stop)``
    whose words include a body's ("Senate GOP Leader Mitch McConnell": "Mitch McConnell"), or -1 when no
    title stands before two capitalised words that end the run ("the National Institute of Health": none)."""
    norms, tokens = doc.norms, doc.tokens
    for t in range(stop - 3, first - 1, -1):
        if doc.is_word[t] and is_cap(tokens[t]) and norms[t] in _OFFICE_TITLES:
            names = [k for k in range(t + 1, stop) if doc.is_word[k]]
            if len(names) >= 2 and all(is_cap(tokens[k]) and not tokens[k].isupper() for k in names):
                return names[0]
            return -1
    return -1


# verbs that open a headline or a sentence as an imperative before a surname ("Take Trump at his word",
# "Blame Congress"): capitalised as they open it, no first name; curated by reading the AllSides dev corpus
_IMPERATIVES: Final = frozenset({"take", "ask", "meet", "watch", "see", "read", "let", "make", "thank", "blame",
                                 "forget", "remember", "trust", "stop", "vote", "elect", "impeach", "fire", "believe",
                                 "hear", "listen", "follow", "tell", "give", "keep", "leave", "call", "imagine"})


def opening_imperative(norm: str) -> bool:
    """Is the capitalised word that opens a run a verb of command, not a first name ("Take Trump ...")?"""
    return norm in _IMPERATIVES


def without_imperative(name: str) -> str:
    """The name without a verb of command it was read with ("Take Trump" -> "Trump"); "" stays ""."""
    words = name.split()
    return " ".join(words[1:]) if len(words) >= 2 and words[0].lower() in _IMPERATIVES else name
