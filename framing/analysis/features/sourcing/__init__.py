"""Sourcing: who is cited, how, and how much of the text rests on attribution.

An *attribution* is a cue ("said", "according to", "claimed" ...) with, where
one can be found, its source (the speaker). Cue candidates are the matches of
``report_verbs.txt``, the words of the cue model's learned vocabulary (and
their inflections, by suffix-stripped stem: "blasts" from "blasted") and a
colon after a word ("Sanders: ..."); the cue model (a logistic regression over
the candidate's context, ``framing/analysis/models/cues.json``, trained on PolNeAR by
``python -m framing.train cues``) decides which are cues, and the span part of
the same model (a table of phrases cut to their first word and a second logistic
regression over the words around the cue, see :func:`cue_span`) sets their
boundaries ("has said", "replied:", "told reporters" -> "told"). The
speaker is the noun phrase before the cue ("Russian Foreign Minister Sergei
Lavrov said"), after it ("... said CIA director Yong Suk Lee", "according to
the Russian Foreign Ministry") or, for he/she/it/they, the most recent fitting
speaker (a he/she: the person named nearest before it, else the speaker cited last). Each speaker gets a
kind:

* ``person``: a named person (capitalised name not in the place/organisation lists);
* ``organization``: a named organisation, government or place used for it
  ("the State Department", "Moscow", "the Kremlin");
* ``outlet``: a news outlet or agency (Reuters, CNN, Sputnik);
* ``anonymous``: unnamed or vague ("officials", "observers", "a spokesman",
  "critics", "some"), including affiliated ones ("US officials");
* ``none``: no source in the sentence (passive "was reported").

A he/she/it/they whose antecedent is not found is shown as ``unresolved`` ("pronoun not resolved"),
counted in none of these kinds: the writer names someone, framing cannot tell whom.

Measures: ``attributions`` and ``per_100_sentences`` (the value); counts by
kind; ``neutral_verbs`` vs ``loaded_verbs`` (claimed, admitted, accused ...);
``quotes`` (direct quotations: a sentence or clause of someone's words) and
``quoted_share`` (share of body characters inside them); ``scare_quotes``: words
in quotation marks that are no quotation (scare quotes, coined terms, titles,
slogans: ``Context.scare_quotes``), which get no speaker and count as the
writer's own words; ``unattributed_claims``: share of claim sentences
(the article's own reporting of a checkable fact: not opinion or analysis, a
caption, credit or question, see ``claims``) with no source in them or right
after them. Evidence roles: ``cue``, ``source``, ``quote`` and ``scare_quote``.

The parts, in the order the analysis uses them: ``facts`` (what the parts work out
once per Doc, handed to them explicitly), ``grammar`` (noun phrases, the
word lists they are made of, passives and noun uses of cue words), ``speakers``
(the speaker of a cue and its kind), ``pronouns`` (the person a speaking he/she stands for: the nearest
plausible one named before it), ``cues`` (cue candidates and the
features the cue model reads), ``scoring`` (the cue model's weights as tables),
``spans`` (a cue's extent), ``attributions`` (the cues kept, with their
speakers; verbs of acting set aside), ``claims`` (claim sentences and their
sources), ``aliases`` (one speaker's names merged); this module adds the
quotations and computes the measures.

Higher value: more of the text is attributed to sources.
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Final

from ....types import Evidence, FeatureResult, Measure
from ...context import Context
from ...evidence import count_measure, per_1000, sort_evidence, span_evidence
from ...text import Doc, first_at_or_after
from .aliases import AliasGroups, shown_name
from .attributions import Attribution, cue_head, find_attributions
from .claims import claim_sentences
from .facts import DocFacts, doc_facts
from .grammar import PRONOUNS
from .kind_cited_documents import cited_document, document_named
from ....catalog import KIND_LABELS
from .speakers import KINDS, SpeakerMention


NAME: Final = "sourcing"


_NONE: Final[tuple[list[int], list[Attribution]]] = ([], [])
# how many attributions of a sentence are looked at on each side of a quotation (a sentence of thousands of
# "He said" stays linear)
_QUOTING_REACH: Final = 8


def _quoting(sentence: tuple[list[int], list[Attribution]], first_quoted: int,
             after_quoted: int) -> Attribution | None:
    """Whose words a quotation of a sentence is: the attribution whose cue comes last before the
    quotation ('Nelson said Cruz had "gone over the line" by pointing out that the ministry had
    praised Hagel': Nelson), else the first after it ('"No," she said, adding that ...'), else one
    inside it. A speaker found inside the quotation itself is nobody's source for it. ``sentence``: the
    sentence's attributions in the order of their cues, and their cues' first tokens."""
    firsts, attributions = sentence

    def outside(a: Attribution) -> bool:
        return a.speaker is None or not first_quoted <= a.speaker.start < after_quoted

    i = bisect_left(firsts, first_quoted)  # the cues before the quotation: attributions[:i]
    j = max(i, bisect_left(firsts, after_quoted))  # the cues after it: attributions[j:]
    for k in range(i - 1, max(-1, i - 1 - _QUOTING_REACH), -1):
        if outside(attributions[k]):
            return attributions[k]
    for k in list(range(j, min(len(attributions), j + _QUOTING_REACH))) + list(range(i, min(j, i + _QUOTING_REACH))):
        if outside(attributions[k]):
            return attributions[k]
    return None


def _nearby_in_paragraph(facts: DocFacts, si: int, by_sentence: dict[int, Attribution]) -> Attribution | None:
    """The attribution of the nearest earlier (else later) sentence in the same paragraph."""
    doc = facts.doc
    start = doc.sentences[si].start
    para = doc.paragraphs.containing(start)
    if para is None:
        return None
    starts = facts.sentence_starts()
    lo, hi = first_at_or_after(starts, para[0]), first_at_or_after(starts, para[1])
    for k in range(min(si, hi) - 1, lo - 1, -1):
        if k in by_sentence:
            return by_sentence[k]
    for k in range(max(si + 1, lo), hi):
        if k in by_sentence:
            return by_sentence[k]
    return None


def _kind_of(doc: Doc, speaker: SpeakerMention | None) -> str:
    """The kind an attribution's source is shown and counted as: its speaker's, "none" without one, and
    "unresolved" for a he/she/it/they (I, we) whose antecedent was not found (its key is the pronoun
    itself). An unresolved pronoun is no anonymous source: the writer names the person, framing does
    not find where; it is highlighted as the source, labelled unresolved, and counted in no kind (the
    attribution still counts). A document the article cites ("the memo", "a transcript", "it" for the
    lawsuit) is a "document", whoever wrote it (:mod:`.kind_cited_documents`)."""
    if speaker is None:
        return "none"
    if speaker.key in PRONOUNS:
        return "unresolved"
    pronoun = speaker.stop - speaker.start == 1 and doc.norms[speaker.start] in PRONOUNS
    if speaker.kind in ("person", "organization", "anonymous") and (
            document_named(doc.norms[speaker.start], speaker.name) if pronoun else cited_document(doc, speaker.start, speaker.stop,
                                                                        speaker.kind)):
        return "document"
    return speaker.kind


def merge_aliases(rows: list[dict]) -> list[dict]:
    """An article's speaker rows (in order of first mention) with the rows of one speaker merged
    ("Mohammad Javad Zarif", "Foreign Minister Zarif", "Mr. Zarif": :class:`AliasGroups`): counts
    added, every surface form kept, shown by the fullest name, with the first sentence citing them."""
    aliases = AliasGroups()
    merged: dict[int, dict] = {}
    names: dict[int, list[str]] = {}
    for row in rows:
        g = aliases.add(row["kind"], row["name"])
        names.setdefault(g, []).append(row["name"])
        into = merged.get(g)
        if into is None:
            merged[g] = dict(row, forms=list(row["forms"]))
            continue
        into["count"] += row["count"]
        into["quotes"] += row["quotes"]
        into["forms"] += [f for f in row["forms"] if f not in into["forms"]]
    for g, row in merged.items():
        row["name"] = shown_name(row["kind"], names[g])
    return list(merged.values())


def compute(ctx: Context) -> FeatureResult:
    """Attributions per 100 sentences, with speakers, quotes and claim coverage."""
    facts = doc_facts(ctx)
    attributions = find_attributions(facts)
    for f in facts:
        f.forget_speaker_search()
    ev: list[Evidence] = []
    speakers: dict[tuple[str, str], dict] = {}  # by (kind, key): Mr. Bloomberg is not Bloomberg News
    kind_counts = dict.fromkeys(KINDS, 0)
    verb_counts = {"neutral": 0, "loaded": 0}
    for a in attributions:
        doc, m = a.doc, a.cue
        verb_class = m.entry.category or "neutral"
        verb_counts[verb_class] = verb_counts.get(verb_class, 0) + 1
        rule = m.entry.rule + (f" · {a.model_note}" if a.model_note else "")
        kind = _kind_of(doc, a.speaker)
        if kind in kind_counts:
            kind_counts[kind] += 1  # (an unresolved pronoun is counted in no kind: see _kind_of)
        ev.append(span_evidence(NAME, f"{verb_class}_verbs", doc, doc.starts[m.first], doc.ends[m.stop - 1],
                                rule, role="cue", label=KIND_LABELS[kind]))
        sentence = doc.sentences[a.sentence]
        if a.speaker is not None:
            sp = a.speaker
            s_start, s_end = doc.starts[sp.start], doc.ends[sp.stop - 1]
            said = doc.cut(s_start, s_end)
            if kind == "unresolved":
                label = f"{KIND_LABELS[kind]} ({said}: who is not found)"
            else:
                label = KIND_LABELS[kind] + (f" ({said} = {sp.name})" if said.lower() in PRONOUNS else "")
            ev.append(span_evidence(NAME, kind, doc, s_start, s_end, f"source of '{doc.tokens[cue_head(doc, m)]}'",
                                    role="source", label=label))
            if sp.key in PRONOUNS:
                continue  # a he/she/they that names nobody the article cited before: no row of its own
            entry = speakers.get((kind, sp.key))
            if entry is None:
                entry = speakers[(kind, sp.key)] = {"name": sp.name, "kind": kind, "count": 0, "quotes": 0,
                                            "example": doc.cut(sentence.start, sentence.end),
                                            "field": doc.field, "start": sentence.start, "end": sentence.end,
                                            "forms": []}
            if len(sp.name) > len(entry["name"]):
                entry["name"] = sp.name
            entry["count"] += 1
            form = said[4:] if said.lower().startswith("the ") else said
            if said.lower() not in PRONOUNS and form not in entry["forms"]:
                entry["forms"].append(form)
    # direct quotations, attributed to a speaker of the same sentence when there is one
    n_quotes = 0
    quoted_chars = 0
    by_sentence: dict[int, Attribution] = {}
    in_sentence: dict[int, tuple[list[int], list[Attribution]]] = {}
    for f in facts:
        doc = f.doc
        by_sentence = {}
        in_sentence = {}
        for a in sorted((a for a in attributions if a.doc is doc and a.speaker is not None),
                        key=lambda a: a.cue.first):
            by_sentence[a.sentence] = a
            firsts, listed = in_sentence.setdefault(a.sentence, ([], []))
            firsts.append(a.cue.first)
            listed.append(a)
        for qs, qe in ctx.quotes(doc):
            n_quotes += 1
            if doc is ctx.text:
                quoted_chars += qe - qs
            first_tok = first_at_or_after(doc.starts, qs)
            tok = first_tok if first_tok < len(doc.starts) else None
            speaker_label = "unattributed quotation"
            if tok is not None:
                si = doc.sentence_of[tok]
                end_tok = first_at_or_after(doc.ends, qe, tok)
                if end_tok >= len(doc.ends):
                    end_tok = tok
                quoted: Attribution | None = (_quoting(in_sentence.get(doc.sentence_of[end_tok], _NONE), tok, end_tok)
                                              or _quoting(in_sentence.get(si, _NONE), tok, end_tok))
                if quoted is None and doc.sentences[si].first == tok:
                    # a quoted sentence continuing (or announcing) an attributed one
                    quoted = _nearby_in_paragraph(f, si, by_sentence)
                if quoted is not None and quoted.speaker is not None and quoted.speaker.key in PRONOUNS:
                    # "'...,' it said" with no antecedent found: the speaker is not known, and is not "it"
                    speaker_label = f"quoting someone not resolved (“{quoted.speaker.name}”)"
                elif quoted is not None and quoted.speaker is not None:
                    speaker_label = f"quoting {quoted.speaker.name}"
                    row = speakers.get((_kind_of(doc, quoted.speaker), quoted.speaker.key))
                    if row is not None:
                        row["quotes"] += 1
            ev.append(span_evidence(NAME, "quotes", doc, qs, qe, "direct quotation", role="quote",
                                    label=speaker_label))
    del by_sentence, in_sentence  # (a sentence's attributions, of the last field: not needed further on)
    # words in quotation marks that are no quotation: the writer's own scare quotes, terms and titles
    n_scare = 0
    for doc in ctx.docs:
        for qs, qe in ctx.scare_quotes(doc):
            n_scare += 1
            ev.append(span_evidence(NAME, "scare_quotes", doc, qs, qe, "quotation marks around a term, title or "
                                    "slogan: no quotation", role="scare_quote", label="the writer's quotation marks"))
    n_claims, unattributed, claims_note = claim_sentences(facts[-1], attributions)  # (ctx.docs ends with the body)
    ev.extend(unattributed)
    n_unattributed = len(unattributed)
    count = len(attributions)
    # what the evidence was found from is let go of before it is sorted, at the peak of the analysis
    # (the attributions, their speakers and matches, the facts of each field: about the article's size)
    del attributions, facts, f, unattributed  # (f: the last of the facts, bound: there is one a field)
    n_sent = sum(len(d.sentences) for d in ctx.docs)
    value = round(100.0 * count / n_sent, 2) if n_sent else None
    # the body's length without the white space around it (every other character is in a token)
    body = ctx.text
    body_len = (body.ends[-1] - body.starts[0] if body.starts else 0) or 1
    measures = [
        Measure("attributions", count, "attributions", count, per_1000(count, ctx.n_words)),
        Measure("per_100_sentences", value, "attributions per 100 sentences", count),
    ]
    measures += [count_measure(k, kind_counts[k], ctx.n_words) for k in KINDS]
    measures += [
        count_measure("neutral_verbs", verb_counts.get("neutral", 0), ctx.n_words),
        count_measure("loaded_verbs", verb_counts.get("loaded", 0), ctx.n_words),
        count_measure("stance_verbs", verb_counts.get("stance", 0), ctx.n_words),
        count_measure("quotes", n_quotes, ctx.n_words),
        count_measure("scare_quotes", n_scare, ctx.n_words),
        Measure("quoted_share", round(quoted_chars / body_len, 3), "share of body characters in quotes",
                n_quotes),
        Measure("unattributed_claims", round(n_unattributed / n_claims, 3) if n_claims else None,
                "share of claim sentences without attribution", n_unattributed,
                note=claims_note if n_claims else "no claim sentences"),
    ]
    speaker_list = sorted(merge_aliases(list(speakers.values())), key=lambda s: (-s["count"], s["name"].lower()))
    details = {"speakers": speaker_list, "claim_sentences": n_claims}
    return FeatureResult(NAME, value, "attributions per 100 sentences", count, per_1000(count, ctx.n_words),
                         sort_evidence(ev), tuple(measures), "" if n_sent else "no sentences", details)
