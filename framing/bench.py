"""python -m framing.bench [--corpus FILE.jsonl] [--limit N] [--analysis-only]: speed and memory figures.

Prints, on the given corpus (default: PolNeAR train, 840 articles, from
../shared/corpora), the median of ``--repeat`` runs of:

* analysis alone on one core, in articles per second (and per 4 KB of text), each
  profile used and dropped as ``framing batch`` streams them, with the minimum
  of the runs beside the median;
* ``framing batch`` end to end into its store (no static pages) with ``--jobs 1`` and with all
  cores, articles per second, as a share of the analysis alone (one core), and the store's size per
  article;
* milliseconds per comparison report (two articles);
* the peak resident memory of this process.

``--startup`` instead times fresh processes, as a teacher or an editor runs one command: ``framing
analyze`` of the Personal Liberty seed, ``framing compare`` of the two seeds and ``framing compare
--lesson`` (median and range of ``--repeat`` runs, at least 7).

Timing on shared machines is noisy: compare figures from the same run, and
look at the spread across repeats.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from . import _native
from .analysis import analyze
from .corpus.batch import run_batch
from .compare import compare
from .evaluation import load_articles_jsonl
from .render import render_comparison

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "polnear" / \
    "articles.train.jsonl"


ALLSIDES = DEFAULT_CORPUS.parent.parent / "allsides" / "articles.dev.jsonl"


def _median_time(func, repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        func()
        times.append(time.perf_counter() - t)
    return statistics.median(times), times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m framing.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="a JSON Lines corpus (id, title, text)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median reported)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--analysis-only", action="store_true",
                        help="measure the analysis alone (skip batch, report and memory figures)")
    parser.add_argument("--serve", type=int, nargs="?", const=100_000, default=None, metavar="N",
                        help="only framing serve's pages, from a store of N articles (default 100,000) made from "
                        "--corpus (default here: the AllSides dev slice)")
    parser.add_argument("--startup", action="store_true",
                        help="only the start-up figures: fresh framing analyze and compare processes of the seeds")
    args = parser.parse_args(argv)
    if args.startup:
        _print(startup_figures(max(args.repeat, 7)), args.json)
        return 0
    if args.serve is not None:
        from .serve.benchmark import serve_figures

        corpus = Path(args.corpus) if args.corpus != str(DEFAULT_CORPUS) else ALLSIDES
        _print(serve_figures(corpus, n=args.serve, repeat=max(args.repeat, 30)), args.json)
        return 0
    if not Path(args.corpus).is_file():
        print(f"framing.bench: error: {args.corpus}: no such corpus file", file=sys.stderr)
        return 1
    articles = load_articles_jsonl(args.corpus)[: args.limit]
    n = len(articles)
    kb = sum(len(a.text.encode("utf-8")) for a in articles) / 1024
    for a in articles[:20]:  # warm: lexicons, models, dictionaries
        analyze(a)

    def analysis() -> None:
        # each profile is used and dropped, as framing batch streams them: a list of all of
        # them would make Python's garbage collector traverse the growing list at every pass
        words = 0
        for a in articles:
            words += analyze(a).n_words
        assert words > 0

    analysis_s, runs = _median_time(analysis, args.repeat)
    figures = {
        "corpus": args.corpus, "articles": n, "mean_kb": round(kb / n, 2), "cores": os.cpu_count(),
        "compiled": _native.compiled() or f"no ({_native.REASON})",
        "analysis_articles_per_s": round(n / analysis_s, 1),
        "analysis_articles_per_s_best": round(n / min(runs), 1),
        "analysis_4kb_articles_per_s": round(kb / 4 / analysis_s, 1),
        "analysis_4kb_articles_per_s_best": round(kb / 4 / min(runs), 1),
        "analysis_ms_per_article": round(1000 * analysis_s / n, 3),
        "analysis_ms_per_4kb": round(1000 * analysis_s / kb * 4, 3),
        "analysis_runs_s": [round(t, 3) for t in runs],
    }
    if args.analysis_only:
        _print(figures, args.json)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps({"id": a.id, "title": a.title, "text": a.text, "source": a.source})
                                  + "\n" for a in articles), encoding="utf-8")
        for jobs in (1, os.cpu_count() or 1):
            outs: list[Path] = []

            def batch(jobs=jobs):
                out = Path(tempfile.mkdtemp(dir=tmp))
                run_batch([corpus], out, jobs=jobs, quiet=True, pages=False)  # into the store, no static pages
                outs.append(out)
            t, _ = _median_time(batch, args.repeat)
            figures[f"batch_jobs{jobs}_articles_per_s"] = round(n / t, 1)
            # end to end into the store against the analysis alone on one core, in this run
            figures[f"batch_jobs{jobs}_vs_analysis"] = round(n / t / figures["analysis_articles_per_s"], 2)
            store = outs[-1] / "framing.sqlite"
            figures["store_kb_per_article"] = round(store.stat().st_size / n / 1024, 2)
            figures["text_kb_per_article"] = round(kb / n, 2)
    profiles = [analyze(a) for a in articles[:2]]
    t, _ = _median_time(lambda: render_comparison(compare(profiles)), max(5, args.repeat))
    figures["report_ms"] = round(1000 * t, 1)
    figures["peak_memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    _print(figures, args.json)
    return 0


SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def startup_figures(repeat: int) -> dict:
    """Seconds of fresh ``framing`` processes on the seeds (median, min, max of ``repeat`` runs), with
    the heavy libraries each imported (none of scikit-learn, SciPy, NLTK or pandas is needed)."""
    import subprocess

    seeds = sorted(str(p) for p in SEEDS.glob("*.txt"))
    if len(seeds) < 2:
        raise SystemExit(f"framing.bench: error: the seeds are missing from {SEEDS}")
    figures: dict = {"compiled": _native.compiled() or f"no ({_native.REASON})", "runs": repeat}
    with tempfile.TemporaryDirectory() as tmp:
        commands = {
            "analyze_one_seed": ["analyze", seeds[-1]],
            "compare_two_seeds": ["compare", *seeds[:2], "-o", str(Path(tmp) / "c.html")],
            "lesson_two_seeds": ["compare", "--lesson", *seeds[:2], "-o", str(Path(tmp) / "l.html")],
        }
        for name, command in commands.items():
            subprocess.run([sys.executable, "-m", "framing", *command], check=True, capture_output=True)  # caches
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                subprocess.run([sys.executable, "-m", "framing", *command], check=True, capture_output=True)
                times.append(time.perf_counter() - t)
            figures[f"{name}_s_median"] = round(statistics.median(times), 3)
            figures[f"{name}_s_range"] = [round(min(times), 3), round(max(times), 3)]
    return figures


def _print(figures: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(figures, indent=2))
    else:
        for k, v in figures.items():
            print(f"{k:32} {v}")


if __name__ == "__main__":
    sys.exit(main())
