"""Every reader-facing word about a feature, in one place.

A feature is computed under ``framing/analysis/features/``; what a reader is told about it lives here:
its title, its one-line meaning, the highlight layer its spans are drawn in, the rows the comparison
shows, the phrase the summary uses for it, the chart rows, the columns of the batch index and of the
sources page, which measures are the writer's own voice (and the quoted measure beside each), and the
meanings of the reliability model's derived columns. The comparison, the pages, the source profiles and the model report read these
tables; ``tests/test_catalog.py`` checks that every feature and every measure named here exists.
"""
from __future__ import annotations

__all__ = ["FEATURE_TITLES", "MEANINGS", "MEASURES", "TIP_TITLES", "LAYERS", "LAYER_NAMES", "ROWS", "SUMMARY_PHRASES",
           "CHART_ROWS", "INDEX_COLUMNS", "KEY_COLUMNS", "TITLE_FEATURES", "OWN_VOICE_FEATURES",
           "QUOTED_MEASURES", "QUOTED_LABEL", "REPORTED_LABEL", "SOURCES_LABELS", "label_text", "VOICE_NOTE",
           "OWN_VOICE_UNIT", "QUOTED_UNIT",
           "DERIVED_MEANINGS", "DERIVED_COLUMNS", "KIND_LABELS", "describe_column", "PLAUSIBLE_RANGES",
           "MAX_PER_1000_WORDS", "ENGLISH_ONLY", "feature_measures"]

# ------------------------------------------------------------------ the features

# section titles, in report order
FEATURE_TITLES: dict[str, str] = {
    "style": "Size and style", "readability": "Readability", "hedging": "Hedging", "boosters": "Boosters",
    "alarmist": "Alarmist language", "loaded": "Loaded wording", "sentiment": "Sentiment",
    "sourcing": "Sourcing", "speculation": "Speculation",
}

# The features that describe how the outlet writes (hedging, boosters, alarmist, loaded, speculation and
# style's exclamations, rhetorical questions, capitals, direct address, imperatives, first person) count
# the writer's own voice: the words outside quotation marks, per 1,000 of those words. What the people
# an article quotes say is the sources' words: counted apart, in the quoted measure beside each.
VOICE_NOTE = ("Counted in the writer's own voice: words outside quotation marks, per 1,000 of those words; "
              "what quoted people say is counted apart.")
# the units of the two voices' rates
OWN_VOICE_UNIT = "per 1,000 own-voice words"
QUOTED_UNIT = "per 1,000 quoted words"
# how a span inside a direct quotation is described to a reader (its label "quoted")
QUOTED_LABEL = "quoted: the source's words, not the writer's"
# a strong word a source called someone, reported ("Nadler called them liars"): the source's word too
REPORTED_LABEL = "reported: the name a source gave someone, not the writer's word"
# the evidence labels of the sources' words (counted apart from the writer's own voice)
SOURCES_LABELS = frozenset({"quoted", "reported"})


def label_text(label: str | None) -> str:
    """How an evidence label is described to a reader."""
    return {"quoted": QUOTED_LABEL, "reported": REPORTED_LABEL}.get(label or "", label or "")

# what the headline value of each feature means, in one line
MEANINGS: dict[str, str] = {
    "style": "Length, punctuation, capitals and voice (you, we, imperatives).",
    "readability": "Flesch–Kincaid school grade of the body text: higher = harder to read.",
    "hedging": "Words that soften a claim (may, reportedly, it is believed), in the writer's own words: "
               "higher = more tentative.",
    "boosters": "Words of certainty (clearly, undoubtedly, make no mistake), in the writer's own words: "
                "higher = more assertive.",
    "alarmist": "Fear, threat, catastrophe and escalation (catastrophic, on the verge, it's war), in the "
                "writer's own words: higher = more alarm.",
    "loaded": "Evaluative or pejorative wording (slammed, regime, absurd), in the writer's own words: "
              "higher = more judgement.",
    "sentiment": "Mean VADER tone of the sentences, -1 (negative) to +1 (positive).",
    "sourcing": "Attributions per 100 sentences (said, according to ...): higher = more sourced.",
    "speculation": "Forecasts and if-then threats (likely to, will be revealed, if ... it's war), in the "
                   "writer's own words: higher = more prediction.",
}

# every measure a feature reports, with what it means in one line: (feature, measure) -> meaning
MEASURES: dict[tuple[str, str], str] = {
    ("style", "words"): "Words in the title and text.",
    ("style", "own_voice_words"): "Words outside quotation marks: the writer's own voice.",
    ("style", "quoted_words"): "Words inside direct quotations: the sources' words.",
    ("style", "sentences"): "Sentences in the body.",
    ("style", "paragraphs"): "Paragraphs in the body.",
    ("style", "mean_sentence_length"): "Words per sentence in the body.",
    ("style", "exclamations"): "Exclamation marks in the writer's own voice (outside quotations).",
    ("style", "quoted_exclamations"): "Exclamation marks inside quotations: the sources' words.",
    ("style", "questions"): "Question marks, quoted or not.",
    ("style", "rhetorical_questions"): "Questions outside quotations (in the writer's own voice).",
    ("style", "quoted_questions"): "Questions inside quotations: the sources' words.",
    ("style", "all_caps"): "Words in capitals for emphasis (not acronyms), in the writer's own voice.",
    ("style", "quoted_all_caps"): "Words in capitals for emphasis inside quotations: the sources' words.",
    ("style", "direct_address"): "Words addressing the reader (you, your, and imperatives), in the writer's own voice.",
    ("style", "quoted_direct_address"): "You, your and imperatives inside quotations: the sources' words.",
    ("style", "imperatives"): "Sentences that open with a command to the reader, in the writer's own voice.",
    ("style", "quoted_imperatives"): "Commands inside quotations: the sources' words.",
    ("style", "first_person"): "I, we, our and the like, in the writer's own voice.",
    ("style", "quoted_first_person"): "I, we, our and the like inside quotations: the sources' words.",
    ("readability", "flesch_reading_ease"): "Flesch reading ease, 0-100: higher = easier to read.",
    ("readability", "flesch_kincaid_grade"): "Flesch-Kincaid US school grade: higher = harder.",
    ("readability", "gunning_fog"): "Gunning fog index: years of schooling to read it at first pass.",
    ("readability", "smog_index"): "SMOG grade, from words of three or more syllables.",
    ("readability", "coleman_liau_index"): (-30.0, 40.0, "above 40 takes words of about ten letters on average "
                                            "(a text that is not split into words), below -30 one-word "
                                            "sentences of two or three letters (news prose: 8 to 16)"),
    ("readability", "dale_chall"): (0.0, 25.0, "the score is at most 19.4 plus a twentieth of the mean sentence "
                                    "length, so above 25 the mean sentence is over 100 words (news prose: 7 to "
                                    "12)"),
    ("readability", "words_per_sentence"): "Mean words per sentence.",
    ("readability", "syllables_per_word"): "Mean syllables per word.",
    ("readability", "difficult_words"): "Words outside the Dale-Chall list of familiar words.",
    ("readability", "polysyllabic_words"): "Words of three or more syllables.",
    ("hedging", "adjective"): "Hedging adjectives (possible, likely, alleged ...).",
    ("hedging", "adverb"): "Hedging adverbs (perhaps, reportedly, apparently ...).",
    ("hedging", "modal"): "Modal verbs that soften a claim (may, might, could ...).",
    ("hedging", "phrase"): "Hedging phrases (it is believed, remains unclear ...).",
    ("hedging", "verb"): "Hedging verbs (appear, suggest, seem ...).",
    ("hedging", "weasel"): "Weasel words that soften a claim with nobody named (it is widely believed, is seen as, thought to ...).",
    ("hedging", "vague_sources"): "Weasel words that name an unnamed source (critics say, some argue, many experts ...): "
                                  "listed, not highlighted and not counted as hedges, since they say who holds a view "
                                  "rather than soften it (the sourcing feature counts them as vague sources).",
    ("hedging", "quoted"): "Hedges inside quotations: the sources' words, per 1,000 quoted words.",
    ("boosters", "adjective"): "Certainty adjectives (clear, undeniable, obvious ...).",
    ("boosters", "adverb"): "Certainty adverbs (clearly, undoubtedly, certainly ...).",
    ("boosters", "phrase"): "Certainty phrases (make no mistake, the bottom line ...).",
    ("boosters", "verb"): "Certainty verbs (prove, show, know ...).",
    ("boosters", "quoted"): "Boosters inside quotations: the sources' words, per 1,000 quoted words.",
    ("alarmist", "fear"): "Fear and catastrophe terms.",
    ("alarmist", "idiom"): "Alarm idioms (on the verge, hanging by a thread, boil over ...).",
    ("alarmist", "intensifier"): "Exaggerating words that carry alarm (horrific, unthinkable, out of control ...).",
    ("alarmist", "exaggeration"): "Exaggeration: words of size and surprise (massive, unprecedented, stunning); "
                                  "shown, not counted as alarm.",
    ("alarmist", "war"): "War declarations and threats (it's war, that means war ...).",
    ("alarmist", "quoted"): "Alarmist terms of the sources: inside quotations, or a name a source gave someone, "
                          "reported (\"called them liars\"); per 1,000 quoted words.",
    ("loaded", "adjective"): "Evaluative adjectives (absurd, disgraceful ...).",
    ("loaded", "adverb"): "Evaluative adverbs (shamelessly, brazenly ...).",
    ("loaded", "emotive"): "Fear and catastrophe words that describe what happened, with no threat ahead (horrors, a disaster that was).",
    ("loaded", "pejorative"): "Pejorative labels (regime, thugs ...).",
    ("loaded", "labels"): "Labelling words (leftists, anti-Trump, globalism) kept by the PTC-trained model.",
    ("loaded", "valenced"): "Strongly valenced words (VADER) the PTC-trained model would keep (bloody, lowest, "
                            "peaceful): listed, not highlighted and not counted as loaded wording, since a "
                            "strong word is seldom a judgement (right about one time in four by reading).",
    ("loaded", "verb"): "Evaluative verbs (slammed, blasted ...).",
    ("loaded", "quoted"): "Loaded words of the sources: inside quotations, or a name a source gave someone, "
                          "reported (\"called them liars\"); per 1,000 quoted words.",
    ("sentiment", "mean_compound"): "Mean VADER compound score of the sentences, -1 to +1.",
    ("sentiment", "share_negative"): "Share of sentences with a negative tone.",
    ("sentiment", "share_positive"): "Share of sentences with a positive tone.",
    ("sentiment", "share_neutral"): "Share of sentences with a neutral tone.",
    ("sentiment", "most_negative"): "Score of the most negative sentence.",
    ("sentiment", "most_positive"): "Score of the most positive sentence.",
    ("sentiment", "negative_words"): "Words that carried a negative score.",
    ("sentiment", "positive_words"): "Words that carried a positive score.",
    ("sourcing", "attributions"): "Attributions: a report verb or phrase with its source.",
    ("sourcing", "per_100_sentences"): "Attributions per 100 sentences.",
    ("sourcing", "person"): "Attributions to a named person.",
    ("sourcing", "organization"): "Attributions to an organisation, agency or government.",
    ("sourcing", "outlet"): "Attributions to a news outlet.",
    ("sourcing", "document"): "Attributions to a document the article cites (a report, poll, memo, lawsuit, "
                              "transcript, data).",
    ("sourcing", "anonymous"): "Attributions to anonymous or vague sources (officials, observers, some ...).",
    ("sourcing", "none"): "Attributions with no source (a passive 'was reported').",
    ("sourcing", "neutral_verbs"): "Attributions with a neutral report verb (said, told ...).",
    ("sourcing", "loaded_verbs"): "Attributions with a loaded report verb (claimed, admitted, accused ...).",
    ("sourcing", "stance_verbs"): "Attributions with a verb that ascribes a view (wants, found, seemed ...).",
    ("sourcing", "quotes"): "Direct quotations.",
    ("sourcing", "quoted_share"): "Share of the body inside direct quotations.",
    ("sourcing", "scare_quotes"): "Words in quotation marks that quote nobody: scare quotes, coined terms, titles, "
                                  "slogans (the writer's own words).",
    ("sourcing", "unattributed_claims"): "Share of claim sentences with no source.",
    ("speculation", "conditional"): "If-then predictions.",
    ("speculation", "forecast"): "Forecasts (likely to, expected to, poised to ...).",
    ("speculation", "future"): "Claims about what will happen (will be revealed ...).",
    ("speculation", "quoted"): "Predictions inside quotations: the sources' words, per 1,000 quoted words.",
}

# ------------------------------------------------------------------ values that can be relied on

# The range a value of a real article can have: (feature, measure or None for the headline value) ->
# (lowest, highest, why). A value outside it is given no value, with a note starting "out of range:",
# so it never reaches a comparison's summary, a table's statistics or a model. Such values come from
# text that is not prose: a list of numbers, a table, a megabyte with no sentence end, quotation marks
# nested by the hundred.
_NO_SENTENCE_ENDS = ("a mean sentence of more than 100 words means the text has no sentence ends (a list, a "
                     "table, a transcript without punctuation), and the formulas are meaningless there")
_GRADE = (-4.0, 40.0, "a Flesch-Kincaid or Gunning fog grade above 40 takes a mean sentence of about 90 words; "
                      "one-syllable one-word sentences give the lowest, -3.4 (news prose: 5 to 20)")
PLAUSIBLE_RANGES: dict[tuple[str, str | None], tuple[float, float, str]] = {
    ("style", "mean_sentence_length"): (1.0, 100.0, _NO_SENTENCE_ENDS),
    ("readability", None): _GRADE,
    ("readability", "flesch_kincaid_grade"): _GRADE,
    ("readability", "gunning_fog"): (0.0, 40.0, _GRADE[2]),
    ("readability", "flesch_reading_ease"): (-100.0, 121.22, "121.22 is the formula's highest (one-syllable "
                                             "one-word sentences); below -100 takes a mean sentence of about "
                                             "90 words of 2 syllables (news prose: 20 to 70)"),
    ("readability", "smog_index"): (3.1291, 40.0, "SMOG's lowest is 3.13 (no long words); above 40 takes about "
                                    "42 words of three or more syllables in every sentence"),
    ("readability", "coleman_liau_index"): (-30.0, 40.0, "a Coleman-Liau grade beyond these takes words of more "
                                            "than 12 letters on average (a text that is not split into words) or "
                                            "sentences of one or two letters"),
    ("readability", "dale_chall"): (0.0, 20.0, "the score is at most 19.4 plus a twentieth of the mean sentence "
                                    "length: above 20 takes mean sentences of about 20 words with every word "
                                    "difficult, or of more than 100 words"),
    ("readability", "words_per_sentence"): (1.0, 100.0, _NO_SENTENCE_ENDS),
    ("readability", "syllables_per_word"): (1.0, 4.0, "English words average 1.3 to 1.8 syllables; above 4 "
                                            "is not English words (chemical names, strings of letters)"),
    ("sourcing", None): (0.0, 400.0, "more than four attributions per sentence on average is a list of names or "
                         "a text without sentence ends, not reporting (news: 10 to 100)"),
    ("sourcing", "per_100_sentences"): (0.0, 400.0, "as the headline value: more than four attributions per "
                                        "sentence on average is not reporting"),
}
# a rate per 1,000 words above this counts more than one thing per word: marks or quotations with no
# words between them, not prose
MAX_PER_1000_WORDS: float = 1000.0

# What reads English words (lexicons, VADER, English syllables and report verbs): on text in another
# language these give no value, with a note starting "not English". (feature, None) is the whole
# feature; (feature, measure) one measure. Counts of words, sentences and marks stay.
ENGLISH_ONLY: tuple[tuple[str, str | None], ...] = (
    ("readability", None), ("hedging", None), ("boosters", None), ("alarmist", None), ("loaded", None),
    ("sentiment", None), ("sourcing", None), ("speculation", None),
    ("style", "direct_address"), ("style", "imperatives"), ("style", "first_person"),
    ("style", "quoted_direct_address"), ("style", "quoted_imperatives"), ("style", "quoted_first_person"),
)


def feature_measures(feature: str) -> tuple[str, ...]:
    """The measures a feature always gives, in catalog order."""
    return tuple(m for f, m in MEASURES if f == feature)


# the first word of a highlight's tip (hover or focus text)
TIP_TITLES: dict[str, str] = {"hedging": "Hedging", "boosters": "Booster", "alarmist": "Alarmist",
                              "loaded": "Loaded", "speculation": "Speculation", "sourcing": "Sourcing"}

# what a speaker's kind is called (the label of a sourcing span, the speaker tables)
KIND_LABELS: dict[str, str] = {
    "person": "named person",
    "organization": "named organization",
    "outlet": "news outlet",
    "document": "document",
    "anonymous": "anonymous or vague",
    "none": "no source given",
    # a he/she/it/they whose antecedent framing could not find: a source the writer gives, of no kind
    # framing can tell (not an anonymous source: "he said" names someone the article introduced)
    "unresolved": "pronoun not resolved",
}

# ------------------------------------------------------------------ highlights

# highlight layers, in legend order: (layer, label, what it shows)
LAYERS: tuple[tuple[str, str, str], ...] = (
    ("hedging", "Hedging", "softens a claim"),
    ("boosters", "Boosters", "asserts certainty"),
    ("alarmist", "Alarmist", "fear, catastrophe, exaggeration"),
    ("loaded", "Loaded", "evaluative or pejorative wording"),
    ("attribution", "Attribution", "report verb and its source"),
    ("quote", "Quotation", "direct quotation"),
    ("speculation", "Speculation", "forecast or if-then prediction"),
)
LAYER_NAMES: tuple[str, ...] = tuple(name for name, _, _ in LAYERS)
# features whose every span is drawn in the layer of the feature's own name (but SHOWN_APART)
LAYER_FEATURES: tuple[str, ...] = ("hedging", "boosters", "alarmist", "loaded", "speculation")
# (feature, measure) whose spans are listed with the feature's evidence and counted in their own
# measure only: not highlighted, not read by headlines, questions or the review
SHOWN_APART: frozenset[tuple[str, str]] = frozenset({("loaded", "valenced"), ("hedging", "vague_sources")})
# sourcing spans by role: the cue and its source are one layer, quotations another
SOURCING_LAYERS: dict[str, str] = {"cue": "attribution", "source": "attribution", "quote": "quote"}

# ------------------------------------------------------------------ the comparison

# (feature, measure or None for the headline value, label, meaning, kind);
# kind "rate" rows take part in the plain-language summary
ROWS: tuple[tuple[str, str | None, str, str, str], ...] = (
    ("style", "words", "Words", "Length of title and text.", "count"),
    ("style", "mean_sentence_length", "Mean sentence length", "Words per sentence in the body.", "value"),
    ("style", "own_voice_words", "Words in the writer's own voice", "Words outside quotation marks.", "count"),
    ("style", "exclamations", "Exclamation marks", "Per 1,000 own-voice words.", "rate"),
    ("style", "rhetorical_questions", "Rhetorical questions", "Questions outside quotations, per 1,000 own-voice words.", "rate"),
    ("style", "all_caps", "Words in capitals", "Shouted words (not acronyms), per 1,000 own-voice words.", "rate"),
    ("style", "direct_address", "Direct address", "You/your and imperatives, per 1,000 own-voice words.", "rate"),
    ("style", "first_person", "First person", "I/we/our, per 1,000 own-voice words.", "rate"),
    ("readability", None, "Reading grade", MEANINGS["readability"], "value"),
    ("readability", "flesch_reading_ease", "Flesch reading ease", "0-100: higher = easier to read.", "value"),
    ("hedging", None, "Hedging", MEANINGS["hedging"], "rate"),
    ("boosters", None, "Boosters", MEANINGS["boosters"], "rate"),
    ("alarmist", None, "Alarmist terms", MEANINGS["alarmist"], "rate"),
    ("alarmist", "war", "\"It's war\" phrases", "War declarations and threats, per 1,000 own-voice words.", "rate"),
    ("loaded", None, "Loaded words", MEANINGS["loaded"], "rate"),
    ("sentiment", None, "Tone (VADER)", MEANINGS["sentiment"], "value"),
    ("sentiment", "share_negative", "Negative sentences", "Share of sentences with a negative tone.", "share"),
    ("sourcing", None, "Attributions", MEANINGS["sourcing"], "value"),
    ("sourcing", "anonymous", "Anonymous or vague sources", "Per 1,000 words (officials, observers, some ...).", "rate"),
    ("sourcing", "loaded_verbs", "Loaded report verbs", "claimed, admitted, accused ... per 1,000 words.", "rate"),
    ("sourcing", "quoted_share", "Text in quotation marks", "Share of the body inside direct quotations.", "share"),
    ("sourcing", "unattributed_claims", "Unattributed claims", "Share of claim sentences with no source.", "share"),
    ("speculation", None, "Speculation", MEANINGS["speculation"], "rate"),
)

# the quoted measure beside each writer's-voice row: (feature, measure or None) -> the measure counting the
# same thing inside quotations (the sources' words, per 1,000 quoted words)
QUOTED_MEASURES: dict[tuple[str, str | None], str] = {
    ("hedging", None): "quoted", ("boosters", None): "quoted", ("alarmist", None): "quoted",
    ("loaded", None): "quoted", ("speculation", None): "quoted",
    ("style", "exclamations"): "quoted_exclamations", ("style", "rhetorical_questions"): "quoted_questions",
    ("style", "all_caps"): "quoted_all_caps", ("style", "direct_address"): "quoted_direct_address",
    ("style", "imperatives"): "quoted_imperatives", ("style", "first_person"): "quoted_first_person",
}

# rows summarised in plain language: (feature, measure) -> phrase for "uses N x as many ..."
SUMMARY_PHRASES: dict[tuple[str, str | None], str] = {
    ("alarmist", None): "alarmist terms",
    ("alarmist", "war"): "\"it's war\"-type phrases",
    ("hedging", None): "hedges",
    ("boosters", None): "boosters (words of certainty)",
    ("loaded", None): "loaded words",
    ("speculation", None): "forecasts and if-then predictions",
    ("sourcing", "anonymous"): "anonymous or vague sources",
    ("sourcing", "loaded_verbs"): "loaded report verbs",
    ("style", "direct_address"): "direct addresses to the reader",
    ("style", "exclamations"): "exclamation marks",
    ("style", "rhetorical_questions"): "rhetorical questions",
    ("style", "all_caps"): "words in capitals",
}

# ------------------------------------------------------------------ charts and tables

# the rate chart of the comparison and of the sources page: (feature, measure, label)
CHART_ROWS: tuple[tuple[str, str | None, str], ...] = (
    ("hedging", None, "Hedging"), ("boosters", None, "Boosters"), ("alarmist", None, "Alarmist"),
    ("loaded", None, "Loaded"), ("speculation", None, "Speculation"),
    ("sourcing", "anonymous", "Anonymous sources"), ("style", "direct_address", "Direct address"),
)

# the batch index's columns: (feature, measure, label)
INDEX_COLUMNS: tuple[tuple[str, str | None, str], ...] = (
    ("hedging", None, "Hedging"), ("alarmist", None, "Alarmist"), ("loaded", None, "Loaded"),
    ("sourcing", None, "Attrib./100 sent."), ("sourcing", "anonymous", "Anonymous src."),
    ("readability", None, "Grade"), ("sentiment", None, "Tone"),
)

# the sources page's table: (table column, label, kind)
KEY_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("style.words", "Words", "count"),
    ("readability", "Reading grade", "value"),
    ("hedging", "Hedging", "value"),
    ("boosters", "Boosters", "value"),
    ("alarmist", "Alarmist", "value"),
    ("loaded", "Loaded", "value"),
    ("sentiment", "Tone", "value"),
    ("sourcing", "Attributions", "value"),
    ("sourcing.anonymous", "Anonymous sources", "value"),
    ("sourcing.quoted_share", "Quoted text", "share"),
    ("speculation", "Speculation", "value"),
)

# ------------------------------------------------------------------ the model's derived columns

# features whose evidence in the headline alone is a column of the reliability model
TITLE_FEATURES: tuple[str, ...] = ("alarmist", "boosters", "hedging", "loaded", "sentiment", "sourcing",
                                   "speculation", "style")
# features whose headline counts the writer's own voice (spans outside quotations), the quoted spans being
# their measure "quoted"
OWN_VOICE_FEATURES: tuple[str, ...] = ("loaded", "boosters", "hedging", "alarmist", "speculation")

# column: (feature, measure, kind, meaning)
DERIVED_MEANINGS: dict[str, tuple[str, str, str, str]] = {
    "title.words": ("title", "words", "count", "Title length: words in the headline."),
    "title.question": ("title", "question", "yes/no", "The headline holds a question mark."),
    "title.exclamation": ("title", "exclamation", "yes/no", "The headline holds an exclamation mark."),
    "title.quote": ("title", "quote", "yes/no", "The headline holds a double quotation mark (a quote or scare quotes)."),
    "title.colon": ("title", "colon", "yes/no", "The headline holds a colon (e.g. 'Speaker: claim')."),
    "title.capitalised_share": ("title", "capitalised_share", "share",
                                "Share of the headline's words (not numbers) that start with a capital letter (Title Case)."),
    "title.all_caps_words": ("title", "all_caps_words", "count", "Words in ALL CAPITALS in the headline."),
    "title.digits": ("title", "digits", "yes/no", "The headline holds a digit (a number, a date, a list size)."),
    "sentiment.strongly_negative_sentences": ("sentiment", "strongly_negative_sentences", "share",
                                              "Share of sentences with a sentiment score below -0.6."),
    "sentiment.strongly_positive_sentences": ("sentiment", "strongly_positive_sentences", "share",
                                              "Share of sentences with a sentiment score of 0.6 or more."),
    "sentiment.extreme_sentences": ("sentiment", "extreme_sentences", "share",
                                    "Share of sentences with a strong sentiment score (below -0.6 or 0.6 or more)."),
    "sentiment.neutral_sentences": ("sentiment", "neutral_sentences", "share",
                                    "Share of sentences with a near-neutral sentiment score (-0.2 to 0.2)."),
    "sourcing.speakers": ("sourcing", "speakers", "count", "Distinct speakers the text attributes statements to."),
    "sourcing.top_speaker_share": ("sourcing", "top_speaker_share", "share",
                                   "Share of attributions that go to the most-cited speaker."),
    "style.sentences_per_paragraph": ("style", "sentences_per_paragraph", "value",
                                      "Sentences per paragraph (short, one-line paragraphs are low)."),
}
for _f in TITLE_FEATURES:
    DERIVED_MEANINGS[f"title.{_f}"] = (
        "title", _f, "count", f"Evidence of '{_f}' in the headline alone (spans the {_f} feature found in the title).")
for _f in OWN_VOICE_FEATURES:
    DERIVED_MEANINGS[f"{_f}.own_voice_share"] = (
        _f, "own_voice_share", "share",
        f"Share of the {_f} feature's spans outside quotations: the outlet's own voice rather than a quoted one.")
DERIVED_COLUMNS: tuple[str, ...] = tuple(DERIVED_MEANINGS)
# the category measures of the writing features count the writer's own voice, like their headline
for (_f, _m), _text in list(MEASURES.items()):
    if _f in OWN_VOICE_FEATURES and _m != "quoted":
        MEASURES[(_f, _m)] = f"{_text[:-1]}, in the writer's own words (per 1,000 own-voice words)."


def describe_column(column: str) -> dict[str, str]:
    """feature, measure, kind and a one-line meaning of a table column (``FEATURE``, ``FEATURE.MEASURE``,
    with ``__count`` or ``__per_1000_words``) or of a derived column of the reliability model."""
    if column in DERIVED_MEANINGS:
        feature, measure, kind, text = DERIVED_MEANINGS[column]
        return {"feature": feature, "measure": measure, "kind": kind, "meaning": text, "text": text}
    base, _, suffix = column.partition("__")
    feature, _, measure = base.partition(".")
    kind = {"": "value", "count": "count", "per_1000_words": "per 1,000 words"}.get(suffix, suffix)
    meaning = plain = ""
    for f, m, label, text, _ in ROWS:
        if f == feature and (m or "") == measure:
            meaning, plain = f"{label}: {text}", text
            break
    if not meaning and (feature, measure) in MEASURES:  # a sub-measure: its own meaning (a quoted one is the sources')
        meaning = plain = f"{measure.replace('_', ' ')} (a sub-measure of {feature}): {MEASURES[(feature, measure)]}"
    if not meaning:
        meaning = MEANINGS.get(feature, "")
        if measure:
            meaning = f"{measure.replace('_', ' ')} (a sub-measure of {feature}). {meaning}"
        plain = meaning
    if suffix == "count":
        meaning += " (raw count, grows with length)"
        plain += " (raw count, grows with length)"
    return {"feature": feature, "measure": measure or "(headline value)", "kind": kind, "meaning": meaning,
            "text": plain}

# clutter set aside before measuring (framing.analysis.cleaning.RULES): rule -> (one, several, what it is)
CLUTTER_RULES: dict[str, tuple[str, str, str]] = {
    "caption": ("caption", "captions", "a photo caption, with its credit"),
    "photo credit": ("photo credit", "photo credits", "a photographer's or agency's credit for a picture"),
    "advertisement": ("advertisement marker", "advertisement markers", "an 'Advertisement' or 'Story continued below' line"),
    "related link": ("related link", "related links", "a link to another story ('Read more:', 'RELATED:', 'SEE ALSO:')"),
    "newsletter prompt": ("newsletter prompt", "newsletter prompts", "an invitation to sign up or subscribe"),
    "share prompt": ("share prompt", "share prompts", "share buttons, 'Share this story', 'Follow us on Twitter'"),
    "contributor line": ("contributor line", "contributor lines", "'X contributed to this report'"),
    "wordpress footer": ("WordPress footer", "WordPress footers", "'The post X appeared first on Y.'"),
    "copyright line": ("copyright line", "copyright lines", "'Copyright © 2019 The Outlet'"),
    "dateline": ("dateline", "datelines", "the place and agency before a story's first sentence ('WASHINGTON (AP) —')"),
    "social post": ("social post", "social posts", "an embedded tweet or post, with its '— Name (@handle) date' line"),
    "wire tag": ("wire tag", "wire tags", "'JUST IN:', 'BREAKING:', 'UPDATE -' before a sentence"),
    "cookie banner": ("cookie banner", "cookie banners", "a notice about the site's cookies"),
    "navigation": ("navigation line", "navigation lines", "a page's menu or navigation words ('Feedback', 'Next')"),
    "disclaimer": ("disclaimer", "disclaimers", "'The opinions expressed ... are their own'"),
    "placeholder": ("placeholder", "placeholders", "a bracketed placeholder for an embed ('[image]')"),
    "editor's note": ("editor's note", "editor's notes", "the outlet's correction, update notice or editor's note about the article"),
}


def clutter_counts(counts: dict[str, int]) -> str:
    """"2 captions, 1 related link": clutter spans per rule, in words."""
    return ", ".join(f"{n} {CLUTTER_RULES.get(rule, (rule, rule + 's', ''))[0 if n == 1 else 1]}"
                     for rule, n in counts.items())


def clutter_summary(counts: dict[str, int]) -> str:
    """"3 spans of clutter: 2 captions, 1 related link" ("" without clutter)."""
    total = sum(counts.values())
    if not total:
        return ""
    return f"{total} span{'' if total == 1 else 's'} of clutter: " + clutter_counts(counts)
