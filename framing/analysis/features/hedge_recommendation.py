"""A "suggest" that recommends an action rather than softening a claim, seventh pass, second round on hedging (read on the
AllSides dev corpus; readers judged "suggested school-age students take classes from home" wrong).

:mod:`.hedge_readings` asks :func:`recommending_suggest`, which returns why the match is no hedge ('' if it
may be one). A recommendation names what someone should do: an action in the gerund ("some candidates
have suggested decriminalizing border crossings", "the strategist suggested barring consultants"), a
mandative subjunctive ("the review suggested that the party “be the champion of ...”", "experts suggest
that corporations not be taxed"), or, after a past "suggested", a clause in the plain present ("he
suggested school-age students take classes from home", "suggested they save the benefits", an indicative
would have shifted to the past: "suggested they saved"); after a present "suggest that", only when guidance suggests it ("the guidelines
suggest that faith communities consider limiting gatherings", eighth pass). A "suggest" whose object is a plural noun ("members suggesting defense cuts is unprecedented", "his deputy
suggested closures to the Port Authority", "Suggested topics for instruction") proposes things (eighth pass).
"Polls suggest voters are tired", "the data
suggested the virus spread early", "suggests channeling this longing will form the foundation" stay.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

_SUGGEST: Final = frozenset({"suggest", "suggests", "suggested"})
# plain-present verbs of what someone is advised to do ("suggested students take classes from home")
_ADVISED_VERBS: Final = frozenset({
    "take", "consider", "include", "save", "use", "stay", "avoid", "limit", "wear", "get", "make", "keep", "give",
    "go", "pay", "hold", "seek", "try", "work", "vote", "move", "drop", "stop", "focus", "remain", "return",
    "leave", "wait", "ask", "send", "allow", "continue", "start", "begin", "follow", "check", "cut", "raise",
    "reduce", "spend", "put", "buy", "sell", "apply", "join", "study", "call", "contact", "talk", "meet",
    "represent", "resign", "step", "look", "adopt", "create", "build", "invest", "delay", "postpone", "cancel",
    "hire", "fire", "replace", "reconsider", "withdraw", "rely", "switch", "shift", "open", "close", "skip"})
_FINITE: Final = frozenset({"is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "has",
                            "have", "had", "does", "did", "should", "must", "'s", "'re", "cannot", "can't",
                            "won't", "wouldn't", "couldn't", "shouldn't", "isn't", "aren't", "wasn't", "need",
                            "needs", "to", "remains", "means", "shows", "makes"})
_DETERMINERS: Final = frozenset({"a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its",
                                 "our", "my", "your", "full", "first", "any", "no", "each", "every"})
# who recommends an action in the gerund with a present "suggest" ("scientists suggest taking a look"), where
# a thing's "suggests" + gerund is a gerund subject ("testing suggests mislabeling ... remains a problem")
_ADVISERS: Final = frozenset({"scientists", "experts", "researchers", "doctors", "officials", "advocates", "they",
                              "we", "i", "you", "some", "others", "analysts", "economists", "critics"})
_DAYS: Final = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                          "yesterday", "today", "instead", "also", "then", "once"})
# who issues guidance with a present "suggest(s) that": "the guidelines suggest that communities consider ..."
_GUIDANCE: Final = frozenset({"guidelines", "guidance", "recommendations", "rules", "cdc", "who", "doctors",
                              "experts", "officials", "authorities", "agency", "department", "plan", "memo"})
_SUGGEST_FORMS: Final = frozenset({"suggest", "suggests", "suggested", "suggesting"})
# what may follow a proposed plural noun ("suggested closures to", "suggesting defense cuts is")
_AFTER_PROPOSAL: Final = frozenset({"for", "to", "in", "on", "at", "from", "with", "of", "about", "is", "was",
                                    "and", "or", "as", "by", "included", "include", "would", "will"})
_NOT_NOUNS: Final = frozenset({"is", "was", "has", "does", "this", "thus", "us", "its", "his", "hers", "as", "yes",
                               "perhaps", "always", "sometimes", "otherwise", "afterwards", "less", "unless",
                               "those", "these", "various", "numerous", "previous", "obvious", "serious",
                               "famous", "its", "ours", "theirs", "yours", "whereas", "plus"})
_SUBJECT_REACH: Final = 4  # words of the subject of the recommended action ("school-age students")
_GERUND_REACH: Final = 6   # words after a gerund looked at for a finite verb (a gerund subject: "channeling X will")


def _words(doc: Doc, start: int, n: int) -> list[str]:
    out: list[str] = []
    k = start
    sentence_stop = doc.sentences[doc.sentence_of[start]].stop if start < len(doc.tokens) else start
    while k < sentence_stop and len(out) < n:
        if doc.is_word[k]:
            out.append(doc.norms[k])
        elif doc.tokens[k] in (".", ";", ":", "?", "!", ",", "—", "–", "(", ")"):
            break
        k += 1
    return out


def recommending_suggest(doc: Doc, match: Match) -> str:
    """Why a "suggest" recommends an action ('' if it may soften a claim)."""
    words = match.entry.words
    if len(words) != 1 or words[0] not in _SUGGEST:
        return ""
    after = _words(doc, match.stop, _SUBJECT_REACH + _GERUND_REACH + 2)
    while after and after[0] in _DAYS:
        after = after[1:]
    if not after:
        return ""
    before = doc.norms[match.first - 1] if match.first > 0 and doc.is_word[match.first - 1] else ""
    if after[0].endswith("ing") and len(after[0]) > 5 and not any(w in _FINITE and w != "to" for w in after[1:_GERUND_REACH]) \
            and (words[0] == "suggested" or before in _ADVISERS):
        return "suggested decriminalizing border crossings: an action recommended, not a softened claim"
    complement = after[1:] if after[0] == "that" else after
    for i, w in enumerate(complement[:_SUBJECT_REACH + 1]):
        if i == 0:
            continue
        if w in _FINITE:
            return ""
        if w == "be" or (w == "not" and i + 1 < len(complement) and complement[i + 1] == "be"):
            return "suggested that the party be the champion: a mandative subjunctive, a recommendation"
        if (words[0] == "suggested" or after[0] == "that" and before in _GUIDANCE) and w in _ADVISED_VERBS \
                and complement[i - 1] not in _DETERMINERS:
            return "suggested students take classes from home: an action recommended, not a softened claim"
    return ""


def _plural_noun(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "ous", "'s", "’s")) \
        and word.isalpha() and word not in _NOT_NOUNS


def proposing_suggest(doc: Doc, match: Match) -> str:
    """Why a "suggest" proposes things ('' if it may soften a claim): a plural noun as its object, or after an
    attributive "suggested", then a preposition, a verb of the outer clause or a clause end."""
    words = match.entry.words
    if len(words) != 1 or words[0] not in _SUGGEST_FORMS:
        return ""
    norms, tokens = doc.norms, doc.tokens
    stop = doc.sentences[doc.sentence_of[match.first]].stop
    for k in (match.stop, match.stop + 1):
        if k >= stop or not doc.is_word[k] or norms[k] in _DETERMINERS:
            return ""
        if _plural_noun(norms[k]):
            nxt = k + 1
            if nxt < stop and (norms[nxt] in _AFTER_PROPOSAL or tokens[nxt] in (",", ".", ";", ":", "—")):
                return "suggested closures to / members suggesting defense cuts: things proposed, not a softened claim"
            return ""
    return ""
