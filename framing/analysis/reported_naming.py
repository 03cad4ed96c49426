"""Words a source calls someone, reported: the source's words, not the writer's.

"Nadler called Cipollone and Sekulow liars", "accused senators of treachery", "calling one reporter a
'sleaze'": the strong word is the name a source gave, and the sentence reports it. Counted as the
writer's own loaded wording, it made a summary say that an outlet used 13 loaded words when most were
the insults its sources traded (a Vox report of a Senate trial, AllSides dev). A reader judges the word
loaded, and the outlet for reporting it, not for saying it: :func:`named_by_another` tells the
features so, and they count such a word with the sources' words (the evidence label ``reported``).

The shape read, within one sentence:

- a verb of naming (call, brand, label, dub, term) and its object before the word, nothing between them
  but the object (up to six tokens), an article, an adverb of degree or an opening quotation mark:
  "called each other liars", "called it 'pretty disgraceful'", "branded the plan a disaster";
  "called for", "called on", "called off" name nothing;
- a verb of accusing and its object, then "of" (and "being"): "accused Nadler of hypocrisy", "accused the
  lawmaker of being a hypocrite".

Not when the writer is the one naming ("I call it a disgrace", "we have called this a scandal"): that is
the writer's own voice.
"""
from __future__ import annotations

from typing import Final

from .text import Doc

_NAMING: Final = frozenset("""call calls called calling brand brands branded branding label labels labeled labelled
labeling labelling dub dubs dubbed dubbing term termed terming""".split())
_ACCUSING: Final = frozenset("accuse accuses accused accusing accusation accusations".split())
# "called for", "called on X to", "call off", "call up", "called in", "call out": no name given
_NOT_NAMING_AFTER: Final = frozenset("for on off up in out upon back into to".split())
# what may stand between the object and the word: articles, degree adverbs, quotation marks
_GLUE: Final = frozenset("""a an the pretty very so too totally utterly simply just really absolutely
completely downright outright nothing but""".split())
# what ends the object: the word no longer belongs to the naming ("called him, and the crowd cheered")
_BREAK: Final = frozenset(""", ; : . ! ? — – -- that which who because after before when while if as since
but said says told into with from by about against over to""".split())
_DETERMINERS: Final = frozenset("a an the this that his her its their our my your".split())  # "the term", "a call"
_MAX_AFTER_OF: Final = 3  # "accused him of a blatant power grab": the name comes right after "of"
_WRITER: Final = frozenset("i we i've we've i'd we'd i'll we'll".split())
_LOOK_BACK: Final = 10
_MAX_OBJECT: Final = 6


def named_by_another(doc: Doc, i: int) -> bool:
    """Is token ``i`` of ``doc`` (a strong word) the name a source gave someone, reported by the writer?"""
    first = doc.sentences[doc.sentence_of[i]].first
    norms = doc.norms
    j = i - 1
    while j >= first and i - j <= _LOOK_BACK:
        norm = norms[j]
        if norm in _BREAK:
            return False
        if norm in _NAMING:
            return _naming(doc, j, i, first)
        if norm == "of" and j > first and _named_after_of(doc, j, i) and _accusing(doc, j, first):
            return True
        j -= 1
    return False


def _naming(doc: Doc, verb: int, word: int, first: int) -> bool:
    norms, is_word = doc.norms, doc.is_word
    if verb + 1 >= word or norms[verb + 1] in _NOT_NAMING_AFTER:
        return False  # "called liars" names nobody; "called for ..." names nothing
    if verb > first and norms[verb - 1] in _DETERMINERS:
        return False  # a noun: "the term", "a call", "the label"
    between = [k for k in range(verb + 1, word) if is_word[k] and norms[k] not in _GLUE]
    return 1 <= len(between) <= _MAX_OBJECT and not _writer_names(doc, verb, first)


def _named_after_of(doc: Doc, of: int, word: int) -> bool:
    words = [k for k in range(of + 1, word) if doc.is_word[k] and doc.norms[k] not in _GLUE and doc.norms[k] != "being"]
    return len(words) < _MAX_AFTER_OF


def _accusing(doc: Doc, of: int, first: int) -> bool:
    norms = doc.norms
    k = of - 1
    while k >= first and of - k <= _MAX_OBJECT + 1:
        if norms[k] in _BREAK:
            return False
        if norms[k] in _ACCUSING:
            has_object = k < of - 1 or norms[k].startswith("accusation")  # "accused X of", "accusations of"
            return has_object and not _writer_names(doc, k, first)
        k -= 1
    return False


def _writer_names(doc: Doc, verb: int, first: int) -> bool:
    """Is the subject of the verb at ``verb`` the writer ("I call it", "we have called this")?"""
    k = verb - 1
    steps = 0
    while k >= first and steps < 3:
        norm = doc.norms[k]
        if norm in _WRITER:
            return True
        if norm not in ("have", "had", "would", "will", "always", "once", "also", "now", "'ve", "'d"):
            return False
        k -= 1
        steps += 1
    return False
