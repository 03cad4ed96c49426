"""Is an unnamed-looking phrase an epithet for a company or an institution the article has just named ("Twitter
denied ... The social media platform has strongly denied", "the Whittemore Peterson Institute ... The lab
claimed")? Then it is that organisation, not an unnamed source.

The last pass's readers saw "The social media platform" (Twitter, named in the sentence before) shown as anonymous
or vague, which made a comparison report ask why one outlet cites two unnamed sources; making "platform" an
organisation head was tried and dropped, as party platforms became organisations. In the dev output of the
eighteenth pass's final code, "the site" (Twitter) and "The lab" (a named institute) were shown so too. The
fix is the epithet resolved to the body named just before: "the", at most one lower-case modifier and an
epithet of ``lexicons/kind_body_epithets.txt`` ("social media platform", "drugmaker", "lab"; never "platform"
alone), with a body named in that sentence or the two before it: a company known by one word
(``lexicons/kind_one_word_bodies.txt``, not after a first name) or a capitalised name ending in an organisation
head ("the Whittemore Peterson Institute"), with no outlet's name between. "The lab said" in an article that
names no body stays as it was.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import load_word_set
from ...text import Doc
from .facts import DocFacts, base_norm
from .given_names import given_name
from .grammar import WordLists, is_cap

_SENTENCES_BACK: Final = 2  # sentences before the phrase's own read for the named body
_MAX_WORDS: Final = 4  # words after "the": a modifier and an epithet of up to three words


def body_epithets() -> frozenset[str]:
    """Epithets for a named company or institution (``lexicons/kind_body_epithets.txt``): "drugmaker"."""
    return load_word_set("kind_body_epithets")


def one_word_companies() -> frozenset[str]:
    """Companies and groups known by one word (``lexicons/kind_one_word_bodies.txt``): "twitter"."""
    return load_word_set("kind_one_word_bodies")


def epithet_body(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str] | None:
    """("organization", name, key) of the body the epithet ``[first, stop)`` calls back (see the module's
    docstring), else None."""
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if len(words) < 2 or len(words) > _MAX_WORDS + 1 or doc.norms[words[0]] != "the" \
            or any(is_cap(doc.tokens[t]) or not doc.norms[t].isalpha() for t in words[1:]):
        return None
    rest = [doc.norms[t] for t in words[1:]]
    epithets = body_epithets()
    if not any(" ".join(rest[k:]) in epithets for k in range(min(2, len(rest)))):
        return None  # "the platform", "the lab tests": no epithet for a body
    sent = doc.sentence_of[first]
    start = doc.sentences[max(0, sent - _SENTENCES_BACK)].first
    for t in range(first - 1, start - 1, -1):
        if doc.is_word[t] and is_cap(doc.tokens[t]) and (base_norm(doc.norms[t]) in lists.outlet_heads
                                                          or base_norm(doc.norms[t]) in lists.outlets
                                                          and base_norm(doc.norms[t]) not in lists.places):
            return None  # "Breitbart News reported ... the site said": an outlet is nearer, left as it was
        name = _body_name_at(doc, t, lists)
        if name is not None:
            return "organization", name, name.lower().removeprefix("the ")
    return None


def _body_name_at(doc: Doc, t: int, lists: WordLists) -> str | None:
    """The body's name that ends at token ``t``: a one-word company ("Twitter") not after a first name, or a
    capitalised name of two or more words ending in an organisation head ("Whittemore Peterson Institute")."""
    if not doc.is_word[t] or not is_cap(doc.tokens[t]):
        return None
    norm = base_norm(doc.norms[t])
    before_cap = t > 0 and doc.is_word[t - 1] and is_cap(doc.tokens[t - 1]) and doc.norms[t - 1] != "the"
    if norm in one_word_companies():
        if before_cap and given_name(base_norm(doc.norms[t - 1])):
            return None  # "Kirstjen Nielsen": a person
        return doc.tokens[t][:-2] if doc.norms[t].endswith(("'s", "’s")) else doc.tokens[t]
    if norm in lists.org_heads and before_cap and not doc.norms[t].endswith(("'s", "’s")):
        k = t - 1
        while k - 1 >= 0 and t - k < 5 and doc.is_word[k - 1] and is_cap(doc.tokens[k - 1]) \
                and doc.norms[k - 1] != "the":
            k -= 1
        return doc.cut(doc.starts[k], doc.ends[t])
    return None
