"""Train the cue model: which cue candidates are attribution cues (PolNeAR).

``python -m framing.train cues`` reads PolNeAR's train split and builds the
candidates framing's sourcing rules produce: report-verb matches, a colon
after a word ("Sanders: ..."), and single words from a *cue vocabulary*
learned here. A candidate is labelled positive when it overlaps an annotated
``Cue`` span, and a logistic regression (``framing.model.fit_linear``) is
fitted on its context features. The decision
threshold is the one that maximises exact-span cue F1 in 5-fold
cross-validation grouped by article.

The cue vocabulary: the words (and suffix-stripped stems, so that unseen
inflections count) that head annotated cues no report-verb match covers, kept
when they head at least ``VOCAB_MIN`` such cues and are a cue at least
``VOCAB_RATE`` of the times they occur. In cross-validation the vocabulary is
learned again on each fold's training articles, so the CV figures include the
vocabulary's own generalisation error.

Span boundaries are learned as tables from the same data and stored in the
model: words before a cue that annotators include ("has said", "also noted");
tokens after it they include, per term and token ("said:", "asked about"; the
rate of every pair seen at least ``MIN_SEEN`` times is kept, extended above
0.5) and, for pairs seen less often, by the token alone ("right_any":
"replied:", "joked about"); phrases they cut to their first word ("told
reporters" -> "told"). Terms seen at least ``SKIP_MIN_SEEN`` times and
annotated as cues less than ``SKIP_RATE`` of the time are listed as
``skip_terms`` and not even considered (in cross-validation, the list learned
on each fold's training articles). The cross-validated figures are the
expected held-out figures. The model is written to ``framing/models/cues.json``;
the same data and code give the same file byte for byte (fixed seeds, sorted
tables).
"""
from __future__ import annotations

import random
from collections import Counter, defaultdict
from pathlib import Path

from ..evaluate import exact_prf, load_articles_jsonl, load_labels
from ..features._base import Context
from ..features.sourcing import CUE_VOCABULARY, cue_candidates, cue_span, stem
from ..lexicons import find
from ..model import fit_linear, save_model

SEED = 13
FOLDS = 5
C = 0.2
MIN_SEEN = 5
MIN_WEIGHT = 0.1
SKIP_MIN_SEEN = 20   # a term seen this often ...
SKIP_RATE = 0.1      # ... and a cue less often than this is not even a candidate
VOCAB_MIN = 3        # a vocabulary word heads at least this many uncovered cues ...
VOCAB_RATE = 0.3     # ... and is a cue at least this share of the times it occurs
# words that do not head a multiword cue ("has said", "to discuss", "the question of")
_NOT_HEAD = frozenset({"has", "have", "had", "is", "was", "are", "were", "be", "been", "will", "would", "to",
                       "the", "a", "an", "of", "in", "for", "on", "about", "also", "not", "did", "does", "do"})


def _gold(labels) -> dict[str, list[tuple[int, int]]]:
    gold: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for r in labels:
        if r["label"] == "Cue":
            gold[str(r["id"])].append((int(r["start"]), int(r["end"])))
    return gold


def _vocabulary_counts(articles, gold):
    """Per article: Counters of (uncovered cue heads, occurrences) by word and by stem."""
    out = {}
    for a in articles:
        doc = Context(a).text
        taken = {k for m in find(doc, "report_verbs") for k in range(m.first, m.stop)}
        seen_w, seen_s, head_w, head_s = Counter(), Counter(), Counter(), Counter()
        for k, norm in enumerate(doc.norms):
            if doc.is_word[k] and k not in taken:
                seen_w[norm] += 1
                seen_s[stem(norm)] += 1
        for s, e in gold.get(a.id, ()):
            toks = [k for k in range(len(doc.tokens)) if doc.starts[k] < e and s < doc.ends[k] and doc.is_word[k]]
            if not toks or any(k in taken for k in toks):
                continue
            head = next((k for k in toks if doc.norms[k] not in _NOT_HEAD), toks[0])
            head_w[doc.norms[head]] += 1
            head_s[stem(doc.norms[head])] += 1
        out[a.id] = (head_w, seen_w, head_s, seen_s)
    return out


def _vocabulary(counts, ids) -> tuple[frozenset[str], frozenset[str]]:
    totals = [Counter() for _ in range(4)]
    for aid in ids:
        for total, c in zip(totals, counts[aid]):
            total.update(c)
    head_w, seen_w, head_s, seen_s = totals
    words = frozenset(w for w, n in head_w.items() if n >= VOCAB_MIN and n / seen_w[w] >= VOCAB_RATE)
    stems = frozenset(w for w, n in head_s.items() if n >= VOCAB_MIN and n / seen_s[w] >= VOCAB_RATE
                      and len(w) >= 4)
    return words, stems


def _skip_terms(rows, ys) -> frozenset[str]:
    """Report-verb terms seen often and (almost) never annotated as cues."""
    per_term = Counter(r[1].match.entry.term for r in rows if r[1].match.entry.lexicon == "report_verbs")
    positive = Counter(r[1].match.entry.term for r, y in zip(rows, ys) if y)
    return frozenset(t for t, n in per_term.items() if n >= SKIP_MIN_SEEN and positive[t] / n < SKIP_RATE)


def _allowed(c, words: frozenset[str], stems: frozenset[str], skip: frozenset[str]) -> bool:
    """Is a candidate produced by the generator with this vocabulary and skip list?"""
    if c.match.entry.lexicon != CUE_VOCABULARY:
        return c.match.entry.lexicon != "report_verbs" or c.match.entry.term not in skip
    norm = c.doc.norms[c.match.first]
    return norm in words or (len(norm) > 4 and stem(norm) in stems)


def _examples(articles, gold, words, stems):
    rows = []  # (article id, candidate, overlapping gold span or None)
    for a in articles:
        ctx = Context(a)
        spans = gold.get(a.id, [])
        for c in cue_candidates(ctx, words=words, stems=stems):
            if c.doc is not ctx.text:
                continue
            s, e = c.doc.starts[c.match.first], c.doc.ends[c.match.stop - 1]
            hit = next((g for g in spans if s < g[1] and g[0] < e), None)
            rows.append((a.id, c, hit))
    return rows


def _boundary_tables(rows) -> dict[str, dict[str, float]]:
    seen: dict[str, Counter] = {"left": Counter(), "right": Counter(), "head_only": Counter()}
    took: dict[str, Counter] = {"left": Counter(), "right": Counter(), "head_only": Counter()}
    for _, c, hit in rows:
        if hit is None:
            continue
        doc, m = c.doc, c.match
        j = m.first - 1
        while j >= 0 and doc.is_word[j] and doc.text[doc.ends[j]:doc.starts[j + 1]].isspace():
            seen["left"][doc.norms[j]] += 1
            if hit[0] <= doc.starts[j]:
                took["left"][doc.norms[j]] += 1
                j -= 1
            else:
                break
        k = m.stop
        if k < len(doc.tokens):
            key = f"{m.entry.term}|{doc.norms[k]}"
            seen["right"][key] += 1
            if hit[1] >= doc.ends[k]:
                took["right"][key] += 1
        if len(m.entry.words) > 1:
            seen["head_only"][m.entry.term] += 1
            if hit[1] <= doc.ends[m.first]:
                took["head_only"][m.entry.term] += 1
    tables = {name: {w: round(took[name][w] / n, 3) for w, n in sorted(seen[name].items())
                     if n >= MIN_SEEN and took[name][w] / n > 0.5}
              for name in ("left", "head_only")}
    # right: every term|token pair seen often enough, with its rate (extended when > 0.5); pairs of rarer
    # terms back off to the token alone ("right_any", learned from those rare pairs only)
    tables["right"] = {w: round(took["right"][w] / n, 3) for w, n in sorted(seen["right"].items())
                       if n >= MIN_SEEN}
    any_seen, any_took = Counter(), Counter()
    for w, n in seen["right"].items():
        if n < MIN_SEEN:
            token = w.rsplit("|", 1)[1]
            any_seen[token] += n
            any_took[token] += took["right"][w]
    tables["right_any"] = {t: round(any_took[t] / n, 3) for t, n in sorted(any_seen.items())
                           if n >= MIN_SEEN and any_took[t] / n > 0.5}
    return tables


def _predicted(rows, probs, threshold, tables):
    """Predicted cue spans per article, as find_attributions keeps them (no overlap with the one before)."""
    pred = defaultdict(list)
    last_stop: dict[int, int] = {}
    for p, (aid, c, _) in zip(probs, rows):
        if p >= threshold:
            first, stop = cue_span(c.doc, c.match, tables)
            if last_stop.get(id(c.doc), -1) > first:
                continue
            last_stop[id(c.doc)] = stop
            pred[aid].append((c.doc.starts[first], c.doc.ends[stop - 1]))
    return pred


def train(corpora: Path, out: Path) -> dict:
    folder = corpora / "polnear"
    articles = load_articles_jsonl(str(folder / "articles.train.jsonl"))
    gold = _gold(load_labels(str(folder / "labels.train.jsonl")))
    counts = _vocabulary_counts(articles, gold)
    ids = sorted({a.id for a in articles})
    # candidates from the widest vocabulary any fold can learn; each fold keeps those of its own
    all_heads = [Counter(), Counter()]
    for aid in ids:
        all_heads[0].update(counts[aid][0])
        all_heads[1].update(counts[aid][2])
    rows = _examples(articles, gold, frozenset(all_heads[0]), frozenset(all_heads[1]))
    ys = [int(hit is not None) for _, _, hit in rows]
    random.Random(SEED).shuffle(ids)
    fold_of = {aid: k % FOLDS for k, aid in enumerate(ids)}
    probs = [0.0] * len(rows)
    fold_rows: dict[int, list[int]] = {}
    fold_tables = {}
    for k in range(FOLDS):
        words, stems = _vocabulary(counts, [aid for aid in ids if fold_of[aid] != k])
        inside = [i for i, r in enumerate(rows) if fold_of[r[0]] != k]
        skip = _skip_terms([rows[i] for i in inside], [ys[i] for i in inside])
        keep = [i for i, r in enumerate(rows) if _allowed(r[1], words, stems, skip)]
        train_idx = [i for i in keep if fold_of[rows[i][0]] != k]
        fold_rows[k] = [i for i in keep if fold_of[rows[i][0]] == k]
        model = fit_linear("cues", [rows[i][1].features for i in train_idx], [ys[i] for i in train_idx], c=C,
                           min_weight=MIN_WEIGHT)
        fold_tables[k] = _boundary_tables([rows[i] for i in train_idx])
        for i in fold_rows[k]:
            probs[i] = model.probability(rows[i][1].features)

    def cv_predictions(t: float) -> dict[str, list[tuple[int, int]]]:
        pred = defaultdict(list)
        for k in range(FOLDS):
            idx = fold_rows[k]
            for aid, spans in _predicted([rows[i] for i in idx], [probs[i] for i in idx], t,
                                         fold_tables[k]).items():
                pred[aid].extend(spans)
        return pred

    threshold = max((exact_prf(cv_predictions(t), gold).f1, t) for t in [x / 100 for x in range(20, 81, 2)])[1]
    cv = exact_prf(cv_predictions(threshold), gold)
    words, stems = _vocabulary(counts, ids)
    skip_terms = sorted(_skip_terms(rows, ys))
    keep = [i for i, r in enumerate(rows) if _allowed(r[1], words, stems, frozenset(skip_terms))]
    rows = [rows[i] for i in keep]
    ys = [ys[i] for i in keep]
    tables = _boundary_tables(rows)
    model = fit_linear("cues", [r[1].features for r in rows], ys, c=C, threshold=threshold,
                       min_weight=MIN_WEIGHT, meta={
                           "trained_on": "PolNeAR train split (Newell et al. 2018), 840 articles",
                           "task": "keep a cue candidate as an attribution cue; span boundary tables",
                           "span": tables,
                           "skip_terms": skip_terms,
                           "vocabulary_words": sorted(words),
                           "vocabulary_stems": sorted(stems),
                           "cross_validation": {"folds": FOLDS, "grouped_by": "article", "seed": SEED,
                                                "cue_exact": cv.to_dict()},
                       })
    out.mkdir(parents=True, exist_ok=True)
    save_model(model, out / "cues.json")
    return {"model": str(out / "cues.json"), "candidates": len(rows), "positives": sum(ys),
            "threshold": threshold, "features": len(model.weights), "vocabulary": [len(words), len(stems)],
            "span_tables": {k: len(v) for k, v in tables.items()}, "skip_terms": skip_terms,
            "cv_cue_exact": cv.to_dict()}
