"""A person the article has just named, called again by "the" and an epithet ("says the high school senior").

Readers of the AllSides dev sample judged "the high school senior" (draw 5353, after "Zoe Cole ... Ms. Cole") and
"the billionaire businessman" (draw 1313, for Trump) wrong as anonymous or vague: a writer calls one person
named just before by what they are, to avoid repeating the name. So "the", lower-case words and an epithet
noun (``lexicons/kind_epithet_heads.txt``: "senior", "businessman", "professor"), singular, is the person
where one person, and only one, is named by surname in its sentence and the ``_BACK`` sentences before it (a
surname the article wrote after a first name, or after an honorific: "Ms. Cole"), read at most ``_SCAN_BACK``
tokens back and ``_SCAN_AHEAD`` ahead of the phrase.

Kept unnamed: two people named there (which one is meant is not said); no one named there; an epithet the
article introduced unnamed ("a high school senior who asked not to be named") within ``_REACH`` tokens before;
a name in apposition right after ("the professor, John Roe," is left to its own rules).
"""
from __future__ import annotations

from typing import Final

from ...lexicons import load_word_set
from .aliases import person_key, plain
from .facts import DocFacts, base_norm
from .given_names import given_name
from .grammar import WordLists, is_cap

_BACK: Final = 2  # sentences before the phrase's read for the named person
_REACH: Final = 400  # tokens before the phrase read for the epithet introduced unnamed ("a senior")
_INTRO_WORDS: Final = 3  # lower-case words between "a" and the noun that introduce it unnamed ("a high school senior")
# tokens read for the named person before the phrase and after it, whatever the sentences' length (the
# sentences' run is the bound where they are shorter)
_SCAN_BACK: Final = 80
_SCAN_AHEAD: Final = 40
_HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "prof"})


def epithet_heads() -> frozenset[str]:
    """Nouns for one person a writer names again by epithet (``lexicons/kind_epithet_heads.txt``): "senior"."""
    return load_word_set("kind_epithet_heads")


def epithet_of_named(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str] | None:
    """(kind, name, key) of the one person an epithet ``[first, stop)`` calls again (see the module's docstring),
    else None."""
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if not 2 <= len(words) <= 5 or doc.norms[words[0]] != "the" or len(words) != stop - first:
        return None
    head = doc.norms[words[-1]]
    if head not in epithet_heads() or any(is_cap(doc.tokens[t]) for t in words[1:]):
        return None
    if stop + 1 < len(doc.tokens) and doc.tokens[stop] == "," and is_cap(doc.tokens[stop + 1]):
        return None  # "the professor, John Roe,": a name in apposition
    for k in range(max(1, first - _REACH), first):
        if doc.norms[k] == head and _introduced_unnamed(doc, k):
            return None  # "a senior", "A high school senior" introduced unnamed
    s = doc.sentence_of[first]
    a = max(doc.sentences[max(0, s - _BACK)].first, first - _SCAN_BACK)
    z = min(doc.sentences[s].stop, stop + _SCAN_AHEAD)
    named: dict[str, int] = {}
    full = facts.surnames().full_name
    for t in range(a, z):
        if t in range(first, stop) or not doc.is_word[t] or not is_cap(doc.tokens[t]) or doc.tokens[t].isupper():
            continue
        word = plain(doc.tokens[t])
        base = base_norm(doc.norms[t])
        if base in lists.titles or base in lists.org_heads or base in lists.places or base in lists.groups \
                or base in lists.demonyms or base in lists.not_names or given_name(base):
            continue
        before = base_norm(doc.norms[t - 1]).rstrip(".") if t >= 1 else ""
        if t >= 2 and doc.tokens[t - 1] == ".":
            before = base_norm(doc.norms[t - 2])
        given = t >= 1 and doc.is_word[t - 1] and is_cap(doc.tokens[t - 1]) and given_name(base_norm(doc.norms[t - 1]))
        if full.get(word, t + 1) <= t or before in _HONORIFICS or given:
            named.setdefault(word, t)
    if len(named) != 1:
        return None
    t = next(iter(named.values()))
    name = doc.tokens[t]
    name = name[:-2] if name.endswith(("'s", "’s")) else name
    return "person", name, person_key(name)


def _introduced_unnamed(doc, k: int) -> bool:
    """Is the noun at ``k`` introduced by "a", "an" or "one" before at most ``_INTRO_WORDS`` lower-case words ("a
    senior", "A high school senior")?"""
    for j in range(k - 1, max(-1, k - 2 - _INTRO_WORDS), -1):
        if doc.norms[j] in ("a", "an", "one"):
            return True
        if not doc.is_word[j] or is_cap(doc.tokens[j]):
            return False
    return False
