"""Unnamed people read as an organisation, and an unnamed person named in apposition (readers of the AllSides
dev sample, session 30). Sentences written for the test."""
from __future__ import annotations

from conftest import profile

from framing.analysis.context import Context
from framing.analysis.features.sourcing.facts import doc_facts
from framing.analysis.features.sourcing.grammar import word_lists
from framing.analysis.features.sourcing.speakers import classify
from framing.types import Article


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_an_attorney_for_a_foundation_is_an_unnamed_person():
    sources = _sources("An attorney for the Smith Foundation called the statement misleading, noting that it paid.")
    assert sources.get("An attorney for the Smith Foundation") == "anonymous or vague"


def test_the_foundation_itself_stays_a_body():
    sources = _sources("The Smith Foundation called the statement misleading.")
    assert sources.get("The Smith Foundation") == "named organization"


def test_a_supporter_of_a_candidate_is_an_unnamed_person():
    sources = _sources("\"It's time for change,\" the Sanders supporter said.")
    assert sources.get("the Sanders supporter") == "anonymous or vague"


def test_department_attorneys_speak_for_their_body():
    sources = _sources("Justice Department attorneys said the order was lawful.")
    assert sources.get("Justice Department attorneys") == "named organization"


def _kind_of(text: str, phrase: str) -> tuple[str, str, str]:
    ctx = Context(Article(id="t", title="", text=text))
    facts = doc_facts(ctx)[-1]
    doc = facts.doc
    start = text.index(phrase)
    first = next(t for t in range(len(doc.tokens)) if doc.starts[t] == start)
    stop = next(t for t in range(len(doc.tokens)) if doc.ends[t] == start + len(phrase)) + 1
    return classify(facts, first, stop, word_lists())


def test_an_unnamed_person_named_in_apposition_is_that_person():
    text = "The woman, identified as Jane Marlow, 33, walked up to the senator. \"Resign,\" she said."
    assert _kind_of(text, "The woman")[:2] == ("person", "Jane Marlow")


def test_an_unnamed_person_with_no_name_stays_unnamed():
    text = "The woman, a teacher, walked up to the senator. \"Resign,\" she said."
    assert _kind_of(text, "The woman")[0] == "anonymous"


def test_an_unnamed_man_named_in_plain_apposition_is_that_person():
    sources = _sources("\"We came to pray for her,\" said one man in the crowd, Peter Halloway. \"It is about faith.\"")
    assert sources.get("one man") == "named person"


def test_an_unnamed_man_with_no_given_name_after_him_stays_vague():
    sources = _sources("\"We came to pray for her,\" said one man in the crowd, Tuesday Market Square. \"It is faith.\"")
    assert sources.get("one man") == "anonymous or vague"


def test_a_spokesman_opening_a_sentence_without_article_is_unnamed():
    sources = _sources("The park closed early. Spokesman for the Department of Parks said the storm had felled trees.")
    assert sources.get("Spokesman for the Department of Parks") == "anonymous or vague"


def test_a_department_opening_a_sentence_stays_a_body():
    sources = _sources("The park closed early. The Department of Parks said the storm had felled trees.")
    assert sources.get("The Department of Parks") == "named organization"


def test_a_spokesman_for_an_outlet_is_unnamed():
    sources = _sources("A spokesman for CNN said the network stood by its reporting.")
    assert sources.get("A spokesman for CNN") == "anonymous or vague"


def test_the_outlet_itself_stays_an_outlet():
    sources = _sources("CNN said the network stood by its reporting.")
    assert sources.get("CNN") == "news outlet"

