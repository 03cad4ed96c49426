"""The ``framing`` command: thin subcommands over the library.

``main(argv) -> int``: 0 on success, 1 on bad input (one line on stderr naming
the file and the problem), 2 on bad usage (argparse).
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from pathlib import Path
from typing import Sequence, TextIO

from . import _native
from .analysis import analyze
from .atomic import write_atomic
from .compare import compare
from .compare.similarity import SAME_STORY
from .errors import FramingError
from .evaluation import TASKS, evaluate, format_result
from .ingest.files import MAX_ARTICLE_CHARS, load_many
from .render import render_comparison
from .render.lesson_page import render_lesson, render_worksheet
from .render.pdf import write_pdf
from .render.text import format_text
from .version import __version__

FORMATS = ("text", "json", "jsonl")


def _size(value: str) -> int | None:
    """--max-article-size: a positive number of characters, or 0 for no limit."""
    try:
        n = int(value.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of characters: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must be 0 (no limit) or more")
    return n or None


def _size_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-article-size", type=_size, default=MAX_ARTICLE_CHARS, metavar="CHARS",
                   help=f"refuse articles longer than CHARS characters (default {MAX_ARTICLE_CHARS:,}; 0: no limit)")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="framing", description="Measure how news articles are written, "
                                "with the evidence behind every number.")
    core = "compiled" if _native.compiled() else f"pure Python: {_native.REASON}"
    p.add_argument("--version", action="version",
                   version=f"framing {__version__} (analysis core {core})")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    a = sub.add_parser("analyze", help="features and evidence per article",
                       description="Compute every feature of each article, with its evidence spans.")
    a.add_argument("files", nargs="+", metavar="FILE", help="article files (.txt .md .html .json .jsonl .csv) or - for stdin")
    a.add_argument("--format", choices=FORMATS, default="text", help="output format (default: text)")
    a.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output (- also means it)")
    a.add_argument("--model", metavar="FILE", help="a reliability model (framing sources --save-model) to "
                   "add a predicted label and probability to each article")
    _size_option(a)

    c = sub.add_parser("compare", help="side-by-side HTML report of 2..N articles",
                       description="Write a self-contained HTML report comparing 2 or more articles.")
    c.add_argument("files", nargs="+", metavar="FILE", help="article files, or one file holding several articles")
    c.add_argument("-o", "--output", metavar="FILE", required=True, help="the HTML file to write (- for standard output)")
    c.add_argument("--lesson", action="store_true", help="the teacher's lesson: headlines, choices and questions "
                   "first, the texts one highlight layer at a time, the numbers after, a glossary for students")
    c.add_argument("--worksheet", action="store_true", help="also write the student's worksheet (texts unmarked, "
                   "the questions, room to answer) as NAME-worksheet.html and the answer key as NAME-key.html")
    c.add_argument("--pdf", action="store_true", help="also print every page written to PDF (NAME.pdf), with a "
                   "headless Chromium (Debian's chromium)")
    c.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size of the PDFs (default a4)")
    _size_option(c)

    b = sub.add_parser("batch", help="feature tables and reports for a whole corpus",
                       description="Analyze every article of folders/JSONL/CSV inputs into a corpus store "
                       "(framing.sqlite): features.csv, features.jsonl, index.html and, with --pages (by default "
                       "for at most 1,000 articles), a report page per article and comparison pages per story.")
    b.add_argument("inputs", nargs="+", metavar="INPUT", help="a folder of articles, a .jsonl or a .csv (or files)")
    b.add_argument("--out", required=True, metavar="DIR", help="the output folder")
    b.add_argument("--jobs", type=int, default=None, metavar="N", help="worker processes (default: all cores)")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--parquet", action="store_true", help="also write features.parquet (needs pyarrow)")
    b.add_argument("--threshold", type=float, default=None, metavar="T",
                   help=f"topic similarity from which articles are grouped as one story (default {SAME_STORY:.2f}, the "
                        "comparison's \"same story\")")
    b.add_argument("--engine", choices=("local", "dask"), default="local", help="where to run the analysis")
    b.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address (with --engine dask)")
    b.add_argument("--model", metavar="FILE", help="a reliability model to add predictions")
    pages = b.add_mutually_exclusive_group()
    pages.add_argument("--pages", dest="pages", action="store_true", default=None,
                       help="write a static page per article and per story (default: only for at most 1,000 articles)")
    pages.add_argument("--no-pages", dest="pages", action="store_false",
                       help="no static pages (open the corpus with framing serve OUT)")
    _size_option(b)

    ep = sub.add_parser("export-pages", help="write a batch's static pages from its store",
                        description="Write the report page of every article and the comparison page of every "
                        "story of a batch folder (OUT/articles, OUT/stories), from its store, and link them "
                        "from its index.")
    ep.add_argument("store", metavar="OUT", help="a folder written by framing batch")
    ep.add_argument("--quiet", action="store_true", help="no progress bar")

    so = sub.add_parser("sources", help="profiles of news sources, and a reliability model",
                        description="Per-source feature means with 95%% confidence intervals and distinctive "
                        "vocabulary; with --labels, a model predicting the label from the features.")
    so.add_argument("inputs", nargs="+", metavar="CORPUS", help="articles with a 'source' field (.jsonl, .csv, folder), or a framing batch folder (its store is read, not analysed again)")
    so.add_argument("--labels", metavar="LABELS", help="labels per source or per article: JSONL {id, label}")
    so.add_argument("--out", required=True, metavar="DIR", help="the output folder")
    so.add_argument("--save-model", metavar="FILE", help="write the fitted model (JSON) to FILE (only a model that "
                    "beats the majority-class baseline under source-disjoint cross-validation)")
    so.add_argument("--force", action="store_true", help="with --save-model: save the model even if it does not "
                    "beat the baseline")
    so.add_argument("--jobs", type=int, default=None, metavar="N", help="worker processes (default: all cores)")
    so.add_argument("--quiet", action="store_true", help="no progress bar")
    _size_option(so)

    e = sub.add_parser("evaluate", help="agreement with human annotations",
                       description="Score framing's evidence against human span or sentence labels.")
    e.add_argument("task", choices=TASKS, help="attribution (PolNeAR), hedging (WikiWeasel) or alarmist (PTC)")
    e.add_argument("--articles", required=True, metavar="A.jsonl", help="articles: id, title, text per line")
    e.add_argument("--labels", required=True, metavar="L.jsonl", help="labels: id, label[, start, end] per line")
    e.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    e.add_argument("--cross-validate", action="store_true",
                   help="retrain the task's model on these files and report its 5-fold cross-validated figures")
    _review_parsers(sub)
    sv = sub.add_parser("serve", help="a local web page: compare, lessons, review, browse a batch store",
                        description="Open a web page on this computer (http://127.0.0.1:8000/ by default) to "
                        "compare pasted or uploaded articles, print the lesson and worksheet, review a draft, "
                        "and browse the store a batch wrote (framing serve OUT_DIR). Needs framing[serve].")
    sv.add_argument("store", nargs="?", metavar="STORE_DIR", help="a folder written by framing batch, to browse")
    sv.add_argument("--host", default="127.0.0.1", help="the address to listen on (default 127.0.0.1: this "
                    "computer only)")
    sv.add_argument("--port", type=int, default=8000, help="the port (default 8000)")
    return p


def _review_parsers(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    r = sub.add_parser("review", help="an editor's checklist for drafts (prose-linter style)",
                       description="Check drafts the way an editor would: unattributed claims, vague sources, "
                       "loaded report verbs, alarm in the writer's own voice, certain predictions, stacked hedges, "
                       "headlines the body does not support, quotes with no speaker, shouting, very hard sentences; "
                       "with --profile, numbers outside the newsroom's norms. Exit codes: 0 done (no finding at "
                       "or above --fail-on), 1 a finding at or above --fail-on, or a file that cannot be read, "
                       "2 bad usage or a bad configuration.")
    r.add_argument("files", nargs="+", metavar="DRAFT", help="drafts (.txt .md .html .json .jsonl .csv) or - for stdin")
    r.add_argument("--format", choices=("text", "json", "sarif"), default="text", help="output format (default: text)")
    r.add_argument("--fail-on", choices=("error", "warning"), default=None,
                   help="exit 1 when a finding at or above this severity exists (default: the configuration's "
                   "fail-on, else never)")
    r.add_argument("--profile", metavar="HOUSE.json", help="a house profile (framing profile build) to hold the "
                   "drafts' numbers against")
    r.add_argument("--config", metavar="FILE", help="a pyproject.toml or framing.toml with [tool.framing.review] "
                   "(default: the nearest one from the current folder upwards)")
    r.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    _size_option(r)

    pr = sub.add_parser("profile", help="a newsroom's norms from its published articles",
                        description="House profiles for framing review --profile.")
    prs = pr.add_subparsers(dest="profile_command", required=True, metavar="ACTION")
    pb = prs.add_parser("build", help="percentiles of every number over published articles",
                        description="Record the 5th, 25th, 50th, 75th and 95th percentiles of every feature value "
                        "and measure over the published articles, for framing review --profile.")
    pb.add_argument("files", nargs="+", metavar="PUBLISHED", help="published articles (files, folders, .jsonl, .csv)")
    pb.add_argument("-o", "--output", metavar="FILE", required=True, help="the house profile to write (JSON)")
    _size_option(pb)


def _write(path: str | None, content: str) -> None:
    if path is None or path == "-":
        try:
            sys.stdout.write(content)
        except UnicodeEncodeError:  # a terminal that cannot show all characters
            sys.stdout.flush()
            sys.stdout.buffer.write(content.encode(sys.stdout.encoding or "utf-8", errors="backslashreplace"))
        return
    if Path(path).is_dir():
        raise FramingError(f"{path}: is a folder; give a file name for the output")
    write_atomic(path, content)  # a regular file atomically; a link, a FIFO or a device written through


def _analyze(args: argparse.Namespace) -> int:
    profiles = [analyze(a) for a in load_many(args.files, max_chars=args.max_article_size)]
    if args.model:
        from .learn.reliability import load_reliability_model
        model = load_reliability_model(args.model)
        profiles = [model.annotate(p) for p in profiles]
    if args.format == "json":
        content = json.dumps([p.to_dict() for p in profiles], ensure_ascii=False, indent=2) + "\n"
    elif args.format == "jsonl":
        content = "".join(json.dumps(p.to_dict(), ensure_ascii=False) + "\n" for p in profiles)
    else:
        content = "\n".join(format_text(p) for p in profiles)
    _write(args.output, content)
    return 0


def _compare(args: argparse.Namespace) -> int:
    articles = load_many(args.files, max_chars=args.max_article_size)
    if len(articles) < 2:
        raise FramingError(f"compare needs at least 2 articles; the input holds {len(articles)}")
    if args.output == "-" and (args.worksheet or args.pdf):
        raise FramingError("--worksheet and --pdf write files beside the report: give -o a file name, not -")
    comparison = compare([analyze(a) for a in articles])
    pages = [(args.output, render_lesson(comparison) if args.lesson else render_comparison(comparison))]
    if args.worksheet:
        stem = Path(args.output)
        pages.append((str(stem.with_name(stem.stem + "-worksheet.html")), render_worksheet(comparison)))
        pages.append((str(stem.with_name(stem.stem + "-key.html")), render_worksheet(comparison, key=True)))
    for path, html in pages:
        _write(path, html)
        if path != "-":
            print(f"wrote {path} ({len(articles)} articles)", file=sys.stderr)
    if args.pdf:
        for path, html in pages:
            pdf = str(Path(path).with_suffix(".pdf"))
            write_pdf(html, pdf, args.paper)
            print(f"wrote {pdf}", file=sys.stderr)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    if args.cross_validate:
        from .learn.training.cross_validation import cross_validate, format_cross_validation

        cv = cross_validate(args.task, args.articles, args.labels)
        sys.stdout.write(json.dumps(cv, indent=2) + "\n" if args.format == "json" else format_cross_validation(cv))
        return 0
    result = evaluate(args.task, args.articles, args.labels)
    if args.format == "json":
        sys.stdout.write(json.dumps(result.to_dict(), indent=2) + "\n")
    else:
        sys.stdout.write(format_result(result))
    return 0


def _batch(args: argparse.Namespace) -> int:
    """Exit 0 when every input was read, 1 when some failed (each named on stderr)."""
    from .corpus.batch import run_batch

    result = run_batch(args.inputs, args.out, jobs=args.jobs, quiet=args.quiet, parquet=args.parquet,
                       threshold=args.threshold, engine=args.engine, scheduler=args.scheduler, model=args.model,
                       max_chars=args.max_article_size, pages=args.pages)
    if not args.quiet:
        other = sum(result.not_english.values())
        print(f"framing batch: {result.n_articles} articles"
              + (f" ({other} not in English: " + ", ".join(f"{k} {n}" for k, n in result.not_english.items()) + ")"
                 if other else "")
              + f", {len(result.groups)} story groups, "
              f"{len(result.errors)} failed inputs ({result.reused} reused from the store) -> {result.out_dir}"
              + ("" if result.pages else f" (no static pages: framing serve {result.out_dir})"),
              file=sys.stderr)
    for e in result.errors:
        print(f"framing: error: {e['input']}: {e['error']}", file=sys.stderr)
    return 0 if result.ok else 1


def _export_pages(args: argparse.Namespace) -> int:
    from .corpus.export import export_batch_pages

    n, errors = export_batch_pages(args.store, quiet=args.quiet)
    if not args.quiet:
        print(f"framing export-pages: {n} article pages and their story pages -> {args.store}", file=sys.stderr)
    for e in errors:
        print(f"framing: error: {e['input']}: {e['error']}", file=sys.stderr)
    return 0 if not errors else 1


def _sources(args: argparse.Namespace) -> int:
    from .corpus.sources import run_sources

    t0 = time.monotonic()
    result = run_sources(args.inputs, args.out, labels=args.labels, save_model=args.save_model, force=args.force,
                         jobs=args.jobs, progress=not args.quiet, max_chars=args.max_article_size)
    if not args.quiet:
        out = result.out_dir
        msg = (f"wrote {out}/sources.html, sources.csv, sources.json ({result.n_articles} articles, "
               f"{result.n_sources} sources")
        if result.report is not None:
            cv = result.report["cv"]
            if cv.get("n_folds"):
                msg += (f"; model: accuracy {cv['accuracy']:.3f}, macro-F1 {cv['macro_f1']:.3f}, majority baseline "
                        f"{cv['baseline']['accuracy']:.3f}, {cv['n_folds']} source-disjoint folds")
                if not cv.get("beats_baseline"):
                    msg += "; THE MODEL DOES NOT BEAT THE BASELINE"
            msg += "; model_report.json" + (f"; model saved to {args.save_model}" if args.save_model else "")
        print(msg + f") in {time.monotonic() - t0:.1f} s", file=sys.stderr)
    return 0


def _review(args: argparse.Namespace) -> int:
    """Exit 1 when a finding is at or above --fail-on (or the configuration's fail-on)."""
    from .review import draft_names, review_profiles, should_fail
    from .review.config import ConfigError, load_config
    from .review.house import load_house_profile
    from .review.output import format_json, format_text
    from .review.sarif import format_sarif

    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(f"framing: error: {exc}", file=sys.stderr)
        return 2
    profile_path = args.profile or config.profile
    house = load_house_profile(profile_path) if profile_path else None
    articles = load_many(args.files, max_chars=args.max_article_size)
    findings = review_profiles([analyze(a) for a in articles], config, house)
    names = draft_names(articles)
    if args.format == "json":
        content = format_json(findings, names)
    elif args.format == "sarif":
        content = format_sarif(findings)
    else:
        content = format_text(findings, names)
    _write(args.output, content)
    return 1 if should_fail(findings, args.fail_on or config.fail_on) else 0


def _serve(args: argparse.Namespace) -> int:
    from .serve.server import serve  # Starlette and uvicorn are imported by this command only

    serve(args.store, host=args.host, port=args.port)
    return 0


def _profile(args: argparse.Namespace) -> int:
    from .review.house import build_house_profile, load_published

    articles = load_published(args.files, max_chars=args.max_article_size)
    house = build_house_profile([analyze(a) for a in articles])
    _write(args.output, json.dumps(house, ensure_ascii=False, indent=1) + "\n")
    if args.output != "-":
        print(f"wrote {args.output} ({house['n_articles']} articles, {len(house['columns'])} numbers)", file=sys.stderr)
    return 0


class Terminated(BaseException):
    """SIGTERM arrived (see :func:`run`). A BaseException, like KeyboardInterrupt, so that the places
    that turn one article's failure into its error row (``except Exception``) let it through."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


def main(argv: Sequence[str] | None = None, stderr: TextIO | None = None) -> int:
    """Run the command line; returns the exit code: 0 done, 1 bad input or a failed write (one line on
    stderr), 2 bad usage, 70 an internal error (one line; FRAMING_DEBUG=1 shows the traceback), 130
    interrupted (Ctrl-C), 143 terminated (SIGTERM)."""
    stderr = stderr or sys.stderr
    args = _parser().parse_args(argv)
    try:
        if args.command == "analyze":
            return _analyze(args)
        if args.command == "evaluate":
            return _evaluate(args)
        if args.command == "batch":
            return _batch(args)
        if args.command == "export-pages":
            return _export_pages(args)
        if args.command == "sources":
            return _sources(args)
        if args.command == "review":
            return _review(args)
        if args.command == "profile":
            return _profile(args)
        if args.command == "serve":
            return _serve(args)
        return _compare(args)
    except FramingError as exc:
        print(f"framing: error: {exc}", file=stderr)
        return 1
    except OSError as exc:
        where = getattr(exc, "filename", None) or ""
        print(f"framing: error: {where}{': ' if where else ''}{exc.strerror or exc}", file=stderr)
        return 1
    except KeyboardInterrupt:
        print("framing: interrupted", file=stderr)
        return 130
    except Terminated:
        print("framing: terminated", file=stderr)
        return 143
    except (MemoryError, RecursionError) as exc:
        print(f"framing: error: the input is too large or too deeply nested to process ({type(exc).__name__})",
              file=stderr)
        return 1
    except Exception as exc:  # a bug: one line for the user, the traceback on request
        if os.environ.get("FRAMING_DEBUG"):
            raise
        print(f"framing: internal error: {type(exc).__name__}: {exc} (run with FRAMING_DEBUG=1 for the "
              "traceback, and please report it)", file=stderr)
        return 70


def run() -> None:
    """Console-script entry point: SIGTERM ends the command like Ctrl-C, with one line and exit code 143."""
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 0
    sys.exit(code)
