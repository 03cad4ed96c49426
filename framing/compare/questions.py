"""Discussion questions made from the actual differences between 2..N articles on one story.

Each question is a template filled with the texts' own spans and counts, and is made only when its
evidence exists; every question cites that evidence (:class:`.alignment.Passage` spans that slice
the articles exactly). Nothing generic: no evidence, no question.

Templates, most telling first (the order of :data:`ORDER`; within a template, the strongest case
first; at most :data:`PER_KIND` of a template and :data:`MAX_QUESTIONS` in all):

1. ``headline``: a headline claims more than its text (a charged word the text never uses in its own
   voice, a figure or a name the text never reports), the deceptive-headline question.
2. ``wording``: two articles report the same thing (an aligned pair) and one of them does it with a
   loaded or alarmist word in its own voice where the other has none: framing by word choice.
3. ``speaker``: a named person only some articles quote or cite (and the others never name): framing by
   selection of voices.
4. ``prediction``: a prediction in the writer's own voice, in a sentence that names no source (or whose
   only source, in the next sentence, is unnamed).
5. ``figure``: a figure only some articles report (first those in a sentence another article reports
   without it).
6. ``headlines``: one headline has charged words and another none.
7. ``unnamed``: one article leans on unnamed sources ("officials", "a spokesman") far more than another.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Sequence

from ..analysis.text import Doc
from ..catalog import SHOWN_APART, SOURCES_LABELS
from ..types import Evidence, Profile
from .alignment import REPORTING_CUES, Alignment, Passage, _join, measured_text
from .headlines import CHARGED_LABELS, Headline

ORDER = ("headline", "wording", "speaker", "prediction", "figure", "headlines", "unnamed")
PER_KIND = 2
MAX_QUESTIONS = 8
MIN_UNNAMED = 2  # unnamed sources an article needs, and how many times the other's, for "unnamed"
PRONOUNS = frozenset("he she they it we i you him her them".split())
EXCERPT = 110    # characters of a quoted sentence in a question


@dataclass(frozen=True, slots=True)
class Question:
    """A discussion question: its template (``kind``, one of :data:`ORDER`), its text, and the spans it
    rests on (``evidence``: each slices its article's title or text exactly)."""

    kind: str
    text: str
    evidence: tuple[Passage, ...]


def excerpt(text: str, limit: int = EXCERPT) -> str:
    """``text`` on one line, cut at a word boundary to at most ``limit`` characters (with "…")."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _span(profiles: Sequence[Profile], article: int, field: str, start: int, end: int) -> Passage:
    text = getattr(profiles[article].article, field)
    return Passage(article, field, start, end, text[start:end])


def _own_voice(e: Evidence) -> bool:
    return e.label not in SOURCES_LABELS


def _headline_questions(headlines: Sequence[Headline], profiles: Sequence[Profile],
                        labels: Sequence[str]) -> list[tuple[float, Question]]:
    out = []
    for h in headlines:
        rank = {"charged": 0, "number": 1, "name": 2}
        parts = sorted((u for u in h.unsupported if u.kind in rank), key=lambda u: (rank[u.kind], u.start))
        if not parts:
            continue
        u = parts[0]
        same = [p for p in parts if p.kind == u.kind]
        label = labels[h.article]
        if u.kind == "charged":
            feature = next((w.feature for w in h.words if w.start == u.start and w.end == u.end), "alarmist")
            kind = CHARGED_LABELS.get(feature, feature)
            words = _join([f"“{p.text}”" for p in same])
            text = (f"{label}'s headline uses the {kind} word{'s' if len(same) > 1 else ''} {words}, but its text "
                    f"uses no {kind} words of its own: does the story back up its headline?")
        elif u.kind == "number":
            text = (f"{label}'s headline gives the figure “{u.text}”, which its text never reports: where could "
                    "it come from, and why is it in the headline?")
        else:
            text = (f"{label}'s headline names {u.text}, but its text never does: why might the headline "
                    f"bring in {u.text}?")
        evidence = tuple(_span(profiles, h.article, "title", p.start, p.end) for p in same)
        out.append((10.0 + len(parts), Question("headline", text, evidence)))
    return out


def _charged_in(profile: Profile, passage: Passage) -> list[Evidence]:
    found = []
    for f in ("alarmist", "loaded"):
        if f in profile.features:
            found += [e for e in profile.features[f].evidence
                      if e.field == "text" and passage.start <= e.start and e.end <= passage.end and _own_voice(e)
                      and (e.feature, e.measure) not in SHOWN_APART]
    return sorted(found, key=lambda e: e.start)


def _wording_questions(alignment: Alignment, profiles: Sequence[Profile],
                       labels: Sequence[str]) -> list[tuple[float, Question]]:
    out = []
    for g in alignment.groups:
        for s, t, value in g.links:
            a, b = g.passages[s], g.passages[t]
            ca, cb = _charged_in(profiles[a.article], a), _charged_in(profiles[b.article], b)
            if bool(ca) == bool(cb):
                continue
            loud, quiet, words = (a, b, ca) if ca else (b, a, cb)
            word_list = _join([f"“{e.text}”" for e in words[:3]])
            la, lb = labels[a.article], labels[b.article]
            text = (f"{la} and {lb} report the same thing ({la}: “{excerpt(a.text)}”; {lb}: “{excerpt(b.text)}”), "
                    f"but {labels[loud.article]} says {word_list} where {labels[quiet.article]} uses no such "
                    "word: how does the choice of words change the way it comes across?")
            evidence = (a, b) + tuple(_span(profiles, loud.article, "text", e.start, e.end) for e in words[:3])
            out.append((value + len(words), Question("wording", text, evidence)))
    return out


def _speaker_questions(alignment: Alignment, labels: Sequence[str]) -> list[tuple[float, Question]]:
    out = []
    for rank, o in enumerate(alignment.omissions):
        if o.kind != "speaker" or o.category != "person" or not o.evidence:
            continue
        absent = _join([labels[i] for i in o.absent])
        others = "their stories" if len(o.absent) > 1 else f"{absent}'s story"
        names = "never name" if len(o.absent) > 1 else "never names"
        if o.verb == "quotes":
            text = f"{o.sentence[:-1]}, whom {absent} {names}: how would {others} change with that voice in it?"
        else:
            text = (f"{o.sentence[:-1]}, whom {absent} {names}: what does this source add, and why might "
                    f"{absent} leave it out?")
        out.append((5.0 - rank * 0.01 + (1.0 if o.verb == "quotes" else 0.0), Question("speaker", text, o.evidence)))
    return out


_NEXT_SENTENCE = re.compile(r"\s*(\S.{0,300}?[.!?][\"”’]?)(?=\s|$)", re.S)
_BACK_REFERENCE = re.compile(r"(?i)(that|this)(['’]s| is| was| came)\b")


def _backed_by(p: Profile, sentence_end: int) -> Evidence | None:
    """The source a following sentence gives for the sentence ending at ``sentence_end`` ("That's
    according to a warning from a top CIA official ..."), or None."""
    text = p.article.text
    m = _NEXT_SENTENCE.match(text, sentence_end)
    if m is None or not _BACK_REFERENCE.match(m.group(1)):
        return None
    sourcing = p.features["sourcing"]
    return next((e for e in sourcing.evidence if e.role == "source" and e.field == "text"
                 and m.start(1) <= e.start and e.end <= m.end(1)), None)


def _uncited_sentence(doc: Doc, cues: list[int], pos: int) -> tuple[int, int] | None:
    """(start, end) of the sentence of ``doc`` at character ``pos``, unless a cue (``cues``: the sorted
    starts of the sourcing cues) lies in it, or it is in the paragraph after a sentence with a cue
    that ends in a colon ("As Reuters reported:")."""
    k = bisect.bisect_right([s.start for s in doc.sentences], pos) - 1
    if k < 0:
        return None
    s = doc.sentences[k]
    if _cue_in(cues, s.start, s.end):
        return None
    para = doc.paragraphs.containing(s.start)
    if para is not None:
        before = [t for t in doc.sentences if t.end <= para[0]]
        if before and doc.tokens[before[-1].stop - 1] == ":" and _cue_in(cues, before[-1].start, before[-1].end):
            return None
    return s.start, s.end


def _cue_in(cues: list[int], start: int, end: int) -> bool:
    k = bisect.bisect_left(cues, start)
    return k < len(cues) and cues[k] < end


_WH_WORD = re.compile(r"(?i)\b(how|whether|what|why|when|where|who|which)\b")
_CLAUSE_BREAK = re.compile(r"[,;:—–]|--")
_INLINE_SOURCE = re.compile(r"(?i)\b(per|according to|citing)\s+(the\s+)?\w")


def _not_a_prediction(text: str, start: int, end: int, cue: int) -> bool:
    """Is the future marker at ``cue`` no unsourced prediction after all: inside an indirect question
    ("the focus now turns to how the administration is going to ...": what comes next is asked, not
    foretold), or in a sentence that gives its source inline ("... are around $50 trillion, per
    trustees of the programs"; "according to", "citing")?"""
    clause = _CLAUSE_BREAK.split(text[start:cue])[-1]
    return bool(_WH_WORD.search(clause)) or bool(_INLINE_SOURCE.search(text, start, end))


def _prediction_questions(profiles: Sequence[Profile], labels: Sequence[str]) -> list[tuple[float, Question]]:
    """A prediction in the writer's own voice in a sentence that names no source: unsourced, or backed
    only by an unnamed source in the next sentence ("That's according to a top CIA official")."""
    out = []
    for i, p in enumerate(profiles):
        spec = p.features.get("speculation")
        sourcing = p.features.get("sourcing")
        if spec is None or sourcing is None:
            continue
        unsourced = [(c.start, c.end) for c in sourcing.evidence if c.measure == "unattributed_claims"
                     and c.field == "text"]
        cues = sorted(c.start for c in sourcing.evidence if c.role == "cue" and c.field == "text")
        doc: Doc | None = None
        for e in spec.evidence:
            if e.field != "text" or e.measure not in ("forecast", "future") or not _own_voice(e):
                continue
            sentence = next(((s, t) for s, t in unsourced if s <= e.start and e.end <= t), None)
            if sentence is None:
                # a prediction is conjecture, no claim of fact (sourcing's claims leave it out): the
                # sentence it is in, when no cue of its own nor an announcing colon sources it
                if doc is None:
                    doc = measured_text(p)
                sentence = _uncited_sentence(doc, cues, e.start)
                if sentence is None:
                    continue
            start, end = sentence
            if _not_a_prediction(p.article.text, start, end, e.start):
                continue
            backer = _backed_by(p, end)
            evidence = (_span(profiles, i, "text", start, end),
                        _span(profiles, i, "text", e.start, e.end))
            said = f"{labels[i]} predicts “{excerpt(p.article.text[start:end], 160)}”"
            if backer is None:
                text = f"{said} and names no source for it: who could confirm it, and how could a reader check it later?"
            elif backer.measure == "anonymous":
                text = (f"{said} on the word of an unnamed source (“{backer.text}”): who could confirm it, and how "
                        "could a reader check it later?")
                evidence += (_span(profiles, i, "text", backer.start, backer.end),)
            else:
                continue  # a named source backs it
            out.append((4.0 - 0.001 * e.start, Question("prediction", text, evidence)))
            break  # one prediction per article
    return out


def _figure_questions(alignment: Alignment, labels: Sequence[str]) -> list[tuple[float, Question]]:
    out = []
    for rank, o in enumerate(alignment.omissions):
        if o.kind != "number":
            continue
        e = o.evidence[0]
        other = next((q for g in alignment.groups
                      if any(p.article == e.article and p.start <= e.start and e.end <= p.end for p in g.passages)
                      for q in g.passages if q.article in o.absent), None)
        absent = _join([labels[i] for i in o.absent])
        if other is not None:
            text = (f"{o.sentence[:-1]}; {labels[other.article]} reports the same thing without it "
                    f"(“{excerpt(other.text)}”): what does the figure add, and why might it be left out?")
            evidence = o.evidence + (other,)
            score = 3.5
        else:
            text = f"{o.sentence[:-1]}: what does the figure add to the story, and why might {absent} leave it out?"
            evidence = o.evidence
            score = 3.0
        out.append((score - rank * 0.01, Question("figure", text, evidence)))
    return out


def _headlines_question(headlines: Sequence[Headline], profiles: Sequence[Profile],
                        labels: Sequence[str]) -> list[tuple[float, Question]]:
    loud = [h for h in headlines if h.words]
    quiet = [h for h in headlines if not h.words and h.title.strip()]
    if not loud or not quiet:
        return []
    h = max(loud, key=lambda h: (len(h.words), -h.article))
    q = quiet[0]
    words = _join([f"“{w.text}”" for w in h.words[:3]])
    text = (f"{labels[h.article]}'s headline uses {words}; {labels[q.article]}'s headline (“{excerpt(q.title)}”) uses "
            "no loaded or alarmist words. Which makes the story sound more urgent, and which does its text "
            "support better?")
    evidence = tuple(_span(profiles, h.article, "title", w.start, w.end) for w in h.words[:3]) + (
        _span(profiles, q.article, "title", 0, len(q.title)),)
    return [(2.0, Question("headlines", text, evidence))]


_POSSESSIVE = frozenset("his her their its our my your".split())
_QUOTED = re.compile(r"[\"“]([^\"”]{12,})[\"”]")


def _reports(p: Profile, start: int, end: int, name: str) -> bool:
    """Does the sourcing mention of ``name`` in the sentence ``start:end`` have a reporting cue as its
    nearest cue ("according to exit polls", "the official said"; not "Charity aims to ...")?"""
    sourcing = p.features.get("sourcing")
    if sourcing is None:
        return False
    ev = [e for e in sourcing.evidence if e.field == "text" and start <= e.start < end]
    mention = next((e for e in ev if e.role == "source" and name in e.text), None)
    cues = [c for c in ev if c.role == "cue"]
    if mention is None or not cues:
        return False
    cue = min(cues, key=lambda c: max(c.start - mention.end, mention.start - c.end, 0))
    return cue.measure in REPORTING_CUES


def _unnamed_sources(p: Profile) -> list:
    """The article's anonymous speakers that are unnamed sources: not "his campaign" (a named
    person's, named nearby), not "exit polls conducted by NBC News" (named by its agent), not "the
    judicial officer will formally advise ..." (someone who will act, not a source), and a quotation
    repeated in a kicker line counted once."""
    text = p.article.text
    out, quotes = [], set()
    for s in p.speakers:
        name = s.name.strip()
        if s.kind != "anonymous" or name.lower() in PRONOUNS or not name:
            continue
        if name.split()[0].lower() in _POSSESSIVE:
            continue
        where = text[s.start:s.end] if s.field == "text" else p.article.title[s.start:s.end]
        at = where.find(name)
        if at >= 0:
            after = where[at + len(name):]
            if re.match(r"\s+(\w+ed\s+)?by\s+(the\s+)?[A-Z]", after) or re.match(r"\s+will\b", after):
                continue
        if not _reports(p, s.start, s.end, name):
            continue
        q = _QUOTED.search(where)
        if q is not None:
            if q.group(1) in quotes:
                continue
            quotes.add(q.group(1))
        out.append(s)
    return out


def _unnamed_question(profiles: Sequence[Profile], labels: Sequence[str]) -> list[tuple[float, Question]]:
    unnamed = [_unnamed_sources(p) for p in profiles]
    counts = [len(u) for u in unnamed]
    hi = max(range(len(profiles)), key=lambda i: (counts[i], -i))
    lo = min(range(len(profiles)), key=lambda i: (counts[i], i))
    if counts[hi] < MIN_UNNAMED or counts[hi] < 2 * max(counts[lo], 1) or hi == lo:
        return []
    names = _join([f"“{s.name}”" for s in unnamed[hi][:3]])
    text = (f"{labels[hi]} cites {counts[hi]} unnamed sources ({names}{' …' if counts[hi] > 3 else ''}), "
            f"{labels[lo]} {counts[lo] or 'none'}: why might a reporter not name a source, and how far should a "
            "reader trust what they say?")
    text_of = profiles[hi].article
    evidence = tuple(dict.fromkeys(_span(profiles, hi, s.field, s.start, s.end) for s in unnamed[hi][:3]
                                   if 0 <= s.start <= s.end <= len(getattr(text_of, s.field))))
    return [(1.0 + counts[hi] - counts[lo], Question("unnamed", text, evidence))] if evidence else []


def discussion_questions(profiles: Sequence[Profile], labels: Sequence[str], alignment: Alignment,
                         headlines: Sequence[Headline]) -> tuple[Question, ...]:
    """Up to :data:`MAX_QUESTIONS` questions, most telling first (see the module docstring); none for
    fewer than two articles."""
    if len(profiles) < 2:
        return ()
    candidates = {
        "headline": _headline_questions(headlines, profiles, labels),
        "wording": _wording_questions(alignment, profiles, labels),
        "speaker": _speaker_questions(alignment, labels),
        "prediction": _prediction_questions(profiles, labels),
        "figure": _figure_questions(alignment, labels),
        "headlines": _headlines_question(headlines, profiles, labels),
        "unnamed": _unnamed_question(profiles, labels),
    }
    out: list[Question] = []
    for kind in ORDER:
        best = sorted(candidates[kind], key=lambda t: -t[0])[:PER_KIND]
        out += [q for _, q in best]
    return tuple(out[:MAX_QUESTIONS])
