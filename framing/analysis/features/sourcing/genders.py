"""Sourcing genders: whether a person an article names is a man or a woman, as far as the article shows it.

A speaking "he" or "she" needs an antecedent of its gender. The article shows a person's gender by an
honorific ("Mr. Alben", "Ms. Hill"), a word for a man or a woman ("spokeswoman", "a daughter"), a common
first name ("Timothy Alben", "Nancy Pelosi": ``lexicons/first_names.txt``, names given to both left out)
and, failing those, by the pronoun a reader already took for the person nearby ("Klein said ... he"), or
by a first name that stands alone and that the article never writes as a surname ("his ex-wife Kathleen").
A surname the article gives to a man and to a woman ("Donald Trump" and "Ivanka Trump") has no
gender on its own ("Trump"). Unknown is "": the caller then keeps what it did without gender.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .aliases import TITLES, name_words, plain
from .given_names import first_names
from .speakers import SpeakerMention

MALE: Final = "male"
FEMALE: Final = "female"

# honorifics that give a gender ("Mr. Sanders", "Mrs. Clinton", "Sir Keir")
FEMALE_HONORIFICS: Final = frozenset({"mrs", "ms", "miss", "madam", "dame", "lady"})
MALE_HONORIFICS: Final = frozenset({"mr", "sir", "lord"})

# words for a woman or a man ("a daughter" is no "he", "the spokesman" no "she")
FEMALE_WORDS: Final = frozenset({"woman", "mother", "daughter", "wife", "girl", "sister", "grandmother", "lady",
                                 "widow", "actress", "chairwoman", "spokeswoman", "congresswoman", "businesswoman",
                                 "girlfriend", "aunt", "niece", "mom", "queen", "princess", "councilwoman"})
MALE_WORDS: Final = frozenset({"man", "father", "son", "husband", "boy", "brother", "grandfather", "gentleman",
                               "widower", "actor", "chairman", "spokesman", "congressman", "businessman", "boyfriend",
                               "uncle", "nephew", "dad", "king", "prince", "councilman"})

# what may follow a surname ("Donald Trump Jr.")
_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})

PRONOUN_GENDER: Final = {"he": MALE, "she": FEMALE}


def words_gender(words: set[str]) -> str:
    """The gender that honorifics or words for a man or a woman among ``words`` (plain) give, or ""."""
    female = bool(words & FEMALE_HONORIFICS or words & FEMALE_WORDS)
    male = bool(words & MALE_HONORIFICS or words & MALE_WORDS)
    return FEMALE if female and not male else MALE if male and not female else ""


def name_gender(name: str) -> str:
    """The gender a person's name shows by itself: an honorific or a word for a man or a woman in it ("Ms.
    Hill", "spokeswoman Jane Doe"), else a common first name before the surname ("Timothy Alben"); or ""."""
    found = words_gender({plain(w) for w in name.split()})
    if found:
        return found
    words = name_words(name)
    return first_names().get(words[0], "") if len(words) >= 2 else ""


class ArticleGenders:
    """What a Doc shows of its persons' genders, by surname (plain): from honorifics ("Mr. Alben") and full
    names with a common first name ("Timothy Alben") anywhere in it, and from the pronouns a reader took for
    them (:meth:`note`). Built in one pass over the Doc."""

    __slots__ = ("by_surname", "by_pronoun", "after_a_name")

    def __init__(self, doc: Doc) -> None:
        self.by_surname: dict[str, set[str]] = {}
        self.by_pronoun: dict[str, set[str]] = {}
        # capitalised words (plain) the article writes after another one, as a surname stands ("Elizabeth Warren")
        self.after_a_name: set[str] = set()
        tokens, norms, is_word = doc.tokens, doc.norms, doc.is_word
        names = first_names()
        n = len(tokens)
        for t in range(n - 1):
            if not is_word[t]:
                continue
            if t > 0 and is_word[t - 1] and tokens[t][:1].isupper() and tokens[t - 1][:1].isupper():
                self.after_a_name.add(plain(tokens[t]))
            norm = norms[t]
            gender = MALE if norm in MALE_HONORIFICS else FEMALE if norm in FEMALE_HONORIFICS else ""
            if not gender and tokens[t][:1].isupper() and not tokens[t].isupper():
                gender = names.get(norm, "")  # "Timothy Alben", "Sen. Nancy Pelosi"
            if not gender:
                continue
            surname = _surname_after(doc, t + 1)
            if surname:
                self.by_surname.setdefault(surname, set()).add(gender)

    def note(self, person: SpeakerMention, pronoun: str) -> None:
        """Remember that a reader took the he/she ``pronoun`` for ``person`` (a person found near it)."""
        gender = PRONOUN_GENDER.get(pronoun)
        if gender and person.kind == "person" and person.name.split():
            self.by_pronoun.setdefault(plain(person.name.split()[-1]), set()).add(gender)

    def of(self, person: SpeakerMention) -> str:
        """The gender of ``person`` as the article shows it, or "" when unknown or mixed."""
        if person.kind != "person":
            return ""
        found = name_gender(person.name)
        if found:
            return found
        words = name_words(person.name)
        if not words:
            return words_gender({plain(w) for w in person.name.split()})
        if len([w for w in person.name.split() if plain(w) not in TITLES]) > 1:
            return ""  # "Noel Francisco": a first name that tells nothing; the surname may be a relative's too
        surname = plain(person.name.split()[-1])  # "Willbold-Vajagic", one word
        seen = self.by_surname.get(surname) or self.by_pronoun.get(surname) or set()
        if not seen and len(words) == 1 and surname not in self.after_a_name:
            # a first name alone that the article never writes as a surname: "his ex-wife Kathleen"
            return first_names().get(surname, "")
        return next(iter(seen)) if len(seen) == 1 else ""

    def other_gender(self, person: SpeakerMention, pronoun: str) -> bool:
        """Does the article give ``person`` the gender other than the he/she ``pronoun``'s?"""
        want = PRONOUN_GENDER.get(pronoun, "")
        found = self.of(person)
        return bool(want and found and found != want)


def _surname_after(doc: Doc, t: int) -> str:
    """The surname (plain) of a name starting at token ``t``, after a first name or an honorific: the last of
    the capitalised words from ``t`` ("Timothy Alben" -> alben; "Mr. Alben"; "George W. Bush" -> bush), or ""
    when no capitalised word follows."""
    tokens, is_word = doc.tokens, doc.is_word
    n = len(tokens)
    if t < n and tokens[t] == "." and doc.starts[t] == doc.ends[t - 1]:
        t += 1  # "Mr. Alben"
    last = -1
    while t < n:
        tok = tokens[t]
        if is_word[t] and tok[:1].isupper() and not tok.isupper() or is_word[t] and len(tok) == 1 and tok.isupper():
            if plain(tok) in _SUFFIXES:
                break  # "Donald Trump Jr."
            last = t
            t += 1
            if t < n and tokens[t] == "." and len(tok) == 1:
                t += 1  # a middle initial
            continue
        break
    if last < 0 or len(tokens[last]) == 1:
        return ""
    return plain(tokens[last])
