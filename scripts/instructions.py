"""Instructions per article of a warm analysis pass, counted with valgrind's callgrind.

    python scripts/instructions.py [--articles N] [--corpus FILE.jsonl]

Counts the same on a busy machine as on a quiet one, so code changes can be
compared where seconds cannot. Two runs under ``valgrind --tool=callgrind``: one
loads framing and analyses the first 20 articles (the warm-up: lexicons,
dictionaries, models, token caches), the other does the same and then one more
pass over the next N articles (default 60); the difference over N is the
figure. Run with the Python whose framing is measured; ``FRAMING_PURE=1`` in
the environment measures the pure core.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpora" / "polnear" / "articles.train.jsonl"
WARM = 20

_PROGRAM = """
import json, sys
import framing
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")][:{warm} + int(sys.argv[2])]
arts = [framing.Article(id=r["id"], title=(r.get("title") or "").strip(), text=r["text"]) for r in rows]
for a in arts[:{warm}]:
    framing.analyze(a)
for a in arts[{warm}:]:
    framing.analyze(a)
"""


def _count(n: int, corpus: str) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, "-c",
                        _PROGRAM.format(warm=WARM), corpus, str(n)],
                       check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        summary = re.search(r"^summary:\s+(\d+)", out.read_text(), re.M)
        assert summary, "no summary line in the callgrind output"
        return int(summary.group(1))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--corpus", default=str(CORPUS))
    args = parser.parse_args()
    base = _count(0, args.corpus)
    full = _count(args.articles, args.corpus)
    per = (full - base) / args.articles
    print(f"{per / 1e6:.3f} million instructions per article ({args.articles} articles, warm; "
          f"{'pure' if os.environ.get('FRAMING_PURE') else 'as installed'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
