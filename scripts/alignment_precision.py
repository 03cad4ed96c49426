"""Sample aligned sentence pairs of the AllSides same-story pairs for reading (precision by hand).

    FRAMING_PURE=1 python scripts/alignment_precision.py [--n 32] [--seed 14]

Analyzes the articles of every "same story" pair of ``judgments/same-story-pairs.jsonl`` (the AllSides
dev slice in ``../shared/corpora``), aligns each pair with :func:`framing.compare.alignment.align`, and
prints ``--n`` of the aligned pairs, shuffled with ``random.Random(seed)``, for a person to read. The
pairs read so far, with their verdicts, are in ``judgments/alignment-precision.jsonl``; a line says
whether a printed pair was read there and how.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import framing  # noqa: E402
from framing.compare.alignment import align  # noqa: E402
from framing.types import Article  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=32)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "allsides" / "articles.dev.jsonl"))
    args = parser.parse_args(argv)
    lines = (ROOT / "judgments" / "same-story-pairs.jsonl").read_text(encoding="utf-8").splitlines()[1:]
    pairs = [json.loads(line) for line in lines]
    pairs = [p for p in pairs if p["verdict"] == "same story"]
    wanted = {x for p in pairs for x in (p["a"], p["b"])}
    articles = {}
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] in wanted:
                articles[d["id"]] = Article(d["id"], d.get("title") or "", d["text"], d.get("source"), date=d.get("date"))
    profiles = {i: framing.analyze(a) for i, a in articles.items()}
    judged = {}
    path = ROOT / "judgments" / "alignment-precision.jsonl"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            j = json.loads(line)
            judged[(j["a"], tuple(j["a_span"]), j["b"], tuple(j["b_span"]))] = j["verdict"]
    links = []
    for p in pairs:
        result = align([profiles[p["a"]], profiles[p["b"]]])
        for g in result.groups:
            for s, t, v in g.links:
                links.append((p["a"], p["b"], g.passages[s], g.passages[t], v))
    print(f"{len(links)} aligned pairs in {len(pairs)} same-story pairs")
    random.Random(args.seed).shuffle(links)
    for n, (a, b, x, y, v) in enumerate(links[: args.n], 1):
        verdict = judged.get((a, (x.start, x.end), b, (y.start, y.end)), "not read yet")
        print(f"--- {n} {a}[{x.start}:{x.end}] {b}[{y.start}:{y.end}] cosine {v}: {verdict}")
        print("  A:", " ".join(x.text.split())[:240])
        print("  B:", " ".join(y.text.split())[:240])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
