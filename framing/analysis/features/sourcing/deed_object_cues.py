"""Cue words whose object makes them a deed, not words (curated by reading the AllSides dev corpus, readers'
judgments of the ninth pass, draws 1616-1818): a quantity added ("Retail added 31,000 jobs", "He also added
a $60,000 bonus", "will add about $1.5 trillion to the debt"), a side taken ("Breyer has sided with the
court's conservatives", "the U.S. sided with drug companies"), a defendant charged ("Authorities charged a
man ... with first-degree murder"), someone's attention turned ("is focusing readers on her first name"), a
phone call ("When Reid called with the news"), a name spelled ("did the Post spell “Sinema” wrong"), an
outlet's own checking ("CNN has confirmed neither the story nor the rumor", "NPR has not independently
confirmed") and interviews done by the writer's side ("USA TODAY talked to more than a dozen members").

"added that", "He added: ...", "“...,” he added", "charged that the plan was illegal", "focused on the
economy", "called the plan “misguided”", "confirmed that he would run", "talked to reporters" stay cues.
``deed_cues.names_a_deed`` asks :func:`object_makes_a_deed`."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_ADD: Final = frozenset({"add", "adds", "added", "adding"})
# words between "added" and its number: "added nearly 692,000", "add at least 64 more", "added a $60,000 bonus"
_BEFORE_AMOUNT: Final = frozenset({"a", "an", "another", "nearly", "about", "roughly", "almost", "more", "than",
                                   "over", "some", "just", "only", "at", "least", "up", "to", "around", "an",
                                   "additional", "extra", "net"})
_NUMBER_WORDS: Final = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
                                  "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
                                  "billion", "billions", "trillion"})


def _amount_added(doc: Doc, k: int) -> bool:
    """"added 31,000 jobs", "added a $60,000 bonus", "add about $1.5 trillion": a quantity added, a deed;
    not "added that", "added: ..." or "he added 10 minutes later that" (a clause follows the number)."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    j = k + 1
    while j < n and j < k + 5 and norms[j] in _BEFORE_AMOUNT:
        j += 1
    if j >= n or not (tokens[j][:1] in ("$", "€", "£") or tokens[j][:1].isdigit() or norms[j] in _NUMBER_WORDS):
        return False
    return not any(norms[i] in ("that", ":") or tokens[i] in ("“", '"', ":") for i in range(j + 1, min(n, j + 5)))


_SIDE: Final = frozenset({"side", "sides", "sided", "siding"})


def _side_taken(doc: Doc, k: int) -> bool:
    """"sided with the court's conservatives", "siding with the blue states": a side taken in a vote, a
    ruling or a dispute; not the noun "the other side"."""
    norms = doc.norms
    return k + 1 < len(norms) and norms[k + 1] == "with" and (norms[k] != "side" or k > 0 and norms[k - 1] in (
        "to", "not", "n't", "would", "will", "could", "did", "does", "do", "should", "might", "may"))


_CHARGE: Final = frozenset({"charge", "charges", "charged", "charging"})
_CLAUSE: Final = frozenset({"that", "how", "what", "why", "whether", ":"})
# what a defendant is charged with: a crime ("with first-degree murder", "with lying to investigators"); a
# fault charged in words ("charged WHO with abetting China") is an accusation and stays a cue
_CRIMES: Final = frozenset({
    "murder", "murdering", "manslaughter", "homicide", "assault", "assaulting", "battery", "fraud", "lying",
    "conspiracy", "conspiring", "espionage", "theft", "stealing", "robbery", "arson", "obstruction", "obstructing",
    "crimes", "crime", "counts", "count", "felony", "felonies", "misdemeanor", "misdemeanors", "possession",
    "trafficking", "smuggling", "kidnapping", "rape", "terrorism", "bribery", "perjury", "first-degree",
    "second-degree", "third-degree", "capital", "interfering", "illegally", "unlawful", "unlawfully", "violating",
    "attempted", "sexual", "killing", "hacking", "sedition", "treason", "laundering", "evasion", "contempt",
    "criminal", "federal", "using", "making", "providing", "mail", "wire", "securities", "insider", "voter",
    "election", "identity", "hate", "disorderly", "trespassing", "resisting", "driving", "destruction"})


def _defendant_charged(doc: Doc, k: int) -> bool:
    """"charged a man identified as X with first-degree murder", "charged more than two dozen Russians with
    interfering": a defendant charged with a crime (a legal deed); not "charged that the plan was illegal"
    or "charged WHO with abetting China" (a fault named in words)."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    end = doc.sentences[doc.sentence_of[k]].stop
    for j in range(k + 1, min(end, k + 14)):
        if norms[j] in _CLAUSE or tokens[j] in ("“", '"', ";"):
            return False
        if norms[j] == "with":
            return j > k + 1 and any(norms[i] in _CRIMES for i in range(j + 1, min(n, j + 3)))
    return False


_FOCUS: Final = frozenset({"focus", "focuses", "focused", "focusing"})
_NOT_OBJECT: Final = frozenset({"on", "upon", "instead", "more", "less", "heavily", "mainly", "largely", "mostly",
                                "primarily", "solely", "only", "almost", "entirely", "unduly", "sharply", "so",
                                "much", "too", "in", "of", "is", "was", "group", "groups"})


def _attention_turned(doc: Doc, k: int) -> bool:
    """"is focusing readers on her first name", "focus deportation efforts on": someone's attention or effort
    turned to a thing (an object before "on"); "focused on the economy" is left to the lexicon."""
    norms, is_word = doc.norms, doc.is_word
    n = len(norms)
    if k + 2 >= n or not is_word[k + 1] or norms[k + 1] in _NOT_OBJECT:
        return False
    return any(norms[j] == "on" for j in range(k + 2, min(n, k + 5))) and all(
        is_word[j] for j in range(k + 1, min(n, k + 3)))


def _phoned_with_news(doc: Doc, k: int) -> bool:
    """"When Reid called with the news": a phone call; "called with a warning" too."""
    norms = doc.norms
    return norms[k] == "called" and k + 2 < len(norms) and norms[k + 1] == "with" and norms[k + 2] in (
        "the", "news", "a", "an")


_SPELL: Final = frozenset({"spell", "spells", "spelled", "spelt", "misspell", "misspelled", "misspelt"})


def _name_spelled(doc: Doc, k: int) -> bool:
    """"did the Post spell “Sinema” wrong", "misspelled her name": spelling is a deed; "spelled out the plan"
    and "spell the end of" are not cues of this kind."""
    norms = doc.norms
    if norms[k].startswith("mis"):
        return True
    return any(norms[j] in ("wrong", "wrongly", "correctly", "incorrectly", "right", "backwards", "name", "names")
               for j in range(k + 1, min(len(norms), k + 7)))


_CONFIRM: Final = frozenset({"confirm", "confirms", "confirmed", "verify", "verifies", "verified"})


def _checked_by_outlet(doc: Doc, k: int) -> bool:
    """"CNN has confirmed neither the story nor the rumor", "NPR has not independently confirmed": the
    writer's side checking a report, nobody's words; "confirmed that he would run" stays a cue."""
    norms = doc.norms
    n = len(norms)
    if k + 1 < n and norms[k + 1] == "neither":
        return True
    return k > 0 and norms[k - 1] == "independently"


_TALK: Final = frozenset({"talked", "spoke", "spoken", "interviewed", "surveyed"})
_MANY: Final = frozenset({"dozen", "dozens", "hundreds", "several", "scores"}) | _NUMBER_WORDS


def _interviews_done(doc: Doc, k: int) -> bool:
    """"USA TODAY talked to more than a dozen members", "we spoke with 50 voters": interviews done by the
    writer's side; "talked to reporters" stays a cue."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    j = k + 1
    if norms[k] in ("talked", "spoke", "spoken"):
        if j >= n or norms[j] not in ("to", "with"):
            return False
        j += 1
    while j < n and j < k + 6 and norms[j] in _BEFORE_AMOUNT:
        j += 1
    return j < n and (tokens[j][:1].isdigit() or norms[j] in _MANY)


def object_makes_a_deed(doc: Doc, k: int) -> bool:
    """Does the cue word at ``k`` name a deed by what follows it: a quantity added, a side taken, a
    defendant charged, attention turned, a phone call, a name spelled, an outlet's checking, interviews?"""
    w = doc.norms[k]
    return w in _ADD and _amount_added(doc, k) or w in _SIDE and _side_taken(doc, k) \
        or w in _CHARGE and _defendant_charged(doc, k) or w in _FOCUS and _attention_turned(doc, k) \
        or w == "called" and _phoned_with_news(doc, k) or w in _SPELL and _name_spelled(doc, k) \
        or w in _CONFIRM and _checked_by_outlet(doc, k) or w in _TALK and _interviews_done(doc, k)
