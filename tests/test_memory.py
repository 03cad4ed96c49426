"""What an analysis keeps in memory: compact per-token arrays, lexicon matches only of the lexicons
features read as matches, and a batch that never reads more than one chunk of articles ahead.
(The peak as a multiple of the article's size is measured in tests/test_huge_inputs.py.)"""
from __future__ import annotations

from array import array

from framing.analysis.context import Context
from framing.analysis.lexicons import LEXICON_NAMES, MATCHED, scan
from framing.analysis.text import tokenize
from framing.types import Article

TEXT = (
    "WASHINGTON (AP) — Sen. Maria Lopez said on Tuesday that the U.S. Department of Energy may delay the "
    "new rules until March, according to two officials familiar with the talks.\n\n"
    "“We are not going to let this go,” she told reporters. Critics called the plan “a disaster,” and the "
    "White House warned of a devastating crisis if Congress failed to act. Experts suggest the NATO "
    "allies could respond, perhaps within weeks. He said it was clearly a shocking betrayal.\n\n"
    "Advertisement\n\nThe company, based in Texas, declined to comment. Sign up for our newsletter."
)


def test_offsets_and_sentence_numbers_are_machine_integers():
    doc = tokenize(TEXT)
    for name in ("starts", "ends", "sentence_of"):
        values = getattr(doc, name)
        assert isinstance(values, array) and values.itemsize == (2 if name == "sentence_of" else 4), name
        assert len(values) == len(doc.tokens)
    assert [doc.text[s:e] for s, e in zip(doc.starts, doc.ends)] == doc.tokens
    assert list(doc.sentence_of) == [k for k, s in enumerate(doc.sentences) for _ in range(s.first, s.stop)]


def test_a_lexicon_read_on_demand_has_the_matches_of_the_one_pass_scan():
    ctx = Context(Article("m", "Officials warn of a devastating crisis", TEXT))
    for doc in ctx.docs:
        everything = scan(doc)
        for name in LEXICON_NAMES:
            assert ctx.matches(doc, name) == everything[name], name
    assert any(everything[name] for name in LEXICON_NAMES if name not in MATCHED)  # the test has some to find


def test_an_analysis_keeps_only_the_matches_features_read():
    from framing.analysis.features import FEATURES

    ctx = Context(Article("m", "Officials warn of a devastating crisis", TEXT))
    for feature in FEATURES:  # as framing.analyze computes them
        feature.compute(ctx)
    assert set(MATCHED) <= set(LEXICON_NAMES)
    assert set(ctx._matches) == {"title", "text"}
    for field, by_lexicon in ctx._matches.items():
        assert set(by_lexicon) == set(MATCHED), field  # non_speakers, places, acronyms ... were never matched


def test_evidence_cuts_its_text_from_the_article_and_pickles_only_the_span():
    import pickle

    from framing.analysis import analyze
    from framing.types import Evidence

    article = Article("m", "Officials warn of a devastating crisis", TEXT * 20)
    profile = analyze(article)
    evidence = [e for r in profile.features.values() for e in r.evidence]
    assert len(evidence) > 100
    for e in evidence:
        assert e.text == getattr(article, e.field)[e.start:e.end]
        back = pickle.loads(pickle.dumps(e))
        assert back == e and back.text == e.text and back.to_dict() == e.to_dict()
        assert len(pickle.dumps(e)) < 400 + 4 * len(e.text)  # the span, never the article's text
    made = Evidence("f", "m", "text", 0, 3, "abc", "rule")
    assert made.text == "abc" and made == Evidence.of_span("f", "m", "text", 0, 3, "abcdef", "rule")


def test_a_batch_reads_at_most_one_chunk_of_articles_ahead_of_the_analysis(tmp_path, monkeypatch):
    from framing.corpus import batch

    read = 0
    analysed = 0
    ahead: list[int] = []  # at each article read: how many were read and not yet analysed

    def articles(source, **kwargs):
        nonlocal read
        for k in range(23):
            read += 1
            ahead.append(read - analysed)
            yield Article(f"a{k}", f"Story number {k}", f"Officials said on Monday that plan {k} may be delayed. " * 3)

    def counted(task):
        nonlocal analysed
        done = batch_analyze(task)
        analysed += 1
        return done

    batch_analyze = batch._analyze_task
    monkeypatch.setattr(batch, "iter_input", articles)
    monkeypatch.setattr(batch, "_analyze_task", counted)
    result = batch.run_batch(["corpus.jsonl"], tmp_path / "out", jobs=1, quiet=True, chunk_size=5)
    assert analysed == read == 23 and not result.errors
    assert max(ahead) == 5  # one chunk: a batch holding every article would have read 22 ahead


def test_a_long_text_tokenized_a_block_at_a_time_is_cut_only_at_white_space():
    # the tokenizer splits a long text a block of some 64,000 characters at a time: a run of
    # non-space characters across a block's end (a long URL, words joined by a no-break space's
    # absence) must come out as it does from a short text, and every kind of white space still separates
    import random

    rng = random.Random(7)
    words = ["said", "U.S.", "“Yes,”", "don't", "https://example.org/" + "x" * 3000, "—", "$4.5", "(AP)"]
    spaces = [" ", "  ", "\n", "\n\n", "\t", "\u00a0", "\u2003", "\u2028", " \r\n "]
    pieces: list[str] = []
    while sum(map(len, pieces)) < 300_000:
        pieces += [rng.choice(words), rng.choice(spaces)]
    text = "".join(pieces)
    doc = tokenize(text, "text")
    assert all(text[s:e] == t for s, e, t in zip(doc.starts, doc.ends, doc.tokens))
    expected: list[str] = []
    for chunk in text.split():  # each chunk tokenized on its own, as a short text is
        expected += tokenize(chunk, "text").tokens
    assert doc.tokens == expected


def test_the_text_is_read_blanked_without_a_blanked_copy_kept():
    from framing.analysis.cleaning import blank_out

    article = Article("m", "Officials warn of a devastating crisis", TEXT)
    ctx = Context(article)
    doc = ctx.text
    blanked = blank_out(article.text, ctx.clutter)
    assert ctx.clutter and blanked != article.text  # the test has clutter to blank ("Advertisement", a dateline)
    assert doc._cleaned is None and doc.original is article.text  # offsets and clutter ranges only
    assert doc.text == blanked
    n = len(blanked)
    for a in range(-5, n + 5, 3):
        for b in range(a - 2, n + 5, 7):
            assert doc.cut(a, b) == blanked[a:b], (a, b)


def test_sentence_numbers_past_two_bytes_are_kept_in_four():
    doc = tokenize("Yes. " * 70_000)
    assert len(doc.sentences) == 70_000 and doc.sentence_of.itemsize == 4
    assert doc.sentence_of[-1] == 69_999 and doc.sentence_of[-3] == 69_998


def test_an_analysis_keeps_its_evidence_in_columns_read_as_the_tuple_of_it():
    import pickle

    from framing.analysis import analyze
    from framing.types import EvidenceList

    profile = analyze(Article("m", "Officials warn of a devastating crisis", TEXT * 40))
    for result in profile.features.values():
        kept = result.evidence
        items = tuple(kept)
        assert isinstance(kept, EvidenceList) == (len(items) >= 256)  # (fewer spans: a tuple, as made)
        assert kept == items and items == kept and not kept != items and repr(kept) == repr(items)
        assert len(kept) == len(items) and kept[:3] == items[:3] and kept[1::2] == items[1::2]
        if items:
            assert kept[0] == items[0] and kept[-1] == items[-1] and items[-1] in kept
            assert kept[0].text == items[0].text == getattr(profile.article, items[0].field)[items[0].start:items[0].end]
        try:
            kept[len(items)]
        except IndexError:
            pass
        else:
            raise AssertionError("an index past the end")
        back = pickle.loads(pickle.dumps(kept))
        assert back == kept and tuple(back) == items
    sourcing = profile.features["sourcing"]
    assert isinstance(sourcing.evidence, EvidenceList)
    assert len(sourcing.evidence._table) < len(sourcing.evidence)  # spans share their kinds
