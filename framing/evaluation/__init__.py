"""Measure framing's evidence against human annotations (``framing evaluate``).

Tasks, in the formats of ``../shared/corpora`` (JSON Lines: articles with
``id``, ``title``, ``text``; labels with ``id``, ``label`` and, for spans,
``start``/``end`` into the article's ``text``):

* ``attribution`` (PolNeAR): ``Cue`` spans against sourcing ``cue`` evidence,
  exact-span P/R/F1; ``Source`` spans against ``source`` evidence, overlap and
  exact P/R/F1; the number of attributions per article (Pearson r).
* ``hedging`` (CoNLL-2010 WikiWeasel): a sentence is predicted ``uncertain``
  when framing finds hedging evidence, or an anonymous/vague source, in it;
  P/R/F1 of ``uncertain`` (the hedges framing's reports show) and of
  ``uncertain_wikiweasel`` (WikiWeasel's definition: bare vague quantifiers such
  as "many of the villagers", which the reports set aside, count too).
* ``alarmist`` (Propaganda Techniques Corpus): spans of Loaded_Language,
  Appeal_to_fear-prejudice, Exaggeration,Minimisation and Name_Calling,Labeling
  against alarmist and loaded evidence, with the SemEval-2020 Task 11
  span-identification measure (partial overlap, Da San Martino et al. 2020);
  per technique too (recall against that technique; precision against it alone);
  ``four_techniques`` scores loaded wording with its ``valenced`` words (strong
  VADER words the PTC-trained model keeps, which PTC's annotators often mark),
  ``four_techniques_without_valenced`` as the reports count it, without them.

Only evidence in the ``text`` field is scored (the labels index ``text``).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..analysis import analyze
from ..analysis.features.sourcing.grammar import PRONOUNS
from ..errors import UsageError
from ..ingest.corpora import load_articles_jsonl, load_labels, load_labels_for
from ..types import Evidence, Profile
from .metrics import PRF, Span, exact_prf, merge_spans, overlap_prf, pearson, prf, semeval_si_prf

__all__ = ["TASKS", "PTC_TECHNIQUES", "Result", "evaluate", "format_result", "PRF", "prf", "exact_prf",
           "overlap_prf", "merge_spans", "semeval_si_prf", "pearson", "load_articles_jsonl", "load_labels"]

TASKS = ("attribution", "hedging", "alarmist")
PTC_TECHNIQUES = ("Loaded_Language", "Appeal_to_fear-prejudice", "Exaggeration,Minimisation",
                  "Name_Calling,Labeling")


def _spans(labels: list[dict[str, Any]], wanted: Iterable[str]) -> dict[str, list[Span]]:
    wanted = set(wanted)
    out: dict[str, list[Span]] = defaultdict(list)
    for rec in labels:
        if rec["label"] in wanted:
            out[str(rec["id"])].append((int(rec["start"]), int(rec["end"])))
    return out


def _evidence(profiles: list[Profile], keep) -> dict[str, list[Span]]:
    out: dict[str, list[Span]] = {}
    for p in profiles:
        out[p.article.id] = [(e.start, e.end) for f in p.features.values() for e in f.evidence
                             if e.field == "text" and keep(e)]
    return out


# ------------------------------------------------------------------ tasks

@dataclass
class Result:
    task: str
    n_articles: int
    scores: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"task": self.task, "n_articles": self.n_articles, "scores": self.scores}


def _acting_attributions(profiles: list[Profile], labels: list[dict[str, Any]]
                         ) -> tuple[set[str], dict[str, list[Span]], dict[str, list[Span]]]:
    """What the two definitions of an attribution differ on: the attribution ids of the gold cues that
    are verbs of acting ("refused to", "agreed to": PolNeAR counts them, a reader does not), and the
    cue and source spans of the acting cues the cue model keeps (the analysis leaves them out)."""
    from ..analysis.context import Context
    from ..analysis.features.sourcing.attributions import acting_cues
    from ..analysis.features.sourcing.cues import acting_cue
    from ..analysis.features.sourcing.facts import doc_facts
    from ..analysis.features.sourcing.reader import is_writer
    from ..analysis.text import first_at_or_after

    acting_ids: set[str] = set()
    pred_cues: dict[str, list[Span]] = defaultdict(list)
    pred_sources: dict[str, list[Span]] = defaultdict(list)
    by_id: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in labels:
        by_id[str(r["id"])].append(r)
    for p in profiles:
        ctx = Context(p.article)
        doc = ctx.text
        for a in acting_cues(doc_facts(ctx)):
            if a.doc is doc:
                pred_cues[p.article.id].append((doc.starts[a.cue.first], doc.ends[a.cue.stop - 1]))
                if a.speaker is not None:
                    pred_sources[p.article.id].append((doc.starts[a.speaker.start], doc.ends[a.speaker.stop - 1]))
        for r in by_id.get(p.article.id, ()):
            if r["label"] not in ("Cue", "Source"):
                continue
            first = first_at_or_after(doc.ends, int(r["start"]) + 1)
            stop = first_at_or_after(doc.starts, int(r["end"]))
            if first < stop and (acting_cue(doc, first, stop) if r["label"] == "Cue" else is_writer(ctx, doc, first, stop)):
                acting_ids.add(_attribution_id(r))  # a deed, or the writer's own "I think" / "you wonder"
    return acting_ids, pred_cues, pred_sources


def _attribution_id(r: dict[str, Any]) -> str:
    """A gold label's attribution (its ids repeat across articles: "ef2d:E1"), or the label itself."""
    return f"{r['id']}\t{r.get('attribution', r.get('start'))}"


def _with(a: dict[str, list[Span]], b: dict[str, list[Span]]) -> dict[str, list[Span]]:
    return {k: a.get(k, []) + b.get(k, []) for k in set(a) | set(b)}


def evaluate_attribution(profiles: list[Profile], labels: list[dict[str, Any]]) -> Result:
    """Cues and sources against PolNeAR's, by the reader's definition (the one the reports use: a cue
    attributes words or a view to a source; gold attributions whose cue is a verb of acting, "refused
    to", "agreed to", are left out of the gold) and by PolNeAR's (all gold attributions; framing's
    acting cues added back to its predictions): ``cue_exact``, ``source_overlap``, ``source_exact``
    and the same with ``_polnear``."""
    ids = {p.article.id for p in profiles}
    labels = [r for r in labels if str(r["id"]) in ids]
    acting_ids, acting_cues, acting_sources = _acting_attributions(profiles, labels)
    reader_labels = [r for r in labels if _attribution_id(r) not in acting_ids]
    pred_cue = _evidence(profiles, lambda e: e.role == "cue")
    cues = exact_prf(pred_cue, _spans(reader_labels, ["Cue"]))
    pred_src = _evidence(profiles, lambda e: e.role == "source")
    gold_src = _spans(reader_labels, ["Source"])
    polnear_cue, polnear_src = _with(pred_cue, acting_cues), _with(pred_src, acting_sources)
    all_src = _spans(labels, ["Source"])
    gold_counts: dict[str, int] = defaultdict(int)
    for r in reader_labels:
        if r["label"] == "Cue":
            gold_counts[str(r["id"])] += 1
    pred_cues = _evidence(profiles, lambda e: e.role == "cue")
    xs = [float(gold_counts.get(p.article.id, 0)) for p in profiles]
    ys = [float(len(pred_cues.get(p.article.id, ()))) for p in profiles]
    r = pearson(xs, ys)
    return Result("attribution", len(profiles), {
        "cue_exact": cues.to_dict(),
        "source_overlap": overlap_prf(pred_src, gold_src).to_dict(),
        "source_exact": exact_prf(pred_src, gold_src).to_dict(),
        "cue_exact_polnear": exact_prf(polnear_cue, _spans(labels, ["Cue"])).to_dict(),
        "source_overlap_polnear": overlap_prf(polnear_src, all_src).to_dict(),
        "source_exact_polnear": exact_prf(polnear_src, all_src).to_dict(),
        "attributions_per_article_pearson_r": None if r is None else round(r, 4),
    })


def vague_source(e: Evidence) -> bool:
    """Is ``e`` a vague or anonymous source in the text that a hedge detector counts? Not a bare pronoun
    (the sourcing feature's ``PRONOUNS``): in a one-sentence text it has nothing to refer to, so it is
    counted anonymous, but it names no vague source ("he said" is no weasel; WikiWeasel labels 109 of
    159 such sentences certain)."""
    return e.field == "text" and e.role == "source" and e.measure == "anonymous" \
        and e.text.lower() not in PRONOUNS


def hedged_sentence(profile: Profile) -> bool:
    """Does framing find hedging, or a vague/anonymous source (:func:`vague_source`), in this (one-sentence)
    text?"""
    if any(e.field == "text" for e in profile.features["hedging"].evidence):
        return True
    return any(vague_source(e) for e in profile.features["sourcing"].evidence)


def hedged_sentence_wikiweasel(profile: Profile) -> bool:
    """:func:`hedged_sentence` by WikiWeasel's definition: a bare vague quantifier that framing's
    reports set aside as a plain quantity ("many of the villagers") counts as a weasel word too."""
    from ..analysis.context import Context
    from ..analysis.features import hedging
    return hedged_sentence(profile) or any(doc.field == "text"
                                           for doc, *_ in hedging.decisions(Context(profile.article)))


def _sentence_prf(pairs: list[tuple[bool, bool]]) -> dict[str, Any]:
    tp = sum(1 for p, a in pairs if p and a)
    fp = sum(1 for p, a in pairs if p and not a)
    fn = sum(1 for p, a in pairs if a and not p)
    tn = sum(1 for p, a in pairs if not p and not a)
    scores = prf(tp, tp + fp, tp, tp + fn).to_dict()
    scores.update({"true_positives": tp, "false_positives": fp, "false_negatives": fn, "true_negatives": tn,
                   "accuracy": round((tp + tn) / max(1, tp + fp + fn + tn), 4)})
    return scores


def evaluate_hedging(profiles: list[Profile], labels: list[dict[str, Any]]) -> Result:
    """``uncertain``: framing's hedges as its reports show them; ``uncertain_wikiweasel``: WikiWeasel's
    definition, where a bare vague quantifier ("many of the villagers") is a weasel word too (the
    quantities the analysis sets aside added back, see ``hedging.reader_hedge``)."""
    gold = {str(r["id"]): r["label"] for r in labels}
    reader: list[tuple[bool, bool]] = []
    wikiweasel: list[tuple[bool, bool]] = []
    for p in profiles:
        g = gold.get(p.article.id)
        if g is None:
            continue
        predicted = hedged_sentence(p)
        actual = g == "uncertain"
        reader.append((predicted, actual))
        wikiweasel.append((predicted or hedged_sentence_wikiweasel(p), actual))
    return Result("hedging", len(reader), {"uncertain": _sentence_prf(reader),
                                          "uncertain_wikiweasel": _sentence_prf(wikiweasel)})


def evaluate_alarmist(profiles: list[Profile], labels: list[dict[str, Any]]) -> Result:
    ids = {p.article.id for p in profiles}
    labels = [r for r in labels if str(r["id"]) in ids]
    pred = _evidence(profiles, lambda e: e.feature in ("alarmist", "loaded"))
    # the reports' loaded wording leaves out the valenced words (shown apart: a strong word is seldom a
    # judgement), which PTC's annotators, marking emotive words, often take as loaded language
    judging = _evidence(profiles, lambda e: e.feature == "alarmist" or e.feature == "loaded" and e.measure != "valenced")
    scores: dict[str, Any] = {
        "four_techniques": semeval_si_prf(pred, _spans(labels, PTC_TECHNIQUES)).to_dict(),
        "four_techniques_without_valenced": semeval_si_prf(judging, _spans(labels, PTC_TECHNIQUES)).to_dict()}
    for technique in PTC_TECHNIQUES:
        scores[technique] = semeval_si_prf(pred, _spans(labels, [technique])).to_dict()
    return Result("alarmist", len(profiles), scores)


def evaluate(task: str, articles_path: str, labels_path: str) -> Result:
    """Run ``task`` on an annotated corpus; see the module docstring for the measures."""
    if task not in TASKS:
        raise UsageError(f"unknown task {task!r}; valid tasks: {', '.join(TASKS)}")
    articles = load_articles_jsonl(articles_path)
    labels = load_labels_for(labels_path, articles, spans=task != "hedging")  # ids and spans checked
    profiles = [analyze(a) for a in articles]
    if task == "attribution":
        return evaluate_attribution(profiles, labels)
    if task == "hedging":
        return evaluate_hedging(profiles, labels)
    return evaluate_alarmist(profiles, labels)


def format_result(result: Result) -> str:
    lines = [f"task: {result.task}  ({result.n_articles} articles)"]
    for name, value in result.scores.items():
        if isinstance(value, dict):
            lines.append(f"  {name:<34} P {value['precision']:.3f}  R {value['recall']:.3f}  "
                         f"F1 {value['f1']:.3f}  (predicted {value['n_predicted']:g}, gold {value['n_gold']:g})")
        else:
            lines.append(f"  {name:<34} {value}")
    return "\n".join(lines) + "\n"
