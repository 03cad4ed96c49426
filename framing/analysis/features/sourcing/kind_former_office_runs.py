"""A former or current office holder whose speaker phrase stops at the body ("According to [former White House]
counterterrorism czar John Brennan", "said [former Fox News] host Eric Bolling", "according to [current and
former federal] law enforcement officials") is no organisation and no outlet: the body only says whose office it
was. The speaker is the person named after the role words, or, where a plural role ends the run and no name
follows, unnamed people ("current and former VA doctors").

Readers of the final draws of the nineteenth pass judged "former White House" shown as an organisation wrong (the
speaker is John Brennan); the dev output of that pass had five such phrases (a White House and an OSCE holder,
a Fox News host, federal officials, VA doctors), all shown as a body or an outlet.

Only a phrase opened by "former", "current", "ex" or "onetime" and read as a body or an outlet is looked at; the
look-ahead stays in the sentence, within ``_REACH`` tokens, past a parenthesis ("(and current CIA director)") and
capitalised words of the body's name, and stops at a comma, a quotation mark or a word that ends the phrase
("said", "and", "who"; the OSCE holder's run, "in Europe (OSCE) Parliamentary Assembly President ...", stays
read as the body). A name needs a lower-case role word before it (a capitalised title alone is left to the span's
extent), and a phrase joined past its opening ("current and former" aside) is left as read: "former CIA
director and MSNBC" (contributor John Brennan), read as Brennan, drew a pronoun on the dev output that meant
Trump.
"""
from __future__ import annotations

from typing import Final

from .aliases import person_key
from .facts import DocFacts, base_norm
from .given_names import first_names
from .grammar import WordLists, is_cap

_OPENERS: Final = frozenset({"former", "current", "ex", "onetime", "then"})
_REACH: Final = 12  # tokens after the phrase
_PAREN_REACH: Final = 8  # tokens of a parenthesis passed over
_LOWER_WORDS: Final = 3  # lower-case role words between the body and the name ("law enforcement officials")
# words that end the role run: the speaker's verb, a clause or a second source
_ENDS: Final = frozenset({"said", "says", "say", "told", "tells", "wrote", "writes", "and", "or", "who", "which",
                          "that", "but", "to", "in", "on", "at", "for", "from", "with", "by", "is", "was", "has",
                          "had", "have", "are", "were", "will", "would", "the", "a", "an"})


def former_office_kind(facts: DocFacts, first: int, stop: int, found: tuple[str, str, str],
                       lists: WordLists) -> tuple[str, str, str] | None:
    """(kind, name, key) of a former or current office holder's phrase read as a body or an outlet (see the
    module's docstring), or None where the reading stands."""
    doc = facts.doc
    if found[0] not in ("organization", "outlet") or stop - first < 2 or base_norm(doc.norms[first]) not in _OPENERS:
        return None
    if any(doc.norms[t] in ("and", "or") for t in range(first + 2, stop)):
        return None  # "former CIA director and MSNBC": a joined phrase, left as read
    if _people_word(doc.norms[stop - 1], lists):
        return "anonymous", found[1], found[2]  # "current and former VA doctors"
    n = len(doc.tokens)
    sent = doc.sentence_of[stop - 1]
    lower: list[int] = []
    k = stop
    while k < min(n, stop + _REACH) and doc.sentence_of[k] == sent:
        tok = doc.tokens[k]
        if tok == "(":
            close = next((j for j in range(k + 1, min(n, k + _PAREN_REACH)) if doc.tokens[j] == ")"), None)
            if close is None:
                return None
            k = close + 1
            continue
        if not doc.is_word[k]:
            break
        if not is_cap(tok):
            if doc.norms[k] in _ENDS or len(lower) >= _LOWER_WORDS:
                break
            lower.append(k)
            k += 1
            continue
        name = _name_at(facts, k)
        if name is not None:
            return ("person", name, person_key(name)) if lower else None
        k += 1
    if lower and lower[-1] == k - 1 and _people_word(doc.norms[lower[-1]], lists):
        return "anonymous", found[1], found[2]  # "current and former federal law enforcement officials"
    return None


def _people_word(norm: str, lists: WordLists) -> bool:
    """Is the word a plural of people ("officials", "doctors", "staffers")?"""
    return norm.endswith("s") and (norm in lists.groups or norm in lists.vague)


def _name_at(facts: DocFacts, k: int) -> str | None:
    """A given name at ``k`` and one or two capitalised words after it ("John Brennan"), else None."""
    doc = facts.doc
    if base_norm(doc.norms[k]) not in first_names():
        return None
    end = k + 1
    while end < len(doc.tokens) and end - k <= 2 and doc.is_word[end] and is_cap(doc.tokens[end]) \
            and doc.sentence_of[end] == doc.sentence_of[k]:
        end += 1
    return doc.cut(doc.starts[k], doc.ends[end - 1]) if end > k + 1 else None
