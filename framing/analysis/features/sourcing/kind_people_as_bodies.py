"""Second looks at speakers first read as organisations that are people, or a side of politics.

The first reading (:mod:`.speakers`) calls a phrase an organisation when its last word is an organisation
word ("state" of "the secretary of state", "representatives") or when it opens with "the". Readers of the
AllSides dev sample (session 28) read these otherwise:

- an office one person holds, of a department ("The secretary of state said", "the former secretary of
  state acknowledged"): that one person, named elsewhere (as "the president" is, :mod:`.reader`);
- people described in lower case, plural ("Their more moderate rivals accused", "The coup leaders,
  claiming", "other representatives say", "the landlord's representatives warned"): unnamed people;
- one person described by a title before a preposition ("a legislative lawyer with the nonpartisan research
  office wrote"): an unnamed person, not the office;
- plural people in lower case after a body's name ("all House GOP freshmen", "FBI and Justice Department
  officials"): unnamed people of the body, not the body;
- "the right" and "the left" of politics ("The right is divided, with many arguing"): a vague side;
- one person's office of a named body ("the commander of the U.S. Pacific Air Forces warned", "The head of
  the World Health Organization", "the chairman of the House Judiciary Committee"): a person, no body,
  unnamed (as "The owner of Dollar Rental Cars" is, :mod:`.kind_head_words`) unless named in apposition
  right after (session 36: readers of draw 5050 judged the commander shown as an organisation wrong; the
  code showed 16 such phrases on the dev sample as organisations).

And a body's name after a lower-case noun that says what it is ("firm Bain Capital", "the conservative group
Project Veritas Action", "real-estate data firm Black Knight") is that body, not a person's name.

Bodies stay bodies: "the state party", "the House Republican Conference", "the Secretary of State's office".
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .facts import DocFacts, base_norm
from .grammar import WordLists, is_cap

_PREPOSITIONS: Final = frozenset({"of", "for", "at", "with", "from", "on", "in"})
_SIDES: Final = frozenset({"left", "right", "far-left", "far-right"})
# departments an office is "of" ("secretary of state", "secretary of defense")
_OFFICE_OF: Final = frozenset({"secretary", "minister", "chief"})
# people named by who they stand against or beside ("rivals", "allies"), with no people ending of their own
_PEOPLE_PLURALS: Final = frozenset({"rivals", "opponents", "allies", "colleagues", "counterparts", "peers", "leaders",
                                    "representatives", "aides", "staffers", "officers", "delegates"})
# plural people in lower case after a body's name ("House GOP freshmen", "Justice Department officials"): the
# people, unnamed (session 32's fresh draw: "all House GOP freshmen" was shown a named organisation)
_CROWDS: Final = _PEOPLE_PLURALS | frozenset({"freshmen", "members", "lawmakers", "senators", "officials",
                                              "legislators", "congressmen", "employees", "workers", "negotiators"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "their", "his", "her", "its", "other", "some", "many", "our"})


def people_read_as_body(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The kind ("person" or "anonymous") of a phrase ``[first, stop)`` read as an organisation that names
    people or a side (see the module's docstring), else None."""
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if not words or any(doc.norms[t].endswith(("'s", "’s")) and t == words[-1] for t in words):
        return None
    norms = [doc.norms[t] for t in words]
    if norms[0] == "the" and len(norms) == 2 and norms[1] in _SIDES:
        return "anonymous"  # "The right is divided"
    if _sides_of_a_fight(norms):
        return "anonymous"  # "Both sides of the civil war accuse each other"
    if norms[-1] in _CROWDS and not is_cap(doc.tokens[words[-1]]) and not any(n in _PREPOSITIONS for n in norms):
        return "anonymous"  # "all House GOP freshmen", "FBI and Department of Justice officials": people of a body
    if _office_of_a_body(doc, words, lists):
        return "anonymous"  # "the commander of the U.S. Pacific Air Forces", "The head of the World Health Organization"
    if any(is_cap(doc.tokens[t]) for t in words[1:]):
        return None  # a name in the phrase: "the House Republican Conference", "the Secretary of State"
    prep = next((i for i in range(1, len(norms)) if norms[i] in _PREPOSITIONS), None)
    if prep is not None:
        head = norms[prep - 1]
        if norms[0] == "the" and head in _OFFICE_OF and norms[prep] == "of" and prep + 2 == len(norms) \
                and all(n in ("former", "then", "new") for n in norms[1:prep - 1]):
            return "person"  # "the former secretary of state"
        if base_norm(head) in lists.titles and not head.endswith("s") and head not in lists.org_heads \
                and all(not is_cap(doc.tokens[t]) or t == words[0] for t in words[:prep]):
            return "anonymous"  # "a legislative lawyer with the nonpartisan research office"
        return None
    last = norms[-1]
    if last in _PEOPLE_PLURALS and (norms[0] in _DETERMINERS or norms[0].endswith(("'s", "’s"))
                                    or not is_cap(doc.tokens[words[0]])):
        return "anonymous"  # "Their more moderate rivals", "the coup leaders", "other representatives"
    return None


# the sides of a fight or a deal, counted ("Both sides of the civil war", "the two sides", "each side")
_SIDE_WORDS: Final = frozenset({"side", "sides"})
_SIDE_COUNTS: Final = frozenset({"both", "each", "either", "two", "opposing", "all"})


def _sides_of_a_fight(norms: list[str]) -> bool:
    """Does the phrase open with its sides counted ("Both sides of the civil war", "the two sides", "each side")?
    A vague group, no body (session 38: readers of draw 6464 judged "Both sides of the civil war" shown as a
    named organisation wrong)."""
    at = 1 if norms[0] == "the" else 0
    return len(norms) > at + 1 and norms[at] in _SIDE_COUNTS and norms[at + 1] in _SIDE_WORDS


# lower-case words that may stand between "the" and an office ("the former chairman", "the likely chairman")
_OFFICE_MODIFIERS: Final = frozenset({"former", "then", "new", "acting", "likely", "incoming", "outgoing", "current",
                                      "sitting", "interim", "internal", "top", "deputy", "vice"})


def _office_of_a_body(doc: Doc, words: list[int], lists: WordLists) -> bool:
    """Is the phrase one person's office of a named body ("the commander of the U.S. Pacific Air Forces",
    "chairman of the House Judiciary Committee"): "the" (or nothing) and a few office modifiers, a singular
    title in lower case (no organisation word: "the office of", "The city of" stay bodies), then "of" and a
    capitalised name, no possessive at its end ("the chairman of the committee's staff")?"""
    norms = [doc.norms[t] for t in words]
    of = next((i for i in range(1, min(len(norms), 5)) if norms[i] == "of"), None)
    if of is None or of + 1 >= len(norms):
        return False
    head = words[of - 1]
    if is_cap(doc.tokens[head]) or base_norm(norms[of - 1]) not in lists.titles or norms[of - 1] in lists.org_heads \
            or norms[of - 1].endswith("s"):
        return False  # "the presidents of Bolivia and Nicaragua", "the Secretary of State" (left to other rules)
    start = 1 if norms[0] == "the" else 0
    if any(n not in _OFFICE_MODIFIERS or is_cap(doc.tokens[t]) and i > 0
           for i, (n, t) in enumerate(zip(norms[start:of - 1], words[start:of - 1]))):
        return False
    after = words[of + 2] if norms[of + 1] == "the" and of + 2 < len(words) else words[of + 1]
    return is_cap(doc.tokens[after]) and not any(doc.norms[t].endswith(("'s", "’s")) for t in words[of + 1:])


# lower-case nouns that introduce a body's name ("the polling firm Gallup", "the advocacy group Public Citizen")
BODY_NOUNS: Final = frozenset({"firm", "group", "company", "organization", "organisation", "nonprofit", "non-profit",
                                "coalition", "tank", "startup", "charity", "consultancy", "lobby", "pac"})


def body_before_its_name(facts: DocFacts, first: int, stop: int) -> bool:
    """Is the phrase read as a person's name a body's name after a lower-case body noun ("firm Bain
    Capital", "the conservative group Project Veritas Action"): the noun in or right before the phrase, only
    capitalised words after it, no "and", owner or preposition?"""
    doc = facts.doc
    if any(doc.norms[t] in ("and", "&") or doc.norms[t].endswith(("'s", "’s")) for t in range(first, stop)):
        return False
    k = next((t for t in range(first, stop - 1) if doc.is_word[t] and not is_cap(doc.tokens[t])
              and doc.norms[t] in BODY_NOUNS), first - 1)
    if k < 0 or not doc.is_word[k] or is_cap(doc.tokens[k]) or doc.norms[k] not in BODY_NOUNS:
        return False
    if any(doc.norms[t] in _PREPOSITIONS for t in range(first, k)):
        return False  # "Astrid Silva of the group DREAM Vegas": the person of the group
    return all(doc.is_word[t] and is_cap(doc.tokens[t]) for t in range(k + 1, stop))
