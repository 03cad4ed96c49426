"""Speed benchmarks (pytest-benchmark). `make test` runs each once without timing;
`make bench` times them. No time limit is asserted here: timing is noisy."""
from __future__ import annotations

import pytest

import framing

from conftest import PL, VOV


@pytest.fixture(scope="module")
def articles():
    return [framing.load_article(VOV), framing.load_article(PL)]


def test_bench_analyze_one_article(benchmark, articles):
    """One ~4-5 KB article (the Personal Liberty seed), warm caches."""
    framing.analyze(articles[1])
    profile = benchmark(framing.analyze, articles[1])
    assert profile.features["alarmist"].count > 0


def test_bench_compare_report(benchmark, articles):
    profiles = [framing.analyze(a) for a in articles]
    html = benchmark(lambda: framing.render_comparison(framing.compare(profiles)))
    assert html.startswith("<!DOCTYPE html>")


def test_bench_analyze_4kb(benchmark, articles):
    """The Personal Liberty seed cut at the last paragraph break before 4,096 bytes."""
    text = articles[1].text
    cut = text.encode("utf-8")[:4096].decode("utf-8", errors="ignore")
    cut = cut[:cut.rfind("\n\n")]
    article = framing.Article(id="pl-4k", title=articles[1].title, text=cut)
    assert 3500 < len(cut.encode("utf-8")) <= 4096
    framing.analyze(article)
    profile = benchmark(framing.analyze, article)
    assert profile.features["sourcing"].count > 0


def test_bench_script_measures_the_analysis_alone(tmp_path, articles, capsys):
    """`python -m framing.bench --analysis-only` on a small corpus: the figures, and nothing of batch."""
    import json

    from framing import bench

    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps({"id": a.id, "title": a.title, "text": a.text}) + "\n"
                              for a in articles * 3), encoding="utf-8")
    assert bench.main(["--corpus", str(corpus), "--repeat", "2", "--analysis-only", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["articles"] == 6 and len(figures["analysis_runs_s"]) == 2
    assert figures["analysis_articles_per_s_best"] >= figures["analysis_articles_per_s"] > 0
    assert not any(k.startswith("batch_") for k in figures) and "report_ms" not in figures


def test_bench_startup_times_fresh_processes_of_each_command():
    """`python -m framing.bench --startup`: fresh analyze, compare and lesson processes of the seeds
    (one run each here; the bench itself takes the median of at least 7)."""
    from framing.bench import startup_figures

    figures = startup_figures(1)
    for name in ("analyze_one_seed", "compare_two_seeds", "lesson_two_seeds"):
        low, high = figures[f"{name}_s_range"]
        assert 0 < low <= figures[f"{name}_s_median"] <= high


def test_bench_review_two_articles(benchmark, articles):
    """framing review of the two seeds (about 5 KB and 3 KB), warm: analysis, checks and the text output
    (the issue's budget: under 50 ms)."""
    from framing.review import draft_names, review_profiles
    from framing.review.output import format_text

    def run():
        return format_text(review_profiles([framing.analyze(a) for a in articles]), draft_names(articles))

    run()
    text = benchmark(run)
    assert "framing.alarmist-own-voice" in text and text.endswith("in 2 files.\n")


def test_bench_align_two_articles(benchmark, articles):
    """Same story, different choices for the two seeds (about 5 KB each): alignment, headlines and
    questions, warm caches."""
    from framing.compare import article_labels
    from framing.compare.alignment import align
    from framing.compare.headlines import read_headlines
    from framing.compare.questions import discussion_questions

    profiles = [framing.analyze(a) for a in articles]
    labels = article_labels(2)

    def run():
        alignment = align(profiles, labels)
        headlines = read_headlines(profiles)
        return discussion_questions(profiles, labels, alignment, headlines)

    run()
    questions = benchmark(run)
    assert questions


def test_bench_lesson_two_articles(benchmark, articles):
    """The teacher's lesson of the two seeds, warm: analysis, comparison (alignment, headlines,
    questions) and the lesson page (the issue's budget: under 50 ms)."""
    from framing.render.lesson_page import render_lesson

    def run():
        return render_lesson(framing.compare([framing.analyze(a) for a in articles]))

    run()
    html = benchmark(run)
    assert 'id="glossary"' in html
