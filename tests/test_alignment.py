"""Same story, different choices: sentences aligned across articles, figures and speakers matched
exactly, omissions named (framing.compare.alignment, .numbers, .headlines). Expectations checked by
reading: on two short articles written for the tests, on the seeds, and on one AllSides same-story pair."""
from __future__ import annotations


import framing
from framing.analysis.text import tokenize
from framing.compare.alignment import align, omission_sentence
from framing.compare.headlines import read_headline, read_headlines, stem
from framing.compare.questions import discussion_questions
from framing.compare.numbers import find_numbers, is_notable, same_figure
from framing.types import Article

from conftest import PL, VOV
from same_story import (A_TEXT, A_TITLE, B_TEXT, FERGUSON, allsides_pair, needs_allsides, sentence, spans_of,
                        written_pair)


def figures(text: str):
    return {m.text: m for m in find_numbers(tokenize(text))}


def test_figures_are_normalised():
    f = figures("Some 69,000 fans, or 69K, or 69 thousand; $31.4 million; 12% and 12 percent and 12 per cent; "
                "an 8-hour ceasefire; 1.2 thousand jobs and 1,200 jobs; in 2017 on Oct. 9.")
    assert f["69,000 fans"].value == f["69K"].value == f["69 thousand"].value == 69000
    assert (f["$31.4 million"].kind, f["$31.4 million"].value) == ("money", 31_400_000)
    assert {f[k].key for k in ("12%", "12 percent", "12 per cent")} == {("percent", 12)}
    assert (f["8-hour ceasefire"].value, f["8-hour ceasefire"].unit) == (8, "hour")
    assert same_figure(f["1.2 thousand jobs"], f["1,200 jobs"])
    assert f["2017"].kind == "year" and f["Oct. 9"].kind == "date"
    assert not is_notable(f["2017"]) and not is_notable(f["8-hour ceasefire"]) and is_notable(f["$31.4 million"])


def test_small_figures_need_the_same_unit():
    f = figures("two officials said four officers were hurt; four officers and 4 officers; two weeks")
    assert not same_figure(f["two officials"], f["two weeks"])
    assert same_figure(f["four officers"], f["4 officers"])


def test_figure_spans_slice_the_text():
    for path in (VOV, PL):
        text = framing.load_article(path).text
        for m in find_numbers(tokenize(text)):
            assert text[m.start:m.end] == m.text


def test_written_pair_aligns_what_both_report():
    a, b = written_pair()
    result = align([a, b])
    pairs = {(g.passages[s].start, g.passages[t].start) for g in result.groups for s, t, _ in g.links}
    expected = [  # read one by one: each reports the same fact in both articles
        (sentence(A_TEXT, "Police arrested 31"), sentence(B_TEXT, "About 2,000 people")),
        (sentence(A_TEXT, "About 2,000 protesters"), sentence(B_TEXT, "Thugs hurled")),
        (sentence(A_TEXT, "Police Chief Maria Delgado"), sentence(B_TEXT, "Police Chief Maria Delgado")),
        (sentence(A_TEXT, "The company announced"), sentence(B_TEXT, "The closure of the plant")),
    ]
    for sa, sb in expected:
        assert (sa[0], sb[0]) in pairs, (A_TEXT[sa[0]:sa[1]], B_TEXT[sb[0]:sb[1]])
    # what only one of them reports is aligned with nothing
    unmatched = {(p.article, p.start) for ps in result.unmatched for p in ps}
    for begins in ("Union leader Frank Osei", "Mayor Linda Park"):
        assert (0, A_TEXT.index(begins)) in unmatched
    for begins in ("Hartwell spokesman Greg Lyle", "The closure is likely"):
        assert (1, B_TEXT.index(begins)) in unmatched
    jobs = next(g for g in result.groups if g.passages[0].start == A_TEXT.index("The company announced"))
    assert jobs.numbers == ("1,200 jobs",)  # 1,200 and 1.2 thousand, matched exactly
    delgado = next(g for g in result.groups if "Maria Delgado" in g.speakers)
    assert delgado.numbers == ("four officers",)
    assert result.n_sentences == (8, 6)


def test_written_pair_names_what_is_left_out():
    a, b = written_pair()
    result = align([a, b])
    assert [o.sentence for o in result.omissions] == [
        "Only A quotes Frank Osei.", "Only B quotes Greg Lyle.", "Only A cites Linda Park.",
        "Only A reports “31 people”.", "Only B reports “$18 million”."]
    osei = result.omissions[0]
    assert (osei.kind, osei.category, osei.present, osei.absent) == ("speaker", "person", (0,), (1,))
    # "quotes": the evidence is the first sentence that quotes him, not the one that first names him
    assert A_TEXT[osei.evidence[0].start:osei.evidence[0].end] == '"They told us by email," Osei said.'
    figure = result.omissions[3]
    assert A_TEXT[figure.evidence[0].start:figure.evidence[0].end] == "31 people"
    # 2,000 protesters and 2,000 people are one figure, reported by both
    assert not any("2,000" in o.what for o in result.omissions)


def test_three_articles_name_the_one_that_leaves_out():
    a, b = written_pair()
    c = framing.analyze(Article("c", "Millbrook protest", A_TEXT, "Daily C"))
    result = align([a, b, c])
    sentences = [o.sentence for o in result.omissions]
    assert "B does not quote Frank Osei, whom A and C quote." in sentences
    assert "Only B quotes Greg Lyle." in sentences
    assert "B does not report “31 people”, which A and C report." in sentences
    assert omission_sentence("cites", "X", ["A", "B"], ["C", "D"], True) == "A and B cite X; C and D do not."


def test_seeds_share_no_passage_and_name_their_omissions(vov, pl):
    result = align([vov, pl])
    # read: the two seeds are a year apart (Oct 2016, Oct 2017); Lavrov is in both, saying other things
    assert result.groups == ()
    sentences = [o.sentence for o in result.omissions]
    assert sentences[:2] == ["Only B quotes Yong Suk Lee.", "Only A cites Sergey Kislyak."]
    assert not any("Ryabkov" in s for s in sentences)  # he "warned" only in a photo caption, set aside
    assert "Only A reports “49 artillery attacks”." in sentences and "Only B reports “$31.4 million”." in sentences
    assert not any("Lavrov" in s for s in sentences)  # "Sergei Lavrov" (A) and "Sergey Lavrov" (B): one speaker


def test_every_span_slices_its_text(vov, pl):
    for profiles in ([vov, pl], written_pair()):
        result = align(profiles)
        for p in spans_of(result):
            assert getattr(profiles[p.article].article, p.field)[p.start:p.end] == p.text


def test_degenerate_inputs_never_raise():
    empty = framing.analyze(Article("e", "", ""))
    one = framing.analyze(Article("o", "Title", "One short line."))
    assert align([empty, one]).groups == ()
    assert align([one]).groups == ()
    headlines = read_headlines([empty, one])
    assert headlines[0].unsupported == () and headlines[0].words == ()
    assert discussion_questions([empty, one], ("A", "B"), align([empty, one]), headlines) == ()


def test_headlines_read_against_their_texts():
    a, b = written_pair()
    ha, hb = read_headline(a, 0), read_headline(b, 1)
    kinds = {(u.kind, u.text) for u in ha.unsupported}
    # "40": no such figure in A's text (31 arrests); "chaos": alarmist, where the text has no alarmist word
    assert ("number", "40") in kinds and ("charged", "chaos") in kinds and ha.claims_more
    assert [(w.feature, w.text) for w in ha.words] == [("alarmist", "chaos")]
    for u in ha.unsupported:
        assert A_TITLE[u.start:u.end] == u.text
    # B's "mob" is loaded, but the text uses "mob" and "Thugs" itself; "rally" is "rallied" in the text
    assert [(w.feature, w.text) for w in hb.words] == [("loaded", "mob")]
    assert hb.unsupported == () and not hb.claims_more
    assert stem("rallied") == stem("rally") == "rally"


def test_seed_headlines(vov, pl):
    hv, hp = read_headline(vov, 0), read_headline(pl, 1)
    assert hv.words == () and not hv.claims_more
    # "war drums" is alarmist, and so is much of the text ("on the verge", "boil over"): not unsupported
    assert [w.text for w in hp.words] == ["war drums"] and not hp.claims_more


@needs_allsides
def test_allsides_pair_aligns_what_both_report():
    a, b = allsides_pair()
    result = align([a, b])
    links = {(g.passages[s].start, g.passages[s].end, g.passages[t].start, g.passages[t].end)
             for g in result.groups for s, t, _ in g.links}
    # read one by one in the corpus (Ferguson, 2014-08-19): the same fact or quote in both
    same = [(1174, 1311, 3281, 3379),  # four officers hurt by rocks and bottles
            (1827, 1947, 3751, 3950),  # some of those arrested came from New York and California
            (3055, 3283, 4232, 4417),  # the two German reporters arrested
            (3324, 3479, 4603, 4678),  # not immediately clear who was a reporter
            (4673, 4879, 6015, 6189),  # a grand jury could begin hearing evidence
            (4881, 5045, 5479, 5615),  # the county autopsy: shot six to eight times
            (5046, 5143, 5616, 5656),  # full findings in two weeks
            (5816, 5985, 5657, 5755)]  # a third autopsy for the Justice Department
    for link in same:
        assert link in links
    by_start = {g.passages[0].start: g for g in result.groups}
    assert len(by_start[4881].numbers) == 1 and len(by_start[5046].numbers) == 1
    assert "Eric Holder" in by_start[5816].speakers
    # read: only NPR (B) reports the 78 arrests, the memorial fund and the 6 percent; neither text names the
    # other's Parcells / Chabot
    sentences = [o.sentence for o in result.omissions]
    for expected in ("Only A quotes Shawn Parcells.", "Only B quotes Lisa Chabot.", "Only B reports “78 arrests”.",
                     "Only B reports “$90,000”.", "Only B reports “6 percent”."):
        assert expected in sentences
    for p in spans_of(result):
        assert getattr((a, b)[p.article].article, p.field)[p.start:p.end] == p.text
    assert FERGUSON == (a.article.id, b.article.id)


@needs_allsides
def test_allsides_headlines():
    a, b = allsides_pair()
    ha = read_headline(a, 0)
    assert "slams" in [w.text for w in ha.words]  # loaded, and the text has loaded words of its own
    assert not ha.claims_more
