"""A person called by an office or a role ("the president", "the attorney general", "the political commentator",
"the 97-year-old former justice") is the one the article named with that title before.

Readers of the AllSides dev sample (session 30's fresh draw) judged "anonymous or vague" wrong for "the former
justice" (John Paul Stevens, named just before) and "The political commentator" (Cenk Uygur), and the speakers'
table showed "the president" as a person of its own beside the president the article names. Here such a
description takes the name of the nearest person the article titled with the same office before it:

- a title right before a name: "President Barack Obama", "Attorney General Jeff Sessions", "commentator Cenk
  Uygur", "Former Supreme Court Justice John Paul Stevens", or an abbreviated one and its period ("Rep. Darrell
  Issa ... The representative said": readers of the final draws of the nineteenth pass judged it shown vague wrong);
- a name before a comma and "the"/"a" and the role: "Cenk Uygur, a political commentator,".

The words that make another office of the same head must agree ("the vice president" is not "President
Obama", nor "the president" "Vice President Pence"); a former holder is not "the president" (but "the former
justice" may be "Justice Stevens"). A role the article gives an unnamed person between the name and the
description ("a spokesman, who asked not to be named") leaves the description unnamed, as does no titled name.
"""
from __future__ import annotations

import functools
from typing import Final

from ...lexicons import load_lexicon
from ...text import Doc
from .aliases import person_key, plain
from .facts import DocFacts, base_norm
from .given_names import first_names
from .grammar import WordLists, is_cap, name_word

# words before a role that make another office of it ("vice president", "attorney general", "first lady")
_OFFICE_PREFIXES: Final = frozenset({"vice", "attorney", "prime", "deputy", "assistant", "lieutenant", "lt", "first",
                                     "press", "surgeon", "solicitor", "foreign", "associate", "chief", "executive",
                                     "managing", "district", "inspector", "special", "majority", "minority",
                                     "acting", "interim", "state", "county", "city", "national", "white",
                                     "vice-president"})
# words a description may put before its role and still mean the titled person ("the 97-year-old former justice")
_FREE_MODIFIERS: Final = frozenset({"former", "then", "late", "outgoing", "incoming", "new", "current", "embattled",
                                    "u.s", "u.s.", "us", "american", "republican", "democratic", "gop", "conservative",
                                    "liberal", "political", "longtime", "veteran", "retired", "sitting", "progressive",
                                    ".", "-"})
# roles too common to stand for one titled person ("the official", "the spokesman" may be any of several)
_COMMON_ROLES: Final = frozenset({"official", "source", "aide", "adviser", "advisor", "spokesman", "spokeswoman",
                                  "spokesperson", "officer", "agent", "person", "man", "woman", "lawyer",
                                  "attorney", "member", "staffer", "candidate", "nominee", "expert", "analyst",
                                  "insider", "operative", "strategist", "head", "leader"})
# ("the chief" is the chief the article titled before: "Police Chief Tom Jackson ... what the chief said")
_LOOK_BACK: Final = 3000  # tokens: the article so far (bounded: a megabyte without a full stop must not hang)
_NAME_WORDS: Final = 4


def ends_in_one_role(doc: Doc, stop: int) -> bool:
    """Does the span ending before token ``stop`` end in a singular role head ("the president", "a spokesman"):
    one person, whom no "they" stands for?"""
    return 0 < stop <= len(doc.norms) and doc.norms[stop - 1] in _roles()


@functools.cache
def _roles() -> frozenset[str]:
    """Singular role heads: the last word of each person title of ``source_heads`` ("president", "justice",
    "commentator", "general" of "attorney general")."""
    out = {e.words[-1] for e in load_lexicon("source_heads").entries if e.category == "title" and e.words}
    return frozenset(w for w in out if w.isalpha() and not w.endswith("s") and w not in _NOT_ROLES) - _COMMON_ROLES


# title words that are no role of their own: honorifics and abbreviations (read through ``_ABBREVIATED``), the
# words of longer titles ("state" of "secretary of state", "staff" of "chief of staff")
_NOT_ROLES: Final = frozenset({"mr", "dr", "sir", "dame", "hon", "honorable", "excellency", "staff", "state", "defense",
                               "executive", "spokespeople", "sen", "rep", "gov", "gen", "adm", "capt", "cmdr", "col",
                               "cpl", "lt", "maj", "sgt", "prof", "rev", "mep", "mp", "lord", "baron", "duke"})
# abbreviated titles before a name and the roles they stand for ("Sen. McConnell": the senator)
_ABBREVIATED: Final = {"sen": "senator", "gov": "governor", "gen": "general", "rep": "congressman",
                       "adm": "admiral", "capt": "captain", "col": "colonel", "sgt": "sergeant", "prof": "professor",
                       "rev": "reverend", "lt": "lieutenant", "maj": "major"}
# "the national security adviser": the one holder of that office (session 32's fresh draw: John Bolton, shown vague)
_SECURITY_ADVISER: Final = "national security adviser"
_SAME_ROLE: Final = {"congresswoman": "congressman", "representative": "congressman", "chairwoman": "chairman",
                     "chair": "chairman", "chairperson": "chairman"}


def _role_at(doc, k: int) -> str:
    """The role the word at ``k`` names, abbreviations and variants read as one ("Sen." -> "senator",
    "chairwoman" -> "chairman")."""
    word = base_norm(doc.norms[k]).rstrip(".")
    if word in ("adviser", "advisor") and k >= 2 and doc.norms[k - 1] == "security" and doc.norms[k - 2] == "national":
        return _SECURITY_ADVISER  # one office, though "adviser" alone is a common role
    word = _ABBREVIATED.get(word, word)
    return _SAME_ROLE.get(word, word)


def office_holder(facts: DocFacts, first: int, stop: int, found: tuple[str, str, str],
                  lists: WordLists) -> tuple[str, str, str] | None:
    """(kind "person", name, key) of the titled person the description ``[first, stop)`` stands for (see the
    module's docstring), or None."""
    if found[0] not in ("anonymous", "person"):
        return None
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if not words or len(words) > 5:
        return None
    head = words[-1]
    role = _role_at(doc, head)
    if base_norm(doc.norms[head]) not in _roles() and role != _SECURITY_ADVISER \
            or doc.norms[head].endswith(("'s", "’s")):
        return None
    a = words[0]
    apposed = _name_in_apposition(facts, stop, lists)
    if doc.norms[a] == "the":
        words = words[1:]
    elif a > 0 and doc.norms[a - 1].endswith(("'s", "’s")):
        # "the school's [president], Dr. David Johnson,": the name in apposition, or nobody named
        return None if apposed is None else ("person", apposed, person_key(apposed))
    elif not _the_before(doc, a):
        return None  # "a former justice", "Justice Stevens": no description of one named person
    if apposed is not None:
        return "person", apposed, person_key(apposed)
    mods = words[:-1]
    for t in mods:
        norm = doc.norms[t]
        if norm in _FREE_MODIFIERS or norm in _OFFICE_PREFIXES or norm.endswith("-old") \
                or is_cap(doc.tokens[t]) and norm in lists.demonyms:
            continue
        if not is_cap(doc.tokens[t]) and norm.isalpha() and len(mods) <= 2 and role not in ("president", "general"):
            continue  # "the political commentator": a describing word
        return None  # "the association's president", "the Senate Judiciary chairman": some body's, named or not
    prefix = _prefix(doc, head, words[0])
    former = any(doc.norms[t] == "former" for t in mods)
    qualifiers = frozenset(base_norm(doc.norms[t]) for t in mods if is_cap(doc.tokens[t])
                           and base_norm(doc.norms[t]) not in _HOME and base_norm(doc.norms[t]) not in _OFFICE_PREFIXES
                           and (base_norm(doc.norms[t]) in lists.demonyms or base_norm(doc.norms[t]) in lists.places
                                or role == "president"))
    return _nearest_holder(facts, first, role, prefix, former, qualifiers, lists)


def _the_before(doc, a: int) -> bool:
    """Does "the" stand up to two lower-case words before ``a`` ("the 97-year-old [former justice]")?"""
    k = a - 1
    while k >= 0 and a - k <= 3:
        if doc.norms[k] == "the":
            return True
        if not doc.is_word[k] or is_cap(doc.tokens[k]) or doc.norms[k].endswith(("'s", "’s")):
            return False
        k -= 1
    return False


def _name_in_apposition(facts: DocFacts, stop: int, lists: WordLists) -> str | None:
    """The name set off by commas right after a description ("The school's president, Dr. David Johnson,
    issued"; an honorific or a title before it): two to four name words, then a comma or "said"/"says"."""
    doc = facts.doc
    if stop + 2 >= len(doc.tokens) or doc.tokens[stop] != ",":
        return None
    k = stop + 1
    while k < len(doc.tokens) and k - stop <= 3 and (doc.tokens[k] == "." or doc.norms[k].rstrip(".") in _HONORIFICS):
        k += 1
    names: list[int] = []
    while k < len(doc.tokens) and len(names) < _NAME_WORDS and name_word(facts.doc, k, lists) \
            and doc.sentence_of[k] == doc.sentence_of[stop]:
        names.append(k)
        k += 1
    if len(names) < 2 or k >= len(doc.tokens) or doc.tokens[k] != "," and doc.norms[k] not in ("said", "says"):
        return None
    return doc.cut(doc.starts[names[0]], doc.ends[names[-1]])


_HONORIFICS: Final = frozenset({"dr", "mr", "mrs", "ms", "prof", "rev", "sen", "rep", "gov", "gen"})


def _prefix(doc, head: int, floor: int) -> str:
    """The word before the role at ``head`` that makes another office of it ("vice", "attorney"), or ""."""
    k = head - 1
    if k >= floor and k >= 0 and doc.tokens[k] == ".":
        k -= 1
    if k < floor or k < 0 or not doc.is_word[k]:
        return ""
    norm = doc.norms[k]
    return norm if norm in _OFFICE_PREFIXES else ""


def _nearest_holder(facts: DocFacts, first: int, role: str, prefix: str, former: bool, qualifiers: frozenset[str],
                    lists: WordLists) -> tuple[str, str, str] | None:
    """The person titled with ``role`` before ``first`` (the same office prefix, the same nation or body before
    the title where the office is a president's or the nation is named; a former holder only for "the former
    ..."), the one whose surname the article wrote last ("Sessions said. The attorney general", after "Attorney
    General Loretta Lynch" and "Attorney General Jeff Sessions"), unless the article gives the role to an
    unnamed person ("a justice said") nearer than any."""
    doc = facts.doc
    holders: dict[str, str] = {}  # surname -> name
    floor = max(0, first - _LOOK_BACK)
    for k in range(first - 1, floor - 1, -1):
        if not doc.is_word[k] or _role_at(doc, k) != role:
            continue
        if k > 0 and doc.norms[k - 1] in ("a", "an"):
            if not holders:
                return None  # "a justice said": an unnamed one nearer
            break
        if _prefix(doc, k, max(0, k - 2)) != prefix or facts.ctx.in_quote(doc, doc.starts[k]):
            continue  # (a title inside a quotation, "I have President Putin", is the quoted speaker's word)
        was = any(doc.norms[j] in ("former", "ex", "then") for j in range(max(0, k - 4), k))
        if was != former and not (former and role in _HELD_FOR_LIFE):
            continue  # "former President Obama" is no "the president"; "the former justice" may be "Justice Stevens"
        if (qualifiers or role == "president") and not qualifiers <= _qualifiers_before(doc, k, lists, role) \
                or role == "president" and _qualifiers_before(doc, k, lists, role) - qualifiers:
            continue  # "Syrian President Bashar Assad", "FreedomWorks President Adam Brandon": not "the president"
        after = k + 2 if k + 2 < len(doc.tokens) and doc.tokens[k + 1] == "." else k + 1  # "Rep. Darrell Issa"
        name = _name_after(facts, after, lists) or _name_before_apposition(facts, k, lists)
        if name is not None:
            for word in _surname_words(name):
                holders.setdefault(word, name)
    if not holders:
        return None
    for k in range(first - 1, floor - 1, -1):
        if doc.is_word[k] and is_cap(doc.tokens[k]):
            name = holders.get(plain(doc.tokens[k]))
            if name is not None:
                return "person", name, person_key(name)
    return None


def _surname_words(name: str) -> list[str]:
    """The words of a name the article may call its holder by: all but a common first name ("Obama" of "Barack
    Obama"; "Ri" and "Yong-ho" of "Ri Yong-ho")."""
    words = [plain(w) for w in name.split()]
    return [w for i, w in enumerate(words) if len(w) > 1 and (i > 0 or len(words) == 1 or w not in first_names())]


# offices a former holder keeps the title of ("Justice Stevens", retired)
_HELD_FOR_LIFE: Final = frozenset({"justice", "judge", "general", "admiral", "pope", "king", "queen"})
# qualifiers that name no other nation than the article's own ("U.S. President Trump")
_HOME: Final = frozenset({"u.s", "us", "american", "united", "states", "america", "the"})


def _qualifiers_before(doc, k: int, lists: WordLists, role: str) -> frozenset[str]:
    """The nation or body that qualifies the role at ``k``: capitalised words right before it (up to three, past
    an office prefix and "former"), those that are a people or a place, or any for a president ("Syrian
    President", "FreedomWorks President"); the article's own nation aside."""
    out: set[str] = set()
    j = k - 1
    while j >= 0 and k - j <= 4 and doc.sentence_of[j] == doc.sentence_of[k] \
            and (doc.is_word[j] or doc.tokens[j] == "." and j > 0 and doc.starts[j] == doc.ends[j - 1]):
        norm = base_norm(doc.norms[j])
        if doc.tokens[j] == "." or norm in _OFFICE_PREFIXES or norm in ("former", "ex", "then") or norm in _HOME:
            j -= 1
            continue
        if not is_cap(doc.tokens[j]) or doc.sentences[doc.sentence_of[k]].first == j and norm not in lists.demonyms \
                and role != "president":
            break
        if norm in lists.demonyms or norm in lists.places or role == "president":
            out.add(norm)
        j -= 1
    return frozenset(out)


def _initials(tok: str) -> bool:
    """"W", "H.W": a name's initials before their closing period."""
    return 1 <= len(tok) <= 5 and all(c.isupper() or c == "." for c in tok) and tok[0].isalpha()


def _name_after(facts: DocFacts, k: int, lists: WordLists) -> str | None:
    """The name right after a title ("[President] Barack Obama", "[Justice] John Paul Stevens"; initials
    between): up to four name words, in the title's sentence; a lone word only where the article wrote it after
    a first name somewhere (a surname: "[President] Obama"), else None."""
    doc = facts.doc
    names: list[int] = []
    t = k
    while t < len(doc.tokens) and len(names) < _NAME_WORDS and doc.sentence_of[t] == doc.sentence_of[k - 1]:
        if names and t + 1 < len(doc.tokens) and doc.tokens[t + 1] == "." and _initials(doc.tokens[t]):
            t += 2  # "Rex W. Tillerson", "George H.W. Bush"
            continue
        if not name_word(facts.doc, t, lists):
            break
        names.append(t)
        t += 1
    if not names:
        return None
    if len(names) == 1 and base_norm(doc.norms[names[0]]) in first_names() \
            and facts.surnames().full_name.get(base_norm(doc.norms[names[0]]), -1) < 0:
        return None  # "President Donald said": a first name alone
    name = doc.cut(doc.starts[names[0]], doc.ends[names[-1]])
    return name[:-2] if name.endswith(("'s", "’s")) else name


def _name_before_apposition(facts: DocFacts, k: int, lists: WordLists) -> str | None:
    """The name before "Name, the/a [words] role" ("Cenk Uygur, a political commentator"): two to four name
    words right before the comma, or None."""
    doc = facts.doc
    j = k - 1
    while j >= 0 and k - j <= 4 and doc.is_word[j] and doc.norms[j] not in ("the", "a", "an") \
            and not is_cap(doc.tokens[j]):
        j -= 1
    if j < 1 or doc.norms[j] not in ("the", "a", "an") or doc.tokens[j - 1] != ",":
        return None
    end = j - 2
    t = end
    while t >= 0 and end - t < _NAME_WORDS and name_word(facts.doc, t, lists) and doc.sentence_of[t] == doc.sentence_of[k]:
        t -= 1
    if end - t < 2:
        return None
    return doc.cut(doc.starts[t + 1], doc.ends[end])
