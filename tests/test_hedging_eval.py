"""The weasel-word and modal rules of the hedging feature, and a fast slice of WikiWeasel."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import framing
from conftest import found, profile
from framing.analysis.features import hedging
from framing.analysis.models import packaged_model

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
WIKIWEASEL = CORPORA / "wikiweasel"


@pytest.mark.parametrize("text, expected", [
    ("Some scholars argue that the text is a later forgery.", ["Some scholars"]),
    ("Many of the villagers believe the flood was a punishment.", ["Many of"]),
    ("The castle is considered the oldest in the region.", ["is considered"]),
    ("Critics of the plan said it would cost too much.", ["Critics"]),
    ("The painting is widely attributed to his workshop.", ["widely"]),
    ("The relic, said to date from the tenth century, was stolen.", ["said to"]),
])
def test_weasel_words_found(text, expected):
    assert found(profile(text), "hedging") == expected


@pytest.mark.parametrize("text", [
    "The tower stood for many years before the fire.",       # a vague quantity of time
    "He lost the race several times before he won.",
    "Nobody knew how many soldiers had crossed the river.",  # "how many" asks, it does not hedge
    "She was certain that the letter was genuine.",          # "certain" = sure
    "Two players stayed and the others went home.",          # "the others": known people
    "Others",                                                # a one-word label, not a claim
])
def test_not_weasel_words(text):
    assert [e for e in found(profile(text), "hedging", measure="weasel")] == []


def test_approximators_are_quantities_not_hedges():
    # issue 13: "some 40 houses", "about $65 a month", "nearly nine in 10" qualify a number, they soften
    # no claim (a reader's bar; WikiWeasel marks most such sentences certain too)
    p = profile("The storm destroyed some 40 houses on the coast, about 3,000 people fled and nearly "
                "$1.1 trillion was lost around 9:30 on Monday.")
    assert found(p, "hedging") == []


@pytest.mark.parametrize("text", [
    "Many of the villagers left before the flood.",                       # issue 13: plain quantities
    "The chain employs many low-wage workers in the state.",
    "He also listed a number of gestures of goodwill made before the summit.",
    "Police had made a number of seizures of firearms in recent months.",
    "Most Americans had never heard of the company before the hearing.",
    "She called him one of the kindest, most gentle people she knew.",     # a superlative
    "The supply-siders made the internationalists smarter critics of Communism.",
    "He argued several cases before the Supreme Court.",
    "The video was widely shared on social media.",                        # an extent, no source
    "Since taking office, the president has considered several options for the region.",
])
def test_plain_quantities_and_groups_are_not_weasels(text):
    assert found(profile(text), "hedging") == []


@pytest.mark.parametrize("text, expected", [
    ("Some Republicans cautioned that the bill could fail in the Senate.", ["Some", "could"]),
    ("Critics of the federal jobs plan say it would raise wages too slowly.", ["Critics"]),
    ("Some people familiar with the document say it has no effect on arms sales.", ["some people"]),
    ("Many observers have described the relationship as ice cold.", ["many observers"]),
    ("The tweet was widely perceived as an attempt to intimidate him.", ["widely"]),
    ("The chief justice, considered the court's ideological center, asked a question.", ["considered"]),
])
def test_unnamed_sources_stay_weasels(text, expected):
    assert [w.lower() for w in found(profile(text), "hedging")] == [w.lower() for w in expected]


def test_wikiweasel_definition_counts_the_plain_quantities_the_reports_set_aside():
    from framing.analysis.context import Context
    from framing.types import Article
    a = Article(id="x", title="", text="Many of the villagers left before the flood.")
    decided = [m.entry.term for _, m, _, _ in hedging.decisions(Context(a))]
    assert decided == ["many of"]                     # WikiWeasel's definition: a weasel word
    assert found(profile(a.text), "hedging") == []    # the reports: a plain quantity


def test_penn_treebank_tokens_do_not_break_matching():
    p = profile("Many historians -LRB- though not all -RRB- regard Zeno 's paradoxes as `` unsolved '' .")
    assert "Many historians" in found(p, "hedging")
    assert profile("The bridge -LRB- built in 1901 -RRB- crosses the river .").features["hedging"].count == 0


def test_news_hedges_are_not_gated_by_the_model():
    # the model is trained on encyclopedic text; modals, verbs and adverbs stay rule-based
    assert found(profile("The minister may resign next week."), "hedging") == ["may"]
    assert found(profile("The talks are likely to fail."), "hedging") == ["likely"]


# ------------------------------------------------------------------ modals that do not hedge
# Root/dynamic "may" of generic statements, frequency adverbs, concessive and purpose clauses are
# dropped by rules; the epistemic modal about a particular event stays (each pair: both sides).

@pytest.mark.parametrize("text", [
    "Symptoms may include fever and a rash.",                      # what a kind of thing includes
    "Prices may vary from store to store.",
    "The term may refer to a river or a town.",
    "Petroleum jelly may be used to protect the skin.",            # use
    "The shrub may also be found in southern Spain.",              # where a kind occurs
    "The gene may be divided into three regions.",                 # classing / naming
    "Such storms may sometimes reach the coast.",                  # frequency adverb: generic
    "Whatever may happen, the club will stay in the city.",        # concessive free relative
    "We will fight them wherever they may occur.",
    "However painful that process may be, it must go on.",
    "The fund was set up so that families could rebuild.",        # purpose clause
    "They marched in order that their votes may count.",
    "As hard as it may seem, the plan worked.",                     # concessive "as ... as"
    "Come what may, the festival will open on Friday.",            # idioms
    "Be that as it may, the vote goes ahead.",
])
def test_modals_that_do_not_hedge(text):
    assert [e.text for e in profile(text).features["hedging"].evidence if e.measure == "modal"] == []


@pytest.mark.parametrize("text, expected", [
    ("The minister may resign next week.", ["may"]),               # epistemic: a particular event
    ("The storm may cause flooding along the coast.", ["may"]),    # a forecast, not a kind
    ("The election may be called early.", ["may"]),                # "be called" is not naming here
    ("The suspect may be found guilty.", ["may"]),                 # "found" + not a place
    ("The deal may have been signed in secret.", ["may"]),         # epistemic perfect
    ("Whoever wins may face a recession.", ["may"]),               # "may" of the main clause
    ("However, the talks may collapse.", ["may"]),                 # sentence adverb "however"
    ("The rebels might win the vote.", ["might"]),
    ("The strike could hit the port within days.", ["could"]),
    ("The order that stopped the raid could save lives.", ["could"]),  # not "in order that"
])
def test_epistemic_modals_still_hedge(text, expected):
    assert [e.text for e in profile(text).features["hedging"].evidence if e.measure == "modal"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Smokers are more likely to develop cancer.", []),            # compares how often groups do it
    ("Voters were much less likely to turn out.", []),
    ("He is more likely to win than his rival.", ["likely"]),     # a forecast about one person
    ("The talks are likely to fail.", ["likely"]),
    ("A deal is not possible before June.", []),                   # (in)feasibility stated
    ("Such evenings would not be possible without volunteers.", []),
    ("The grant made the new bridge possible.", []),
    ("The show reached the largest audience possible.", []),
    ("There are three possible routes to the summit.", []),        # counts options
    ("One possible explanation is a faulty valve.", ["possible"]),
    ("Police are investigating a possible motive.", ["possible"]),
    ("He could n't find the keys.", []),                            # Penn Treebank "could n't"
])
def test_likely_and_possible_rules(text, expected):
    assert [e.text for e in profile(text).features["hedging"].evidence
            if e.text.lower() in ("likely", "possible", "could")] == expected


@pytest.mark.parametrize("text, expected", [
    ("The candidate has been in the news, most recently in a debate.", []),  # superlative adverb
    ("Most scholars reject the claim.", ["Most"]),                           # vague quantifier (model)
    ("Most family members fled.", ["Most"]),                                 # "family" is a noun
])
def test_most_before_an_adverb_is_a_superlative(text, expected):
    cands = [m.entry.term for d, m in _candidates(text)]
    assert ("most" in cands) is bool(expected)


@pytest.mark.parametrize("text, expected", [
    ("The deal is almost certainly dead.", ["almost certainly"]),
    ("Legend has it that the king hid in the cave.", ["Legend has it"]),
    ("Its authenticity has been questioned.", ["has been questioned"]),
    ("The border between the two villages is disputed.", ["is disputed"]),
    ("It is not impossible that the letter is a forgery.", ["not impossible"]),
    ("He is seen as a moderate within the party.", ["is seen as"]),
    ("According to legend, the bell rang by itself.", ["According to legend"]),
    ("He was seen at the rally on Sunday.", []),                            # "seen at": a sighting
    ("The court has questioned the witness twice.", []),                    # active, with an agent
])
def test_new_uncertainty_phrases(text, expected):
    assert found(profile(text), "hedging") == expected


def _candidates(text: str):
    from framing.analysis.context import Context

    return hedging.candidates(Context(framing.Article(id="x", title="", text=text)))


def _candidate(text: str, term: str):
    from framing.analysis.context import Context

    ctx = Context(framing.Article(id="x", title="", text=text))
    return next(m for d, m in hedging.candidates(ctx) if m.entry.term == term)


@pytest.mark.parametrize("text, term, expected", [
    ("The minister may resign next week.", "may", False),            # news modals: rules only
    ("The rebels appear to control the city.", "appear to", False),
    ("Some scholars argue that the text is a later forgery.", "some scholars", True),
    ("Prices have generally risen since the spring.", "generally", True),   # generalising adverb
    ("He believes the vote was rigged.", "believes", True),                # bare cognition verb
    ("The bridge is regarded as a masterpiece of its era.", "regarded as", False),  # consensus
    ("It is widely believed that the general fled.", "it is widely believed", False),
])
def test_which_candidates_the_model_decides_on(text, term, expected):
    assert hedging.gated(_candidate(text, term)) is expected


def test_gated_adverb_evidence_names_the_model():
    ev = profile("Prices have generally risen since the spring.").features["hedging"].evidence
    assert all(" · model hedges v" in e.rule for e in ev if e.text == "generally")


def test_model_evidence_names_rule_and_model():
    model = packaged_model(hedging.MODEL)
    ev = profile("Some scholars argue that the text is a later forgery.").features["hedging"].evidence
    assert ev and ev[0].rule.startswith("hedges: some scholars [weasel] · model hedges v")
    assert f"{model.label} p=" in ev[0].rule
    assert 0.0 < model.threshold < 1.0


def _slice(n: int = 300) -> tuple[list, dict]:
    if not (WIKIWEASEL / "articles.train.jsonl").is_file():
        pytest.skip(f"WikiWeasel not available at {WIKIWEASEL} (the shared corpora are not checked out)")
    certain, uncertain = [], []
    gold = {}
    with open(WIKIWEASEL / "labels.train.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            gold[r["id"]] = r["label"]
    with open(WIKIWEASEL / "articles.train.jsonl", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            bucket = uncertain if gold.get(r["id"]) == "uncertain" else certain
            if len(bucket) < n:
                bucket.append(framing.Article(id=r["id"], title="", text=r["text"]))
            if len(certain) >= n and len(uncertain) >= n:
                break
    return certain + uncertain, gold


def test_wikiweasel_slice_f1_floor():
    # scored by WikiWeasel's definition (bare vague quantifiers are weasels there; the reports set them aside)
    from framing.evaluation import hedged_sentence_wikiweasel as hedged_sentence

    articles, gold = _slice()
    tp = fp = fn = 0
    for a in articles:
        pred = hedged_sentence(framing.analyze(a))
        actual = gold[a.id] == "uncertain"
        tp += pred and actual
        fp += pred and not actual
        fn += actual and not pred
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    # measured 0.782 (P 0.87, R 0.71; 0.770 before the modal rules) on this balanced slice of the
    # train split; the floor leaves a margin for small lexicon changes (the rules alone gave 0.41
    # on the whole split before)
    assert f1 >= 0.72, (p, r, f1)
