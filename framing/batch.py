"""framing batch: feature tables and report pages for a whole corpus.

``run_batch(inputs, out_dir, ...)`` writes, deterministically:

* ``features.csv`` and ``features.jsonl`` (one row per article, the columns of
  :mod:`framing.table`), ``features.parquet`` with ``parquet=True``;
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

import csv
import hashlib
import io
import json
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Sequence

from . import __version__
from .analysis import analyze
from .articles import iter_input
from .comparison import compare
from .errors import FramingError, InputError, UsageError
from .table import META_COLUMNS, feature_row
from .types import Article, Profile

DEFAULT_THRESHOLD = 0.30
MAX_GROUP_PAGE = 6          # articles shown side by side on one story page
MAX_SIMILARITY_ARTICLES = 20_000  # above this, stories come only from a `story` field
CACHE_DIR = ".framing-cache"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


# ------------------------------------------------------------------ small helpers

def write_atomic(path: Path, content: str | bytes) -> None:
    """Write a file so that readers see the old or the new content, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if isinstance(content, str):
        tmp.write_text(content, encoding="utf-8")
    else:
        tmp.write_bytes(content)
    os.replace(tmp, path)


def safe_names(ids: Sequence[str]) -> list[str]:
    """File-name stems for article ids: safe characters, short, unique and stable.

    ``../x`` -> ``x-<hash>``; the hash of the full id keeps distinct ids apart,
    and a repeated id gets ``-2``, ``-3`` ... in input order.
    """
    out: list[str] = []
    seen: dict[str, int] = {}
    for raw in ids:
        slug = _UNSAFE.sub("-", raw).strip(".-_")[:60] or "article"
        digest = hashlib.sha1(raw.encode("utf-8")).hexdigest()[:8]
        name = f"{slug}-{digest}"
        n = seen.get(name, 0) + 1
        seen[name] = n
        out.append(name if n == 1 else f"{name}-{n}")
    return out


def _article_key(article: Article, salt: str) -> str:
    payload = json.dumps([__version__, salt, article.id, article.title, article.text, article.source,
                          article.url, article.date, article.story], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _csv_text(rows: list[dict[str, Any]], columns: list[str]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in columns})
    return buf.getvalue()


# ------------------------------------------------------------------ work units

def _analyze_task(task: tuple[dict[str, Any], str | None]) -> dict[str, Any]:
    """Analyze one article and render its page (runs in a worker process)."""
    from .batch_report import render_article_page

    article_fields, model_path = task
    profile = analyze(Article(**article_fields))
    if model_path:
        from .reliability import load_reliability_model
        profile = load_reliability_model(model_path).annotate(profile)
    return {"profile": profile.to_dict(), "page": render_article_page(profile)}


def _article_fields(a: Article) -> dict[str, Any]:
    return {"id": a.id, "title": a.title, "text": a.text, "source": a.source, "url": a.url, "date": a.date,
            "story": a.story}


def _run(tasks: list[Any], func: Callable[[Any], Any], jobs: int, engine: str, scheduler: str | None,
         progress: Callable[[int], None]) -> list[Any]:
    """Run ``func`` over ``tasks`` in order: locally (processes) or on a Dask cluster."""
    if not tasks:
        return []
    if engine == "dask":
        try:
            from distributed import Client
        except ImportError:
            raise FramingError("--engine dask needs the 'distributed' package: pip install 'framing[dask]'") \
                from None
        if not scheduler:
            raise UsageError("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
        client = Client(scheduler)
        try:
            futures = client.map(func, tasks, pure=False)
            results = []
            for fut in futures:
                results.append(fut.result())
                progress(1)
            return results
        finally:
            client.close()
    if jobs <= 1 or len(tasks) < 4:
        results = []
        for t in tasks:
            results.append(func(t))
            progress(1)
        return results
    results = []
    chunk = max(1, min(64, len(tasks) // (jobs * 8) or 1))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for r in pool.map(func, tasks, chunksize=chunk):
            results.append(r)
            progress(1)
    return results


# ------------------------------------------------------------------ stories

@dataclass
class Group:
    key: str
    members: list[int]
    by: str  # "story field" or "similarity"
    similarity: float | None  # mean pairwise TF-IDF cosine
    name: str = ""


def _similarity_matrix_pairs(texts: list[str], threshold: float) -> tuple[list[tuple[int, int, float]], Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    try:
        x = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=1).fit_transform(texts)
    except ValueError:
        return [], None
    pairs = []
    block = 1000
    for start in range(0, x.shape[0], block):
        sims = (x[start:start + block] @ x.T).tocoo()
        for i, j, v in zip(sims.row, sims.col, sims.data):
            a, b = start + int(i), int(j)
            if a < b and v >= threshold:
                pairs.append((a, b, float(v)))
    return pairs, x


def _mean_pairwise(x: Any, members: list[int]) -> float:
    sub = x[members]
    sims = (sub @ sub.T).toarray()
    n = len(members)
    total = sum(sims[i][j] for i in range(n) for j in range(i + 1, n))
    return round(total / (n * (n - 1) / 2), 3)


def group_stories(articles: list[Article], threshold: float = DEFAULT_THRESHOLD) -> list[Group]:
    """Groups of 2+ articles on the same story: by ``story`` field if any article has one, else by similarity."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [f"{a.title}\n{a.text}" for a in articles]
    if any(a.story for a in articles):
        by_key: dict[str, list[int]] = {}
        for i, a in enumerate(articles):
            if a.story:
                by_key.setdefault(a.story, []).append(i)
        groups = [Group(k, v, "story field", None) for k, v in sorted(by_key.items()) if len(v) >= 2]
        if groups:
            try:
                x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
                for g in groups:
                    g.similarity = _mean_pairwise(x, g.members)
            except ValueError:
                pass
    else:
        if len(articles) > MAX_SIMILARITY_ARTICLES:
            return []
        pairs, x = _similarity_matrix_pairs(texts, threshold)
        parent = list(range(len(articles)))

        def root(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for a, b, _ in pairs:
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
        comps: dict[int, list[int]] = {}
        for i in range(len(articles)):
            comps.setdefault(root(i), []).append(i)
        groups = [Group(str(r), m, "similarity", _mean_pairwise(x, m)) for r, m in sorted(comps.items())
                  if len(m) >= 2]
    for n, g in enumerate(groups, 1):
        g.name = f"story-{n}"
    return groups


# ------------------------------------------------------------------ the run

@dataclass
class BatchResult:
    out_dir: Path
    n_articles: int
    errors: list[dict[str, str]] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    reused: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


def _progress_bar(total: int, quiet: bool):
    if quiet or not sys.stderr.isatty() or total == 0:
        return lambda n: None, lambda: None
    from tqdm import tqdm

    bar = tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)
    return bar.update, bar.close


def run_batch(inputs: Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *, jobs: int | None = None,
              quiet: bool = False, parquet: bool = False, threshold: float | None = None, engine: str = "local",
              scheduler: str | None = None, model: str | None = None) -> BatchResult:
    """Analyze every article of ``inputs`` and write tables and pages to ``out_dir`` (see the module doc)."""
    from .batch_report import render_group_page, render_index

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise FramingError(f"{out}: exists and is not a folder")
    threshold = DEFAULT_THRESHOLD if threshold is None else threshold
    if not 0.0 < threshold <= 1.0:
        raise UsageError(f"--threshold must be in (0, 1], got {threshold}")
    jobs = (os.cpu_count() or 1) if jobs is None else jobs
    if jobs < 1:
        raise UsageError(f"--jobs must be at least 1, got {jobs}")
    if engine not in ("local", "dask"):
        raise UsageError(f"--engine must be 'local' or 'dask', got {engine!r}")
    salt = ""
    if model:
        model_path = Path(model)
        if not model_path.is_file():
            raise InputError(str(model), "no such model file")
        salt = hashlib.sha256(model_path.read_bytes()).hexdigest()
        model = str(model_path.resolve())

    articles: list[Article] = []
    errors: list[dict[str, str]] = []
    for source in inputs:
        for item in iter_input(source):
            if isinstance(item, InputError):
                errors.append({"input": item.where, "error": item.problem})
            else:
                articles.append(item)

    names = safe_names([a.id for a in articles])
    cache = out / CACHE_DIR
    keys = [_article_key(a, salt) for a in articles]
    results: list[dict[str, Any] | None] = [None] * len(articles)
    todo: list[int] = []
    for i, key in enumerate(keys):
        path = cache / key[:2] / f"{key}.json"
        if path.is_file() and (out / "articles" / f"{names[i]}.html").is_file():
            try:
                results[i] = {"profile": json.loads(path.read_text(encoding="utf-8"))}
                continue
            except (OSError, json.JSONDecodeError):
                pass
        todo.append(i)
    update, close = _progress_bar(len(todo), quiet)
    try:
        computed = _run([(_article_fields(articles[i]), model) for i in todo], _analyze_task, jobs, engine,
                        scheduler, update)
    finally:
        close()
    for i, r in zip(todo, computed):
        results[i] = r
        key = keys[i]
        write_atomic(cache / key[:2] / f"{key}.json", json.dumps(r["profile"], ensure_ascii=False))
        write_atomic(out / "articles" / f"{names[i]}.html", r["page"])

    profiles = [Profile.from_dict(r["profile"]) for r in results if r is not None]
    rows = [feature_row(p) for p in profiles]
    for row, p in zip(rows, profiles):
        if p.prediction:
            row["prediction.label"] = p.prediction.get("label")
            row["prediction.probability"] = p.prediction.get("probability")
    columns = list(rows[0].keys()) if rows else list(META_COLUMNS)
    write_atomic(out / "features.csv", _csv_text(rows, columns))
    write_atomic(out / "features.jsonl", "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    if parquet:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise FramingError("--parquet needs pyarrow: pip install pyarrow") from None
        buf = io.BytesIO()
        pq.write_table(pa.Table.from_pylist(rows), buf)
        write_atomic(out / "features.parquet", buf.getvalue())

    groups = group_stories([p.article for p in profiles], threshold)
    for g in groups:
        members = [profiles[i] for i in g.members[:MAX_GROUP_PAGE]]
        extra = [(profiles[i].article.title, names[i]) for i in g.members[MAX_GROUP_PAGE:]]
        write_atomic(out / "stories" / f"{g.name}.html",
                     render_group_page(compare(members), g, [names[i] for i in g.members[:MAX_GROUP_PAGE]], extra))
    write_atomic(out / "errors.jsonl", "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors))
    write_atomic(out / "index.html", render_index(profiles, names, groups, errors, threshold))
    return BatchResult(out, len(profiles), errors, groups, reused=len(articles) - len(todo))


def main_batch(args: Any) -> int:
    """The ``framing batch`` command: exit 0 when every input was read, 1 when some failed."""
    result = run_batch(args.inputs, args.out, jobs=args.jobs, quiet=args.quiet, parquet=args.parquet,
                       threshold=args.threshold, engine=args.engine, scheduler=args.scheduler, model=args.model)
    summary = (f"framing batch: {result.n_articles} articles, {len(result.groups)} story groups, "
               f"{len(result.errors)} failed inputs ({result.reused} reused from cache) -> {result.out_dir}")
    if not args.quiet:
        print(summary, file=sys.stderr)
    for e in result.errors:
        print(f"framing: error: {e['input']}: {e['error']}", file=sys.stderr)
    return 0 if result.ok else 1
