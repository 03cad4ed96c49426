"""Nothing lost, nothing crashes (issue 12), on the text side: hostile text inside a valid record.

A body with no words, text that is not English, values no real article can have, adversarial strings
(zero-width joiners, direction overrides, combining marks, thousands of quotation marks, NUL, lone
surrogates) and arbitrary Unicode: every feature still gives every measure of the catalog, each value
is finite or ``None`` with a note saying why, evidence offsets slice the text exactly, and the
comparison, its summary, its page and the batch tables take it all.
"""
from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

import framing
from framing.catalog import MEASURES
from framing.cli import main
from framing.compare import is_low_confidence
from framing.types import Article, Profile

from conftest import VOV

NO_WORDS = ["😀", "“”", "... !!! ???", "—", "\u200d\u200d", "« »", "\n\n\n", "🇺🇸👍🏽"]


def _seed() -> Article:
    return framing.load_article(VOV)


def check_profile(p: Profile) -> None:
    """Every measure of the catalog is there; every value is finite or None with a note; every
    evidence span slices its field exactly."""
    a = p.article
    for name, f in p.features.items():
        assert [m.name for m in f.measures] == [m for (feature, m) in MEASURES if feature == name], name
        for value, note, where in [(f.value, f.note, name)] + [(m.value, m.note, f"{name}.{m.name}")
                                                               for m in f.measures]:
            if value is None:
                assert note, f"{where} has no value and no note"
            else:
                assert isinstance(value, (int, float)) and math.isfinite(value), where
        for e in f.evidence:
            source = a.title if e.field == "title" else a.text
            assert 0 <= e.start <= e.end <= len(source)
            assert source[e.start:e.end] == e.text


# ------------------------------------------------------------------ defect 2: a body with no words

@pytest.mark.parametrize("body", NO_WORDS)
def test_a_body_with_no_words_gives_every_measure_with_a_note(body):
    p = framing.analyze(Article("x", "A title", body))
    check_profile(p)
    readability = p.features["readability"]
    assert readability.value is None and readability.measure("flesch_reading_ease").value is None
    assert readability.measure("flesch_reading_ease").note


@pytest.mark.parametrize("body", ["😀", "“”", "... !!! ???"])
def test_compare_and_render_take_a_body_with_no_words(body):
    profiles = [framing.analyze(_seed()), framing.analyze(Article("x", "A title", body))]
    comparison = framing.compare(profiles)
    grade = next(r for r in comparison.rows if (r.feature, r.measure) == ("readability", "flesch_reading_ease"))
    assert grade.values[1] is None and grade.notes[1]
    assert not any("grade" in line and "B " in line for line in comparison.summary)
    page = framing.render_comparison(comparison)
    assert "<html" in page and "A title" in page


def test_compare_command_with_an_emoji_only_body_writes_a_report(tmp_path, capsys):
    emoji = tmp_path / "emoji.txt"
    emoji.write_text("A title\n\n😀\n", encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["compare", str(VOV), str(emoji), "-o", str(out)]) == 0
    assert "internal error" not in capsys.readouterr().err
    assert "A title" in out.read_text(encoding="utf-8")


def test_batch_story_with_no_words_bodies_finishes(tmp_path):
    seed = _seed()
    rows = [{"id": "a", "title": seed.title, "text": seed.text, "story": "s1", "source": "X"},
            {"id": "b", "title": "Emoji", "text": "😀", "story": "s1", "source": "Y"},
            {"id": "c", "title": "Quotes", "text": "“”", "story": "s1", "source": "Y"}]
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(corpus), "--out", str(out), "--jobs", "1", "--quiet"]) == 0
    assert not (out / "errors.jsonl").read_text(encoding="utf-8").strip()
    lines = (out / "features.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert any(p.name.startswith("story") for p in out.rglob("*.html"))


def test_sources_command_takes_no_words_bodies(tmp_path):
    seed = _seed()
    rows = [{"id": f"a{i}", "title": seed.title, "text": seed.text, "source": "X"} for i in range(3)]
    rows += [{"id": f"b{i}", "title": "Emoji", "text": body, "source": "Y"} for i, body in enumerate(NO_WORDS[:3])]
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["sources", str(corpus), "--out", str(out), "--jobs", "1", "--quiet"]) == 0
    assert (out / "sources.html").is_file() or any(out.glob("*.html"))
