"""How many summary bullets about the writer's voice rest on quoted-only evidence?

    FRAMING_PURE=1 python scripts/voice_bullets.py [--corpus FILE.jsonl] [--trios 100] [--pairs 100] [--seed 13]

Compares same-story sets of the AllSides dev corpus (articles sharing topic and date: trios drawn with a
fixed seed, at most a few per story, or the pair where a story has two articles) and random trios, and reads every summary bullet of the
form "X uses ... PHRASE ...": the article it names and the feature it is about (by the phrase of
:data:`framing.catalog.SUMMARY_PHRASES`). For a writer's-voice measure (a feature or style measure with a
quoted counterpart), the bullet rests on quoted-only evidence when none of the named article's evidence
of that measure lies outside quotation marks (every span labelled ``quoted``). Bullets that describe
quoted material as the sources' words ("X quotes people using ...") are counted apart.

Prints the number of bullets, the writer's-voice bullets, those resting on quoted-only evidence and
those where the quoted spans are the majority, for the trios and for the pairs. Works on any version
of framing (it reads only the summary text and the evidence labels).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's framing, not an installed one

import framing  # noqa: E402
from framing.catalog import SUMMARY_PHRASES
from framing.types import Article  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "allsides" / "articles.dev.jsonl"
# writer's-voice measures (feature, measure) whose evidence carries the "quoted" label
VOICE = {("hedging", None), ("boosters", None), ("alarmist", None), ("alarmist", "war"), ("loaded", None),
         ("speculation", None), ("style", "direct_address"), ("style", "exclamations"),
         ("style", "rhetorical_questions"), ("style", "all_caps"), ("style", "imperatives"),
         ("style", "first_person")}


def bullet_subject(line: str, labels: tuple[str, ...]) -> tuple[int, tuple[str, str | None]] | None:
    """(article index, (feature, measure)) of a bullet "X uses ... PHRASE ...", None for other bullets."""
    head, _, rest = line.partition(" uses ")
    if not rest or head not in labels:
        return None
    best = None
    for key, phrase in SUMMARY_PHRASES.items():
        if phrase in rest and (best is None or len(phrase) > len(SUMMARY_PHRASES[best])):
            best = key
    return (labels.index(head), best) if best is not None else None


def voice_evidence(profile: framing.Profile, key: tuple[str, str | None]) -> tuple[int, int]:
    """(own-voice spans, quoted spans) of the measure ``key`` in ``profile``."""
    feature, measure = key
    own = quoted = 0
    for e in profile.features[feature].evidence:
        if measure is not None and e.measure != measure:
            continue
        if e.label == "quoted":
            quoted += 1
        else:
            own += 1
    return own, quoted


def audit(sets: list[list[dict]], cache: dict[str, framing.Profile]) -> dict[str, int]:
    tally = {"comparisons": len(sets), "bullets": 0, "voice_bullets": 0, "quoted_only": 0, "mostly_quoted": 0,
             "quotes_people_bullets": 0}
    examples: list[str] = []
    for rows in sets:
        profiles = []
        for r in rows:
            if r["id"] not in cache:
                cache[r["id"]] = framing.analyze(Article(id=r["id"], title=r.get("title") or "", text=r["text"],
                                                         source=r.get("source"), url=r.get("url"),
                                                         date=r.get("date")))
            profiles.append(cache[r["id"]])
        comparison = framing.compare(profiles)
        for line in comparison.summary:
            tally["bullets"] += 1
            if " quotes people " in line:
                tally["quotes_people_bullets"] += 1
                continue
            subject = bullet_subject(line, comparison.labels)
            if subject is None or subject[1] not in VOICE:
                continue
            i, key = subject
            tally["voice_bullets"] += 1
            own, quoted = voice_evidence(profiles[i], key)
            if own == 0:
                tally["quoted_only"] += 1
                if len(examples) < 5:
                    examples.append(f"{line}  [{profiles[i].article.source}: {quoted} quoted, 0 own]")
            elif quoted > own:
                tally["mostly_quoted"] += 1
    for line in examples:
        print("  e.g.", line)
    return tally


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--trios", type=int, default=100, help="same-story sets (trios, or pairs) to compare")
    parser.add_argument("--pairs", type=int, default=100, help="random trios to compare")
    parser.add_argument("--per-story", type=int, default=4, help="at most this many trios of one story")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.corpus.open(encoding="utf-8") if line.strip()]
    rng = random.Random(args.seed)
    stories: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for r in rows:
        if r.get("topic") and r.get("date"):
            stories[(r["topic"], r["date"])].append(r)
    trios: list[list[dict]] = []
    for key in sorted(stories):
        members = stories[key]
        if len(members) == 2:  # most stories of the dev slice have two articles: compared as a pair
            trios.append(list(members))
            continue
        if len(members) < 2:
            continue
        seen: set[tuple[str, ...]] = set()
        for _ in range(args.per_story * 3):
            trio = rng.sample(members, 3)
            ids = tuple(sorted(r["id"] for r in trio))
            if ids not in seen:
                seen.add(ids)
                trios.append(trio)
            if len(seen) >= args.per_story:
                break
    rng.shuffle(trios)
    trios = trios[:args.trios]
    pairs = [rng.sample(rows, 3) for _ in range(args.pairs)]
    cache: dict[str, framing.Profile] = {}
    print(f"same-story sets: trios, or pairs where a story has two articles (seed {args.seed}):")
    print("  ", json.dumps(audit(trios, cache)))
    print(f"random trios (seed {args.seed}):")
    print("  ", json.dumps(audit(pairs, cache)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
