"""Digests of framing's outputs, for checking that a change keeps them byte for byte.

    python scripts/output_digest.py [--corpora DIR] [--pure] > digests.json

Run with the Python of the framing to measure (its ``-m framing`` is used). It
uses only what users use, so the same script measures an old and a new
version alike: ``framing analyze --format json`` of the two seeds,
``framing analyze --format jsonl`` of every article of PolNeAR dev and
AllSides dev, ``framing compare`` of the seeds (the report), and ``framing
batch`` of 300 articles (the first 150 of AllSides dev and of PolNeAR train: tables, a page per
article, story pages, the index), ``framing sources`` of the 150 AllSides articles with a model of
their labels, and that model's predictions on the seeds. ``--pure`` runs framing with
``FRAMING_PURE=1`` (the pure Python core). Prints one SHA-256 per output.
See ``scripts/same_output.sh``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = [ROOT / "seeds" / "000_19f9451b57e8e734.txt", ROOT / "seeds" / "002_5283c69be6bb5e58.txt"]
BATCH_EACH = 150


def _framing(args: list[str], env: dict[str, str], cwd: Path) -> bytes:
    done = subprocess.run([sys.executable, "-m", "framing", *args], env=env, cwd=cwd, capture_output=True)
    if done.returncode not in (0,):
        raise SystemExit(f"framing {' '.join(args[:2])} failed ({done.returncode}): "
                         f"{done.stderr.decode(errors='replace')[-2000:]}")
    return done.stdout


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _tree_digest(folder: Path, part: str) -> str:
    """One digest over the names and contents of the files of a batch output (``part``: tables, pages,
    stories or index)."""
    h = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        top = rel.split("/", 1)[0]
        kind = {"articles": "pages", "stories": "stories", "index.html": "index", ".framing-cache": "cache"}.get(
            top, "tables")
        if kind != part:
            continue
        h.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--pure", action="store_true", help="run the pure Python core (FRAMING_PURE=1)")
    parser.add_argument("--cwd", default=".", help="the checkout whose framing runs (default: here)")
    args = parser.parse_args()
    corpora = Path(args.corpora)
    cwd = Path(args.cwd).resolve()
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    env.pop("FRAMING_PURE", None)
    if args.pure:
        env["FRAMING_PURE"] = "1"
    out: dict[str, str] = {"core": _framing(["--version"], env, cwd).decode().strip()}
    seeds = [str(s) for s in SEEDS]
    out["analyze seeds json"] = _sha(_framing(["analyze", *seeds, "--format", "json"], env, cwd))
    for name in ("polnear/articles.dev.jsonl", "allsides/articles.dev.jsonl"):
        out[f"analyze {name}"] = _sha(_framing(["analyze", str(corpora / name), "--format", "jsonl"], env, cwd))
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "seeds.html"
        _framing(["compare", *seeds, "-o", str(report)], env, cwd)
        out["compare seeds report"] = _sha(report.read_bytes())
        lines: list[str] = []
        for name in ("allsides/articles.dev.jsonl", "polnear/articles.train.jsonl"):
            with open(corpora / name, encoding="utf-8") as fh:
                lines += [next(fh) for _ in range(BATCH_EACH)]
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(lines), encoding="utf-8")
        batch = Path(tmp) / "batch"
        _framing(["batch", str(corpus), "--out", str(batch), "--quiet", "--jobs", "2"], env, cwd)
        for part in ("tables", "pages", "stories", "index"):
            out[f"batch 300 {part}"] = _tree_digest(batch, part)
        # source profiles of the AllSides half, with a model of its per-article left/center/right labels,
        # and that model's predictions on the seeds
        allsides = Path(tmp) / "allsides.jsonl"
        allsides.write_text("".join(lines[:BATCH_EACH]), encoding="utf-8")
        labels = Path(tmp) / "labels.jsonl"
        labels.write_text("".join(json.dumps({"id": json.loads(line)["id"], "label": json.loads(line)["label"]})
                                  + "\n" for line in lines[:BATCH_EACH]), encoding="utf-8")
        sources, model = Path(tmp) / "sources", Path(tmp) / "model.json"
        # --force: a model that does not beat the baseline is saved only on request (framing has said so since
        # the option came; older versions save every model and know no --force)
        force = ["--force"] if b"--force" in _framing(["sources", "--help"], env, cwd) else []
        _framing(["sources", str(allsides), "--labels", str(labels), "--out", str(sources), "--save-model",
                  str(model), "--quiet", "--jobs", "2", *force], env, cwd)
        h = hashlib.sha256()
        for path in sorted(sources.iterdir()):
            h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        out["sources 150 (html, csv, json, model report)"] = h.hexdigest()
        out["sources 150 model"] = _sha(model.read_bytes())
        out["analyze seeds --model"] = _sha(_framing(["analyze", *seeds, "--format", "jsonl", "--model", str(model)],
                                                     env, cwd))
    json.dump(out, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
