"""Precision by reading: draw highlights at random, judge each in its context, count.

    python scripts/precision.py sample OUT.jsonl [--corpus FILE.jsonl] [--per-layer 40] [--seed 13]
    python scripts/precision.py score JUDGED.jsonl [JUDGED.jsonl ...]

``sample`` runs ``framing analyze`` (the framing of the Python that runs this script) over the corpus
(default: ``../shared/corpora/allsides/articles.dev.jsonl``, real articles as they come off outlets'
pages), collects every highlight of every layer, and draws ``--per-layer`` of each at random with a
fixed seed (uniformly over the highlights, so precision is the share of highlights a reader sees that
are right). Each drawn span is written as one JSON line: the layer, the article id, field and offsets,
the span's text, a short excerpt around it (the span in ``[[...]]``), the label or rule framing gave it,
and empty ``verdict`` and ``why`` for the judge.

The judge reads each line in its context (and, where the excerpt is not enough, the article) and sets
``verdict`` to ``"right"`` or ``"wrong"`` and ``why`` to a few words. What counts as right, per layer:

- ``hedging``: the words soften the claim they belong to (a hedge), in this use;
- ``boosters``: the words assert certainty, in this use (not negated, not "a certain number");
- ``alarmist``: the words raise alarm: fear, threat, catastrophe, doom, or escalation framed to alarm;
- ``loaded``: the words judge while they report (evaluative or pejorative in this use);
- ``speculation``: the words predict the future (not a past or habitual "likely"/"would");
- ``cues``: the words attribute words or a view to a source (said, told, according to, denied);
- ``quotations``: the span is a direct quotation of someone's words (not a title or scare quotes);
- ``speakers``: the span is who the attributed words or view come from;
- ``speaker_kinds``: the kind framing gave the speaker (person, organization, outlet, document, anonymous) is right
  (a pronoun framing labels "pronoun not resolved" has no kind and is not drawn here);
- ``unattributed_claims``: the sentence is the article's own reporting of a checkable fact with no source;
- ``capitals``: the word in capitals is emphasis (shouting), not an acronym, a name or a heading;
- ``direct_address``: the words address the reader (you, imperatives to the reader) in the writer's voice;
- ``exaggeration``: the words exaggerate size, novelty or surprise (alarmist evidence of the measure
  ``exaggeration``, which is not counted as alarm).

``score`` prints, per layer, the judged spans, the right ones, the precision and its 95% Wilson interval.
The judgments are kept as data in ``judgments/`` (excerpts are short, for reading in context).
"""
from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from framing.catalog import SHOWN_APART  # noqa: E402  (the repository's framing, as the sample runs it)
CORPUS = ROOT.parent / "shared" / "corpora" / "allsides" / "articles.dev.jsonl"
CONTEXT = 70
LAYERS = ("hedging", "boosters", "alarmist", "loaded", "speculation", "cues", "quotations", "speakers",
          "speaker_kinds", "unattributed_claims", "capitals", "direct_address", "exaggeration")


def _layer_spans(profile: dict) -> dict[str, list[dict]]:
    """Highlights of one analysed article, by layer."""
    out: dict[str, list[dict]] = defaultdict(list)
    features = profile["features"]
    for name in ("hedging", "boosters", "alarmist", "loaded", "speculation"):
        for e in features[name]["evidence"]:
            # exaggeration is shown with the alarmist evidence, but it is its own measure, not alarm;
            # what is listed apart, not highlighted (loaded's valenced words, hedging's vague sources), is
            # not sampled
            measure = e.get("measure")
            if (name, measure) in SHOWN_APART:
                continue
            out["exaggeration" if measure == "exaggeration" else name].append(e)
    for e in features["sourcing"]["evidence"]:
        role, measure = e.get("role"), e.get("measure")
        if role == "cue":
            out["cues"].append(e)
        elif role == "quote":
            out["quotations"].append(e)
        elif role == "source":
            out["speakers"].append(e)
            if measure != "unresolved":
                # (a pronoun framing could not resolve is given no kind: nothing to judge there; as a
                # speaker it is judged, and wrong, since it names nobody)
                out["speaker_kinds"].append(e)
        elif measure == "unattributed_claims":
            out["unattributed_claims"].append(e)
    for e in features["style"]["evidence"]:
        if e.get("measure") == "all_caps":
            out["capitals"].append(e)
        elif e.get("measure") == "direct_address":
            out["direct_address"].append(e)
    return out


def _excerpt(text: str, start: int, end: int) -> str:
    a, b = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    before = ("…" if a > 0 else "") + text[a:start]
    after = text[end:b] + ("…" if b < len(text) else "")
    return " ".join(f"{before}[[{text[start:end]}]]{after}".split())


def sample(out: Path, corpus: Path, per_layer: int, seed: int) -> int:
    done = subprocess.run([sys.executable, "-m", "framing", "analyze", str(corpus), "--format", "jsonl"],
                          capture_output=True, cwd=ROOT)
    if done.returncode != 0:
        sys.stderr.write(done.stderr.decode(errors="replace"))
        return 1
    pool: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for line in done.stdout.decode().splitlines():
        profile = json.loads(line)
        for layer, spans in _layer_spans(profile).items():
            pool[layer] += [(profile, e) for e in spans]
    rng = random.Random(seed)
    version = subprocess.run([sys.executable, "-m", "framing", "--version"], capture_output=True, cwd=ROOT,
                             text=True).stdout.strip()
    rows = []
    for layer in LAYERS:
        found = pool.get(layer, [])
        for profile, e in rng.sample(found, min(per_layer, len(found))):
            text = profile["title"] if e["field"] == "title" else profile["text"]
            rows.append({"layer": layer, "id": profile["id"], "source": profile.get("source"),
                         "field": e["field"], "start": e["start"], "end": e["end"], "text": e["text"][:300],
                         "label": e.get("label") or "", "rule": e.get("rule", ""),
                         "context": _excerpt(text, e["start"], e["end"]) if len(e["text"]) < 300 else "",
                         "verdict": None, "why": ""})
        print(f"{layer}: {len(found)} highlights, {min(per_layer, len(found))} drawn", file=sys.stderr)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"sampled_by": version, "corpus": corpus.name, "seed": seed,
                             "per_layer": per_layer}) + "\n")
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return 0


def wilson(right: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval of a proportion (Wilson 1927): stays within [0, 1]."""
    if n == 0:
        return 0.0, 1.0
    p = right / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def score(files: list[Path]) -> int:
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # right, judged, not yet judged
    for path in files:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()[1:], start=2):
            row = json.loads(line)
            if "layer" not in row or "verdict" not in row:
                print(f"{path}: line {number} is not a judged highlight (no layer or verdict): "
                      "not a file of this protocol", file=sys.stderr)
                return 2
            c = counts[row["layer"]]
            if row["verdict"] in ("right", "wrong"):
                c[1] += 1
                c[0] += row["verdict"] == "right"
            else:
                c[2] += 1
    print(f"{'layer':<22}{'judged':>7}{'right':>7}{'precision':>11}  95% interval")
    total = [0, 0]
    for layer in LAYERS:
        if layer not in counts:
            continue
        right, n, todo = counts[layer]
        total[0] += right
        total[1] += n
        lo, hi = wilson(right, n)
        extra = f"  ({todo} not judged)" if todo else ""
        print(f"{layer:<22}{n:>7}{right:>7}{(right / n if n else 0):>11.0%}  {lo:.0%}-{hi:.0%}{extra}")
    lo, hi = wilson(*total)
    print(f"{'all layers':<22}{total[1]:>7}{total[0]:>7}{(total[0] / total[1] if total[1] else 0):>11.0%}  "
          f"{lo:.0%}-{hi:.0%}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description="Precision by reading: sample highlights, then score judgments.")
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("sample")
    s.add_argument("out", type=Path)
    s.add_argument("--corpus", type=Path, default=CORPUS)
    s.add_argument("--per-layer", type=int, default=40)
    s.add_argument("--seed", type=int, default=13)
    c = sub.add_parser("score")
    c.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
    if args.command == "sample":
        return sample(args.out, args.corpus, args.per_layer, args.seed)
    return score(args.files)


if __name__ == "__main__":
    sys.exit(main())
