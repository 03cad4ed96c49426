"""What each measure means, written for a 15-year-old: the words of the lesson's glossary.

Every explanation says what the measure counts, why a reader should care, the caveat (a count is not
a verdict), and which published credibility signal it relates to:

- the Trust Project's eight Trust Indicators (thetrustproject.org): Best Practices, Author/Reporter
  Expertise, Type of Work, Citations and References, Methods, Locally Sourced, Diverse Voices,
  Actionable Feedback;
- NewsGuard's nine published criteria (newsguardtech.com, "Rating Process and Criteria"), such as
  "Gathers and presents information responsibly", "Handles the difference between news and opinion
  responsibly" and "Avoids deceptive headlines".

A signal is named only where the measure bears on it; framing measures wording, so it never says
whether an article meets a criterion. The example of each explanation is taken from the articles of
the lesson by the lesson page (:mod:`framing.render.lesson_page`).
"""
from __future__ import annotations

from dataclasses import dataclass

TRUST_PROJECT = "Trust Project indicator"
NEWSGUARD = "NewsGuard criterion"


@dataclass(frozen=True, slots=True)
class Explanation:
    """One entry of the glossary: ``key`` is its anchor (``explain-KEY``)."""

    key: str
    title: str
    what: str
    why: str
    caveat: str
    signals: tuple[tuple[str, str], ...]  # (who publishes it, the signal's name)
    layer: str | None = None              # the highlight layer that shows its evidence, if any


_NEWS_OR_OPINION = (NEWSGUARD, "Handles the difference between news and opinion responsibly")
_TYPE_OF_WORK = (TRUST_PROJECT, "Type of Work (news, opinion, analysis labelled as such)")
_RESPONSIBLY = (NEWSGUARD, "Gathers and presents information responsibly")
_CITATIONS = (TRUST_PROJECT, "Citations and References")
_VOICES = (TRUST_PROJECT, "Diverse Voices")
_HEADLINES = (NEWSGUARD, "Avoids deceptive headlines")
_METHODS = (TRUST_PROJECT, "Methods (how the story was reported)")

EXPLANATIONS: tuple[Explanation, ...] = (
    Explanation(
        "choices", "Same story, different choices",
        "Which facts, figures, people and quotes each article includes, and which it leaves out. framing "
        "lines up sentences that report the same thing and lists what only one article carries.",
        "Every article has room for only some of the facts. What a writer picks, and whose voice gets in, "
        "shapes what you think happened, even when every sentence is true.",
        "Leaving something out is not always a trick: a short article has less room, and a later article "
        "may know more. Ask whether the missing piece would change your view.",
        (_VOICES, _RESPONSIBLY)),
    Explanation(
        "headlines", "Headlines",
        "The headline's charged words (alarm, judgement, certainty), and any headline word, figure or name "
        "that the article's own text never backs up.",
        "Many people read only the headline. A headline that promises more than the story delivers leaves "
        "them with the wrong idea.",
        "Headlines are short and often written by an editor, not the reporter; a word the text does not "
        "repeat can still be a fair summary. Check it against the story.",
        (_HEADLINES,)),
    Explanation(
        "hedging", "Hedging",
        "Words that soften a claim: may, might, reportedly, it is believed, appears to. Counted in the "
        "writer's own words, per 1,000 of them.",
        "Hedges tell you how sure the writer is. Careful reporting hedges what is not yet confirmed; a story "
        "full of hedges may rest on little that is known.",
        "Hedging is often honest: it is how good reporters mark what they cannot confirm yet. Opinion "
        "pieces and science stories hedge differently from breaking news.",
        (_RESPONSIBLY, _METHODS), "hedging"),
    Explanation(
        "boosters", "Boosters",
        "Words of certainty: clearly, undoubtedly, make no mistake, the fact is. Counted in the writer's "
        "own words.",
        "A booster asks you to stop doubting. In news, certainty should come from evidence shown, not from "
        "the writer's say-so.",
        "A booster can be fair when the evidence is in the article. Opinion writing uses more of them by "
        "design.",
        (_NEWS_OR_OPINION,), "boosters"),
    Explanation(
        "alarmist", "Alarmist words",
        "Words of fear, threat, catastrophe and escalation (catastrophic, on the verge, it's war), in the "
        "writer's own words. Words of size and surprise (massive, stunning) are shown apart, as "
        "exaggeration.",
        "Alarm grabs attention and makes a story feel urgent. Whether that feeling is earned depends on the "
        "facts in the story.",
        "Some events really are alarming: a word like \"deadly\" can be a plain fact. The question is "
        "whether the words go further than the facts reported.",
        (_RESPONSIBLY, _HEADLINES), "alarmist"),
    Explanation(
        "loaded", "Loaded words",
        "Words that judge while they report: slammed, regime, absurd, thugs. Counted in the writer's own "
        "words; what quoted people say is counted apart.",
        "A loaded word tells you what to think about a person or an event before you have the facts. Two "
        "articles can report the same thing with different words and leave different feelings.",
        "Some strong words are the plain name for a thing (a \"massacre\" can be the accepted name of an "
        "event). Opinion pieces are allowed to judge; news reports should mostly not.",
        (_NEWS_OR_OPINION, _TYPE_OF_WORK), "loaded"),
    Explanation(
        "speculation", "Predictions",
        "Sentences about what will or might happen: likely to, expected to, will be revealed, if ... then.",
        "A prediction is not a fact yet. Notice who makes it and whether the article says what it is "
        "based on.",
        "Reporting experts' forecasts is normal and useful. It matters more when the writer predicts in "
        "their own voice with no source.",
        (_RESPONSIBLY,), "speculation"),
    Explanation(
        "sourcing", "Who is quoted and cited",
        "Attributions: a report verb (said, told, according to) with its source, the people, "
        "organisations and documents (a report, a poll, a lawsuit) cited, and how much of the text is direct "
        "quotation.",
        "Sources let you check a story. Who gets to speak, and who does not, shapes whose side of the "
        "story you hear.",
        "More sources is not always better: ten officials from one side are still one side. Look at who is "
        "quoted, not only how many.",
        (_CITATIONS, _VOICES), "attribution"),
    Explanation(
        "anonymous", "Anonymous or vague sources",
        "Sources without a name: officials, a spokesman, experts, some people.",
        "You cannot check what an unnamed source said or why they said it. Good outlets explain why a "
        "source is not named.",
        "Sometimes a source must stay anonymous to stay safe. It is a reason to ask questions, not proof "
        "that something is wrong.",
        (_CITATIONS, _RESPONSIBLY)),
    Explanation(
        "quotations", "Direct quotations",
        "Words in quotation marks that quote a person (not titles, scare quotes or slogans), and the share "
        "of the text inside them.",
        "A quote lets people speak for themselves, but the writer still chooses which words to quote and "
        "where to put them.",
        "A story with many quotes can still be one-sided, and a story with few can be careful.",
        (_VOICES,), "quote"),
    Explanation(
        "unattributed", "Claims with no source",
        "Sentences of the article's own reporting that state a checkable fact without saying where it comes "
        "from.",
        "If you cannot tell where a fact comes from, you cannot check it.",
        "Well-known facts (a date, a place) need no source. framing counts claims, not mistakes.",
        (_CITATIONS,)),
    Explanation(
        "report_verbs", "Loaded report verbs",
        "Verbs that report what someone said while judging it: claimed, admitted, insisted, accused.",
        "\"She claimed\" makes you doubt her; \"she said\" does not. The verb is the writer's choice, not "
        "the speaker's.",
        "Sometimes \"admitted\" is exactly right (someone owned up to something). Compare with how the other "
        "article reports the same person.",
        (_NEWS_OR_OPINION,)),
    Explanation(
        "voice", "Talking to the reader",
        "You, your, commands to the reader (\"think about it\"), and the writer's I or we, outside "
        "quotations.",
        "News reports usually keep the writer out of the story. Talking to the reader is a mark of opinion "
        "writing or of a sales pitch.",
        "Explainers and columns talk to the reader on purpose. It is a clue to the type of writing, not a "
        "fault.",
        (_TYPE_OF_WORK, _NEWS_OR_OPINION)),
    Explanation(
        "shouting", "Exclamations, capitals and questions",
        "Exclamation marks, words in capitals for emphasis (not acronyms such as FBI) and questions the "
        "writer asks the reader.",
        "They raise the volume. News rarely shouts; a lot of it suggests the writer wants a reaction.",
        "One exclamation in a quote or a headline is not much; look at how often and where.",
        (_NEWS_OR_OPINION,)),
    Explanation(
        "tone", "Tone",
        "How positive or negative the sentences sound, from -1 (negative) to +1 (positive), scored word by "
        "word with the VADER word list.",
        "Tone colours how you feel about the people in a story.",
        "Bad news is negative by nature: a report on a disaster should sound negative. Compare tone between "
        "articles on the same story, not against zero.",
        (_NEWS_OR_OPINION,)),
    Explanation(
        "readability", "How hard it is to read",
        "A school grade from sentence and word length (Flesch-Kincaid), and Flesch reading ease (higher is "
        "easier); the length of the article and its sentences.",
        "Long sentences and long words make a story harder to follow and easier to skim past.",
        "This is not a credibility signal: hard is not worse and easy is not better. The formulas count "
        "letters, not ideas.",
        ()),
)

BY_KEY: dict[str, Explanation] = {e.key: e for e in EXPLANATIONS}

# the comparison's rows -> the explanation that tells what they mean: (feature, measure or None)
ROW_EXPLANATION: dict[tuple[str, str | None], str] = {
    ("style", "words"): "readability",
    ("style", "mean_sentence_length"): "readability",
    ("style", "own_voice_words"): "quotations",
    ("style", "exclamations"): "shouting",
    ("style", "rhetorical_questions"): "shouting",
    ("style", "all_caps"): "shouting",
    ("style", "direct_address"): "voice",
    ("style", "first_person"): "voice",
    ("readability", None): "readability",
    ("readability", "flesch_reading_ease"): "readability",
    ("hedging", None): "hedging",
    ("boosters", None): "boosters",
    ("alarmist", None): "alarmist",
    ("alarmist", "war"): "alarmist",
    ("loaded", None): "loaded",
    ("sentiment", None): "tone",
    ("sentiment", "share_negative"): "tone",
    ("sourcing", None): "sourcing",
    ("sourcing", "anonymous"): "anonymous",
    ("sourcing", "loaded_verbs"): "report_verbs",
    ("sourcing", "quoted_share"): "quotations",
    ("sourcing", "unattributed_claims"): "unattributed",
    ("speculation", None): "speculation",
}

# the highlight layers of the texts -> their explanation
LAYER_EXPLANATION: dict[str, str] = {e.layer: e.key for e in EXPLANATIONS if e.layer}


def explanation_for(feature: str, measure: str | None) -> Explanation | None:
    """The explanation of a comparison row, or of a feature's headline value (``measure`` None)."""
    key = ROW_EXPLANATION.get((feature, measure)) or ROW_EXPLANATION.get((feature, None))
    return BY_KEY.get(key) if key else None
