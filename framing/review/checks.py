"""The checks of the review: each reads evidence spans the analysis already produced and turns some
of them into findings. Nothing here finds anything in the text on its own: every finding's span is an
evidence span (or, for a hedge stacked on a hedge, the stretch from the first hedge to the last one
of a sentence), so ``article.<field>[start:end]`` is what the analysis saw.

Evidence is read generically, by its feature, measure, role and label (see
:class:`framing.types.Evidence`), so that a feature that learns more, or labels more precisely, flows
through without a change here. A span is in the writer's own voice unless the analysis labels it
``quoted`` or it lies inside a direct quotation the sourcing feature found.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable, Final, Iterable, Iterator

from ..analysis.text import Doc, normalize, tokenize
from ..catalog import SHOWN_APART, SOURCES_LABELS
from ..types import Evidence, Profile

__all__ = ["Hit", "Settings", "run_checks", "CHECKS"]

# features whose words in a headline can claim more than the body shows
HEADLINE_FEATURES: Final = ("alarmist", "loaded", "boosters", "speculation")
MIN_QUOTE_WORDS: Final = 4  # shorter quotations are mostly scare quotes, titles and single terms
_GRADE: Final = re.compile(r"grade (-?\d+(?:\.\d+)?)")
_WORD: Final = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# words that carry no claim of their own: a headline span is judged by its other words
_FUNCTION_WORDS: Final = frozenset(
    """a an the of on in at to for by with from into over under as is are was were be been being it its
    it's this that these those and or but if then than so not no will would can could may might must
    shall should do does did has have had he she they we you i his her their our your my""".split())


@dataclass(frozen=True)
class Settings:
    """The thresholds the checks read (set by the configuration, :mod:`framing.review.config`):
    ``hard_sentence_grade``: a hardest sentence at or above this Flesch-Kincaid grade is reported
    (higher = fewer findings); ``stacked_hedges``: this many own-voice hedges in one sentence are
    reported (higher = fewer findings)."""

    hard_sentence_grade: float = 25.0
    stacked_hedges: int = 2


@dataclass(frozen=True)
class Hit:
    """What a check found: the rule, a one-line message, and the span (field, start, end)."""

    rule: str
    message: str
    field: str
    start: int
    end: int


class _Draft:
    """A profile with what several checks need worked out once: the quotations, the sentences, the
    body's words."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        article = profile.article
        self.texts = {"title": article.title, "text": article.text}
        self.quotes: dict[str, list[tuple[int, int]]] = {"title": [], "text": []}
        sourcing = profile.features.get("sourcing")
        for e in (sourcing.evidence if sourcing is not None else ()):
            if e.role == "quote" and e.field in self.quotes:
                self.quotes[e.field].append((e.start, e.end))
        self._docs: dict[str, Doc] = {}
        self._starts: dict[str, list[int]] = {}
        self._body_words: set[str] | None = None
        self._hedged: dict[tuple[str, int], list[Evidence]] | None = None

    def evidence(self, feature: str) -> tuple[Evidence, ...]:
        result = self.profile.features.get(feature)
        return result.evidence if result is not None else ()

    def own_voice(self, e: Evidence) -> bool:
        """Is the span the writer's own (not labelled quoted, not inside a direct quotation)?"""
        if e.label in SOURCES_LABELS:
            return False
        return not any(s <= e.start and e.end <= t for s, t in self.quotes.get(e.field, ()))

    def doc(self, field: str) -> Doc:
        if field not in self._docs:
            self._docs[field] = tokenize(self.texts[field], field)
        return self._docs[field]

    def sentence(self, field: str, offset: int) -> int:
        """The index of the sentence of ``field`` holding ``offset`` (the title is one sentence)."""
        if field == "title":
            return 0
        starts = self._starts.get(field)
        if starts is None:
            starts = self._starts[field] = [s.start for s in self.doc(field).sentences]
        return max(bisect_right(starts, offset) - 1, 0)

    def body_words(self) -> set[str]:
        if self._body_words is None:
            self._body_words = {_lemma(w) for w in set(_WORD.findall(self.texts["text"]))}
        return self._body_words


def _lemma(word: str) -> str:
    """A crude lemma for matching a headline's word in the body: lower case, straight apostrophes, and
    the plural and verb endings cut (``slams``/``slammed``/``slamming`` -> ``slam``)."""
    w = normalize(word)
    for suffix in ("'s", "ing", "ied", "ies", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            base = w[:-len(suffix)]
            if suffix in ("ied", "ies"):
                return base + "y"
            if suffix in ("ing", "ed") and len(base) > 3 and base[-1] == base[-2]:
                base = base[:-1]
            return base.rstrip("e")
    return w.rstrip("e") if len(w) > 3 else w


def _quote(text: str, limit: int = 60) -> str:
    """A span's text for a message: on one line, cut to ``limit`` characters."""
    one = " ".join(text.split())
    return one if len(one) <= limit else one[:limit - 1].rstrip() + "…"


# ------------------------------------------------------------------ the checks, one per rule

def _headline(d: _Draft, s: Settings) -> Iterator[Hit]:
    for feature in HEADLINE_FEATURES:
        spans = [e for e in d.evidence(feature) if (feature, e.measure) not in SHOWN_APART]
        in_body = any(e.field == "text" for e in spans)
        for e in spans:
            if e.field != "title" or not d.own_voice(e):
                continue
            words = [w for w in _WORD.findall(e.text) if normalize(w) not in _FUNCTION_WORDS] or \
                _WORD.findall(e.text)
            missing = [w for w in words if _lemma(w) not in d.body_words()]
            kind = {"boosters": "certainty", "speculation": "prediction"}.get(feature, feature)
            if not in_body:
                yield Hit("framing.headline-overclaims", f"the headline's {kind} term '{_quote(e.text)}' has "
                          f"no support in the body, which has no {kind} language at all", e.field, e.start, e.end)
            elif missing and len(missing) == len(words):
                yield Hit("framing.headline-overclaims", f"the headline says '{_quote(e.text)}' ({kind}); the "
                          "body never uses the word", e.field, e.start, e.end)


def _quote_without_speaker(d: _Draft, s: Settings) -> Iterator[Hit]:
    for e in d.evidence("sourcing"):
        if e.role != "quote" or (isinstance(e.label, str) and e.label.startswith("quoting ")):
            continue
        if len(_WORD.findall(e.text)) >= MIN_QUOTE_WORDS:
            yield Hit("framing.quote-without-speaker", f"quotation with no speaker: '{_quote(e.text, 50)}'",
                      e.field, e.start, e.end)


def _measure_spans(d: _Draft, feature: str, measure: str, role: str | None = None) -> Iterator[Evidence]:
    for e in d.evidence(feature):
        if e.measure == measure and (role is None or e.role == role):
            yield e


def _unattributed(d: _Draft, s: Settings) -> Iterator[Hit]:
    for e in _measure_spans(d, "sourcing", "unattributed_claims"):
        yield Hit("framing.unattributed-claim", "factual claim with no source", e.field, e.start, e.end)


def _anonymous(d: _Draft, s: Settings) -> Iterator[Hit]:
    for e in _measure_spans(d, "sourcing", "anonymous", "source"):
        yield Hit("framing.anonymous-source", f"anonymous or vague source: '{_quote(e.text)}'",
                  e.field, e.start, e.end)


def _loaded_verb(d: _Draft, s: Settings) -> Iterator[Hit]:
    for e in _measure_spans(d, "sourcing", "loaded_verbs", "cue"):
        yield Hit("framing.loaded-report-verb", f"loaded report verb '{_quote(e.text)}' judges the statement "
                  "it reports", e.field, e.start, e.end)


def _alarmist(d: _Draft, s: Settings) -> Iterator[Hit]:
    for e in d.evidence("alarmist"):
        if e.field == "text" and d.own_voice(e):
            yield Hit("framing.alarmist-own-voice", f"alarmist '{_quote(e.text)}' in the writer's own voice",
                      e.field, e.start, e.end)


def _hedged_sentences(d: _Draft) -> dict[tuple[str, int], list[Evidence]]:
    """(field, sentence) -> the own-voice hedges in it."""
    if d._hedged is None:
        d._hedged = {}
        for e in d.evidence("hedging"):
            if d.own_voice(e):
                d._hedged.setdefault((e.field, d.sentence(e.field, e.start)), []).append(e)
    return d._hedged


def _certain_prediction(d: _Draft, s: Settings) -> Iterator[Hit]:
    hedged = _hedged_sentences(d)
    # a sentence with an attribution (a report verb and its source) reports someone's prediction
    attributed = {(e.field, d.sentence(e.field, e.start)) for e in d.evidence("sourcing") if e.role == "cue"}
    for e in d.evidence("speculation"):
        where = (e.field, d.sentence(e.field, e.start))
        if e.field == "text" and d.own_voice(e) and where not in hedged and where not in attributed:
            yield Hit("framing.certain-prediction", f"prediction stated as certain: '{_quote(e.text)}'",
                      e.field, e.start, e.end)


def _stacked_hedges(d: _Draft, s: Settings) -> Iterator[Hit]:
    for (field, _), spans in sorted(_hedged_sentences(d).items()):
        distinct: list[Evidence] = []
        for e in sorted(spans, key=lambda e: (e.start, -e.end)):
            if not distinct or e.start >= distinct[-1].end:  # overlapping spans are one hedge
                distinct.append(e)
        if len(distinct) >= s.stacked_hedges:
            words = ", ".join(f"'{_quote(e.text, 30)}'" for e in distinct)
            yield Hit("framing.stacked-hedges", f"{len(distinct)} hedges in one sentence: {words}",
                      field, distinct[0].start, max(e.end for e in distinct))


def _shouted(d: _Draft, s: Settings) -> Iterator[Hit]:
    for e in _measure_spans(d, "style", "all_caps"):
        if d.own_voice(e):
            yield Hit("framing.shouted-word", f"'{_quote(e.text)}' in capitals for emphasis", e.field, e.start, e.end)


def _hard_sentence(d: _Draft, s: Settings) -> Iterator[Hit]:
    for e in _measure_spans(d, "readability", "hardest_sentences"):
        m = _GRADE.search(e.rule)
        if m is not None and float(m.group(1)) >= s.hard_sentence_grade:
            words = len(_WORD.findall(e.text))
            yield Hit("framing.hard-sentence", f"very hard sentence: Flesch-Kincaid grade {float(m.group(1)):.1f}, "
                      f"{words} words", e.field, e.start, e.end)


CHECKS: Final[dict[str, Callable[[_Draft, Settings], Iterable[Hit]]]] = {
    "framing.headline-overclaims": _headline,
    "framing.quote-without-speaker": _quote_without_speaker,
    "framing.unattributed-claim": _unattributed,
    "framing.anonymous-source": _anonymous,
    "framing.loaded-report-verb": _loaded_verb,
    "framing.alarmist-own-voice": _alarmist,
    "framing.certain-prediction": _certain_prediction,
    "framing.stacked-hedges": _stacked_hedges,
    "framing.shouted-word": _shouted,
    "framing.hard-sentence": _hard_sentence,
}


def run_checks(profile: Profile, rules: Iterable[str], settings: Settings = Settings()) -> list[Hit]:
    """The hits of the given rules on one analysed article, in the order of the rules given; a rule
    with no check here (the house norms) is skipped. Never raises on a valid Profile."""
    draft = _Draft(profile)
    hits: list[Hit] = []
    for rule in rules:
        check = CHECKS.get(rule)
        if check is not None:
            hits.extend(check(draft, settings))
    return hits
