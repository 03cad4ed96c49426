"""Evaluative phrases: the candidates of the alarmist and loaded features, widened to the phrase they
belong to.

A lexicon match (or, for loaded, a strongly valenced word) is a :class:`Candidate`. A single
evaluative word is widened (:func:`extend`) to its phrase: the degree adverbs before it ("utterly
absurd"), the evaluative words coordinated with it ("personal, petty, inhuman and craven attacks")
and, for an adjective, the noun it modifies ("phony deals"). Never across a line break or other
punctuation. :mod:`.evaluative_model` then decides which candidates are kept and merges them into
evidence.
"""
from __future__ import annotations

import functools
from typing import Final

from ..context import Context
from ..text import Doc
from .lexical import NEGATORS, accepted_matches

VALENCE_MIN: Final = 1.5  # |VADER valence| from which a word is strongly valenced
MAX_PHRASE_WORDS: Final = 8

# Words that never belong to an evaluative phrase as its noun (function words,
# auxiliaries, pronouns, prepositions, conjunctions, quantifiers).
FUNCTION_WORDS: Final = frozenset("""
a an the this that these those some any each every no all both either neither such what which who
whom whose whoever whatever whichever where when why how than then there here
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
myself yourself himself herself itself ourselves themselves one ones
is are was were be been being am 's 're 've 'd 'll have has had having do does did doing done
will would shall should can could may might must ought need dare
not n't no nor never also too very so just only even still yet already ever again
and or but if because as while although though since unless until whether
of in on at by for with about against between into through during before after above below to
from up down out off over under upon within without across along around among toward towards
behind beyond near like unlike via per plus minus despite amid amidst onto inside outside
more most less least much many few several enough own same other another else
said says say told tells according
""".split())

# Degree adverbs that intensify the evaluative word they precede (Quirk et al.
# 1985 amplifiers; VADER's booster list).
DEGREE_ADVERBS: Final = frozenset("""
very so too most more utterly completely totally truly extremely absolutely incredibly deeply highly
really particularly especially increasingly entirely thoroughly downright outright profoundly
hugely wildly grossly patently blatantly openly insanely remarkably exceptionally extraordinarily
terribly awfully horribly dreadfully frightfully fully perfectly purely simply quite rather
seriously severely badly sorely desperately staggeringly stunningly shockingly outrageously
astonishingly unbelievably ridiculously absurdly hopelessly woefully painfully fundamentally
inherently intrinsically notoriously deliberately overtly flagrantly brazenly shamelessly
openly endlessly relentlessly viciously savagely brutally bitterly fiercely
""".split())

COORDINATORS: Final = frozenset({"and", "or", "but", "yet", "nor"})
# Adjective endings, for VADER words that have no category.
ADJ_SUFFIXES: Final = ("ous", "ful", "ive", "ic", "ical", "al", "ent", "ant", "able", "ible", "less", "ish",
                       "ary", "ed", "ing", "id", "ile", "ose", "ular")
class Candidate:
    """One possible piece of evidence: the word(s) an entry matched, widened to a phrase.

    (A plain class, not a dataclass: compiled, its constructor is native.)
    """

    __slots__ = ("doc", "head", "head_stop", "first", "stop", "rule", "measure", "source", "gated", "quoted",
                 "p")

    def __init__(self, doc: Doc, head: int, head_stop: int, first: int, stop: int, rule: str, measure: str,
                 source: str, gated: bool, quoted: bool = False, p: float | None = None) -> None:
        self.doc = doc
        self.head = head            # token index of the matched word (the first word of a multi-word entry)
        self.head_stop = head_stop  # end (exclusive) of the matched entry
        self.first = first          # phrase span, token indices [first, stop)
        self.stop = stop
        self.rule = rule
        self.measure = measure
        self.source = source        # lexicon:category, "vader" or "shape"
        self.gated = gated          # kept only if the model accepts it
        self.quoted = quoted
        self.p = p

    def __repr__(self) -> str:
        return (f"Candidate(head={self.head}, first={self.first}, stop={self.stop}, rule={self.rule!r}, "
                f"measure={self.measure!r}, source={self.source!r}, gated={self.gated}, p={self.p})")


def _space(doc: Doc, i: int) -> bool:
    """Are tokens i and i+1 separated by plain spaces (same line, no punctuation)?"""
    a = doc.ends[i]
    b = doc.starts[i + 1]
    if b == a + 1 and doc.original[a] == " ":  # the usual one space (a blanked character reads as one)
        return True
    g = doc.cut(a, b)
    return bool(g) and g.isspace() and "\n" not in g


def _joiner(doc: Doc, j: int) -> bool:
    """Token j joins two words of a list: "petty, inhuman" (comma after a word) or "petty and inhuman"."""
    if j == 0 or j + 1 >= len(doc.tokens):
        return False
    if doc.tokens[j] == ",":
        return doc.ends[j - 1] == doc.starts[j] and _space(doc, j)
    return doc.norms[j] in COORDINATORS and _space(doc, j - 1) and _space(doc, j)


def adjectival(word: str, category: str) -> bool:
    """Does this entry modify a following noun (an adjective or an amplifier)?"""
    if category in ("adjective", "intensifier", "exaggeration"):
        return not word.endswith("ly")
    if category in ("valenced", "fear"):
        return word.endswith(ADJ_SUFFIXES) and not word.endswith("ly")
    return False


@functools.cache
def _adjectives() -> frozenset[str]:
    from ..lexicons import load_lexicon

    return load_lexicon("loaded").terms("adjective") | load_lexicon("alarmist").terms("intensifier") \
        | load_lexicon("alarmist").terms("exaggeration") | load_lexicon("alarmist").terms("fear")


def _modifier(word: str) -> bool:
    """Can this evaluative word modify the word after it ("corrupt regime", not "regime's thugs")?"""
    return word in _adjectives() or word.endswith(ADJ_SUFFIXES) and not word.endswith("'s")


def _content(doc: Doc, j: int) -> bool:
    """A lower-case content word (a possible head noun)."""
    tok = doc.tokens[j]
    n = doc.norms[j]
    return doc.is_word[j] and tok[:1].islower() and n not in FUNCTION_WORDS and not n.endswith("ly") \
        and not n[:1].isdigit()


def extend(doc: Doc, first: int, stop: int, adj: bool, evaluative: Evaluative) -> tuple[int, int]:
    """Widen ``[first, stop)`` to its evaluative phrase (see the module docstring).

    Left: degree adverbs ("utterly"), and evaluative words joined by a comma or
    a coordinator ("petty, inhuman and ..."). Right, for an adjective: further
    coordinated evaluative words ("pathetic and laughable") and then one noun
    ("phony deals"). ``evaluative.holds(j)`` says whether token j is itself an
    evaluative entry. Never crosses a line break or other punctuation.
    """
    norms = doc.norms
    n = len(norms)
    # left: amplifiers and coordinated evaluative words
    i = first
    while stop - i < MAX_PHRASE_WORDS and i > 0:
        j = i - 1
        if doc.is_word[j] and _space(doc, j) and (norms[j] in DEGREE_ADVERBS
                                                  or evaluative.holds(j) and _modifier(norms[j])):
            i = j
            continue
        # "X, Y" / "X and Y": step over the comma or coordinator to an evaluative word
        if j > 0 and _joiner(doc, j):
            k = j - 1
            if doc.is_word[k] and evaluative.holds(k):
                i = k
                continue
        break
    first = i
    if not adj:
        return first, stop
    # right: coordinated evaluative words, then the noun
    s = stop
    while s < n and s - first < MAX_PHRASE_WORDS:
        if s + 1 < n and _joiner(doc, s) and doc.is_word[s + 1] and evaluative.holds(s + 1):
            s += 2
            continue
        break
    # then the noun, past further adjectives ("massive international military conflict")
    while s < n and s - first < MAX_PHRASE_WORDS and _space(doc, s - 1) and _content(doc, s):
        s += 1
        if not (doc.norms[s - 1].endswith(ADJ_SUFFIXES) and s < n and _space(doc, s - 1) and _content(doc, s)):
            break
    return first, s


def negated(doc: Doc, first: int) -> bool:
    j = first - 1
    if j >= 0 and doc.is_word[j] and doc.norms[j] in ("a", "an"):
        j -= 1
    return j >= 0 and doc.is_word[j] and (doc.norms[j] in NEGATORS or doc.norms[j] == "neither"
                                          or doc.norms[j].endswith("n't"))


def evaluative_tokens(ctx: Context, doc: Doc) -> set[int]:
    """Token indices of ``doc`` covered by any alarmist or loaded entry (for coordination), plain uses
    and war declarations left out."""
    got: set[int] = set()
    for lx in ("loaded", "alarmist"):
        for mt in ctx.matches(doc, lx):
            if mt.entry.category not in ("war", "plain"):
                got.update(range(mt.first, mt.stop))
    return got


def plain_tokens(ctx: Context, doc: Doc) -> set[int]:
    """Token indices of ``doc`` covered by a ``plain`` entry of the loaded lexicon: strongly valenced words
    and phrases whose news use is plain ("crude oil", "worse", "my heart goes out"), never loaded alone."""
    got: set[int] = set()
    for mt in ctx.matches(doc, "loaded"):
        if mt.entry.category == "plain":
            got.update(range(mt.first, mt.stop))
    return got


class Evaluative:
    """``holds(j)``: is token j of a doc evaluative, covered by an alarmist or loaded entry (``taken``) or a
    strongly valenced word? Made once per doc by the feature that widens phrases in it. (A native class,
    so :func:`extend` calls it directly, not through a Python call.)"""

    __slots__ = ("taken", "plain", "norms", "strong")

    def __init__(self, ctx: Context, doc: Doc) -> None:
        self.taken = evaluative_tokens(ctx, doc)
        self.plain = plain_tokens(ctx, doc)  # plain uses: never loaded alone (read by the loaded feature)
        self.norms = doc.norms
        self.strong = strong_words()

    def holds(self, j: int) -> bool:
        return j in self.taken or self.norms[j] in self.strong

    def __call__(self, j: int) -> bool:
        return self.holds(j)


@functools.cache
def strong_words() -> frozenset[str]:
    """Strongly valenced VADER words (|valence| >= 1.5) that read as evaluative."""
    from ..language_data import vader_lexicon

    return frozenset(w for w, v in vader_lexicon().items() if abs(v) >= VALENCE_MIN and w.isalpha())


def lexicon_candidates(ctx: Context, feature: str, lexicon: str, keep=None) -> list[Candidate]:
    """Rule candidates: every accepted match of ``lexicon``, widened to its phrase."""
    out: list[Candidate] = []
    evaluative: dict[str, Evaluative] = {}  # per doc field, made at its first single-word match
    for doc, mt in accepted_matches(ctx, lexicon, keep):
        cat = mt.entry.category or feature
        if cat in ("war", "idiom") or len(mt.entry.words) > 1:
            first, stop = mt.first, mt.stop
        else:
            ev = evaluative.get(doc.field)
            if ev is None:
                ev = evaluative[doc.field] = Evaluative(ctx, doc)
            first, stop = extend(doc, mt.first, mt.stop, adjectival(doc.norms[mt.first], cat), ev)
        out.append(Candidate(doc, mt.first, mt.stop, first, stop, mt.entry.rule, cat,
                             f"{lexicon}:{cat}", False, ctx.in_quote(doc, doc.starts[mt.first])))
    return out


