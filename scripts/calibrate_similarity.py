"""Calibrate the topic-similarity scale on real same-story pairs.

    python scripts/calibrate_similarity.py [--corpus FILE.jsonl] [--pairs judgments/same-story-pairs.jsonl]

Reads the AllSides articles and the pairs read by hand (``judgments/same-story-pairs.jsonl``: articles on
one topic published the same day, judged "same story", "related topic" or "different stories"),
computes :func:`framing.compare.similarity.similarity_matrix` over the whole corpus, and prints, for
a range of thresholds, the share of same-story pairs that reach it (recall), the share of related-topic
pairs, and the share of all pairs of articles on different topics (the false links a threshold would
make). The thresholds in ``framing/compare/similarity.py`` were read off this table.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from framing.compare.similarity import RELATED_TOPIC, SAME_STORY, similarity_matrix

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "allsides" / "articles.dev.jsonl"
PAIRS = ROOT / "judgments" / "same-story-pairs.jsonl"
THRESHOLDS = (0.08, 0.10, 0.12, 0.15, 0.18, 0.20, 0.22, 0.25, 0.30)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--pairs", type=Path, default=PAIRS)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8") if line.strip()]
    index = {r["id"]: i for i, r in enumerate(rows)}
    sim = similarity_matrix([f"{r['title']}\n{r['text']}" for r in rows])
    judged: dict[str, list[float]] = {"same story": [], "related topic": [], "different stories": []}
    for line in args.pairs.read_text(encoding="utf-8").splitlines()[1:]:
        pair = json.loads(line)
        judged[pair["verdict"]].append(float(sim[index[pair["a"]], index[pair["b"]]]))
    topics = np.array([r.get("topic") or "" for r in rows])
    upper = np.triu_indices(len(rows), k=1)
    different = sim[upper][topics[upper[0]] != topics[upper[1]]]
    print(f"pairs read: {', '.join(f'{len(v)} {k}' for k, v in judged.items())}; "
          f"{len(different):,} pairs of articles on different topics")
    for name, values in (*judged.items(), ("different topics (all pairs)", different.tolist())):
        if values:
            print(f"  {name:<28} median {np.median(values):.3f}  "
                  f"quartiles {np.percentile(values, 25):.3f}-{np.percentile(values, 75):.3f}")
    print(f"\n{'threshold':>9}  {'same story':>10}  {'related':>8}  {'different topics':>16}")
    for t in THRESHOLDS:
        share = {k: (np.mean(np.array(v) >= t) if v else 0.0) for k, v in judged.items()}
        print(f"{t:>9.2f}  {share['same story']:>10.0%}  {share['related topic']:>8.0%}  "
              f"{np.mean(different >= t):>16.2%}" + ("  <- same story" if t == SAME_STORY else "")
              + ("  <- related topic" if t == RELATED_TOPIC else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
