"""Fourteenth-pass cue readings (``explainer_title_cues``, ``generic_knower_cues``, ``resemblance_cues``, the
genre headings of ``colon_cues``, the imperative of thinking of ``writer_voice_cues``, the citation for an offence
of ``act_object_cues``, "introduce" and "restrict" in ``acting_verbs.txt``), each beside the true cue it must
leave."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    # an explainer's title names a topic
    ("The new border rules and why the governor fears them, explained\nThe rules took effect on Monday.",
     "explained"),
    ("Standing to sue, explained in brief\nThe doctrine is old.", "explained"),
    ("The farm bill, briefly explained\nCongress passed it late.", "explained"),
    # a "know" of everyone or anyone: common knowledge stated by the writer
    ("Everyone knows that the real work gets done in December.", "knows"),
    ("As every student knows, the treaty was signed in 1919.", "knows"),
    ("But anyone who knows the history of the court will tell you it has changed.", "knows"),
    ("The race is close, but who knows whether the recount will change it.", "knows"),
    ("He figured everyone already knows the answer.", "already knows"),
    # an echo between things
    ("The quarrels of today are echoes of quarrels past.", "echoes"),
    ("Much of the new housing agenda echoes the mayor's old worldview.", "echoes"),
    ("The poll echoes earlier results from the spring.", "echoes"),
    # a contrast, a persuasion to act
    ("What makes someone a hardened voter as opposed to a voter is never said.", "opposed"),
    ("A long delay would have convinced most visitors not to travel here.", "convinced"),
    ("She convinced her father to stop flying.", "convinced"),
    # a thing, or the writer, that reminds
    ("Scandals and crimes, as the case of the last governor reminds us, are different things.", "reminds"),
    ("The old decision reminds us that courts can lead.", "reminds"),
    ("It reminds me of a film I saw as a boy.", "reminds"),
    # a genre or a section before a headline or a paragraph
    ("Memoir: A senator tells of her childhood on the farm.", ":"),
    ("EDITORIAL: The new ID rule is a mistake.", ":"),
    ("Tips: How to reach our reporters securely.", ":"),
    # an imperative of thinking said to the reader
    ("It is a goal, not a warning. Just think of it! The whole town would be quiet.", "think"),
    ("The strikes were routine. Now, consider the next target.", "consider"),
    # a citation for an offence, a bill introduced, a thing restricted
    ("The safety agency cited the factory with 12 serious violations last year.", "cited"),
    ("Two senators introduced the Clean Rivers Act on Tuesday.", "introduced"),
    ("The rule keeps the drugs abroad, restricting treatment for patients here.", "restricting"),
])
def test_a_cue_word_attributing_nothing_is_set_aside(text, cue):
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    # a source explaining stays
    ("“The rules are clear,” explained the governor. “We will enforce them.”", "explained"),
    ("The senator explained that the bill would pass.", "explained"),
    # a named knower, or a relative clause about a named person, stays
    ("Republicans know that the plan is unpopular.", "know"),
    ("The lawyer is close to Cohen, who knows the deals were illegal.", "knows"),
    # a person echoing a view stays
    ("Senator Thune echoed that sentiment on Sunday.", "echoed"),
    ("The same message was echoed by party insiders.", "echoed"),
    # a view opposed or held after persuasion stays
    ("Republicans opposed to the plan said it would fail.", "opposed"),
    ("The campaign convinced the regulators that peace was the smart play.", "convinced"),
    ("His aides were convinced it would be a short run.", "convinced"),
    ("Strategists are convinced there's plenty to like in the law.", "convinced"),
    ("The speech left many guests convinced he was about to run.", "convinced"),
    ("But he is also not convinced the inquiry will be able to find proof.", "convinced"),
    # a source reminding stays
    ("But as the economist Tom Sowell reminds us, “reality is not optional.”", "reminds"),
    ("The senator reminded reporters that she had voted against it.", "reminded"),
    # a colon giving a source its words stays
    ("Gowdy: The memo has no effect on the probe.", ":"),
    ("Study: Pot use is higher in the state.", ":"),
    # a thought with a subject stays
    ("They think it is a losing issue for the party.", "think"),
    # a source cited stays, and an idea introduced with its content
    ("The letter cited an April article about the hacked files.", "cited"),
    ("He introduced the idea that there are no facts at all.", "introduced"),
])
def test_a_true_cue_stays(text, cue):
    assert not acting_cue(text, cue)
