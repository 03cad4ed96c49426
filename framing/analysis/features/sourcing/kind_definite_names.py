"""A capitalised name after "the" read as a person's: a body's, an outlet's or a group's name.

English writes "the" before the name of a body, a publication, a movement or a people ("the American Legion",
"the Columbia Journalism Review", "the Ku Klux Klan", "The Nazis", "the Lexington Herald-Leader"), never before
a person's bare name. The first reading (:mod:`.speakers`) takes such a name for a person's where no word of it
is a known organisation or outlet word; readers of the AllSides dev sample (session 34, rounds 1 and 2) judged
"The Nazis", "America Journalism Review" and groups of the kind named persons wrong. So too "MAGA-world"
("MAGA-world will call you ..."): a name and "-world" (or "-land", "-nation", "-sphere") is a milieu of
people, unnamed. A publication's name ends in "Review" or "Journal" also without "the" ("America Journalism
Review noted"): the outlet.

Set aside as no person: "the" + capitalised words only (joined by "of", "for", "&"), with no title ("the Rev.
Al Sharpton", "The President"), no party or crowd word ("the Kentucky Republican"), no possessive ("the
Atlantic's Adam Serwer"), no "and" or "to" (two speakers, "the United Nations Nikki Haley"), and no given
name (a person's, left as read). Its kind: an outlet where its last word names a publication ("Review",
"Recorder", "Herald-Leader"), unnamed people where it is one plural word ("The Nazis", read as
"Democrats" is; not a family, "the Clintons"), else, two words or more, an organisation ("the American
Legion", "the Freedom Caucus"). One word alone is left as read: "The Trump" is a word of "The Trump
administration" where a pronoun looks back for its antecedent.
"""
from __future__ import annotations

from typing import Final

from .aliases import plain
from .facts import DocFacts, base_norm
from .given_names import first_names
from .grammar import WordLists, is_cap

# words joining a body's name that stay lower case ("the Society of Friends", "Taxpayers for Common Sense")
_JOINING: Final = frozenset({"of", "for", "&"})
# last words of a publication's name beside ``source_heads``' outlet heads (curated by reading the AllSides dev
# corpus: "the Columbia Journalism Review", "the Colorado Times Recorder", "the Kentucky New Era", "The Johnston
# County Report", "the Lexington Herald-Leader", "The Officer Down Memorial Page", "the Encyclopedia Britannica",
# "The Chosun Ilbo")
_PUBLICATION_ENDS: Final = frozenset({"review", "recorder", "era", "report", "herald-leader", "page", "britannica",
                                      "gazette", "journal", "bulletin", "digest", "quarterly", "monthly", "weekly",
                                      "ilbo", "shimbun"})
# a publication's last words that make a name an outlet even without "the" ("America Journalism Review")
_REVIEW_ENDS: Final = frozenset({"review", "recorder", "gazette", "journal", "bulletin", "digest", "quarterly",
                                 "ilbo", "shimbun", "herald-leader"})
# party words a state epithet or a person is named by ("the Kentucky Republican"): a person, not a body
_PARTY_WORDS: Final = frozenset({"republican", "democrat", "independent", "libertarian", "conservative", "liberal",
                                 "progressive", "socialist", "senator", "congressman", "congresswoman"})


# last parts of a hyphenated word that name a milieu of people ("MAGA-world", "Trump-land")
_MILIEUS: Final = frozenset({"world", "land", "nation", "sphere", "verse"})


def definite_name_kind(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The kind ("outlet", "organization" or "anonymous") of a phrase read as a person that is "the" and a
    capitalised name no person bears (see the module's docstring); else None."""
    doc = facts.doc
    if stop - first == 1 and "-" in doc.tokens[first] and doc.norms[first].rsplit("-", 1)[1] in _MILIEUS:
        return "anonymous"  # "MAGA-world will call you ...": its people, unnamed
    bare = doc.norms[first] != "the"  # "America Journalism Review noted": a review's name without "the"
    if stop - first < 2 or stop - first > 8 or bare and doc.norms[stop - 1] not in _REVIEW_ENDS:
        return None
    words = [t for t in range(first if bare else first + 1, stop) if doc.is_word[t]]
    if not words:
        return None
    for t in words:
        tok, norm = doc.tokens[t], doc.norms[t]
        if norm in _JOINING:
            continue
        base = base_norm(norm)
        if not is_cap(tok) or norm.endswith(("'s", "’s")) or norm in ("and", "to") or base in lists.titles \
                or base in _PARTY_WORDS or base in lists.person_nouns or base in first_names():
            return None  # "the Rev. Al Sharpton", "the Kentucky Republican", "the Post's Carol Leonnig"
        if base in lists.groups and len(words) > 1:
            return None  # "the Texas Democrats ..." is read elsewhere
    if any(doc.norms[t] in _JOINING for t in (words[0], words[-1])):
        return None
    last = doc.norms[words[-1]]
    if last in lists.outlet_heads or base_norm(last) in lists.outlet_heads or last in _PUBLICATION_ENDS:
        return "outlet"
    tok = doc.tokens[words[-1]]
    if len(words) > 1:
        return "organization"
    if tok.endswith("s") and not tok.endswith(("ss", "us")) and not tok.isupper() \
            and plain(tok[:-1]) not in facts.surnames().full_name:
        return "anonymous"  # "The Nazis": a people or a movement, as "Democrats" (not "the Clintons")
    return None  # "The Trump" of "The Trump administration": a word of a longer phrase, left as read
