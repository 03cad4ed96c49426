"""The one person of a speaking he/she's gender named just before it, when every other rule found nobody.

A reader of "But the CBS reporter whose story was based on the leak, Jan Crawford, is well-liked. She reported
that ..." takes "She" for Jan Crawford: the only woman named in the sentences before. The person rules of
:mod:`.pronouns` want a name shown as a speaker (a title, an appositive, a verb after it), and the subject
rules of :mod:`.pronoun_subject_antecedents` a subject that opens the sentence before; what neither finds was
shown as "pronoun not resolved", which names nobody and which readers mark wrong.

Here a he/she takes the person named by a first name of its gender and a capitalised surname ("Jan Crawford"
for "she", "Vivek Murthy" for "he") in its own sentence before it or in the two sentences before, when that
person is the only one: no other first name of the same gender stands in that stretch, and nobody else is named
after it by a title or as a speaker ("President Obama, meanwhile, ... in which he": with two, a reader cannot
tell either). Words inside quotation marks are
passed over ('"Biden," she writes': a word quoted). Bounded: at most ``_WINDOW`` tokens back.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .aliases import person_key, plain
from .facts import DocFacts
from .given_names import first_names
from .grammar import is_cap
from .speakers import SpeakerMention

# how far back the stretch reaches: the pronoun's sentence and the two before, within _WINDOW tokens
_SENTENCES_BACK: Final = 2
_WINDOW: Final = 120

_GENDER: Final = {"he": "male", "she": "female"}


def sole_gendered_name(facts: DocFacts, at: int) -> SpeakerMention | None:
    """The person the he/she at token ``at`` stands for when one person of its gender, by first name and
    surname, is named in the stretch before it and nobody else by a first name (see the module docstring)."""
    doc = facts.doc
    tokens, norms, is_word = doc.tokens, doc.norms, doc.is_word
    if not 0 <= at < len(norms):
        return None
    want = _GENDER.get(norms[at])
    if want is None:
        return None
    si = doc.sentence_of[at]
    first = max(0, at - _WINDOW, doc.sentences[max(0, si - _SENTENCES_BACK)].first)
    names = first_names()
    found: dict[str, tuple[int, int]] = {}  # surname -> (first token, stop) of its first mention in the stretch
    for t in range(first, at - 1):
        if not is_word[t] or not is_cap(tokens[t]) or not is_cap(tokens[t + 1]) or not is_word[t + 1]:
            continue
        if t > first and is_word[t - 1] and is_cap(tokens[t - 1]) and plain(tokens[t - 1]) not in _TITLE_WORDS:
            continue  # inside a longer capitalised run ("New York Times"), not a name's first word
        gender = names.get(plain(tokens[t]))
        if gender is None:
            continue
        if facts.ctx.in_quote(doc, doc.starts[t]):
            continue
        if gender != want:
            continue
        surname = plain(tokens[t + 1])
        if surname in names:
            return None  # "Mary Ann ...", or two first names: no surname to be sure of
        found.setdefault(surname, (t, t + 2))
    if len(found) != 1:
        return None
    a, b = next(iter(found.values()))
    if _other_named_between(doc, b, at, plain(tokens[b - 1])):
        return None
    name = doc.cut(doc.starts[a], doc.ends[b - 1])
    if name.endswith("'s") or name.endswith("’s"):
        name = name[:-2]
    return SpeakerMention(at, at + 1, "person", name, person_key(name))


def _other_named_between(doc: Doc, first: int, stop: int, surname: str) -> bool:
    """Is someone else named by a title or as a speaker in tokens ``[first, stop)`` ("President Obama, meanwhile,
    ... in which he", '"...," de León told POLITICO. His fight, he said'): a person the first-name search cannot
    see, whom the pronoun may stand for as well?"""
    tokens, norms, is_word = doc.tokens, doc.norms, doc.is_word
    for t in range(first, stop):
        if not is_word[t] or not is_cap(tokens[t]) or plain(tokens[t]) in (surname, surname + "s"):
            continue
        before = t - 1
        if before >= first and tokens[before] == ".":
            before -= 1  # "Mr. Paul"
        if before >= first and plain(tokens[before]) in _TITLE_WORDS and t + 1 < len(norms) \
                and not is_cap(tokens[t + 1]):
            return True  # "President Obama", "Sen. Paul"
        if t + 1 < stop and norms[t + 1] in _SPEAKING and plain(tokens[t]) not in _TITLE_WORDS:
            return True  # "de León told"
    return False


# speech verbs after a name that show it as a speaker
_SPEAKING: Final = frozenset({"said", "says", "told", "tells", "wrote", "writes", "added", "adds", "argued", "argues"})

# capitalised words that may stand before a first name without making it part of a longer run
_TITLE_WORDS: Final = frozenset({
    "sen", "rep", "gov", "mr", "mrs", "ms", "dr", "president", "senator", "governor", "mayor", "secretary",
    "judge", "justice", "gen", "col", "lt", "sgt", "adm", "prof", "professor", "rev", "former", "vice",
    "democrat", "republican", "democratic", "gop", "chairman", "chairwoman", "speaker", "leader", "attorney",
    "general", "director", "ambassador", "minister", "prime", "chief", "officer", "lady", "first", "pastor",
})
