"""Sourcing attributions: the cues the cue model keeps (or the rules, without a model), with speakers.

A kept cue that is a verb of acting ("offered his resignation", "refused to budge", "hired") is left
out (:func:`acting_cues` keeps them for ``framing evaluate``). Each kept cue gets the speaker the
rules found for it, a pronoun resolved to the speaker it stands for, or, for a participle ("...,
adding that"), the subject of its clause. A cue inside the cue kept just before is dropped, and a framing
phrase ("in an interview") beside a report verb of the same sentence is not a
second attribution.
"""
from __future__ import annotations

from sys import intern
from typing import Final, Iterator

from ...lexicons import Entry, Match
from ...models import LinearModel, packaged_model, sigmoid
from ...text import Doc
from .cues import Candidate, IMPERATIVE, PASSIVE, acting_cue, candidate_matches, cue_candidates, cue_traits
from .facts import DocFacts
from .grammar import NOUNABLE, PRONOUNS, SKIP_LEFT, WordLists, is_cap, np_right, word_lists
from .genders import PRONOUN_GENDER, ArticleGenders
from .kind_broadcasters import broadcaster_kind
from .kind_group_phrases import unnamed_group_kind
from .pronouns import nearest_person
from .pronoun_chains import PronounChain
from .pronoun_opening_clauses import titled_opening_subject
from .pronoun_gendered_names import sole_gendered_name
from .pronoun_no_source import no_source_it
from .pronoun_bullet_lists import bullet_lead_speaker
from .pronoun_reported_names import tags_reported_clause
from .pronoun_quoted_others import quoted_other_person, unresolved_in_quotation
from .pronoun_subject_antecedents import subject_antecedent
from .pronoun_unnamed_persons import unnamed_person_before
from .pronoun_they_things import for_they, group_instead_of_one, no_they
from .scoring import scorer
from .cue_span_edges import trimmed_extent
from .spans import cue_extent
from .asides import writer_or_clutter
from .kind_documents import authored_kind
from .speaker_span_heads import names_a_thing
from .reader import holder_of_feeling, is_passive_cue, members_before, reader_kind, reader_span
from .speaker_fragments import fragment_source
from .speaker_opening_phrases import after_quotation, subject_start
from .speaker_joined_subjects import joined_subject
from .speaker_participle_clauses import subject_after_but
from .speaker_degree_ends import ends_on_degree_word
from .speakers import SpeakerMention, classify, mention, resolve_pronoun, sentence_subject, speaker_span


class Attribution:
    """A cue, its speaker (if found) and its sentence."""

    __slots__ = ("doc", "cue", "speaker", "sentence", "model_note")

    def __init__(self, doc: Doc, cue: Match, speaker: SpeakerMention | None, sentence: int,
                 model_note: str = "") -> None:
        self.doc = doc
        self.cue = cue
        self.speaker = speaker
        self.sentence = sentence
        self.model_note = model_note  # "model cues v1 p=0.93" when the cue model kept it

    def __repr__(self) -> str:
        return f"Attribution({self.cue!r}, {self.speaker!r}, sentence={self.sentence}, {self.model_note!r})"


def cue_model() -> LinearModel | None:
    """The packaged cue model (None if it is not installed)."""
    return packaged_model("cues")


def _in_phrase(entry: Entry) -> bool:
    """"in an interview", "in a statement" (lexicon phrases that frame a report verb of the sentence)."""
    return entry.words[0] == "in" and entry.lexicon == "report_verbs"


def _keep_by_rules(c: Candidate) -> bool:
    """The rules used when no cue model is installed."""
    feats = set(c.features)
    if c.match.entry.category == "stance":
        return False
    if "noun_use" in feats or "modal_passive" in feats:
        return False
    return not ("sentence_initial" in feats and len(c.match.entry.words) == 1
                and c.match.entry.words[0] != "according")


# a kept candidate: the facts of its doc, match, sentence, speaker span, note
_Kept = tuple[DocFacts, Match, int, tuple[int, int] | None, str]


def _rule_candidates(facts: list[DocFacts]) -> list[_Kept]:
    """Candidates kept by the rules used when no cue model is installed, with an empty note."""
    return [(c.facts, c.match, c.sentence, c.span, "")
            for c in cue_candidates(facts[0].ctx, extra=False, facts_of_docs=facts)
            if "imperative" not in c.features and _keep_by_rules(c)]


def scored_candidates(facts: list[DocFacts], model: LinearModel) -> Iterator[_Kept]:
    """Candidates the cue model keeps, with the note naming it (or the rule that kept them), one at a
    time (a long article's, all at once, were a sizeable share of its analysis's peak memory).

    Each candidate is scored from the model's tables (:class:`Scorer`): the same float as the
    intercept plus :func:`weight_sum` over its context features, plus that over its speaker features.
    The speaker search runs only for candidates whose other features leave them within reach of the
    threshold (the speaker features can add at most :attr:`_TermWeights.bound`): the decisions are
    those of scoring every candidate with all its features.
    """
    lists = word_lists()
    sc = scorer(model)
    for f in facts:
        doc, ctx = f.doc, f.ctx
        starts = doc.starts
        for m in candidate_matches(f, sc.skip, sc.words, sc.stems, True):
            si = doc.sentence_of[m.first]
            traits = cue_traits(f, m, si, ctx.in_quote(doc, starts[m.first]))
            if traits & IMPERATIVE:
                continue  # "Expect the drama to heighten": the reader is told, nobody is cited
            entry = m.entry
            passive_rule = bool(traits & PASSIVE) and entry.category in ("neutral", "loaded")
            tw = sc.term(entry.term)
            z = sc.intercept + sc.context_weight(doc, m, tw, traits)
            if z + tw.bound < sc.logit and not passive_rule:
                continue
            span = speaker_span(doc, m, lists, f.vague_by_stop())
            if span is not None:
                # speaker=SIDE and speaker|cue=SIDE|TERM, as weight_sum adds them
                side = sc.left + tw.left if span[1] <= m.first else sc.right + tw.right
                if z + side + sc.best_kind < sc.logit:
                    continue  # out of reach whatever kind the speaker is (and no rule keeps a spoken cue)
            z += sc.speaker_weight(f, m, tw, span, lists)
            p = sigmoid(z)
            if p >= sc.threshold:
                # (the same string as f"{p:.2f}", formatted with less ado; interned: a long article has
                # thousands of cues and a hundred distinct notes)
                note = intern(sc.note_prefix + "%.2f" % p)
            elif passive_rule and span is None:
                note = PASSIVE_NOTE
            else:
                continue
            yield (f, m, si, span, note)


PASSIVE_NOTE: Final = "rule: agentless passive report (was reported)"


# verbs whose passive without an agent still reports words ("it was reported that", "he is said to",
# "was quoted as saying", "the plan was announced"): nobody named, but somebody said it
_AGENTLESS_REPORTS: Final = frozenset({"reported", "said", "announced", "alleged", "rumored", "rumoured", "claimed",
                                       "stated", "quoted", "told", "revealed", "disclosed", "leaked", "accused",
                                       "described", "estimated", "predicted", "projected", "promised", "warned",
                                       "urged", "recommended", "advised", "criticized", "criticised", "condemned",
                                       "denounced", "praised", "blamed", "characterized", "portrayed", "cited", "mentioned",
                                       "quoted", "described", "labeled", "labelled", "credited", "suggested",
                                       # a view held by people left unnamed ("is widely seen as", "is thought to")
                                       "seen", "viewed", "regarded", "considered", "thought", "believed", "known",
                                       "understood", "expected", "deemed"})


_MODAL_BEFORE_BE: Final = frozenset({"will", "would", "could", "can", "may", "might", "should", "must", "shall", "to",
                                     "won't", "wouldn't", "couldn't", "can't", "shouldn't", "cannot", "going",
                                     "would've", "could've", "might've", "should've", "must've", "would’ve",
                                     "could’ve", "might’ve", "should’ve", "must’ve"})


def reported_passive(doc: Doc, m: Match) -> bool:
    """Is the agentless passive cue ``m`` a report of words ("was reported", "were said to", "had previously
    been announced"), not a deed or a judgement ("has been highlighted", "are being challenged", "was denied")
    nor one still to come ("can be confirmed", "is going to be confirmed", "needs to be discussed")?"""
    norms = doc.norms
    b = next((t for t in range(m.stop - 1, max(-1, m.first - 4), -1) if norms[t] in ("be", "been")), -1)
    if b >= 0:
        a = b - 1
        while a >= 0 and norms[a] in ("not", "only", "also", "never", "soon", "likely", "probably", "now", "then"):
            a -= 1
        if a >= 0 and (norms[a] in _MODAL_BEFORE_BE or norms[a].endswith("n't")):
            return False  # "will be revealed", "is going to be confirmed", "needs to be discussed": not said yet
    if holder_of_feeling(doc, m):
        return True  # "many are convinced that": the subject's own view
    n = len(norms)
    if any(norms[t] == "by" for t in range(m.stop, min(n, m.stop + 3))) and any(
            norms[t] in _SPOKEN_WITH_AGENT for t in range(m.first, m.stop)):
        return True  # "was questioned by the judge": an agent is named after it
    return any(norms[t] in _AGENTLESS_REPORTS for t in range(m.first, m.stop))


# verbs that report words when an agent follows ("was questioned by the judge", "has been echoed by other
# candidates"); not "confirmed", "denied", "endorsed": mostly a vote or a deed ("was confirmed by the Senate")
_SPOKEN_WITH_AGENT: Final = _AGENTLESS_REPORTS | {"questioned", "disputed", "echoed", "contradicted"}


class KeptCues:
    """The cues kept in an article: its ``attributions`` and its ``acting`` cues (verbs of acting,
    :func:`acting_cue`: no attribution for a reader)."""

    __slots__ = ("attributions", "acting")

    def __init__(self, attributions: list[Attribution], acting: list[Attribution]) -> None:
        self.attributions = attributions
        self.acting = acting


def find_attributions(facts: list[DocFacts]) -> list[Attribution]:
    """All attributions of an article, given the sourcing facts of its docs (:func:`.facts.doc_facts`);
    see :func:`kept_cues`."""
    return kept_cues(facts).attributions


def acting_cues(facts: list[DocFacts]) -> list[Attribution]:
    """The cues the cue model keeps that are verbs of acting (:func:`acting_cue`): not attributions for
    a reader, and left out of :func:`find_attributions`; PolNeAR's annotators count many of them
    ("refused to", "agreed to"), so ``framing evaluate`` scores with and without them."""
    return kept_cues(facts).acting


def kept_cues(facts: list[DocFacts]) -> KeptCues:
    """The attributions and acting cues of an article, given the sourcing facts of its docs
    (:func:`.facts.doc_facts`).

    Candidates are report-verb matches, cue-vocabulary words and colons after a word; the cue
    model (a logistic regression trained on PolNeAR, ``framing/analysis/models/cues.json``) decides which
    are cues (without a model: report-verb matches and rules only). A kept cue that overlaps the
    one kept just before it is dropped.
    """
    lists = word_lists()
    model = cue_model()
    out: list[Attribution] = []
    acting: list[Attribution] = []
    history: dict[int, list[SpeakerMention]] = {}
    genders: dict[int, ArticleGenders] = {}  # what each Doc shows of its persons' genders, for pronouns
    chains: dict[int, PronounChain] = {}  # the speaking he/she each Doc's reader resolved so far
    last_stop: dict[int, int] = {}
    span_model = scorer(model).span_model if model is not None else None
    for f, m, si, span, note in (scored_candidates(facts, model) if model is not None else _rule_candidates(facts)):
        doc = f.doc
        if model is not None:
            first, stop = cue_extent(doc, m, span_model) if span_model is not None else (m.first, m.stop)
            first, stop = trimmed_extent(doc, m.first, m.stop, first, stop)  # "[areas] was praised", "announced [for]"
            if span is not None and first < span[1] <= m.first:
                first = span[1]  # "statement defending": the cue's extent does not take in its speaker's words
            if last_stop.get(id(doc), -1) > first:
                continue  # inside the cue kept just before ("said" + ":")
            last_stop[id(doc)] = stop
            m = Match(m.entry, first, stop)
        sent = doc.sentences[si]
        hist = history.setdefault(id(doc), [])
        aside = writer_or_clutter(f.ctx, doc, m, span, lists)  # "you wonder", "PELOSI CLAIMS ...": nobody cited
        found_span = span
        span = reader_span(doc, m, span, lists) if span is not None else members_before(doc, m, lists)
        dropped: SpeakerMention | None = None  # a span set aside as no source, kept for a cue of acting only
        if span is not None and _object_it(doc, m, span):
            span = None  # "All publicly praised it": what was praised, no source
        elif span is not None and fragment_source(doc, m, span):
            dropped = _plain(doc, span)
            span = None  # "according to the most recent ...", "a reform also mentioned by": no source
        elif span is not None and span[1] <= m.first:
            span = joined_subject(doc, span, lists)  # "Romney and running mate Paul Ryan": both
        speaker = None
        if span is None and found_span is None and doc.norms[m.first].endswith("ing") and len(m.entry.words) == 1:
            # participial cue ("..., adding that", "..., accusing the Pentagon"): the clause's subject
            earlier = [a for a in out if a.doc is doc and a.sentence == si and a.speaker is not None]
            if earlier:
                speaker = earlier[-1].speaker
            else:
                first_word = next((t for t in range(sent.first, sent.stop) if doc.is_word[t]), -1)
                if first_word >= 0 and f.ctx.in_quote(doc, doc.starts[first_word]):
                    first_word = after_quotation(doc, first_word, m.first)  # '"... Virginia conducts ...," X said'
                subj = np_right(doc, first_word, m.first, lists) if first_word >= 0 else None
                after = subject_start(doc, first_word, m.first)
                if subj is not None and after != first_word and mention(f, subj[0], subj[1], lists) is not None:
                    # "In the New York Times, [Bartels] ... arguing": the opening phrase names no subject
                    subj = np_right(doc, after, m.first, lists) if after >= 0 else None
                one = subj is not None and subj[1] - subj[0] == 1
                if subj is not None and one and no_source_it(doc, subj[0], m.first):
                    dropped = _plain(doc, subj)  # "It was the Port Authority that ordered ..., claiming": a dummy
                elif subj is not None and one and doc.norms[subj[0]] in ("he", "she", "it", "they"):
                    span = subj  # "He then went on to defend Mueller, saying": the he is resolved as any
                elif subj is not None and not names_a_thing(doc, subj[0], subj[1]) \
                        and not ends_on_degree_word(doc, subj[0], subj[1]):  # "The curriculum", "Reid’s most"
                    speaker = mention(f, subj[0], subj[1], lists)
                    if speaker is not None and speaker.kind == "anonymous" and speaker.key not in PRONOUNS:
                        # "The speaker has sought ..., warning": an office's holder, as for a cited speaker
                        kind, name, key = authored_kind(f, speaker.start, speaker.stop,
                                                        (speaker.kind, speaker.name, speaker.key), lists)
                        speaker = SpeakerMention(speaker.start, speaker.stop, kind, name, key)
                    if speaker is not None and speaker.key not in PRONOUNS:
                        hist.append(speaker)
            turn = subject_after_but(doc, sent.first, m.first, lists) if speaker is not None else None
            if speaker is not None and turn is not None and speaker.start < turn[0] \
                    and not names_a_thing(doc, turn[0], turn[1]):
                speaker = mention(f, turn[0], turn[1], lists) or speaker  # "X has none, but Y ..., citing"
        if speaker is None and span is not None:
            first, stop = span
            if stop - first == 1 and doc.norms[first] in PRONOUNS:
                pronoun = doc.norms[first]
                doc_genders = genders.get(id(doc))
                if doc_genders is None:
                    doc_genders = genders[id(doc)] = ArticleGenders(doc)
                ref = nearest_person(f, first, hist, lists, doc_genders) if pronoun in ("he", "she") else None
                # (a "they" is people: never a document or an outlet cited before, "the book says, they focused")
                cited = for_they(doc, hist) if pronoun == "they" else hist
                if ref is not None:
                    doc_genders.note(ref, pronoun)
                else:
                    ref = resolve_pronoun(pronoun, sentence_subject(f, sent.first, first, lists),
                                          _named_before(doc, sent.first, first, cited), doc, first,
                                          lambda sp: doc_genders.other_gender(sp, pronoun),
                                          lambda sp: doc_genders.of(sp) == PRONOUN_GENDER.get(pronoun))
                if ref is None:
                    ref = subject_antecedent(f, first, lists, cited,  # "The piece starts ... It says": the piece
                                             lambda sp: doc_genders.other_gender(sp, pronoun))
                if ref is not None and pronoun == "they" and no_they(doc, ref):
                    ref = None
                if ref is not None and pronoun == "they":  # "An activist journal said ... They": not the journal
                    ref = group_instead_of_one(doc, first, ref, lists)
                if ref is None:
                    ref = sole_gendered_name(f, first)  # "..., Jan Crawford, is well-liked. She reported"
                if ref is None and pronoun in ("he", "she"):  # "Smith told the paper: / ⦁ He says ...": Smith
                    ref = bullet_lead_speaker(doc, first, hist, lambda sp: doc_genders.other_gender(sp, pronoun))
                if pronoun in ("he", "she"):
                    chain = chains.setdefault(id(doc), PronounChain())
                    ref = chain.continued(f, first, pronoun, ref) or ref  # '... but he says ... "...," he says'
                    ref = unnamed_person_before(doc, first, ref, hist, lists) or ref  # 'a medical worker says'
                    titled = titled_opening_subject(doc, sent.first, first, lists.titles)  # "As the president ..., he"
                    ref = _titled_mention(f, titled, lists) if titled is not None else ref
                    if ref is not None:
                        chain.note(first, pronoun, ref)
                tag = next((a for a in reversed(out) if a.doc is doc and a.speaker is not None), None)
                if ref is None and unresolved_in_quotation(f, first) or ref is not None and tag is not None \
                        and tag.speaker is not None \
                        and quoted_other_person(f, first, ref, si, tag.speaker, tag.cue.first, tag.sentence):
                    pass  # '"...," Coats said. "He said that ...': someone Coats names, not Coats: no speaker
                elif ref is not None:
                    speaker = SpeakerMention(first, stop, ref.kind, ref.name, ref.key)
                elif no_source_it(doc, first, m.first):
                    dropped = _plain(doc, span)  # "It is important that ...", "it showed": nobody speaks
                else:
                    speaker = SpeakerMention(first, stop, "anonymous", doc.tokens[first], doc.norms[first])
            else:
                read = reader_kind(doc, first, stop, *classify(f, first, stop, lists), lists)
                kind, name, key = authored_kind(f, first, stop, read, lists)  # "the indictment": its author's
                kind, name, key = broadcaster_kind(f, first, stop, (kind, name, key))  # "the state-run ... station"
                kind, name, key = unnamed_group_kind(f, first, stop, (kind, name, key), lists)  # "Democrats in Congress"
                speaker = SpeakerMention(first, stop, kind, name, key)
                hist.append(speaker)
        if (note == PASSIVE_NOTE or speaker is None and is_passive_cue(doc, m)) and not reported_passive(doc, m):
            # "has been highlighted time and again", "are being challenged", "was going to be confirmed": a
            # passive deed or judgement, nobody's words (PolNeAR counts some: framing evaluate adds them back)
            acting.append(Attribution(doc, m, speaker or dropped, si, note))
            continue
        if aside or acting_cue(doc, m.first, m.stop) or speaker is None and _nobodys(doc, m, sent.first) \
                or _modifier_or_subject_noun(doc, m):
            # "offered his resignation", "refused to budge": a deed, not a source's words or view (PolNeAR
            # counts these, and also the writer's "I think" and cues in headlines: framing evaluate adds them back)
            acting.append(Attribution(doc, m, speaker or dropped, si, note))
            continue
        out.append(Attribution(doc, m, speaker, si, note))
    # "In an interview with CNN, Lavrov called it ...": one attribution, not two
    verb_sentences = {(id(a.doc), a.sentence) for a in out if not _in_phrase(a.cue.entry)}
    out = [a for a in out if not _in_phrase(a.cue.entry) or (id(a.doc), a.sentence) not in verb_sentences]
    return KeptCues(out, acting)


def _plain(doc: Doc, span: tuple[int, int]) -> SpeakerMention:
    """The span as a vague mention: a phrase set aside as no source that PolNeAR's annotators may still count
    for a cue of acting (``framing evaluate`` scores those; readers never see them)."""
    text = doc.cut(doc.starts[span[0]], doc.ends[span[1] - 1])
    return SpeakerMention(span[0], span[1], "anonymous", text, text.lower())


def _object_it(doc: Doc, m: Match, span: tuple[int, int]) -> bool:
    """Is the span an "it" right after the cue, with a word (no quotation, no comma) before the cue: the cue's
    object ("All publicly praised it"), not who speaks ('"...," said it' is not written)?"""
    first, stop = span
    return stop - first == 1 and first == m.stop and doc.norms[first] == "it" and m.first > 0 \
        and doc.is_word[m.first - 1]


# words before a gerund of saying that make it a noun with nobody's words ("They're about saying ...",
# "And saying so is only fair", "Adding fuel to the fire")
_GERUND_AFTER: Final = frozenset({"about", "of", "and", "or", "but", "without", "like", "than", "is", "was", "means"})


def _titled_mention(f: DocFacts, span: tuple[int, int], lists: WordLists) -> SpeakerMention:
    """The person a titled subject names ("the president"), kind read as for a cited speaker."""
    read = reader_kind(f.doc, span[0], span[1], *classify(f, span[0], span[1], lists), lists)
    kind, name, key = authored_kind(f, span[0], span[1], read, lists)
    return SpeakerMention(span[0], span[1], kind, name, key)


def _nobodys(doc: Doc, m: Match, sent_first: int) -> bool:
    """Is the cue ``m``, for which no speaker was found, nobody's words: a gerund used as a noun after
    "about", "and" or at the start of its sentence, or the rhetorical "Who would have thought"?"""
    norms = doc.norms
    k = m.first - 1
    while k >= sent_first and not doc.is_word[k]:
        k -= 1
    if len(m.entry.words) == 1 and norms[m.first].endswith("ing"):
        return k < sent_first or norms[k] in _GERUND_AFTER
    return k >= sent_first and norms[k] == "who" and "would" in norms.between(m.first, m.stop)


# verbs that follow a noun cue used as a subject ("The 42,000 jobs claim comes from")
_AFTER_SUBJECT_NOUN: Final = frozenset({"comes", "came", "is", "was", "has", "had", "seems", "seemed", "appears",
                                        "appeared", "remains", "remained", "stems", "stemmed", "rests", "rested",
                                        "dates", "dated", "goes", "went"})


# prepositions before a participle used as an adjective ("deliver on promised legislation", "a case of alleged
# fraud"; PolNeAR's "alleged" before a noun is a cue, the reader's is not)
_BEFORE_ADJECTIVE: Final = frozenset({"on", "for", "of", "with", "against", "about", "from", "despite", "over",
                                      "into", "under", "amid", "toward", "towards"})


# what follows a participle that is a verb, not an adjective before a noun ("promised to", "alleged that")
_AFTER_VERB: Final = frozenset({"that", "to", "by", "as", "in", "on", "at", "it", "him", "her", "them", "this",
                                "the", "a", "an", "his", "their", "its", "and", "or", "but", "he", "she", "they"})


def _modifier_or_subject_noun(doc: Doc, m: Match) -> bool:
    """Is the single-word cue ``m`` a noun that is a sentence's subject ("The 42,000 jobs claim comes from the
    report") or a participle used as an adjective after a preposition ("unite to deliver on promised major
    legislation")? Neither attributes anything."""
    if m.stop - m.first != 1 or not doc.is_word[m.first]:
        k = m.stop - 1
        if not (m.stop - m.first == 2 and doc.norms[m.first] in _BEFORE_ADJECTIVE):
            return False  # ("on promised": the cue's extent may take the preposition in)
    else:
        k = m.first
    norms = doc.norms
    n = len(norms)
    word = norms[k]
    after = norms[k + 1] if k + 1 < n and doc.is_word[k + 1] else ""
    if word in NOUNABLE and after in _AFTER_SUBJECT_NOUN and k > 0 and doc.is_word[k - 1] \
            and not is_cap(doc.tokens[k - 1]):
        return True  # "the jobs claim comes from": a noun, the subject of "comes"
    before = norms[k - 1] if k > 0 else ""
    return word.endswith("ed") and before in _BEFORE_ADJECTIVE and after != "" and after not in _AFTER_VERB \
        and not is_cap(doc.tokens[k + 1])


def _named_before(doc: Doc, sent_first: int, pronoun: int, history: list[SpeakerMention]) -> list[SpeakerMention]:
    """The speakers a pronoun may stand for, most likely last: a person named earlier in its own sentence
    ("whether Trump can strike the tone he promised") goes last, so it is taken before any other; not a name
    inside the clause a tagging pronoun reports ('"... Obama ...," he said': :mod:`.pronoun_reported_names`)."""
    if tags_reported_clause(doc, sent_first, pronoun):
        return history
    named = {doc.norms[t] for t in range(max(sent_first, pronoun - 40), pronoun) if doc.is_word[t]}  # (bounded)
    here = [sp for sp in history if sp.kind == "person" and sp.key.rsplit(" ", 1)[-1] in named]
    if not here:
        return history
    return [sp for sp in history if sp not in here] + here[-1:]


def cue_head(doc: Doc, m: Match) -> int:
    """The main word of a kept cue ("said" in "has also said", "according" in "according to")."""
    if m.stop - m.first == 1:
        return m.first
    word = next((w for w in m.entry.words if w not in SKIP_LEFT), m.entry.words[0])
    return next((k for k in range(m.first, m.stop) if doc.norms[k] == word), m.first)
