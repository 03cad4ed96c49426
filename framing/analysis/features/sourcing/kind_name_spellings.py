"""Second looks at speakers first read as persons whose spelling shows an outlet's or a body's name.

A teacher reading the "who is quoted" tables of AllSides same-story pairs (session 32) met these as persons:

- an outlet's name written without its space ("USAToday") or with its channel number ("ABC13", "Fox5"): the
  outlet (``source_heads``' outlets);
- a place and a newspaper's name ("The Portland Mercury", "the Arizona Republic"): the outlet;
- one word with a capital inside it after four or more lower-case letters ("FreedomWorks", "MoveOn",
  "PolitiFact"): a body's coined name, not a person's; surnames with a particle ("McConnell", "DeSantis",
  "LaHood", "MacArthur") have a shorter head and stay persons, as does a word the article writes after a
  first name;
- a capitalised crowd word before "for" or "against" and capitalised words, inside a sentence ("Taxpayers for
  Common Sense", "Americans for Prosperity", "Citizens Against Government Waste"): the group's name, a body;
- a capitalised poll's or index's name ("The Rasmussen Reports daily Presidential Tracking Poll"): its
  pollster's, a body;
- one word of capitals and digits ("V15", "G20"; draw 3131 met "V15 denies wrongdoing" as a person): a code a
  group or a body goes by, never a person's name (an outlet's channel, "ABC13", is read as the outlet first).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .facts import DocFacts, base_norm
from .grammar import WordLists, is_cap
from .non_speaker_spans import us_places

# newspapers' name endings that ``source_heads``' outlet heads lack (curated by reading the AllSides dev corpus)
_PAPER_NAMES: Final = frozenset({"mercury", "republic", "oregonian", "plain", "ledger", "advocate", "citizen",
                                 "democrat-gazette", "star-ledger", "free press", "mercury news"})
# the names of products a pollster publishes under its own name
_POLL_NAMES: Final = frozenset({"poll", "survey", "index", "barometer"})
_CROWD_NAME_LINKS: Final = frozenset({"for", "against"})


def outlet_spelling(facts: DocFacts, first: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase ``[first, stop)`` an outlet written without its space or with its channel number
    ("USAToday", "ABC13"), or a place and a newspaper's name ("The Portland Mercury")?"""
    doc = facts.doc
    words = _name_words(doc, first, stop)
    if not words or any(doc.norms[t].endswith(("'s", "’s")) for t in words):
        return False
    if len(words) == 1:
        tok = doc.tokens[words[0]]
        bare = tok.rstrip("0123456789").lower()
        if bare != tok.lower() and len(tok) - len(bare) <= 2 and bare in lists.outlets and tok[:1].isupper():
            return True  # "ABC13", "Fox5"
        return len(bare) >= 6 and any(" " in o and o.replace(" ", "") == bare for o in _spaced(lists))
    if len(words) > 3 or not all(is_cap(doc.tokens[t]) for t in words):
        return False
    for b in range(1, len(words)):
        place = " ".join(base_norm(doc.norms[t]) for t in words[:b])
        paper = " ".join(base_norm(doc.norms[t]) for t in words[b:])
        if paper in _PAPER_NAMES and (place in lists.places or _us_place(place)):
            return True
    return False


def _spaced(lists: WordLists) -> list[str]:
    return [o for o in lists.outlets if " " in o]


def _us_place(name: str) -> bool:
    return name in us_places()


def _name_words(doc: Doc, first: int, stop: int) -> list[int]:
    """The words of the phrase ``[first, stop)`` without "the"."""
    return [t for t in range(first, stop) if doc.is_word[t] and doc.norms[t] != "the"]


def _sole_word(doc: Doc, first: int, stop: int) -> tuple[int, str]:
    """The one word of the phrase (without "the") and its token without a possessive "'s"; (-1, "") if the
    phrase has more or fewer words."""
    words = _name_words(doc, first, stop)
    if len(words) != 1:
        return -1, ""
    tok = doc.tokens[words[0]]
    return words[0], tok[:-2] if tok.endswith(("'s", "’s")) else tok


def coined_body_name(facts: DocFacts, first: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase one word with a capital inside it after four or more lower-case letters ("FreedomWorks",
    "MoveOn"), never written after a first name nor in a listed outlet: a body's coined name?"""
    doc = facts.doc
    word, tok = _sole_word(doc, first, stop)
    if not tok.isalpha() or not tok[:1].isupper() or tok.isupper():
        return False
    inner = next((i for i in range(1, len(tok)) if tok[i].isupper()), None)
    if inner is None or inner < 5 or not tok[1:inner].islower() or not tok[inner + 1:].islower() \
            or len(tok) - inner < 2:
        return False  # "McConnell", "DeSantis", "LaHood", "MacArthur": a surname's particle; "JoeB": no word
    key = base_norm(doc.norms[word])
    at = facts.surnames().full_name.get(key.removesuffix("'s").removesuffix("’s"), word)
    return at >= word and key not in lists.outlets


def named_group_or_poll(facts: DocFacts, first: int, stop: int, lists: WordLists) -> bool:
    """Is the phrase a group's name ("Taxpayers for Common Sense": a capitalised crowd word inside a sentence,
    "for" or "against", capitalised words) or a capitalised poll's name ("Presidential Tracking Poll", "a 2017
    Gallup Poll")?"""
    doc = facts.doc
    words = _name_words(doc, first, stop)
    if not 2 <= len(words) <= 7:
        return False
    last = base_norm(doc.norms[words[-1]])
    if last in _POLL_NAMES:
        # "a 2017 Gallup Poll": an article and a year are no part of the poll's name
        named = [t for t in words if doc.norms[t] not in ("a", "an") and not doc.tokens[t].isdigit()]
        if len(named) >= 2 and all(is_cap(doc.tokens[t]) for t in named):
            return True
    link = next((i for i, t in enumerate(words) if doc.norms[t] in _CROWD_NAME_LINKS), None)
    if link != 1 or link == len(words) - 1:
        return False
    head = words[0]
    sent = doc.sentences[doc.sentence_of[head]]
    opens = next((k for k in range(sent.first, head + 1) if doc.is_word[k]), head) == head
    crowd = base_norm(doc.norms[head])
    plural = crowd in lists.groups or crowd.endswith(("ers", "ans", "ens", "ots", "ists")) and crowd.isalpha()
    return not opens and is_cap(doc.tokens[head]) and plural \
        and all(is_cap(doc.tokens[t]) or doc.norms[t] in ("and", "of", "the") for t in words[2:])


def coded_body_name(facts: DocFacts, first: int, stop: int) -> bool:
    """Is the phrase one word of capital letters and digits, both ("V15", "G20"), neither an ordinal nor a
    year: a group's or a body's code, not a person's name?"""
    _, tok = _sole_word(facts.doc, first, stop)
    letters = [c for c in tok if c.isalpha()]
    digits = [c for c in tok if c.isdigit()]
    return bool(letters) and bool(digits) and len(letters) + len(digits) == len(tok) <= 8 \
        and all(c.isupper() for c in letters) and tok[0].isalpha()
