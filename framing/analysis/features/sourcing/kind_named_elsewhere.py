"""Second looks at speakers first read as unnamed, where the article names the one person the phrase means.

Readers of the AllSides dev sample (session 28) judged "anonymous or vague" wrong where the article says who:

- a surname that is also a title word ("King pointed out", after "Rep. Peter King"): the article wrote it
  after a first name before, so it is that person's surname, not a king; also where that full name opens its
  sentence ("Steve King, the Republican congressman from Iowa, devoted ..."; fresh draw 6767: "King touted"
  judged wrong as vague, 4 such "King" in the dev output of the eighteenth pass);
- a lawmaker called by state and party ("the Kentucky Republican said", "the New York Democrat told
  POLITICO"): the epithet of one person the article named (shown as that person where the article tagged a name
  so before: "Mitch McConnell, R-Ky.", :mod:`.kind_state_epithets`) (never of "An Iowa Republican", whom the article
  introduces unnamed; a bare "the Republican" may be that one and stays unnamed);
- a description with the person's name in apposition right after it ("Their lawyer, Stilz, said"): the
  named person;
- the one holder of a leading office, called by a nation or a chamber's side ("the French leader", "The Cuban
  leader", "the majority leader", "the GOP leader"; readers of draws 1313-1414 judged "The NSA chief" and "the
  California Democrat" wrong as vague): that person (never a crowd: "the party leaders").

Unnamed people stay unnamed: "the spokesman, who asked not to be named", "the official said", "King Abdullah
said" (a title before a name), "a lawyer, who ...". (An office alone, "the president", is left to
:mod:`.reader`: made a person here, it would take the pronouns that name the officeholder.)
"""
from __future__ import annotations

from typing import Final

from .aliases import person_key, plain
from .facts import DocFacts, base_norm
from .given_names import first_names
from .grammar import WordLists, is_cap, plain_name_word
from .kind_state_epithets import epithet_holder
from .non_speaker_spans import us_places

# words that end a description of one person before a name in apposition ("Their lawyer, Stilz,")
_OWNERS: Final = frozenset({"the", "his", "her", "their", "its", "our"})
_PARTY_MEMBERS: Final = frozenset({"democrat", "republican"})


def named_elsewhere(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str] | None:
    """(kind, name, key) of the person an unnamed-looking phrase ``[first, stop)`` names (see the module's
    docstring), else None."""
    found = _title_word_surname(facts, first, stop, lists)
    if found is None:
        found = _party_epithet(facts, first, stop, lists)
    if found is None:
        found = _name_in_apposition(facts, first, stop, lists)
    if found is None:
        found = _office_epithet(facts, first, stop, lists)
    return found


# the one leader of a nation or a chamber's side ("the French president", "the majority leader")
_LEADING_OFFICES: Final = frozenset({"leader", "president", "premier", "chancellor"})
_SIDES: Final = frozenset({"majority", "minority", "gop", "democratic", "republican", "opposition"})


def _office_epithet(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str] | None:
    """"the French leader", "The Cuban leader", "the majority leader", "the GOP leader": "the", a demonym or a
    side, then a leading office (singular): one person."""
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if len(words) != 3 or doc.norms[words[0]] != "the" or doc.norms[words[2]] not in _LEADING_OFFICES:
        return None
    side = doc.norms[words[1]]
    if not (side in _SIDES or is_cap(doc.tokens[words[1]]) and side in lists.demonyms):
        return None
    name = doc.cut(doc.starts[words[1]], doc.ends[words[2]])
    return "person", name, name.lower()


def _title_word_surname(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str] | None:
    """"King" alone, capitalised, where the article wrote "Peter King" before (a common first name right before
    it, in one sentence): that person."""
    doc = facts.doc
    if stop - first != 1 or not doc.is_word[first] or not is_cap(doc.tokens[first]) or doc.tokens[first].isupper():
        return None
    if base_norm(doc.norms[first]) not in lists.titles:
        return None
    at = facts.surnames().full_name.get(plain(doc.tokens[first]), first)
    if at >= first or base_norm(doc.norms[at - 1]) not in first_names():
        at = _after_first_name_opening(facts, first)  # "Steve King, the congressman, ..." opening its sentence
    if at < 0:
        return None
    name = doc.tokens[first]
    return "person", name, person_key(name)


def _after_first_name_opening(facts: DocFacts, first: int) -> int:
    """Where the article, before ``first``, writes its word right after a common first name that opens a
    sentence ("Steve King, the Republican congressman from Iowa, spoke": the full name a sentence opens with,
    which :class:`.facts.Surnames` leaves aside), or -1."""
    doc = facts.doc
    word = doc.norms[first]
    for s in range(doc.sentence_of[first] - 1, -1, -1):
        sent = doc.sentences[s]
        k = sent.first
        while k < sent.stop - 1 and not doc.is_word[k]:
            k += 1  # an opening quotation mark or dash
        if k + 1 < sent.stop and doc.norms[k + 1] == word and doc.tokens[k + 1] == doc.tokens[first] \
                and is_cap(doc.tokens[k]) and base_norm(doc.norms[k]) in first_names():
            return k + 1
    return -1


def _party_epithet(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str] | None:
    """"the Kentucky Republican", "The New York Democrat": "the", a US state (``us_places.txt``),
    then "Democrat" or "Republican" (singular), where the article introduces no "a(n) <place> <party>"."""
    doc = facts.doc
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if len(words) < 3 or doc.norms[words[0]] != "the" or doc.norms[words[-1]] not in _PARTY_MEMBERS \
            or not is_cap(doc.tokens[words[-1]]) or len(words) > 5:
        return None
    place = words[1:-1]
    state = " ".join(base_norm(doc.norms[t]) for t in place)
    if not all(is_cap(doc.tokens[t]) for t in place) or us_places().get(state) != "us_state":
        return None
    phrase = " ".join(doc.norms[t] for t in words[1:])
    norms = doc.norms
    for t in range(len(norms) - len(words) + 1):
        if norms[t] in ("a", "an") and " ".join(norms.between(t + 1, t + len(words))) == phrase \
                and not _tag_of_a_name(doc, t, lists):
            return None  # "An Iowa Republican said ...": an unnamed one
    holder = epithet_holder(facts, first, state, doc.norms[words[-1]], lists)
    if holder is not None:
        return holder  # "Sen. Mitch McConnell, R-Ky., ... The Kentucky Republican noted": McConnell
    return "person", doc.cut(doc.starts[words[1]], doc.ends[words[-1]]), phrase


def _tag_of_a_name(doc, t: int, lists: WordLists) -> bool:
    """Is the "a(n)" at ``t`` set off after a name ("Sen. Jane Roe, an Illinois Democrat and party leader,"): the
    named person's tag, no unnamed one introduced (readers of draws 7474-7878 judged "The Illinois Democrat"
    shown vague wrong after such a tag)?"""
    return t >= 2 and doc.tokens[t - 1] == "," and doc.is_word[t - 2] and is_cap(doc.tokens[t - 2]) \
        and plain_name_word(base_norm(doc.norms[t - 2]), lists)


def _name_in_apposition(facts: DocFacts, first: int, stop: int, lists: WordLists) -> tuple[str, str, str] | None:
    """The name between commas right after a description of one person ("Their lawyer, Stilz, said", "the
    city's mayor, Lori Lightfoot, said"): one to three capitalised name words, then a comma, "said" or
    "says"."""
    doc = facts.doc
    head = stop - 1
    if doc.norms[first] not in _OWNERS and not doc.norms[first].endswith(("'s", "’s")):
        return None
    parts = base_norm(doc.norms[head]).split("-")  # "editor-in-chief"
    if not doc.is_word[head] or is_cap(doc.tokens[head]) or doc.norms[head].endswith("s") \
            or not (parts[0] in lists.titles or parts[0] in lists.person_nouns):
        return None
    if stop >= len(doc.tokens) or doc.tokens[stop] != ",":
        return None
    k = stop + 1
    while k < len(doc.tokens) and k - stop <= 4 and doc.is_word[k] and is_cap(doc.tokens[k]) \
            and not doc.tokens[k].isupper() and _plain_name_word(doc.norms[k], lists):
        k += 1
    if k == stop + 1 or k - stop > 4 or k >= len(doc.tokens) or doc.sentence_of[k] != doc.sentence_of[first]:
        return None
    if doc.tokens[k] != "," and doc.norms[k] not in ("said", "says"):
        return None
    name = doc.cut(doc.starts[stop + 1], doc.ends[k - 1])
    return "person", name, person_key(name)


def _plain_name_word(norm: str, lists: WordLists) -> bool:
    return plain_name_word(base_norm(norm), lists) and not norm.endswith(("'s", "’s"))
