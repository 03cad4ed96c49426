"""scripts/synth_corpus.py: the large corpus for measuring batch, the store and serve at scale."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "synth_corpus.py"


def _module():
    spec = importlib.util.spec_from_file_location("synth_corpus", _SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_synthetic_articles_are_distinct_dated_and_the_same_for_a_seed():
    synth = _module()
    if not synth.CORPORA.exists():
        pytest.fail(f"the shared corpora are missing: {synth.CORPORA}")
    one, again, other = synth.synthesize(300, 1), synth.synthesize(300, 1), synth.synthesize(300, 2)
    assert one == again and one != other
    assert len({a["text"] for a in one}) == 300  # the batch's cache is keyed by content
    assert len({a["id"] for a in one}) == 300
    assert all(a["date"][:4] in {"2017", "2018", "2019"} and a["source"] and a["title"] for a in one)
    sizes = sorted(len(a["text"].encode()) for a in one)
    assert 2_000 < sizes[len(sizes) // 2] < 20_000  # news-article lengths
