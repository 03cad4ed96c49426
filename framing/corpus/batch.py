"""framing batch: a corpus store, feature tables, an index and (optionally) report pages.

``run_batch(inputs, out_dir, ...)`` writes, deterministically:

* ``framing.sqlite``: the corpus store (:mod:`.store`): articles, every feature value, the evidence,
  the story groups, the errors and the run's settings, one transaction per chunk of articles;
* ``features.csv`` and ``features.jsonl`` (one row per article, the columns of
  :meth:`framing.types.Profile.to_row` and its ``story`` group), ``features.parquet`` with
  ``parquet=True``, written from the store's rows;
* story groups: by a ``story`` field when the input has one, otherwise by TF-IDF cosine similarity
  of the texts (pairs at or above ``threshold`` and published within a few days of each other, where
  dates are known, are linked; a group is a connected set of linked articles);
* ``index.html``: every article and group, sortable and filterable (the table is complete without
  JavaScript), and every input that failed, with its reason;
* ``errors.jsonl``: the failed inputs, one per line;
* with ``pages`` (by default for at most :data:`~.pages.AUTO_PAGES_LIMIT` articles): a report page per
  article (``articles/NAME.html``) and a comparison page per story group (``stories/story-N.html``),
  rendered from the store (:mod:`.pages`; ``framing export-pages`` writes them later). Without them
  the index links to nothing and says to open the corpus with ``framing serve OUT``.

Nothing is lost: articles read = rows written + errors. Results are kept in the store keyed by the
article's content and framing's version (and the reliability model, if any), so a second run over
the same inputs reuses them, and a killed run loses nothing but the chunk it was in. Every other file
is written to a temporary name and renamed into place, so an interrupted run never leaves half a file.
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
from ..atomic import remove_stale_temporaries, write_atomic
from ..errors import FramingError, InputError, UsageError
from ..ingest.files import MAX_ARTICLE_CHARS, iter_input
from ..types import Article, StoryGroup
from ..version import __version__
from .export import write_index
from .pages import AUTO_PAGES_LIMIT, export_pages
from .runner import WorkerPool, default_jobs
from .store import ROW_FROM_ARTICLE, StoreWriter, full_row, packed_analysis, stored_rows
from .stories import DEFAULT_THRESHOLD, TextVectors, group_stories, groups_of
from .tables import TableWriter, with_story

__all__ = ["run_batch", "BatchResult", "safe_names", "group_stories", "DEFAULT_THRESHOLD"]

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
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()[:32]  # 128 bits


# ------------------------------------------------------------------ work units

def _analyze_task(task: tuple[dict[str, Any], str | None]) -> dict[str, Any]:
    """Analyze one article (runs in a worker process): its table row and index summary, and the three
    compressed for the store with its compact profile (:func:`.store.packed_analysis`); or, if anything
    about this one article fails,
    ``{"error": message}``, so that the rest of the run goes on."""
    try:
        return _analyze_article(*task)
    except (KeyboardInterrupt, SystemExit):
        raise
    except FramingError as exc:
        return {"error": str(exc)}
    except Exception as exc:  # one article must not stop the batch: its failure becomes its error row
        return {"error": f"could not be analysed ({type(exc).__name__}: {exc})"[:500]}


def _analyze_article(article_fields: dict[str, Any], model_path: str | None) -> dict[str, Any]:
    from ..render.batch_pages import index_summary

    profile = analyze(Article(**article_fields))
    if model_path:
        from ..learn.reliability import load_reliability_model
        profile = load_reliability_model(model_path).annotate(profile)
    row = profile.to_row()
    if profile.prediction:
        row["prediction.label"] = profile.prediction.get("label")
        row["prediction.probability"] = profile.prediction.get("probability")
    summary = index_summary(profile)
    return {"row": row, "summary": summary, "packed": packed_analysis(profile, row, summary)}


def _where(a: Article) -> str:
    """How an error row names an article: its file (and id), or its id."""
    return f"{a.path} (id {a.id})" if a.path else f"id {a.id}"


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
    pages: bool = False  # were static pages written

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
              max_chars: int | None = MAX_ARTICLE_CHARS, pages: bool | None = None) -> BatchResult:
    """Analyze every article of ``inputs`` into the store of ``out_dir`` and write the tables, the index and
    (``pages``; ``None``: for at most :data:`AUTO_PAGES_LIMIT` articles) the static pages (see the
    module doc).

    Articles stream through in chunks of ``chunk_size``: memory holds one chunk of texts and profiles
    plus a hashed term vector per article (for the story groups).
    """
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

    errors: list[dict[str, str]] = []

    def articles() -> Iterable[Article]:
        for source in inputs:
            for item in iter_input(source, max_chars=max_chars, skip=[out]):
                if isinstance(item, InputError):
                    errors.append({"input": item.where, "error": item.problem})
                else:
                    yield item

    store = StoreWriter(out)
    try:
        store.begin({"threshold": threshold, "model": salt or None, "max_article_size": max_chars,
                     "chunk_size": chunk_size})
        vectors = TextVectors()
        not_english: dict[str, int] = {}  # language -> articles, for the index and the closing line
        stories: list[str | None] = []
        n_kept = 0
        used_names: dict[str, int] = {}
        reused = 0
        update, close = _progress_bar(quiet)
        runner = WorkerPool(jobs, engine, scheduler)
        interrupted = True
        try:
            for chunk in _chunks(articles(), chunk_size):
                names = _unique_names([a.id for a in chunk], used_names)
                keys = [_article_key(a, salt) for a in chunk]
                done = store.cached(keys)
                todo = [i for i, key in enumerate(keys) if key not in done]
                reused += len(chunk) - len(todo)
                update(len(chunk) - len(todo))
                computed = runner.map(_analyze_task, [(_article_fields(chunk[i]), model) for i in todo], update)
                analysed: list[tuple[str, dict[str, Any]]] = []
                for i, r in zip(todo, computed):
                    if "error" in r:
                        errors.append({"input": _where(chunk[i]), "error": r["error"]})
                        continue
                    analysed.append((keys[i], r["packed"]))
                    done[keys[i]] = ({k: v for k, v in r["row"].items() if k not in ROW_FROM_ARTICLE}, r["summary"])
                entries = []
                kept = []
                for a, name, key in zip(chunk, names, keys):
                    got = done.get(key)
                    if got is None:  # its analysis failed: an error row, above
                        continue
                    row, summary = full_row(a, got[0]), got[1]
                    entries.append((n_kept, a, name, key, row, summary))
                    kept.append(a)
                    n_kept += 1
                    if summary.get("language"):
                        not_english[summary["language"]] = not_english.get(summary["language"], 0) + 1
                    stories.append(a.story)
                store.add_chunk(analysed, entries)
                vectors.add_articles(kept)
            interrupted = False
        finally:
            runner.close(interrupted)
            close()

        groups = groups_of(vectors, stories, threshold)
        del vectors
        store.finish_groups(groups)
        con = store.db
        write_pages = n_kept <= AUTO_PAGES_LIMIT if pages is None else pages
        if write_pages:
            errors += export_pages(con, out)
        store.finish(errors)
        write_atomic(out / "errors.jsonl", "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors))
        table = TableWriter(out)
        try:
            for _, _, story, row, _ in stored_rows(con):
                table.add(with_story(row, story))
        except BaseException:
            table.abandon()
            raise
        table.close(parquet)

        write_index(con, out, errors, write_pages, str(out_dir))
    finally:
        store.close()
    return BatchResult(out, n_kept, errors, groups, reused=reused, not_english=dict(sorted(not_english.items())),
                       pages=write_pages)
