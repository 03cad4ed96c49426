"""Train the cue model: which cue candidates are attribution cues (PolNeAR).

``python -m framing.train cues`` reads PolNeAR's train split and builds the
candidates framing's sourcing rules produce: report-verb matches, a colon
after a word ("Sanders: ..."), and single words from a *cue vocabulary*
learned here. Span boundaries are learned first (see below); a candidate is
labelled positive when the span it gives is exactly an annotated ``Cue`` span
(not when it merely overlaps one: "in a statement" inside "said in a
statement", the ":" of "said:"), and a logistic regression
(``framing.learn.linear.fit_linear``) is fitted on its context features. The decision
threshold is the one that maximises exact-span cue F1 in 5-fold
cross-validation grouped by article.

The cue vocabulary: the words (and suffix-stripped stems, so that unseen
inflections count) that head annotated cues no report-verb match covers, kept
when they head at least ``VOCAB_MIN`` such cues and are a cue at least
``VOCAB_RATE`` of the times they occur. In cross-validation the vocabulary is
learned again on each fold's training articles, so the CV figures include the
vocabulary's own generalisation error.

Span boundaries are learned from the candidates that overlap a cue and stored
in the model's ``span``: ``head_only``, multiword terms annotators cut to
their first word ("told reporters" -> "told"; the terms seen at least
``MIN_SEEN`` times and cut more than half of the time), and ``extend``, a
second logistic regression over the words around the cue. Walking out from the
cue, one word at a time to the left (at most ``MAX_LEFT``: "has also said",
"reportedly said") and one token at a time to the right (at most
``MAX_RIGHT``: "replied:", "said in a statement"), each step is an example:
does the annotated span take this token too? Its features are the token, the
cue term, the next token and the step (``extend_left_features`` /
``extend_right_features`` in sourcing); features seen fewer than
``EXTEND_MIN_SEEN`` times are left out. At prediction each side takes its most
probable extent (go-on probabilities times the stop-here one), which beats a
fixed per-step threshold: a long extension must be right as a whole to count.
Terms seen at least ``SKIP_MIN_SEEN`` times and annotated as cues less than
``SKIP_RATE`` of the time are listed as ``skip_terms`` and not even
considered (in cross-validation, the list learned on each fold's training
articles; the span model too is learned on each fold's training articles).
The cross-validated figures are the expected held-out figures. The model is
written to ``framing/analysis/models/cues.json``; the same data and code give the same
file byte for byte (fixed seeds, sorted tables).
"""
from __future__ import annotations

import random
from collections import Counter, defaultdict
from pathlib import Path

from ...evaluation import exact_prf, load_articles_jsonl, load_labels
from ...analysis.context import Context
from ...analysis.features.sourcing.cues import CUE_VOCABULARY, cue_candidates
from ...analysis.features.sourcing.grammar import stem
from ...analysis.features.sourcing.spans import MAX_LEFT, MAX_RIGHT, cue_span, extend_left_features, extend_right_features
from ..linear import fit_linear, save_model

SEED = 13
FOLDS = 5
C = 0.2
MIN_SEEN = 5
MIN_WEIGHT = 0.1
SKIP_MIN_SEEN = 20   # a term seen this often (candidates overlapping a cue counted as cues) ...
SKIP_RATE = 0.05     # ... and a cue less often than this is not even a candidate
VOCAB_MIN = 3        # a vocabulary word heads at least this many uncovered cues ...
VOCAB_RATE = 0.15    # ... and is a cue at least this share of the times it occurs
EXTEND_C = 1.0       # regularisation of the span extension model,
EXTEND_MIN_SEEN = 3  # the fewest examples a feature of it is seen in ...
EXTEND_MIN_WEIGHT = 0.05  # ... and the smallest weight it keeps
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
        ctx = Context(a)
        doc = ctx.text
        taken = {k for m in ctx.matches(doc, "report_verbs") for k in range(m.first, m.stop)}
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
    totals: list[Counter[str]] = [Counter() for _ in range(4)]
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


def _head_only(rows) -> dict[str, float]:
    """Multiword terms annotators cut to their first word ("told reporters" -> "told"), with the rate."""
    seen: Counter[str] = Counter()
    took: Counter[str] = Counter()
    for _, c, hit in rows:
        m = c.match
        if hit is not None and len(m.entry.words) > 1:
            seen[m.entry.term] += 1
            if hit[1] <= c.doc.ends[m.first]:
                took[m.entry.term] += 1
    return {w: round(took[w] / n, 3) for w, n in sorted(seen.items()) if n >= MIN_SEEN and took[w] / n > 0.5}


def _extension_examples(rows, head_only) -> tuple[list[list[str]], list[int]]:
    """One example per word/token a cue's span could be extended by, walking out from the cue while the
    annotated span goes on (the first token it does not take is the last, negative, example)."""
    xs: list[list[str]] = []
    ys: list[int] = []
    for _, c, hit in rows:
        if hit is None:
            continue
        doc, m = c.doc, c.match
        term = m.entry.term
        first, stop = cue_span(doc, m, {"head_only": head_only})
        j = first - 1
        while j >= 0 and first - j <= MAX_LEFT and doc.is_word[j] \
                and doc.cut(doc.ends[j], doc.starts[j + 1]).isspace():
            y = int(hit[0] <= doc.starts[j])
            xs.append(extend_left_features(doc, term, j, first - 1 - j))
            ys.append(y)
            if not y:
                break
            j -= 1
        k = stop
        while k < len(doc.tokens) and k - stop < MAX_RIGHT:
            y = int(hit[1] >= doc.ends[k])
            xs.append(extend_right_features(doc, term, k, k - stop))
            ys.append(y)
            if not y:
                break
            k += 1
    return xs, ys


def _span_model(rows) -> dict:
    """The span part of the cue model: the head_only table and the extension model."""
    head_only = _head_only(rows)
    xs, ys = _extension_examples(rows, head_only)
    seen = Counter(f for x in xs for f in x)
    xs = [[f for f in x if seen[f] >= EXTEND_MIN_SEEN] for x in xs]  # rare features only overfit
    ext = fit_linear("cue extension", xs, ys, c=EXTEND_C, min_weight=EXTEND_MIN_WEIGHT)
    return {"head_only": head_only, "extend": {"intercept": ext.intercept, "weights": ext.weights}}


def _exact_labels(rows, span, gold) -> list[int]:
    """1 for a candidate whose cue span, as ``span`` sets it, is exactly an annotated cue: the model keeps
    the candidates that give a right span, not those that merely touch a cue ("in a statement" inside
    "said in a statement", the ":" of "said:")."""
    ys = []
    for aid, c, hit in rows:
        if hit is None:
            ys.append(0)
            continue
        first, stop = cue_span(c.doc, c.match, span)
        ys.append(int((c.doc.starts[first], c.doc.ends[stop - 1]) in gold[aid]))
    return ys


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


def train(corpora: Path | None, out: Path, articles_file: str | None = None, labels_file: str | None = None) -> dict:
    """Cross-validate, fit on everything, write ``out/cues.json``. ``articles_file``/``labels_file``: other
    files than PolNeAR train (``framing evaluate attribution --cross-validate``)."""
    folder = Path(corpora or ".") / "polnear"
    articles = load_articles_jsonl(articles_file or str(folder / "articles.train.jsonl"))
    gold = _gold(load_labels(labels_file or str(folder / "labels.train.jsonl")))
    counts = _vocabulary_counts(articles, gold)
    ids = sorted({a.id for a in articles})
    # candidates from the widest vocabulary any fold can learn; each fold keeps those of its own
    all_heads: list[Counter[str]] = [Counter(), Counter()]
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
        train_rows = [rows[i] for i in train_idx]
        fold_tables[k] = _span_model(train_rows)
        model = fit_linear("cues", [r[1].features for r in train_rows], _exact_labels(train_rows, fold_tables[k], gold),
                           c=C, min_weight=MIN_WEIGHT)
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
    tables = _span_model(rows)
    ys = _exact_labels(rows, tables, gold)
    model = fit_linear("cues", [r[1].features for r in rows], ys, c=C, threshold=threshold,
                       min_weight=MIN_WEIGHT, meta={
                           "trained_on": "PolNeAR train split (Newell et al. 2018), 840 articles",
                           "task": "keep a cue candidate whose cue span is an attribution cue; the span: "
                                   "head_only table, extension model",
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
            "span": {"head_only": len(tables["head_only"]), "extend_weights": len(tables["extend"]["weights"])},
            "skip_terms": skip_terms,
            "cv_cue_exact": cv.to_dict()}
