"""The evaluative model's decisions and the evidence made from them, on real articles.

``evaluative_model.decide`` keeps a model-gated candidate when the model's probability of its string
features reaches the threshold, and drops a vetoable rule candidate when it falls below the veto;
the probability it records is that very float. ``to_evidence`` merges candidates whose phrases
overlap into one piece of evidence: each phrase lies inside exactly one piece, pieces do not
overlap, and a piece's span and rule are made from the candidates inside it.
"""
from __future__ import annotations

from conftest import article

from framing.analysis.context import Context
from framing.analysis.features import alarmist, evaluative_model, loaded

# coordinated and amplified evaluative words, whose phrases overlap
PHRASES = article("They launched personal, petty, inhuman and craven attacks on him. The utterly absurd, "
                  "disgraceful and shameful deals were a catastrophic, horrific failure. “It is a corrupt, "
                  "vicious regime,” he said of the pathetic, laughable and dangerous plan.",
                  title="Utterly absurd, disgraceful deals")


def _candidates(profiles):
    for a in [p.article for p in profiles] + [PHRASES]:
        for feature, candidates in (("loaded", loaded.candidates), ("alarmist", alarmist.candidates)):
            yield feature, candidates(Context(a))


def test_decisions_are_those_of_the_models_probability(vov, pl):
    m = evaluative_model.model()
    assert m is not None
    veto = float(m.meta.get("veto", 0.0))
    n_gated = 0
    for _, cands in _candidates((vov, pl)):
        probabilities = [m.probability(evaluative_model.features(c)) for c in cands]
        kept = evaluative_model.decide(cands)
        kept_ids = {id(c) for c in kept}
        for c, p in zip(cands, probabilities):
            if c.gated:
                n_gated += 1
                assert (id(c) in kept_ids) == (p >= m.threshold)
            elif veto > 0 and evaluative_model.vetoable(c):
                assert (id(c) in kept_ids) == (p >= veto)
            else:
                assert id(c) in kept_ids and c.p is None
                continue
            if id(c) in kept_ids:
                assert c.p == p  # the very float, not a near one
    assert n_gated > 20


def test_evidence_merges_overlapping_phrases(vov, pl):
    m = evaluative_model.model()
    assert m is not None
    n_merged = 0
    for feature, cands in _candidates((vov, pl)):
        kept = evaluative_model.decide(cands)
        evidence = evaluative_model.to_evidence(feature, kept)
        assert len(evidence) <= len(kept)
        for field in ("title", "text"):
            ev = sorted((e for e in evidence if e.field == field), key=lambda e: e.start)
            assert all(a.end <= b.start for a, b in zip(ev, ev[1:]))  # no two pieces overlap
            inside: dict[int, list] = {}
            for c in (c for c in kept if c.doc.field == field):
                start, end = c.doc.starts[c.first], c.doc.ends[c.stop - 1]
                holders = [k for k, e in enumerate(ev) if e.start <= start and end <= e.end]
                assert len(holders) == 1  # each phrase inside exactly one piece
                inside.setdefault(holders[0], []).append(c)
            assert sorted(inside) == list(range(len(ev)))  # and every piece holds some phrase
            for k, grp in inside.items():
                e = ev[k]
                doc = grp[0].doc
                assert e.start == min(doc.starts[c.first] for c in grp)
                assert e.end == max(doc.ends[c.stop - 1] for c in grp)
                assert e.feature == feature
                grp.sort(key=lambda c: (c.first, c.stop))
                rules = list(dict.fromkeys(c.rule for c in grp))  # each entry once, in reading order
                assert e.rule.split(" · ")[0] == " + ".join(rules)
                assert ("· phrase" in e.rule) == any(c.first < c.head or c.stop > c.head_stop for c in grp)
                ps = [c.p for c in grp if c.p is not None]
                assert e.rule.endswith(f" · {m.label} p={max(ps):.2f}") if ps else " p=" not in e.rule
                assert e.measure == grp[0].measure
                assert e.label == ("quoted" if grp[0].quoted else None)
                n_merged += len(grp) > 1
    assert n_merged > 0
