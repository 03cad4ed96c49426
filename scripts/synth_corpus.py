"""Write a large corpus of realistic, distinct articles for measuring batch, the store and serve at scale.

    python scripts/synth_corpus.py OUT.jsonl --n 100000 [--seed 1]

Each article is made of the paragraphs of one real article (AllSides dev, PolNeAR train and dev and
the hyperpartisan slice under ../shared/corpora, read at run time: nothing of them is kept in the
repository) with two or three paragraphs of another article of the same corpus put in at random
places, so that no two articles are the same text (the batch's cache is keyed by content: repeated
texts would be measured as cache hits) while each stays the length and the make-up of real news.
Sources keep their real names, dates are spread over three years, so grouping by similarity and date
meets what it meets in a real corpus. The output is deterministic for a seed.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

CORPORA = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"
FILES = ("allsides/articles.dev.jsonl", "polnear/articles.train.jsonl", "polnear/articles.dev.jsonl",
         "hyperpartisan/articles.shared.jsonl")


def _real_articles() -> list[dict]:
    found: list[dict] = []
    for name in FILES:
        path = CORPORA / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                paragraphs = [p for p in str(row.get("text", "")).split("\n\n") if p.strip()]
                if len(paragraphs) >= 3:
                    found.append({"title": str(row.get("title") or ""), "source": str(row.get("source") or ""),
                                  "paragraphs": paragraphs})
    return found


def synthesize(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    real = _real_articles()
    if not real:
        raise SystemExit(f"no corpora under {CORPORA}")
    start = dt.date(2017, 1, 1)
    out = []
    for k in range(n):
        base, other = real[k % len(real)], rng.choice(real)
        paragraphs = list(base["paragraphs"])
        for p in rng.sample(other["paragraphs"], min(len(other["paragraphs"]), rng.randint(2, 3))):
            paragraphs.insert(rng.randrange(1, len(paragraphs) + 1), p)
        out.append({"id": f"synth-{k:07d}", "title": base["title"] or f"Article {k}",
                    "text": "\n\n".join(paragraphs), "source": base["source"] or "unknown",
                    "date": (start + dt.timedelta(days=rng.randrange(3 * 365))).isoformat()})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with args.out.open("w", encoding="utf-8") as f:
        for row in synthesize(args.n, args.seed):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{args.n} articles -> {args.out} ({args.out.stat().st_size / 1e6:.0f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
