"""What setting clutter aside changes on the AllSides dev corpus.

    FRAMING_PURE=1 python scripts/clutter_effect.py [--corpus FILE.jsonl] [--limit N]

Analyses every article twice, as read (clutter set aside, :mod:`framing.analysis.cleaning`) and with
cleaning switched off (the clutter finder replaced by one that finds nothing: pure Python modules
only, hence ``FRAMING_PURE=1``), and prints for both: words counted, direct addresses per 1,000 words,
unattributed-claim sentences, named speakers; then the articles with any clutter and the spans and
articles per rule, and the seconds each pass took.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT.parent / "shared" / "corpora" / "allsides" / "articles.dev.jsonl"


def totals(profiles: list) -> dict[str, float]:
    words = sum(p.n_words for p in profiles)
    address = sum(p["style"].measure("direct_address").count or 0 for p in profiles)
    unattributed = sum(sum(1 for e in p["sourcing"].evidence if e.measure == "unattributed_claims")
                       for p in profiles)
    speakers = sum(len(p.speakers) for p in profiles)
    return {"words": words, "direct address per 1,000 words": round(1000 * address / max(words, 1), 3),
            "direct addresses": address, "unattributed claims": unattributed, "named speakers": speakers}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    if os.environ.get("FRAMING_PURE") != "1":
        print("set FRAMING_PURE=1: cleaning is switched off by replacing a pure Python function", file=sys.stderr)
        return 2
    import framing
    from framing.analysis import context

    articles = []
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            articles.append(framing.Article(r["id"], r["title"], r["text"], r.get("source")))
            if args.limit and len(articles) >= args.limit:
                break
    for a in articles[:50]:  # warm up (lexicons compiled, token types made) before timing
        framing.analyze(a)
    find = context.find_clutter
    context.find_clutter = lambda text: []
    t0 = time.perf_counter()
    before = [framing.analyze(a) for a in articles]
    t_before = time.perf_counter() - t0
    context.find_clutter = find
    t0 = time.perf_counter()
    after = [framing.analyze(a) for a in articles]
    t_after = time.perf_counter() - t0

    b, a = totals(before), totals(after)
    print(f"{len(articles)} articles\n")
    print(f"{'':34} {'not cleaned':>12} {'cleaned':>12}")
    for key in b:
        print(f"{key:34} {b[key]:>12,} {a[key]:>12,}")
    print(f"{'seconds to analyse':34} {t_before:>12.1f} {t_after:>12.1f}")
    spans: Counter[str] = Counter()
    having: Counter[str] = Counter()
    chars = 0
    for p in after:
        counts = p.cleaning.counts
        spans.update(counts)
        having.update(counts.keys())
        chars += p.cleaning.n_chars
    n_any = sum(1 for p in after if p.cleaning.spans)
    inferred = sum(1 for p in after if p.cleaning.inferred_source)
    print(f"\narticles with any clutter: {n_any} of {len(after)}; "
          f"characters set aside: {chars:,} ({chars / max(sum(len(x.text) for x in articles), 1):.1%})")
    print(f"articles whose text names an outlet (inferred where the input gives none): {inferred}")
    print(f"\n{'rule':20} {'spans':>6} {'articles':>9}")
    for rule, n in spans.most_common():
        print(f"{rule:20} {n:>6} {having[rule]:>9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
