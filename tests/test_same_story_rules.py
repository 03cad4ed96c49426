"""The rules issue 14's trios asked for (framing.compare.alignment, .headlines, .questions), each on
short texts written for the test: who counts as cited, headings, one-way alignment, headline stems,
predictions that are none, unnamed sources that are none."""
from __future__ import annotations

import framing
from framing.compare.alignment import align, in_heading
from framing.compare.headlines import read_headline, stem
from framing.compare.questions import discussion_questions
from framing.types import Article


def profiles(*pairs):
    return [framing.analyze(Article(chr(97 + i), title, text, source))
            for i, (title, text, source) in enumerate(pairs)]


BASE = ("The council voted on Monday to close the Riverside library next spring, a decision that will affect "
        "about 3,000 regular readers.\n\n")


def omissions(ps):
    return {o.what: o for o in align(ps).omissions}


def test_a_stance_verb_is_no_citation():
    # "endorsed" is the mention's own cue: Jane Ortiz is an actor here, not a source
    ps = profiles(("Library to close", BASE + "Former councillor Jane Ortiz, who left office in May, also endorsed "
                   "the plan at the meeting.\n", "Daily A"),
                  ("Library closes", BASE + "Residents gathered outside city hall after the vote.\n", "Daily B"))
    assert "Jane Ortiz" not in omissions(ps)


def test_a_said_verb_is_a_citation():
    ps = profiles(("Library to close", BASE + "\"We had no choice,\" said council leader Jane Ortiz.\n", "Daily A"),
                  ("Library closes", BASE + "Residents gathered outside city hall after the vote.\n", "Daily B"))
    o = omissions(ps)["Jane Ortiz"]
    assert o.sentence == "Only A quotes Jane Ortiz." and o.evidence[0].text.startswith("\"We had no choice")


def test_a_promo_line_and_the_own_outlet_are_no_citations():
    # a parenthesised link to another story of the same outlet names the outlet and a person, cites neither
    a = BASE + "( Also on THE HERALD: Ortiz says the library will reopen)\n\nThe vote was 7 to 2.\n"
    ps = profiles(("Library to close", a, "The Herald"),
                  ("Library closes", BASE + "Residents gathered outside city hall after the vote.\n", "Daily B"))
    found = omissions(ps)
    assert "THE HERALD" not in found and "Ortiz" not in found


def test_a_word_inside_a_longer_title_is_no_speaker():
    a = BASE + ("Tom Reyes, who lives next door, told All Things Considered, \"We will miss it.\" "
                "He described the mood as grim.\n")
    ps = profiles(("Library to close", a, "Daily A"),
                  ("Library closes", BASE + "Residents gathered outside city hall after the vote.\n", "Daily B"))
    found = omissions(ps)
    assert "Things" not in found and "Tom Reyes" in found


def test_headings_are_found():
    text = ("Library to close, Council Says\n\nThe council voted on Monday.\n\nWhy the vote matters\n\n"
            "Captions run long. Council: 5 reasons it closes\n")
    assert in_heading(text, 0) and in_heading(text, text.index("Why"))
    assert not in_heading(text, text.index("The council"))
    assert in_heading(text, text.index("5 reasons"))  # a kicker after a caption's full stop
    assert not in_heading("She said: \"We will miss it\"\n", 0)  # a line that closes on a quote mark
    assert not in_heading("He said:\n", 0)  # or announces what follows


def test_a_figure_only_in_a_heading_is_not_omitted():
    a = "Council Closes Library In 3-Vote Upset\n\n" + BASE
    ps = profiles(("Council Closes Library In 3-Vote Upset", a, "Daily A"), ("Library closes", BASE, "Daily B"))
    assert not [o for o in align(ps).omissions if o.kind == "number"]


def test_a_short_sentence_does_not_take_several_long_ones():
    a = BASE + "Police said the suspect Dale Hurst was in custody on Friday night.\n"
    b = BASE + ("With Dale Hurst in custody, the focus now turns to how prosecutors will bring the suspect to a "
                "court in the county seat.\n\nBefore Dale Hurst was in custody, a senator wrote on Twitter that "
                "the suspect should face a military tribunal and not a civilian court.\n")
    al = align(profiles(("Arrest", a, "Daily A"), ("Arrest", b, "Daily B")))
    short = a.index("Police said")
    partners = [p for g in al.groups if any(q.article == 0 and q.start == short for q in g.passages)
                for p in g.passages if p.article == 1]
    assert len(partners) <= 1


def test_a_doubled_consonant_is_undoubled():
    assert stem("dropped") == stem("drops") == "drop"
    assert stem("stopping") == "stop" and stem("called") == "call" and stem("passed") == "pass"
    p = framing.analyze(Article("a", "Mayor drops out of race", "The mayor dropped out of the race on Monday.\n"))
    assert not [u for u in read_headline(p).unsupported if u.text == "drops"]


def questions(a_text, b_text):
    ps = profiles(("Library to close", a_text, "Daily A"), ("Library closes", b_text, "Daily B"))
    return discussion_questions(ps, ("A", "B"), align(ps), ())


def test_an_indirect_question_or_an_inline_source_is_no_unsourced_prediction():
    a = BASE + ("With the vote taken, the focus now turns to how the council is going to find the money.\n\n"
                "The repairs are around $4 million, per engineers hired by the city.\n")
    assert not [q for q in questions(a, BASE) if q.kind == "prediction"]
    b = BASE + "The closure is going to hurt the town's children for years.\n"
    assert [q for q in questions(BASE, b) if q.kind == "prediction"]


def test_sources_that_are_not_unnamed_sources():
    a = BASE + ("\"It is over,\" an official said.\n\nThe library will close, according to exit polls conducted "
                "by Metro News.\n\nHis campaign repeatedly mentions the library.\n\nThe judicial officer will "
                "formally advise the council of its rights.\n\nCharity aims to lift up the unfortunate.\n")
    assert not [q for q in questions(a, BASE) if q.kind == "unnamed"]
