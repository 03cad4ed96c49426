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
from typing import Any, Final

from ..lexicons import Match, find
from ..text import Doc
from ...types import Evidence, FeatureResult
from ..context import Context
from ..evidence import rate_result, span_evidence
from ..models import LinearModel, linear_probability, packaged_model, sigmoid, weight_sum
from .lexical import NEGATORS, accepted_matches, category_measures

NAME: Final = "loaded"
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
    a = doc.ends[i]
    b = doc.starts[i + 1]
    text = doc.text
    if b == a + 1 and text[a] == " ":  # the usual one space, without cutting the gap out
        return True
    g = text[a:b]
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


def extend(doc: Doc, first: int, stop: int, adj: bool, evaluative: _Evaluative) -> tuple[int, int]:
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


def model() -> LinearModel | None:
    """The packaged filter model (None if it is not installed)."""
    return packaged_model(MODEL)


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
        from ..language_data import vader_lexicon

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


class _Scorer:
    """A model's weights arranged to score candidates without building their feature strings.

    ``probability(c)`` is ``linear_probability(weights, intercept, features(c))``:
    the weights of the features :func:`features` lists are added in the same
    order (the word's own features first, then source, measure, length, multi,
    ext_right, ext_left, quoted, cap), skipping those the model lacks, so the
    float is the same. The word's part is a left fold from 0.0, the first
    steps of that same sum, kept per word. Made per model object (``model``
    is kept, so a reloaded model gets a new scorer).
    """

    __slots__ = ("model", "weights", "intercept", "threshold", "veto", "by_source", "by_measure", "by_len",
                 "multi", "ext_right", "ext_left", "quoted", "cap", "cap_start", "word_sums")

    def __init__(self, m: Any) -> None:  # a framing.analysis.models.LinearModel
        weights: dict[str, float] = m.weights
        self.model: object = m
        self.weights = weights
        self.intercept = float(m.intercept)
        self.threshold = float(m.threshold)
        self.veto = float(m.meta.get("veto", 0.0))
        self.by_source: dict[str, float] = {}   # c.source -> weight of "src=..." (0.0: none)
        self.by_measure: dict[str, float] = {}  # c.measure -> weight of "m=..."
        self.by_len = [self._w(f"len={k}") for k in range(5)]
        self.multi = self._w("multi")
        self.ext_right = self._w("ext_right")
        self.ext_left = self._w("ext_left")
        self.quoted = self._w("quoted")
        self.cap = self._w("cap")
        self.cap_start = self._w("cap_start")
        self.word_sums: dict[str, float] = {}  # norm -> the sum of its word features' weights

    def _w(self, feature: str) -> float:
        w = self.weights.get(feature)
        return w if w else 0.0

    def probability(self, c: Candidate) -> float:
        doc, h = c.doc, c.head
        norm = doc.norms[h]
        got = self.word_sums.get(norm)
        if got is None:
            got = weight_sum(self.weights, list(word_info(norm)[1]))
            if len(self.word_sums) < 200_000:
                self.word_sums[norm] = got
        total: float = got
        w = self.by_source.get(c.source)
        if w is None:
            w = self.by_source[c.source] = self._w(f"src={c.source}")
        if w:
            total += w
        w = self.by_measure.get(c.measure)
        if w is None:
            w = self.by_measure[c.measure] = self._w(f"m={c.measure}")
        if w:
            total += w
        w = self.by_len[min(c.stop - c.first, 4)]
        if w:
            total += w
        if c.head_stop - h > 1 and self.multi:
            total += self.multi
        if c.stop > c.head_stop and self.ext_right:
            total += self.ext_right
        if c.first < h and self.ext_left:
            total += self.ext_left
        if c.quoted and self.quoted:
            total += self.quoted
        if doc.tokens[h][:1].isupper():
            sent_start = h == 0 or not doc.is_word[h - 1] and doc.tokens[h - 1] in ".!?\n\"“"
            w = self.cap_start if sent_start else self.cap
            if w:
                total += w
        return sigmoid(self.intercept + total)


_SCORERS: Final[list[_Scorer]] = []  # the scorer of the current model


def _scorer(m: object) -> _Scorer:
    if not _SCORERS or _SCORERS[0].model is not m:
        _SCORERS[:] = [_Scorer(m)]
    return _SCORERS[0]


def decide(cands: list[Candidate]) -> list[Candidate]:
    """Keep rule candidates (unless the model vetoes them); keep gated ones the model accepts."""
    m = model()
    kept = []
    if m is None:
        return [c for c in cands if not c.gated]
    sc = _scorer(m)
    # with neighbour features on, the scorer does not know them: use the full feature list
    exact = NEIGHBOURS
    veto = sc.veto
    for c in cands:
        if c.gated:
            p = linear_probability(sc.weights, sc.intercept, features(c)) if exact else sc.probability(c)
            if not p >= sc.threshold:
                continue
            c.p = p
        elif veto > 0 and vetoable(c):
            p = linear_probability(sc.weights, sc.intercept, features(c)) if exact else sc.probability(c)
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
        label = ""  # the model's label (a property of the model), looked up once
        for grp in merged:
            head = grp[0]
            doc = head.doc
            first = head.first  # the group is sorted by first
            last = head.stop
            phrase = False
            p_max: float | None = None  # max() of the candidates' probabilities: the first largest
            for c in grp:
                if c.stop > last:
                    last = c.stop
                if c.first < c.head or c.stop > c.head_stop:
                    phrase = True
                p = c.p
                if p is not None and (p_max is None or p > p_max):
                    p_max = p
            rule = head.rule if len(grp) == 1 else " + ".join(dict.fromkeys(c.rule for c in grp))
            if phrase:
                rule += " · phrase"
            if p_max is not None and m is not None:
                if not label:
                    label = m.label
                rule += f" · {label} p={p_max:.2f}"
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


class _Evaluative:
    """``holds(j)``: is token j of a doc evaluative, covered by an alarmist or loaded entry or a strongly
    valenced word? (A native class, so :func:`extend` calls it directly, not through a Python call.)"""

    __slots__ = ("taken", "norms", "strong")

    def __init__(self, doc: Doc) -> None:
        self.taken = evaluative_tokens(doc)
        self.norms = doc.norms
        self.strong = _strong()

    def holds(self, j: int) -> bool:
        return j in self.taken or self.norms[j] in self.strong

    def __call__(self, j: int) -> bool:
        return self.holds(j)


def _evaluative_fn(doc: Doc) -> _Evaluative:
    return _Evaluative(doc)


@functools.cache
def _strong() -> frozenset[str]:
    """Strongly valenced VADER words (|valence| >= 1.5) that read as evaluative."""
    from ..language_data import vader_lexicon

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
    out: set[str] = set()
    for word in strong:
        z = lift + sum(m.weights.get(f, 0.0) for f in word_info(word)[1])
        if sigmoid(z) >= m.threshold:
            out.add(word)
    return frozenset(out)


_VALENCED: Final = 1
_SHAPE: Final = 2
_KINDS_TRAINING: Final[dict[str, int]] = {}  # word -> kind while the model is trained (every strong word)
# The viable set the kinds kept on token types (TokenType.loaded) were worked out for, and its
# generation: a type's field holds (generation << 2) | kind, so when the viable set changes (the model
# was reloaded) every older answer stops matching and is worked out again.
_KIND_OWNER: Final[list[frozenset[str]]] = []
_KIND_GENERATION: Final[list[int]] = [0]


def _kind(word: str, viable: frozenset[str]) -> int:
    """Is ``word`` a candidate: a viable strongly valenced word, or a labelling shape (-ist, -ism, x-y)?"""
    if word in viable:
        return _VALENCED
    if len(word) > 5 and (word.endswith(_SHAPE_ENDS) or "-" in word) \
            and word_info(word)[0] not in ("", "strong"):
        return _SHAPE
    return 0


def _generation(viable: frozenset[str]) -> int:
    """The generation of the kinds kept on token types, for this viable set (a new one: a new generation)."""
    if not _KIND_OWNER or _KIND_OWNER[0] is not viable:
        _KIND_OWNER[:] = [viable]
        _KIND_GENERATION[0] += 1
    return _KIND_GENERATION[0]


def _kinds(doc: Doc, training: bool, viable: frozenset[str]) -> tuple[list[int], list[int]]:
    """The tokens of ``doc`` that are candidates, and their kinds.

    With the shipped model the kind of a token's norm is kept on its shared
    TokenType (``loaded``), tagged with the generation of ``viable``; while
    the model is trained (every strong word viable) a dictionary of its own
    is used, so the two modes never see each other's answers.
    """
    idx: list[int] = []
    found: list[int] = []
    if training:
        norms = doc.norms
        for i in range(len(norms)):
            got = _KINDS_TRAINING.get(norms[i])
            if got is None:
                got = _kind(norms[i], viable)
                if len(_KINDS_TRAINING) < 500_000:
                    _KINDS_TRAINING[norms[i]] = got
            if got:
                idx.append(i)
                found.append(got)
        return idx, found
    gen = _generation(viable)
    types = doc.types
    for i in range(len(types)):
        t = types[i]
        f = t.loaded
        if f >> 2 != gen:  # not yet (-1), or worked out for another viable set
            f = t.loaded = (gen << 2) | _kind(t.norm, viable)
        kind = f & 3
        if kind:
            idx.append(i)
            found.append(kind)
    return idx, found


_VADER_RULES: Final[dict[str, tuple[str, bool]]] = {}  # word -> (its rule, adjectival), per process
_SHAPE_RULES: Final[dict[str, str]] = {}


def _vader_rule(w: str) -> tuple[str, bool]:
    """The rule of a valenced candidate and whether it is adjectival (both depend on the word alone)."""
    got = _VADER_RULES.get(w)
    if got is None:
        from ..language_data import vader_lexicon

        got = (f"vader: {w} [valenced {vader_lexicon()[w]:+.1f}]", adjectival(w, "valenced"))
        if len(_VADER_RULES) < 100_000:
            _VADER_RULES[w] = got
    return got


def _shape_rule(w: str) -> str:
    got = _SHAPE_RULES.get(w)
    if got is None:
        got = f"shape: {w} [label {word_info(w)[0]}]"
        if len(_SHAPE_RULES) < 100_000:
            _SHAPE_RULES[w] = got
    return got


def valenced_candidates(ctx: Context) -> list[Candidate]:
    """Model-gated candidates: strongly valenced VADER words and labelling shapes outside the lexicons."""
    training = bool(ctx.cache.get("alarmist_training"))
    if model() is None and not training:
        return []
    viable = _strong() if training else _viable()
    out: list[Candidate] = []
    for doc in ctx.docs:
        idx, found = _kinds(doc, training, viable)
        if not idx:
            continue
        norms, is_word = doc.norms, doc.is_word
        taken = evaluative_tokens(doc)
        ev = _evaluative_fn(doc)
        for n in range(len(idx)):
            i = idx[n]
            if i in taken or not is_word[i]:
                continue
            w = norms[i]
            if found[n] == _VALENCED:
                if negated(doc, i):
                    continue
                rule, adj = _vader_rule(w)
                first, stop = extend(doc, i, i + 1, adj, ev)
                out.append(Candidate(doc, i, i + 1, first, stop, rule, "valenced", "vader", True,
                                     ctx.in_quote(doc, doc.starts[i])))
            else:
                out.append(Candidate(doc, i, i + 1, i, i + 1, _shape_rule(w), "valenced", "shape", True,
                                     ctx.in_quote(doc, doc.starts[i])))
    return out


def candidates(ctx: Context) -> list[Candidate]:
    return lexicon_candidates(ctx, NAME, "loaded", loaded_keep) + valenced_candidates(ctx)


def compute(ctx: Context) -> FeatureResult:
    """Loaded phrases per 1,000 words (title and text)."""
    evidence = to_evidence(NAME, decide(candidates(ctx)))
    return rate_result(NAME, ctx, evidence, category_measures(ctx, "loaded", evidence, extra=("valenced",)))
