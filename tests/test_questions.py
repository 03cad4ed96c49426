"""Discussion questions made from the actual differences (framing.compare.questions): each made only
when its evidence exists, each citing spans that slice the texts exactly, most telling first."""
from __future__ import annotations

import framing
from framing.compare import compare
from framing.compare.questions import MAX_QUESTIONS, ORDER, excerpt

from same_story import A_TEXT, A_TITLE, B_TEXT, allsides_pair, needs_allsides, sentence, written_pair


def assert_cited(comparison):
    """Every question cites at least one span, and every span slices its article's title or text."""
    for q in comparison.questions:
        assert q.evidence, q.text
        for e in q.evidence:
            assert getattr(comparison.profiles[e.article].article, e.field)[e.start:e.end] == e.text, q.text


def test_written_pair_questions_in_order():
    c = compare(written_pair())
    assert_cited(c)
    kinds = [q.kind for q in c.questions]
    assert kinds == ["headline", "wording", "wording", "speaker", "speaker", "prediction", "figure", "figure"]
    assert kinds == sorted(kinds, key=ORDER.index) and len(kinds) <= MAX_QUESTIONS
    headline, _, thugs, osei, lyle, prediction, arrests, money = c.questions
    assert headline.text == ("A's headline uses the alarmist word “chaos”, but its text uses no alarmist words of its "
                             "own: does the story back up its headline?")
    assert [(e.field, e.text) for e in headline.evidence] == [("title", "chaos")]
    # the same fact, told with "Thugs" in B and without in A
    assert "B says “Thugs” where A uses no such word" in thugs.text
    s, e = sentence(A_TEXT, "About 2,000 protesters")
    assert (thugs.evidence[0].article, thugs.evidence[0].start, thugs.evidence[0].end) == (0, s, e)
    assert thugs.evidence[-1].text == "Thugs"
    assert osei.text.startswith("Only A quotes Frank Osei, whom B never names")
    assert lyle.text.startswith("Only B quotes Greg Lyle, whom A never names")
    s, e = sentence(B_TEXT, "The closure is likely")
    assert (prediction.evidence[0].start, prediction.evidence[0].end) == (s, e)
    assert "names no source for it" in prediction.text
    assert arrests.text.startswith("Only A reports “31 people”; B reports the same thing without it")
    assert money.text.startswith("Only B reports “$18 million”")


def test_no_evidence_no_question():
    a, _ = written_pair()
    same = compare([a, a])  # one article twice: nothing differs between them, only its headline is a question
    assert [q.kind for q in same.questions] == ["headline", "headline"]
    quiet = framing.analyze(framing.Article("q", "Council meets", "The council met on Monday. It approved the budget "
                                            "for next year after a short debate.", "Q"))
    c = compare([quiet, quiet])
    assert c.questions == ()


def test_seed_questions(vov, pl):
    c = compare([vov, pl])
    assert_cited(c)
    kinds = [q.kind for q in c.questions]
    assert kinds == ["speaker", "speaker", "prediction", "figure", "figure", "headlines", "unnamed"]
    prediction = c.questions[2]
    # read: the forecast's only source is the next sentence's unnamed "top CIA official"
    assert prediction.text.startswith("B predicts “As U.S./Russia relations continue to deteriorate, tensions with "
                                      "North Korea are likely to boil over within the next two weeks.” on the word "
                                      "of an unnamed source (“a top CIA official”)")
    assert [e.text for e in prediction.evidence[1:]] == ["are likely", "a top CIA official"]
    headlines = c.questions[5]
    assert headlines.text.startswith("B's headline uses “war drums”; A's headline (“Russia-US confrontation, mounting "
                                     "concerns”) uses no loaded or alarmist words")


def test_excerpt_cuts_at_a_word():
    assert excerpt("one two three four", 12) == "one two…"
    assert excerpt("short", 12) == "short"
    assert excerpt("a\n\nb", 12) == "a b"


@needs_allsides
def test_allsides_pair_questions():
    c = compare(allsides_pair())
    assert_cited(c)
    texts = [q.text for q in c.questions]
    # NPR's reporter Elise Hu ("NPR's Elise Hu", "NPR's Hu": one person, 3 attributions, 2 quotations; a "he"
    # later is Capt. Johnson, not her) is quoted only by B, Shawn Parcells (3, 2) only by A: the two lead
    assert {t.split(",")[0] for t in texts[:2]} == {"Only B quotes Elise Hu", "Only A quotes Shawn Parcells"}, texts
    assert any(t.startswith("Only B reports “78 arrests”") for t in texts)
    assert any(t.startswith("A's headline uses “slams”") for t in texts)


def test_question_text_reaches_the_page_escaped():
    a, b = written_pair()
    hostile = framing.analyze(framing.Article("h", A_TITLE + " <script>alert(1)</script>", A_TEXT, "H"))
    html = framing.render_comparison(compare([hostile, b]))
    assert "<script>alert(1)</script>" not in html
    assert "Same story, different choices" in html
