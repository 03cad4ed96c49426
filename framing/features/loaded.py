"""Loaded wording: evaluative and pejorative words that judge while they report.

Lexicon ``loaded.txt`` (bias-inducing words after Recasens et al. 2013, strong
subjective clues after Wilson et al. 2005, loaded language and name calling
after Da San Martino et al. 2019). Categories: ``pejorative``, ``verb``,
``adjective``, ``adverb``. Words inside quotations are counted and labelled
``quoted``; ``outside_quotes`` counts the outlet's own wording.

Rules:

* Phrases, not single words (``extend``): an evaluative adjective or adverb is
  widened to the evaluative phrase it belongs to - the degree adverbs before it
  ("utterly absurd"), the evaluative words coordinated with it ("personal,
  petty, inhuman and craven attacks") and, for an adjective, the noun it
  modifies ("phony deals"). Each piece of evidence is one phrase; its rule
  lists the entries inside it and ends in ``· phrase`` when it was widened.
* "regime" after a technical noun ("sanctions regime", "tax regime") and any
  entry right after a negation ("not corrupt") is not counted.
* ``valenced`` (needs the packaged model ``models/alarmist.json``): words
  outside the lexicon that carry strong valence in the VADER lexicon (Hutto &
  Gilbert 2014, |valence| >= 1.5), and labelling word shapes ("leftists",
  "anti-Trump", "globalism"), are candidates; a logistic regression over the
  word, its neighbours and its shape, trained on the Propaganda Techniques
  Corpus (``python -m framing.train alarmist``), keeps the ones that are
  likely loaded language or name calling. Its rule names the model and the
  probability (``... · model alarmist v1 p=0.74``).

Higher value: more loaded phrases per 1,000 words.
"""
from __future__ import annotations

import functools
from typing import Final

from ..errors import FramingError
from ..lexicons import Match, find
from ..text import Doc
from ..types import Evidence, FeatureResult
from ._base import Context, linear_probability, rate_result, sigmoid, span_evidence
from .lexical import NEGATORS, accepted_matches, category_measures

NAME: Final = "loaded"
MEANING: Final = "Evaluative or pejorative wording (slammed, regime, absurd): higher = more judgement."
MODEL: Final = "alarmist"
VALENCE_MIN: Final = 1.5
MAX_PHRASE_WORDS: Final = 8
NEIGHBOURS: Final = False  # neighbour-word features: +0.005 F1 in CV, but they defeat the pruning that keeps this fast

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
# "regime" as a technical term: after these nouns it is not a label.
REGIME_NEUTRAL: Final = frozenset({"sanctions", "sanction", "tax", "visa", "trade", "tariff", "inspection",
                                   "inspections", "verification", "regulatory", "legal", "treaty", "control",
                                   "monetary", "fiscal", "exchange", "currency", "pension", "tariffs"})


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
    g = doc.text[doc.ends[i]:doc.starts[i + 1]]
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
    if category in ("adjective", "intensifier"):
        return not word.endswith("ly")
    if category in ("valenced", "fear"):
        return word.endswith(ADJ_SUFFIXES) and not word.endswith("ly")
    return False


@functools.cache
def _adjectives() -> frozenset[str]:
    from ..lexicons import load_lexicon

    return load_lexicon("loaded").terms("adjective") | load_lexicon("alarmist").terms("intensifier") \
        | load_lexicon("alarmist").terms("fear")


def _modifier(word: str) -> bool:
    """Can this evaluative word modify the word after it ("corrupt regime", not "regime's thugs")?"""
    return word in _adjectives() or word.endswith(ADJ_SUFFIXES) and not word.endswith("'s")


def _content(doc: Doc, j: int) -> bool:
    """A lower-case content word (a possible head noun)."""
    tok = doc.tokens[j]
    n = doc.norms[j]
    return doc.is_word[j] and tok[:1].islower() and n not in FUNCTION_WORDS and not n.endswith("ly") \
        and not n[:1].isdigit()


def extend(doc: Doc, first: int, stop: int, adj: bool, evaluative) -> tuple[int, int]:
    """Widen ``[first, stop)`` to its evaluative phrase (see the module docstring).

    Left: degree adverbs ("utterly"), and evaluative words joined by a comma or
    a coordinator ("petty, inhuman and ..."). Right, for an adjective: further
    coordinated evaluative words ("pathetic and laughable") and then one noun
    ("phony deals"). ``evaluative(j)`` says whether token j is itself an
    evaluative entry. Never crosses a line break or other punctuation.
    """
    norms = doc.norms
    n = len(norms)
    # left: amplifiers and coordinated evaluative words
    i = first
    while stop - i < MAX_PHRASE_WORDS and i > 0:
        j = i - 1
        if doc.is_word[j] and _space(doc, j) and (norms[j] in DEGREE_ADVERBS
                                                  or evaluative(j) and _modifier(norms[j])):
            i = j
            continue
        # "X, Y" / "X and Y": step over the comma or coordinator to an evaluative word
        if j > 0 and _joiner(doc, j):
            k = j - 1
            if doc.is_word[k] and evaluative(k):
                i = k
                continue
        break
    first = i
    if not adj:
        return first, stop
    # right: coordinated evaluative words, then the noun
    s = stop
    while s < n and s - first < MAX_PHRASE_WORDS:
        if s + 1 < n and _joiner(doc, s) and doc.is_word[s + 1] and evaluative(s + 1):
            s += 2
            continue
        break
    # then the noun, past further adjectives ("massive international military conflict")
    while s < n and s - first < MAX_PHRASE_WORDS and _space(doc, s - 1) and _content(doc, s):
        s += 1
        if not (doc.norms[s - 1].endswith(ADJ_SUFFIXES) and s < n and _space(doc, s - 1) and _content(doc, s)):
            break
    return first, s


@functools.cache
def model():
    """The packaged filter model (None if it is not installed)."""
    from ..model import load_model

    try:
        return load_model(MODEL)
    except (FramingError, FileNotFoundError, OSError, ValueError):
        return None


def _shape(word: str) -> str:
    w = word.lower()
    if w.startswith("anti-"):
        return "anti"
    if w.endswith(("ists", "ist")) and len(w) > 5:
        return "ist"
    if w.endswith("ism") and len(w) > 5:
        return "ism"
    if w.endswith("-haters") or w.endswith("-hater") or w.startswith("never-"):
        return "hater"
    return ""


_WORDS: Final[dict[str, tuple[str, tuple[str, ...]]]] = {}


def word_info(norm: str) -> tuple[str, tuple[str, ...]]:
    """Per word, memoized: its kind ("strong", a label shape, or "") and its model features."""
    got = _WORDS.get(norm)
    if got is None:
        from .._offline import vader_lexicon

        v = vader_lexicon().get(norm, 0.0)
        shape = _shape(norm) if len(norm) > 5 else ""
        kind = "strong" if abs(v) >= VALENCE_MIN and norm.isalpha() else shape
        feats = [f"w={norm}", f"suf={norm[-3:]}"]
        if v:
            feats.append(f"v={'-' if v < 0 else '+'}{min(int(abs(v)), 3)}")
        if shape:
            feats.append(f"shape={shape}")
        got = (kind, tuple(feats))
        if len(_WORDS) < 200_000:
            _WORDS[norm] = got
    return got


def features(c: Candidate) -> list[str]:
    """String features of a candidate, for the model."""
    doc, h = c.doc, c.head
    norms = doc.norms
    tok = doc.tokens[h]
    out = list(word_info(norms[h])[1])
    out += (f"src={c.source}", f"m={c.measure}", f"len={min(c.stop - c.first, 4)}")
    if NEIGHBOURS:
        out += (f"prev={norms[h - 1] if h > 0 and doc.is_word[h - 1] else '<p>'}",
                f"next={norms[c.head_stop] if c.head_stop < len(norms) and doc.is_word[c.head_stop] else '<p>'}")
    if c.head_stop - c.head > 1:
        out.append("multi")
    if c.stop > c.head_stop:
        out.append("ext_right")
    if c.first < c.head:
        out.append("ext_left")
    if c.quoted:
        out.append("quoted")
    if tok[:1].isupper():
        sent_start = h == 0 or not doc.is_word[h - 1] and doc.tokens[h - 1] in ".!?\n\"“"
        out.append("cap_start" if sent_start else "cap")
    return out


def vetoable(c: Candidate) -> bool:
    """May the model drop this lexicon match? Not idioms and war declarations (always kept)."""
    return not c.gated and c.measure not in ("war", "idiom")


def decide(cands: list[Candidate]) -> list[Candidate]:
    """Keep rule candidates (unless the model vetoes them); keep gated ones the model accepts."""
    m = model()
    kept = []
    veto = float(m.meta.get("veto", 0.0)) if m is not None else 0.0
    for c in cands:
        if c.gated:
            if m is None:
                continue
            p = linear_probability(m.weights, m.intercept, features(c))  # m.probability, compiled
            if not p >= m.threshold:
                continue
            c.p = p
        elif veto > 0 and vetoable(c):
            p = linear_probability(m.weights, m.intercept, features(c))
            if p < veto:
                continue
            c.p = p
        kept.append(c)
    return kept


def to_evidence(feature: str, cands: list[Candidate]) -> list[Evidence]:
    """One piece of evidence per phrase: candidates whose phrases overlap are merged."""
    m = model()
    out: list[Evidence] = []
    by_doc: dict[str, list[Candidate]] = {}
    for c in cands:
        by_doc.setdefault(c.doc.field, []).append(c)
    for group in by_doc.values():
        group.sort(key=lambda c: (c.first, c.stop))
        merged: list[list[Candidate]] = []
        stop = -1
        for c in group:
            if merged and c.first < stop:
                merged[-1].append(c)
                stop = max(stop, c.stop)
            else:
                merged.append([c])
                stop = c.stop
        for grp in merged:
            doc = grp[0].doc
            first = min(c.first for c in grp)
            last = max(c.stop for c in grp)
            rule = " + ".join(dict.fromkeys(c.rule for c in grp))
            if any(c.first < c.head or c.stop > c.head_stop for c in grp):
                rule += " · phrase"
            ps = [c.p for c in grp if c.p is not None]
            if ps and m is not None:
                rule += f" · {m.label} p={max(ps):.2f}"
            head = grp[0]
            out.append(span_evidence(feature, head.measure, doc, doc.starts[first], doc.ends[last - 1], rule,
                                     label="quoted" if head.quoted else None))
    return out


def negated(doc: Doc, first: int) -> bool:
    j = first - 1
    if j >= 0 and doc.is_word[j] and doc.norms[j] in ("a", "an"):
        j -= 1
    return j >= 0 and doc.is_word[j] and (doc.norms[j] in NEGATORS or doc.norms[j].endswith("n't"))


def evaluative_tokens(doc: Doc) -> set[int]:
    """Token indices covered by any alarmist or loaded entry (for coordination)."""
    got = doc.cache.get("evaluative_tokens")
    if got is None:
        got = set[int]()
        for lx in ("loaded", "alarmist"):
            for mt in find(doc, lx):
                if mt.entry.category != "war":
                    got.update(range(mt.first, mt.stop))
        doc.cache["evaluative_tokens"] = got
    return got  # type: ignore[return-value]


def _evaluative_fn(doc: Doc):
    toks = evaluative_tokens(doc)
    lex = _strong()

    def ev(j: int) -> bool:
        return j in toks or doc.norms[j] in lex

    return ev


@functools.cache
def _strong() -> frozenset[str]:
    """Strongly valenced VADER words (|valence| >= 1.5) that read as evaluative."""
    from .._offline import vader_lexicon

    return frozenset(w for w, v in vader_lexicon().items() if abs(v) >= VALENCE_MIN and w.isalpha())


def lexicon_candidates(ctx: Context, feature: str, lexicon: str, keep=None) -> list[Candidate]:
    """Rule candidates: every accepted match of ``lexicon``, widened to its phrase."""
    out: list[Candidate] = []
    for doc, mt in accepted_matches(ctx, lexicon, keep):
        ev = _evaluative_fn(doc)
        cat = mt.entry.category or feature
        if cat in ("war", "idiom") or len(mt.entry.words) > 1:
            first, stop = mt.first, mt.stop
        else:
            first, stop = extend(doc, mt.first, mt.stop, adjectival(doc.norms[mt.first], cat), ev)
        out.append(Candidate(doc, mt.first, mt.stop, first, stop, mt.entry.rule, cat,
                             f"{lexicon}:{cat}", False, ctx.in_quote(doc, doc.starts[mt.first])))
    return out


def loaded_keep(doc: Doc, match: Match) -> str | None:
    if negated(doc, match.first):
        return "negated"
    if match.entry.term in ("regime", "regimes") and match.first > 0 \
            and doc.norms[match.first - 1] in REGIME_NEUTRAL:
        return "technical regime"
    return None


_SHAPE_ENDS: Final = ("ist", "ists", "ism")


@functools.cache
def _viable() -> frozenset[str]:
    """Strong VADER words the model could ever accept (exact bound over its context features).

    A word is skipped only when even the most favourable context (the largest
    weight of every context feature group) cannot lift it to the threshold.
    """
    m = model()
    strong = _strong()
    if m is None:
        return strong
    best: dict[str, float] = {}
    for f, w in m.weights.items():
        group = f.split("=", 1)[0] if "=" in f else f
        if group in ("w", "suf", "v", "shape", "src", "m", "multi"):  # fixed for a VADER word
            continue
        if group in ("cap", "cap_start", "allcaps"):  # one of them at most
            group = "cap"
        best[group] = max(best.get(group, 0.0), w)
    lift = m.intercept + sum(best.values()) + m.weights.get("src=vader", 0.0) + m.weights.get("m=valenced", 0.0)
    out = set()
    for w in strong:
        z = lift + sum(m.weights.get(f, 0.0) for f in word_info(w)[1])
        if sigmoid(z) >= m.threshold:
            out.add(w)
    return frozenset(out)


_VALENCED: Final = 1
_SHAPE: Final = 2
_KINDS: Final[dict[str, int]] = {}           # word -> 0, _VALENCED or _SHAPE, with the shipped model
_KINDS_TRAINING: Final[dict[str, int]] = {}  # the same while the model is trained (every strong word)


def _kind(word: str, viable: frozenset[str], cache: dict[str, int]) -> int:
    """Is ``word`` a candidate: a viable strongly valenced word, or a labelling shape (-ist, -ism, x-y)?"""
    if word in viable:
        kind = _VALENCED
    elif len(word) > 5 and (word.endswith(_SHAPE_ENDS) or "-" in word) \
            and word_info(word)[0] not in ("", "strong"):
        kind = _SHAPE
    else:
        kind = 0
    if len(cache) < 500_000:
        cache[word] = kind
    return kind


def valenced_candidates(ctx: Context) -> list[Candidate]:
    """Model-gated candidates: strongly valenced VADER words and labelling shapes outside the lexicons."""
    training = bool(ctx.cache.get("alarmist_training"))
    if model() is None and not training:
        return []
    from .._offline import vader_lexicon

    viable = _strong() if training else _viable()
    kinds = _KINDS_TRAINING if training else _KINDS
    out: list[Candidate] = []
    for doc in ctx.docs:
        norms, is_word = doc.norms, doc.is_word
        idx: list[int] = []
        found: list[int] = []
        for i in range(len(norms)):
            got = kinds.get(norms[i])
            kind = got if got is not None else _kind(norms[i], viable, kinds)
            if kind:
                idx.append(i)
                found.append(kind)
        if not idx:
            continue
        taken = evaluative_tokens(doc)
        ev = _evaluative_fn(doc)
        for i, kind in zip(idx, found):
            if i in taken or not is_word[i]:
                continue
            w = norms[i]
            if kind == _VALENCED:
                if negated(doc, i):
                    continue
                first, stop = extend(doc, i, i + 1, adjectival(w, "valenced"), ev)
                rule = f"vader: {w} [valenced {vader_lexicon()[w]:+.1f}]"
                out.append(Candidate(doc, i, i + 1, first, stop, rule, "valenced", "vader", True,
                                     ctx.in_quote(doc, doc.starts[i])))
            else:
                rule = f"shape: {w} [label {word_info(w)[0]}]"
                out.append(Candidate(doc, i, i + 1, i, i + 1, rule, "valenced", "shape", True,
                                     ctx.in_quote(doc, doc.starts[i])))
    return out


def candidates(ctx: Context) -> list[Candidate]:
    return lexicon_candidates(ctx, NAME, "loaded", loaded_keep) + valenced_candidates(ctx)


def compute(ctx: Context) -> FeatureResult:
    """Loaded phrases per 1,000 words (title and text)."""
    evidence = to_evidence(NAME, decide(candidates(ctx)))
    return rate_result(NAME, ctx, evidence, category_measures(ctx, "loaded", evidence, extra=("valenced",)))
