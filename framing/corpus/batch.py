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
from typing import Any, Callable, Iterable, Sequence

from ..version import __version__
from ..analysis import analyze
from ..ingest.files import iter_input
from ..compare import compare
from ..errors import FramingError, InputError, UsageError
from ..table import META_COLUMNS, feature_row
from ..types import Article, Profile

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


def _article_key(article: Article, salt: str) -> str:
    payload = json.dumps([__version__, salt, article.id, article.title, article.text, article.source,
                          article.url, article.date, article.story], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ work units

def _analyze_task(task: tuple[dict[str, Any], str | None]) -> dict[str, str]:
    """Analyze one article (runs in a worker process): its cache entry and its page, as text.

    The cache entry's first line holds the table row and the index summary,
    the second the whole profile, so a cache hit reads one short line.
    """
    from ..render.batch_pages import index_summary, render_article_page

    article_fields, model_path = task
    profile = analyze(Article(**article_fields))
    if model_path:
        from ..learn.reliability import load_reliability_model
        profile = load_reliability_model(model_path).annotate(profile)
    row = feature_row(profile)
    if profile.prediction:
        row["prediction.label"] = profile.prediction.get("label")
        row["prediction.probability"] = profile.prediction.get("probability")
    head = json.dumps({"row": row, "summary": index_summary(profile)}, ensure_ascii=False)
    return {"entry": head + "\n" + json.dumps(profile.to_dict(), ensure_ascii=False) + "\n",
            "page": render_article_page(profile)}


def _read_head(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        return json.loads(fh.readline())


def _read_profile(path: Path) -> Profile:
    with path.open(encoding="utf-8") as fh:
        fh.readline()
        return Profile.from_dict(json.loads(fh.readline()))


def _article_fields(a: Article) -> dict[str, Any]:
    return {"id": a.id, "title": a.title, "text": a.text, "source": a.source, "url": a.url, "date": a.date,
            "story": a.story}


class _Runner:
    """Runs work units in order: in this process, in a pool of processes kept for the whole run, or on Dask."""

    def __init__(self, jobs: int, engine: str, scheduler: str | None) -> None:
        self.jobs = jobs
        self.pool: ProcessPoolExecutor | None = None
        self.client: Any = None
        if engine == "dask":
            try:
                from distributed import Client
            except ImportError:
                raise FramingError("--engine dask needs the 'distributed' package: pip install 'framing[dask]'") \
                    from None
            if not scheduler:
                raise UsageError("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
            self.client = Client(scheduler)
        elif jobs > 1:
            _warm()  # forked workers start with lexicons, dictionaries and models loaded
            self.pool = ProcessPoolExecutor(max_workers=jobs)

    def map(self, func: Callable[[Any], Any], tasks: list[Any], progress: Callable[[int], None]) -> list[Any]:
        results = []
        if not tasks:
            return results
        if self.client is not None:
            for fut in self.client.map(func, tasks, pure=False):
                results.append(fut.result())
                progress(1)
        elif self.pool is not None and len(tasks) >= 4:
            for r in self.pool.map(func, tasks, chunksize=max(1, min(16, len(tasks) // (self.jobs * 4)))):
                results.append(r)
                progress(1)
        else:
            for t in tasks:
                results.append(func(t))
                progress(1)
        return results

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()
        if self.client is not None:
            self.client.close()


def _warm() -> None:
    analyze(Article("warm-up", "Warm-up", "Officials said the talks may fail. It's war, critics claimed."))


# ------------------------------------------------------------------ stories

@dataclass
class Group:
    key: str
    members: list[int]
    by: str  # "story field" or "similarity"
    similarity: float | None  # mean pairwise TF-IDF cosine
    name: str = ""


class TextVectors:
    """Hashed term counts of every article, kept compactly, turned into TF-IDF at the end.

    A HashingVectorizer needs no vocabulary, so texts are vectorised chunk by
    chunk and never kept; the IDF weights come from the document frequencies
    once all articles are seen.
    """

    def __init__(self) -> None:
        from sklearn.feature_extraction.text import HashingVectorizer

        self._vectorizer = HashingVectorizer(stop_words="english", alternate_sign=False, norm=None,
                                             n_features=2 ** 20, dtype="float32")
        self._parts: list[Any] = []
        self.n = 0
        self.overflow = False  # past MAX_SIMILARITY_ARTICLES: vectors are dropped, memory stays bounded

    def add(self, texts: list[str]) -> None:
        self.n += len(texts)
        if self.n > MAX_SIMILARITY_ARTICLES:
            self.overflow, self._parts = True, []
        elif texts:
            self._parts.append(self._vectorizer.transform(texts).tocsr())

    def tfidf(self) -> Any:
        import numpy as np
        from scipy import sparse
        from sklearn.preprocessing import normalize

        if not self._parts or self.overflow:
            return None
        x = sparse.vstack(self._parts).tocsr()
        self._parts = []  # the stacked matrix is transformed in place: one copy in memory
        n = x.shape[0]
        df = np.bincount(x.indices, minlength=x.shape[1])
        idf = (np.log((1 + n) / (1 + df)) + 1).astype("float32")  # smooth idf, as scikit-learn's TfidfVectorizer
        np.log(x.data, out=x.data)
        x.data += 1  # sublinear tf
        x.data *= idf[x.indices]
        return normalize(x, copy=False)


def _mean_pairwise(x: Any, members: list[int]) -> float:
    sub = x[members]
    sims = (sub @ sub.T).toarray()
    n = len(members)
    total = sum(float(sims[i][j]) for i in range(n) for j in range(i + 1, n))
    return round(total / (n * (n - 1) / 2), 3)


def _groups_by_similarity(x: Any, threshold: float) -> list[Group]:
    n = x.shape[0]
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    block = 256  # rows per product: bounds the temporary similarity block
    xt = x.T.tocsr()
    for start in range(0, n, block):
        sims = (x[start:start + block] @ xt).tocoo()
        for i, j, v in zip(sims.row, sims.col, sims.data):
            a, b = start + int(i), int(j)
            if a < b and v >= threshold - 1e-6:
                ra, rb = root(a), root(b)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    comps: dict[int, list[int]] = {}
    for i in range(n):
        comps.setdefault(root(i), []).append(i)
    return [Group(str(r), m, "similarity", _mean_pairwise(x, m)) for r, m in sorted(comps.items()) if len(m) >= 2]


def group_stories(articles: list[Article], threshold: float = DEFAULT_THRESHOLD) -> list[Group]:
    """Groups of 2+ articles on the same story: by ``story`` field if any article has one, else by similarity."""
    vectors = TextVectors()
    vectors.add([f"{a.title}\n{a.text}" for a in articles])
    return _group(vectors, [a.story for a in articles], threshold)


def _group(vectors: TextVectors, stories: list[str | None], threshold: float) -> list[Group]:
    x = vectors.tfidf()
    if any(stories):
        by_key: dict[str, list[int]] = {}
        for i, story in enumerate(stories):
            if story:
                by_key.setdefault(story, []).append(i)
        groups = [Group(k, v, "story field", None) for k, v in sorted(by_key.items()) if len(v) >= 2]
        for g in groups:
            g.similarity = _mean_pairwise(x, g.members) if x is not None else None
    elif x is None or x.shape[0] > MAX_SIMILARITY_ARTICLES:
        groups = []
    else:
        groups = _groups_by_similarity(x, threshold)
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


class _TableWriter:
    """features.csv and features.jsonl, written row by row to temporary files."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.columns: list[str] | None = None
        self._csv = (out / f".features.csv.{os.getpid()}.tmp").open("w", encoding="utf-8", newline="")
        self._jsonl = (out / f".features.jsonl.{os.getpid()}.tmp").open("w", encoding="utf-8")
        self._writer: Any = None
        self.rows = 0

    def add(self, row: dict[str, Any]) -> None:
        if self._writer is None:
            self.columns = list(row)
            self._writer = csv.DictWriter(self._csv, fieldnames=self.columns, extrasaction="ignore",
                                          lineterminator="\n")
            self._writer.writeheader()
        self._writer.writerow({k: ("" if row.get(k) is None else row.get(k)) for k in self.columns or ()})
        self._jsonl.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.rows += 1

    def close(self, parquet: bool) -> None:
        if self._writer is None:
            self._csv.write(",".join(META_COLUMNS) + "\n")
        self._csv.close()
        self._jsonl.close()
        if parquet:
            try:
                import pyarrow.csv as pacsv
                import pyarrow.parquet as pq
            except ImportError:
                raise FramingError("--parquet needs pyarrow: pip install pyarrow") from None
            table = pacsv.read_csv(self._csv.name, convert_options=pacsv.ConvertOptions(
                column_types={c: "string" for c in META_COLUMNS}, strings_can_be_null=True))
            buf = io.BytesIO()
            pq.write_table(table, buf)
            write_atomic(self.out / "features.parquet", buf.getvalue())
        os.replace(self._csv.name, self.out / "features.csv")
        os.replace(self._jsonl.name, self.out / "features.jsonl")


def run_batch(inputs: Sequence[str | os.PathLike[str]], out_dir: str | os.PathLike[str], *, jobs: int | None = None,
              quiet: bool = False, parquet: bool = False, threshold: float | None = None, engine: str = "local",
              scheduler: str | None = None, model: str | None = None, chunk_size: int = 64) -> BatchResult:
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
    out.mkdir(parents=True, exist_ok=True)
    cache = out / CACHE_DIR

    errors: list[dict[str, str]] = []

    def articles() -> Iterable[Article]:
        for source in inputs:
            for item in iter_input(source):
                if isinstance(item, InputError):
                    errors.append({"input": item.where, "error": item.problem})
                else:
                    yield item

    table = _TableWriter(out)
    vectors = TextVectors()
    # per article, only (file name, cache key, title) stay in memory; the index rows go to a spill file
    kept: list[tuple[str, str, str]] = []
    spill_path = out / f".index-rows.{os.getpid()}.tmp"
    spill = spill_path.open("w", encoding="utf-8")
    has_predictions = False
    stories: list[str | None] = []
    used_names: dict[str, int] = {}
    reused = 0
    update, close = _progress_bar(quiet)
    runner = _Runner(jobs, engine, scheduler)
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
                write_atomic(cache / keys[i][:2] / f"{keys[i]}.json", r["entry"])
                write_atomic(out / "articles" / f"{names[i]}.html", r["page"])
                heads[i] = json.loads(r["entry"].split("\n", 1)[0])
            for a, name, key, head in zip(chunk, names, keys, heads):
                table.add(head["row"])  # type: ignore[index]
                summary = head["summary"]  # type: ignore[index]
                spill.write(json.dumps({"name": name, **summary}, ensure_ascii=False) + "\n")
                kept.append((name, key, summary["title"]))
                has_predictions = has_predictions or bool(summary.get("prediction"))
                stories.append(a.story)
            vectors.add([f"{a.title}\n{a.text}" for a in chunk])
    finally:
        runner.close()
        close()
        spill.close()
    table.close(parquet)

    groups = _group(vectors, stories, threshold)
    del vectors
    for g in groups:
        shown = g.members[:MAX_GROUP_PAGE]
        members = [_read_profile(cache / kept[i][1][:2] / f"{kept[i][1]}.json") for i in shown]
        extra = [(kept[i][2], kept[i][0]) for i in g.members[MAX_GROUP_PAGE:]]
        write_atomic(out / "stories" / f"{g.name}.html",
                     render_group_page(compare(members), g, [kept[i][0] for i in shown], extra))
    write_atomic(out / "errors.jsonl", "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors))
    def rows() -> Iterable[dict[str, Any]]:
        with spill_path.open(encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)

    tmp = out / f".index.html.{os.getpid()}.tmp"
    with tmp.open("w", encoding="utf-8") as fh:
        for piece in render_index(rows(), len(kept), [t for _, _, t in kept], groups, errors, threshold,
                                  has_predictions):
            fh.write(piece)
    os.replace(tmp, out / "index.html")
    spill_path.unlink()
    return BatchResult(out, len(kept), errors, groups, reused=reused)



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
