""""Wrote" of a law drafted: authorship of a bill or a treaty is a deed, not words reported (twentieth pass,
round 1: readers wrong 1 of 1 in draws 7171-7272, "He wrote the League of Nations treaty"; on the AllSides dev
cues 8 more: "senators who wrote the bill along with ...", "leaders wrote their bill \"in secret\"", "Democrats
wrote the bill so that ...", "the eight senators who wrote the Senate immigration bill", "the committee, which
wrote the legislation", "the chairman who wrote the D.C. law", "the committee ... writes the 2016 defense
budget/policy bill", "declaring he wrote the \"damn\" bill").

A form of "write" whose object, opened by a determiner or a possessive right after the verb, is a law or a draft
of one (a bill, legislation, a treaty, an amendment, a statute) names who drafted it; nothing the text of the
law says is given. "wrote in the bill that ...", "wrote that ...", "wrote in an op-ed", "wrote a letter
requesting ...", "wrote a memo discussing ...", "wrote the court's opinion", "wrote a law review article outlining ..." stay cues: they report words or a
view. The object is looked for in the six tokens after the verb, up to a clause break. :func:`.cues.acting_cue`
asks :func:`law_drafted` through ``sense_cues``.

A book authored is a deed in the same way (twentieth pass, round 2: readers wrong 1 of 1 in draws 7474-7878,
"writing a 1992 history book on the 1868 impeachment"; on the AllSides dev cues 1 more, "did not write a book about
his time"): a form of "write" whose object is a book, a history, a novel or a biography followed by its
topic ("on", "about", "of") or by the sentence's end (:func:`book_authored`). "wrote in his book that ...", "wrote a
book arguing that ...", "wrote a book critical of ...", "wrote a book about how ..." stay cues: they give a view;
so does a memoir ("wrote a memoir of her time in the cabinet"): the writer's own account, which PolNeAR's
annotators mark as an attribution and the article then cites."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_WRITE: Final = frozenset({"write", "writes", "wrote", "writing", "co-wrote", "co-writes", "cowrote"})
_OPENERS: Final = frozenset({"the", "a", "an", "their", "his", "her", "its", "our", "this", "these"})
# a law or a draft of one (curated from the dev corpus's uses and the readers' "wrote the ... treaty")
_LAWS: Final = frozenset({"bill", "bills", "legislation", "law", "laws", "treaty", "treaties", "amendment",
                          "amendments", "statute", "statutes", "ordinance", "ordinances", "act", "constitution"})
# what ends the object: a clause, a quotation of words, a preposition before a document ("wrote in the bill")
_BREAKS: Final = frozenset({"that", ",", ";", ":", "saying", "to", "in", "which", "who", "."})
_REACH: Final = 6
# a written work that a law's name may sit inside ("wrote a Journal of Law and Policy article outlining ..."): an
# article, a letter or an opinion is words, so the cue stays
_WORKS: Final = frozenset({"article", "articles", "op-ed", "oped", "piece", "letter", "letters", "memo", "book",
                           "column", "report", "opinion", "essay", "blog", "post", "story", "editorial", "paper",
                           "brief", "review", "journal", "analysis", "note"})


def law_drafted(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a form of "write" whose object is a law or a bill ("wrote the bill")?"""
    norms, n = doc.norms, len(doc.norms)
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if norms[head] not in _WRITE or head + 1 >= n:
        return False
    if norms[head + 1] not in _OPENERS and not norms[head + 1].endswith(("'s", "’s")):
        return False
    sent_stop = min(n, doc.sentences[doc.sentence_of[head]].stop)
    end = min(sent_stop, head + 2 + _REACH)
    for j in range(head + 2, end):
        w = norms[j]
        if w in _LAWS:
            return not any(norms[i] in _WORKS for i in range(j + 1, min(j + 4, sent_stop)))
        if w in _BREAKS or w in _WORKS:
            return False
    return False


# a book-length work whose writing is an act of authorship (curated from the dev corpus and the readers' row)
_BOOKS: Final = frozenset({"book", "books", "history", "histories", "novel", "novels", "biography", "biographies"})
_TOPIC: Final = frozenset({"on", "about", "of"})
_CONTENT: Final = frozenset({"that", "how", "why", "what", "whether", "who", "when", "where"})


def book_authored(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a form of "write" whose object is a book on a topic ("wrote a book about
    his years in office")?"""
    norms, n = doc.norms, len(doc.norms)
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    if norms[head] not in _WRITE or head + 1 >= n or norms[head + 1] not in _OPENERS:
        return False
    sent_stop = min(n, doc.sentences[doc.sentence_of[head]].stop)
    for j in range(head + 2, min(sent_stop, head + 2 + _REACH)):
        w = norms[j]
        if w in _BOOKS and not (j + 1 < sent_stop and norms[j + 1] in _BOOKS):
            if j + 1 >= sent_stop or doc.tokens[j + 1] == ".":
                return True
            return norms[j + 1] in _TOPIC and j + 2 < sent_stop and norms[j + 2] not in _CONTENT
        if w in _BREAKS or w in _WORKS or not doc.is_word[j]:
            return False
    return False
