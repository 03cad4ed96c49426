"""Speakers on real pages: how many named speakers are dates or page clutter, and the speaker kinds.

    python scripts/speakers_audit.py [--corpus FILE.jsonl] [--limit N]

Runs the analysis (of the framing this Python imports) over the corpus (default: the AllSides dev
slice, real articles as scraped from 70 outlets, with their clutter) and prints the number of speaker
rows, the rows by kind, and the "bad" rows: a named speaker (person, organization, outlet) that is a
weekday, a capitalised month or clutter word or pronoun, or starts with a clutter word ("Story",
"Monday", "AP Photo ..."), with the most frequent ones. The check is the one tests/test_speakers.py
makes on the first 80 articles.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import framing  # noqa: E402
from test_speakers import CLUTTER, DAYS, MONTHS  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "allsides" / "articles.dev.jsonl"


def bad(kind: str, name: str) -> bool:
    words = [w.strip(".,’'").lower() for w in name.split()]
    words = [w for w in words if w and w != "the"]
    return kind in ("person", "organization", "outlet") and bool(words) and (
        any(w in DAYS for w in words) or (len(words) == 1 and name[:1].isupper() and words[0] in MONTHS | CLUTTER)
        or (words[0] in CLUTTER - {"more"} and name[:1].isupper()))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    kinds: collections.Counter[str] = collections.Counter()
    bad_rows: collections.Counter[tuple[str, str]] = collections.Counter()
    n = 0
    with open(args.corpus, encoding="utf-8") as f:
        for line in f:
            if args.limit and n >= args.limit:
                break
            n += 1
            d = json.loads(line)
            p = framing.analyze(framing.Article(d["id"], d.get("title") or "", d["text"]))
            for s in p.speakers:
                kinds[s.kind] += 1
                if bad(s.kind, s.name):
                    bad_rows[(s.kind, s.name)] += 1
    print(f"articles {n}, speaker rows {sum(kinds.values())}: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    print(f"bad rows {sum(bad_rows.values())}: " + "; ".join(f"{name} ({kind}) x{c}" for (kind, name), c in bad_rows.most_common(15)))


if __name__ == "__main__":
    main()
