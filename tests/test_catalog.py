"""The catalog names every feature and every measure the analysis reports, and nothing else."""
from __future__ import annotations

import pytest

import framing
from framing import catalog
from framing.analysis.features import FEATURE_NAMES

from conftest import PL, VOV

TEXTS = [framing.Article(id="tiny", title="", text="Hi."),
         framing.load_article(VOV), framing.load_article(PL)]


@pytest.fixture(scope="module")
def reported() -> dict[str, set[str]]:
    """feature -> the measures it reported on a tiny text and on the two seeds."""
    out: dict[str, set[str]] = {}
    for article in TEXTS:
        for name, result in framing.analyze(article).features.items():
            out.setdefault(name, set()).update(m.name for m in result.measures)
    return out


def test_every_feature_has_a_title_and_a_meaning():
    assert tuple(catalog.FEATURE_TITLES) == FEATURE_NAMES  # report order
    assert set(catalog.MEANINGS) == set(FEATURE_NAMES)
    assert all(catalog.MEANINGS[n].strip() and catalog.FEATURE_TITLES[n].strip() for n in FEATURE_NAMES)


def test_every_reported_measure_has_a_meaning_and_every_meaning_a_measure(reported):
    named = {(f, m) for f, m in catalog.MEASURES}
    emitted = {(f, m) for f, measures in reported.items() for m in measures}
    assert emitted - named == set(), "measures the catalog does not explain"
    assert named - emitted == set(), "catalog entries for measures no feature reports"


def test_every_row_chart_and_column_names_a_real_measure(reported):
    def real(feature: str, measure: str | None) -> bool:
        return feature in reported and (measure is None or measure in reported[feature])

    for feature, measure, label, meaning, kind in catalog.ROWS:
        assert real(feature, measure) and label and meaning and kind in {"count", "value", "rate", "share"}
    for feature, measure in catalog.SUMMARY_PHRASES:
        assert real(feature, measure)
        assert any((f, m) == (feature, measure) for f, m, *_ in catalog.ROWS if _[-1] == "rate")
    for rows in (catalog.CHART_ROWS, catalog.INDEX_COLUMNS):
        for feature, measure, label in rows:
            assert real(feature, measure) and label
    for column, label, kind in catalog.KEY_COLUMNS:
        feature, _, measure = column.partition(".")
        assert real(feature, measure or None) and label
    for feature in (*catalog.OWN_VOICE_FEATURES, *catalog.TITLE_FEATURES):
        assert feature in reported
    for feature in catalog.OWN_VOICE_FEATURES:
        assert "quoted" in reported[feature]  # the headline is the writer's own voice, the sources' words beside it
    for (feature, measure), quoted in catalog.QUOTED_MEASURES.items():
        assert real(feature, measure) and real(feature, quoted)


def test_every_highlight_layer_is_named_and_reached():
    names = set(catalog.LAYER_NAMES)
    assert set(catalog.LAYER_FEATURES) <= names | set(FEATURE_NAMES)
    assert set(catalog.SOURCING_LAYERS.values()) <= names
    reached = set(catalog.LAYER_FEATURES) | set(catalog.SOURCING_LAYERS.values())
    assert reached == names, "a legend entry no span is drawn in"
    assert set(catalog.TIP_TITLES) == set(catalog.LAYER_FEATURES) | {"sourcing"}


def test_derived_columns_are_explained():
    for column in catalog.DERIVED_COLUMNS:
        d = catalog.describe_column(column)
        assert d["meaning"] and d["feature"] and d["measure"]
