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
