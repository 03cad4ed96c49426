"""Topic similarity's word weights: read as trained, positive for every counted word."""
from __future__ import annotations

from framing.compare import similarity
from framing.learn.training import document_frequencies as training


def test_the_number_of_articles_is_not_the_count_of_the_word_documents():
    frequencies, n_articles = similarity._document_frequencies()
    assert n_articles == 1652  # the articles of the three training files (the file's total line)
    assert "documents" in frequencies and frequencies["documents"] < n_articles
    assert max(frequencies.values()) <= n_articles
    assert similarity.TOTAL_KEY == training.TOTAL_KEY


def test_every_counted_word_weighs_more_than_nothing():
    frequencies, _ = similarity._document_frequencies()
    assert similarity.idf("said") > 1.0  # in most news articles, yet a weight above the floor of 1
    assert min(similarity.idf(term) for term in frequencies) > 1.0
    assert similarity.idf("zyzzyva-never-counted") == 0.0


def test_a_shown_similarity_never_reaches_a_label_its_value_does_not():
    from framing.render.formatting import fmt_similarity

    assert fmt_similarity(0.195) == "0.19"  # below "same story" (0.20): not shown as 0.20
    assert fmt_similarity(similarity.SAME_STORY) == f"{similarity.SAME_STORY:.2f}"
    assert fmt_similarity(0.2999999) == "0.29" and fmt_similarity(1.0) == "1.00" and fmt_similarity(None) == "n/a"
    for value in (0.1149, 0.1199, 0.12, 0.1999, 0.2, 0.2001):
        shown = float(fmt_similarity(value))
        assert (shown >= similarity.SAME_STORY) == (value >= similarity.SAME_STORY)
        assert (shown >= similarity.RELATED_TOPIC) == (value >= similarity.RELATED_TOPIC)


def test_below_related_topic_the_verdict_claims_no_more_than_not_one_story():
    # related-topic pairs read by hand score below 0.12 more often than not: there, words cannot tell a
    # related topic from different stories, and the verdict says only what they can
    low = [[1.0, 0.10], [0.10, 1.0]]
    assert similarity.verdict(low) == "not one story"
    assert similarity.verdict([[1.0, 0.15], [0.15, 1.0]]) == "related topic"
    assert similarity.verdict([[1.0, 0.25], [0.25, 1.0]], ["2020-03-04", "2020-03-04"]) == "same story"
    assert similarity.verdict([[1.0, 0.25], [0.25, 1.0]], ["2020-03-04", "2020-04-04"]) == "related topic"
    assert "different stories\"" not in similarity.SCALE
