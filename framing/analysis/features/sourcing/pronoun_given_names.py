"""One capitalised word that is the first name of a person named in full before: that person.

Features call ordinary people by their first name after the full one ("Last week, Ana Ruiz boarded a bus ...
Ana couldn't stop smiling. She wished ..., she said"). The resolver took a lone word for a person only when it
was a surname given before, had an honorific or a description, so it passed over "Ana" and gave the "she" to
the speaker cited last, here the daughter, whose name differs by two letters (readers' draws 7474-7878,
speakers: "'she' is the mother Miriam, not daughter Mairim", 1 of 1). A word the speaker rules take for a person's
(called only then) that was first written on its own right before another capitalised word that ends a full
name in a sentence ("Ana Ruiz") names that person: the full name is returned.

Dev output: 2 pronouns set right (the mother, not the daughter; "Ivanka ... while she": Ivanka Trump, not a
writer quoted before), 5 named in full as before ("Steve ... he": Steve Bannon), none lost.

Not: a word the article also writes lower-case ("Hope Hicks ... hope"), or whose first use opens no full name.
"""
from __future__ import annotations

from typing import Final

from .aliases import plain
from .facts import DocFacts

# the most words a full name runs to ("Li Wong Su", "Charles de Gaulle" stops at "de")
_LONGEST: Final = 4
# words after a surname that are no part of a first name's full name ("Pickering Sr.")
_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})


def given_name_of(facts: DocFacts, before: int, word: str) -> str:
    """The full name ("Ana Ruiz") of which ``word`` (plain), written alone at ``before``, is the first name,
    given before token ``before`` (see the module); or ""."""
    if word in facts.name_case().lower:
        return ""  # a word the article also writes lower-case ("Hope", "hope"): no name
    names = facts.surnames()
    t = names.alone_first.get(word, -1)
    if t < 0 or t + 1 >= before:
        return ""
    doc = facts.doc
    tokens, is_word = doc.tokens, doc.is_word
    if t > 0 and tokens[t - 1] == ".":
        return ""  # "Charles W. Pickering Sr.": the word ends a name after an initial, it opens none
    following = plain(tokens[t + 1])
    if not is_word[t + 1] or names.full_name.get(following, -1) != t + 1:
        return ""
    k = t + 2  # the whole name ("Li Wong Su"), without a suffix ("Jr.")
    while k < min(len(tokens), t + _LONGEST) and is_word[k] and tokens[k][:1].isupper() \
            and plain(tokens[k]) not in _SUFFIXES:
        k += 1
    if plain(tokens[k - 1]) in _SUFFIXES:
        return ""
    return doc.cut(doc.starts[t], doc.ends[k - 1]).replace("’s", "").replace("'s", "")
