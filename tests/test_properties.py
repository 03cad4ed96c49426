"""Properties that hold for any text: offsets slice exactly, segments join back."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from oracles import text as oracle

import framing
from framing.render.highlight import marks_for, segments
from framing.analysis.context import quotation_spans
from framing.analysis.text import tokenize
from framing.types import Article

# Words that trigger every feature, mixed with arbitrary unicode text and punctuation.
VOCAB = ["may", "May", "5", "could", "not", "about", "40", "it's", "it’s", "war", "said", "Lavrov",
         "according", "to", "Reuters", "officials", "claimed", "If", "the", "talks", "fail", ",", ".", "!",
         "?", "\u201c", "\u201d", '"', "clearly", "massive", "on", "the", "verge", "likely", "boil", "over",
         "U.S.", "WAR", "you", "Expect", "regime's", "\n", "\n\n", "—", "İ", "ß", "é", "🙂", "\t"]

texts = st.lists(st.one_of(st.sampled_from(VOCAB), st.text(min_size=1, max_size=6)), min_size=1,
                 max_size=60).map(lambda parts: " ".join(parts))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=texts, body=texts)
def test_evidence_offsets_slice_exactly(title, body):
    if not body.strip():
        body = "x"
    a = Article(id="p", title=title, text=body)
    p = framing.analyze(a)
    for f in p.features.values():
        for e in f.evidence:
            source = a.title if e.field == "title" else a.text
            assert 0 <= e.start <= e.end <= len(source)
            assert source[e.start:e.end] == e.text
        if f.value is None:
            assert f.note  # a missing value always says why


@settings(max_examples=150, deadline=None)
@given(body=texts)
def test_segments_join_back_to_the_text(body):
    a = Article(id="p", title="t", text=body or "x")
    p = framing.analyze(a)
    evidence = [e for f in p.features.values() for e in f.evidence]
    segs = segments(a.text, marks_for(evidence, "text"))
    assert "".join(s.text for s in segs) == a.text
    for s in segs:
        assert s.text  # no empty segments


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_tokens_and_sentences_cover_the_text(text):
    doc = tokenize(text)
    for s, e, tok in zip(doc.starts, doc.ends, doc.tokens):
        assert text[s:e] == tok and tok.strip() == tok and tok
    # every non-space character belongs to exactly one token
    covered = sum(e - s for s, e in zip(doc.starts, doc.ends))
    assert covered == sum(1 for c in text if not c.isspace())
    # sentences partition the tokens in order
    flat = [t for s in doc.sentences for t in range(s.first, s.stop)]
    assert flat == list(range(len(doc.tokens)))


# the token pattern run over the whole text: the tokenizer cuts at white space first, and must
# give exactly these tokens (white space of every kind, joiners at chunk edges, non-Latin letters)
_TOKEN = re.compile(r"[^\W_]+(?:(?:['’\-‐‑.]|(?<=[A-Z])&(?=[A-Z]))[^\W_]+)*|\S")
_EDGES = st.sampled_from(["it's", "U.S.", "so-called", "'", "-", ".", "’", "_", "a_b", "3.5", "x\u00a0y",
                          "\u2003", "\x1c", "\u2028", "\r\n", "«»", "ǅ", "٣", "(AP)", "—", "e\u0301",
                          "a--b", "x.’y", "“We", "said,", "‑", "‐", "U.S.-led", "a_", "_a", "AT&T’s", "S&P", "&",
                          "A&b", "a&B", "É&Ü", "A&&B", "Q&A.", "R&"])


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=200),
                      st.lists(st.one_of(_EDGES, st.text(max_size=4)), max_size=40).map("".join)))
def test_tokens_are_the_token_pattern_over_the_whole_text(text):
    doc = tokenize(text)
    assert _pattern_tokens(text) == list(zip(doc.starts, doc.ends, doc.tokens))


# a period joining two sentences with no space ("Saturday.Then", "aa.Aa") is a token of its own (issue 13:
# run-on joins), except in a chunk that is a URL or an e-mail address
_RUN_ON = re.compile(r"(?<=[a-z][a-z])\.(?=[A-Z][a-z])")


def _pattern_tokens(text: str) -> list[tuple[int, int, str]]:
    """The token pattern over each white-space-free chunk, cut first at its run-on periods."""
    found: list[tuple[int, int, str]] = []
    for chunk in re.finditer(r"\S+", text):
        word, base = chunk.group(), chunk.start()
        cuts = [] if "/" in word or "@" in word or word[:4].lower() == "www." else \
            [m.start() for m in _RUN_ON.finditer(word)]
        bounds = [0] + [b for c in cuts for b in (c, c + 1)] + [len(word)]
        for a, b in zip(bounds[::2], bounds[1::2]):
            found += [(base + a + m.start(), base + a + m.end(), m.group()) for m in _TOKEN.finditer(word[a:b])]
        found += [(base + c, base + c + 1, ".") for c in cuts]
    return sorted(found)


@pytest.mark.parametrize("text", ["aa.Aa", "on Saturday.Then he left", "see www.Site.Com now", "3.5 U.S. Amazon.com"])
def test_run_on_periods_are_tokens_as_the_pattern_says(text):
    doc = tokenize(text)
    assert _pattern_tokens(text) == list(zip(doc.starts, doc.ends, doc.tokens))


@settings(max_examples=400, deadline=None)
@given(text=st.lists(st.sampled_from(["“", "”", "«", "»", '"', "\n", "'", "`", "''", "``", "'''", "a", "b c",
                                      " ", "it's", "\n\n"]), max_size=30).map("".join))
def test_quotation_spans_scan_every_mark_in_order(text):
    assert quotation_spans(text) == oracle.quotation_spans(text)


values = st.lists(st.sampled_from([-0.5, -0.2, 0.0, -0.0, 0.3, 0.9, 1.0]) | st.floats(-2, 2, allow_nan=False),
                max_size=30)


@settings(max_examples=300, deadline=None)
@given(vals=values, k=st.integers(min_value=0, max_value=5))
def test_lowest_indices_are_the_sorted_bottom_k_with_ties_in_order(vals, k):
    # sentiment picks its most negative sentences this way
    from framing.analysis.evidence import lowest_indices

    assert lowest_indices(vals, k) == sorted(range(len(vals)), key=lambda i: (vals[i], i))[:k]


@settings(max_examples=300, deadline=None)
@given(vals=values, k=st.integers(min_value=0, max_value=5))
def test_lowest_by_negation_are_the_sorted_top_k_with_ties_in_order(vals, k):
    # readability and sentiment pick their longest, hardest and most positive sentences this way
    from framing.analysis.evidence import lowest_indices

    assert lowest_indices([-v for v in vals], k) == sorted(range(len(vals)), key=lambda i: (-vals[i], i))[:k]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(["\n", "\n\n", " ", "\t", "\r", "\x0b", "\x0c", "a", "b c", "\u2028", "\n \n"]),
                     max_size=30).map("".join))
def test_paragraphs_are_split_at_blank_lines_as_the_pattern_finds_them(text):
    assert tokenize(text).paragraphs == oracle.paragraphs(text)


evidence_items = st.lists(
    st.tuples(st.sampled_from(["title", "text"]), st.integers(0, 6), st.integers(0, 3),
              st.sampled_from(["cue", "source", "negative_words"]), st.sampled_from(["r1", "r2", ""])),
    max_size=40)


@settings(max_examples=300, deadline=None)
@given(items=evidence_items)
def test_sort_evidence_is_the_stable_sort_on_its_key(items):
    from framing.analysis.evidence import sort_evidence
    from framing.types import Evidence

    ev = [Evidence("f", m, field, s, s + d, "x", r) for field, s, d, m, r in items]
    expected = sorted(ev, key=lambda e: (e.field != "title", e.start, e.end, e.measure, e.rule))
    got = sort_evidence(iter(ev))
    assert isinstance(got, tuple)
    assert [id(e) for e in got] == [id(e) for e in expected]  # the same objects, ties in input order


@settings(max_examples=300, deadline=None)
@given(count=st.integers(0, 5000), n_words=st.integers(-3, 20000))
def test_rates_per_1000_words_are_rounded_as_round_does(count, n_words):
    from framing.analysis.evidence import per_1000

    for _ in range(2):  # computed, then from the memo
        got = per_1000(count, n_words)
        assert got == (round(count * 1000.0 / n_words, 2) if n_words > 0 else None)


def test_capitalised_is_isupper_of_the_first_character():
    # readability's fast path for "is this word capitalised" (names are not complex words for the fog index)
    from framing.analysis.features.readability import _capitalised

    for token in ["McCain", "mccain", "Über", "über", "ÉTAT", "3rd", "İstanbul", "ǅemal", "ß", "A", "z", "_x"]:
        assert _capitalised(token) == token[:1].isupper(), token
