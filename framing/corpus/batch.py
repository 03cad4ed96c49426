"""framing batch: feature tables and report pages for a whole corpus.

``run_batch(inputs, out_dir, ...)`` writes, deterministically:

* ``features.csv`` and ``features.jsonl`` (one row per article, the columns of
  :meth:`framing.types.Profile.to_row`), ``features.parquet`` with ``parquet=True``;
* ``articles/NAME.html``: one report page per article;
* ``stories/story-N.html``: a comparison page per group of articles on the same
  story, grouped by a ``story`` field when the input has one, otherwise by
  TF-IDF cosine similarity of the texts (pairs at or above ``threshold`` are
  linked; a group is a connected set of linked articles);
* ``index.html``: every article and group, sortable and filterable (the table
  is complete without JavaScript), and every input that failed, with its reason;
* ``errors.jsonl``: the failed inputs, one per line.

Nothing is lost: articles read = rows written + errors. Results are cached in
``OUT/.framing-cache`` keyed by the article's content and framing's version (and
the reliability model, if any), so a second run over the same inputs reuses
them. Every file is written to a temporary name and renamed into place, so an
interrupted run never leaves half a file.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..analysis import analyze
from ..atomic import atomic_writer, remove_stale_temporaries, write_atomic
from ..compare import compare
from ..errors import FramingError, InputError, UsageError
from ..ingest.files import MAX_ARTICLE_CHARS, iter_input
from ..types import Article, Profile, StoryGroup
from ..version import __version__
from .runner import WorkerPool, default_jobs
from .stories import DEFAULT_THRESHOLD, TextVectors, group_stories, groups_of
from .tables import TableWriter

__all__ = ["run_batch", "BatchResult", "safe_names", "group_stories", "DEFAULT_THRESHOLD", "CACHE_DIR"]

MAX_GROUP_PAGE = 6          # articles shown side by side on one story page
CACHE_DIR = ".framing-cache"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


# ------------------------------------------------------------------ file names and cache keys

def _base_name(raw: str) -> str:
    slug = _UNSAFE.sub("-", raw).strip(".-_")[:60] or "article"
    return f"{slug}-{hashlib.sha1(raw.encode('utf-8')).hexdigest()[:8]}"


def safe_names(ids: Sequence[str]) -> list[str]:
    """File-name stems for article ids: safe characters, short, unique and stable.

    ``../x`` -> ``x-<hash>``; the hash of the full id keeps distinct ids apart,
    and a repeated id gets ``-2``, ``-3`` ... in input order.
    """
    return _unique_names(ids, {})


def _unique_names(ids: Sequence[str], used: dict[str, int]) -> list[str]:
    """:func:`safe_names` across chunks: ``used`` counts the names given so far."""
    out = []
    for raw in ids:
        name = _base_name(raw)
        n = used.get(name, 0) + 1
        used[name] = n
        out.append(name if n == 1 else f"{name}-{n}")
    return out


# what a cached profile's numbers mean: bumped when a headline value changes meaning, so that a cache made
# before is not mixed with new results ("own voice": the writing features count outside quotations)
PROFILE_MEANING = "own voice"


def _article_key(article: Article, salt: str) -> str:
    fields = [__version__, PROFILE_MEANING, salt, article.id, article.title, article.text, article.source, article.url, article.date,
              article.story]
    if article.author is not None:  # (articles without an author keep the keys they had)
        fields.append(article.author)
    payload = json.dumps(fields, ensure_ascii=False)
    # "surrogatepass": a key for any string (the loaders refuse lone surrogates; a library caller may not)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


# ------------------------------------------------------------------ work units

def _analyze_task(task: tuple[dict[str, Any], str | None]) -> dict[str, str]:
    """Analyze one article (runs in a worker process): its cache entry and its page, as text; or, if
    anything about this one article fails, ``{"error": message}``, so that the rest of the run goes on.

    The cache entry's first line holds the table row and the index summary,
    the second the whole profile, so a cache hit reads one short line.
    """
    try:
        return _analyze_article(*task)
    except (KeyboardInterrupt, SystemExit):
        raise
    except FramingError as exc:
        return {"error": str(exc)}
    except Exception as exc:  # one article must not stop the batch: its failure becomes its error row
        return {"error": f"could not be analysed ({type(exc).__name__}: {exc})"[:500]}


def _analyze_article(article_fields: dict[str, Any], model_path: str | None) -> dict[str, str]:
    from ..render.batch_pages import index_summary, render_article_page

    profile = analyze(Article(**article_fields))
    if model_path:
        from ..learn.reliability import load_reliability_model
        profile = load_reliability_model(model_path).annotate(profile)
    row = profile.to_row()
    if profile.prediction:
        row["prediction.label"] = profile.prediction.get("label")
        row["prediction.probability"] = profile.prediction.get("probability")
    head = json.dumps({"row": row, "summary": index_summary(profile)}, ensure_ascii=False)
    return {"entry": head + "\n" + json.dumps(profile.to_dict(), ensure_ascii=False) + "\n",
            "page": render_article_page(profile)}


def _where(a: Article) -> str:
    """How an error row names an article: its file (and id), or its id."""
    return f"{a.path} (id {a.id})" if a.path else f"id {a.id}"


def _read_head(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        return json.loads(fh.readline())


def _read_profile(path: Path) -> Profile:
    with path.open(encoding="utf-8") as fh:
        fh.readline()
        return Profile.from_dict(json.loads(fh.readline()))


def _article_fields(a: Article) -> dict[str, Any]:
    return {"id": a.id, "title": a.title, "text": a.text, "source": a.source, "url": a.url, "date": a.date,
            "story": a.story, "author": a.author}


# ------------------------------------------------------------------ the run

@dataclass
class BatchResult:
    out_dir: Path
    n_articles: int
    errors: list[dict[str, str]] = field(default_factory=list)
    groups: list[StoryGroup] = field(default_factory=list)
    reused: int = 0
    not_english: dict[str, int] = field(default_factory=dict)  # language code -> articles (not English)

    @property
    def ok(self) -> bool:
        return not self.errors


def _progress_bar(quiet: bool):
    if quiet or not sys.stderr.isatty():
        return lambda n: None, lambda: None
    from tqdm import tqdm

    bar = tqdm(unit="article", file=sys.stderr, dynamic_ncols=True)
    return bar.update, bar.close


def _chunks(items: Iterable[Any], size: int) -> Iterable[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_batch(inputs: Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *, jobs: int | None = None,
              quiet: bool = False, parquet: bool = False, threshold: float | None = None, engine: str = "local",
              scheduler: str | None = None, model: str | None = None, chunk_size: int = 64,
              max_chars: int | None = MAX_ARTICLE_CHARS) -> BatchResult:
    """Analyze every article of ``inputs`` and write tables and pages to ``out_dir`` (see the module doc).

    Articles stream through in chunks of ``chunk_size``: memory holds one chunk
    of texts and profiles plus a small summary and hashed term vector per article.
    """
    from ..render.batch_pages import render_group_page, render_index

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise FramingError(f"{out}: exists and is not a folder")
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    if not 0.0 < threshold <= 1.0:
        raise UsageError(f"--threshold must be in (0, 1], got {threshold}")
    jobs = default_jobs(jobs)
    if engine not in ("local", "dask"):
        raise UsageError(f"--engine must be 'local' or 'dask', got {engine!r}")
    salt = ""
    if model:
        model_path = Path(model)
        if not model_path.is_file():
            raise InputError(str(model), "no such model file")
        salt = hashlib.sha256(model_path.read_bytes()).hexdigest()
        model = str(model_path.resolve())
    for source in inputs:
        if str(source) != "-" and Path(source).is_dir() and Path(source).resolve() == out.resolve():
            raise UsageError(f"{out}: the output folder is the input folder; its outputs would be read as articles "
                             f"on the next run: give another --out (e.g. {Path(source) / 'framing-out'})")
    out.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(out)  # what a killed run left behind
    cache = out / CACHE_DIR

    errors: list[dict[str, str]] = []

    def articles() -> Iterable[Article]:
        for source in inputs:
            for item in iter_input(source, max_chars=max_chars, skip=[out]):
                if isinstance(item, InputError):
                    errors.append({"input": item.where, "error": item.problem})
                else:
                    yield item

    table = TableWriter(out)
    vectors = TextVectors()
    # per article, only (file name, cache key, title) stay in memory; the index rows go to a spill file
    kept: list[tuple[str, str, str]] = []
    spill_path = out / f".index-rows.{os.getpid()}.tmp"
    spill = spill_path.open("w", encoding="utf-8")
    has_predictions = False
    not_english: dict[str, int] = {}  # language -> articles, for the index and the closing line
    stories: list[str | None] = []
    used_names: dict[str, int] = {}
    reused = 0
    update, close = _progress_bar(quiet)
    runner = WorkerPool(jobs, engine, scheduler)
    interrupted = True
    try:
        for chunk in _chunks(articles(), chunk_size):
            names = _unique_names([a.id for a in chunk], used_names)
            keys = [_article_key(a, salt) for a in chunk]
            heads: list[dict[str, Any] | None] = [None] * len(chunk)
            todo: list[int] = []
            for i, key in enumerate(keys):
                path = cache / key[:2] / f"{key}.json"
                if path.is_file() and (out / "articles" / f"{names[i]}.html").is_file():
                    try:
                        heads[i] = _read_head(path)
                        reused += 1
                        update(1)
                        continue
                    except (OSError, ValueError):
                        pass
                todo.append(i)
            computed = runner.map(_analyze_task, [(_article_fields(chunk[i]), model) for i in todo], update)
            for i, r in zip(todo, computed):
                if "error" in r:
                    errors.append({"input": _where(chunk[i]), "error": r["error"]})
                    continue
                write_atomic(cache / keys[i][:2] / f"{keys[i]}.json", r["entry"])
                write_atomic(out / "articles" / f"{names[i]}.html", r["page"])
                heads[i] = json.loads(r["entry"].split("\n", 1)[0])
            for a, name, key, head in zip(chunk, names, keys, heads):
                if head is None:  # its analysis failed: an error row, above
                    continue
                table.add(head["row"])
                summary = head["summary"]  # type: ignore[index]
                spill.write(json.dumps({"name": name, **summary}, ensure_ascii=False) + "\n")
                kept.append((name, key, summary["title"]))
                has_predictions = has_predictions or bool(summary.get("prediction"))
                if summary.get("language"):
                    not_english[summary["language"]] = not_english.get(summary["language"], 0) + 1
                stories.append(a.story)
            vectors.add_articles([a for a, head in zip(chunk, heads) if head is not None])
        interrupted = False
    finally:
        runner.close(interrupted)
        close()
        spill.close()
        if interrupted:
            table.abandon()
            spill_path.unlink(missing_ok=True)
    table.close(parquet)

    groups = groups_of(vectors, stories, threshold)
    del vectors
    for g in groups:
        shown = g.members[:MAX_GROUP_PAGE]
        members = [_read_profile(cache / kept[i][1][:2] / f"{kept[i][1]}.json") for i in shown]
        extra = [(kept[i][2], kept[i][0]) for i in g.members[MAX_GROUP_PAGE:]]
        try:
            page = render_group_page(compare(members), g, [kept[i][0] for i in shown], extra)
        except Exception as exc:  # a story page that cannot be made is an error row, not the end of the run
            errors.append({"input": f"story {g.name}", "error": f"could not be compared ({type(exc).__name__}: {exc})"})
            continue
        write_atomic(out / "stories" / f"{g.name}.html", page)
    write_atomic(out / "errors.jsonl", "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors))

    def rows() -> Iterable[dict[str, Any]]:
        with spill_path.open(encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)

    with atomic_writer(out / "index.html") as fh:
        for piece in render_index(rows(), len(kept), [t for _, _, t in kept], groups, errors, threshold,
                                  has_predictions, not_english):
            fh.write(piece)
    spill_path.unlink()
    return BatchResult(out, len(kept), errors, groups, reused=reused, not_english=dict(sorted(not_english.items())))

