"""The review's rules: a stable id, a default severity, what the rule finds and what to do about it.

This is data, in one place: the checks (:mod:`framing.review.checks`) read the evidence, the outputs
(text, JSON, SARIF's ``tool.driver.rules``) and the README read these words. Rule ids never change
once published (a newsroom's configuration and CI logs name them); a rule that goes away keeps its id
retired, never reused.

Severities follow the prose linters (Vale, proselint): ``error`` (fix before publishing), ``warning``
(an editor should look), ``suggestion`` (worth a thought). A configuration may change any rule's
severity or switch it off (:mod:`framing.review.config`).
"""
from __future__ import annotations

from typing import Final, NamedTuple

__all__ = ["SEVERITIES", "Rule", "RULES", "RULE_IDS", "DEFAULTS", "severity_rank"]

# most serious first; the rank orders findings and decides --fail-on
SEVERITIES: Final = ("error", "warning", "suggestion")


def severity_rank(severity: str) -> int:
    """0 for an error, 1 for a warning, 2 for a suggestion: lower = more serious."""
    return SEVERITIES.index(severity)


class Rule(NamedTuple):
    """One check of the review: ``id`` (stable), default ``severity``, a one-line ``summary`` of what
    it finds, the ``suggestion`` printed under each finding, and the evidence it reads (``reads``)."""

    id: str
    severity: str
    summary: str
    suggestion: str
    reads: str


RULES: Final[tuple[Rule, ...]] = (
    Rule("framing.headline-overclaims", "error",
         "A loaded, alarmist, booster or speculative word in the headline that the body does not support: "
         "the body never uses the word, or has no language of that kind at all.",
         "Make the headline say what the body shows, or support the claim in the body.",
         "title evidence of alarmist, loaded, boosters and speculation; the body's words and evidence"),
    Rule("framing.quote-without-speaker", "error",
         "A direct quotation of four words or more that the analysis ties to no speaker.",
         "Say who said it (name and role), next to the quotation.",
         "sourcing evidence with role 'quote' whose label names no speaker"),
    Rule("framing.unattributed-claim", "warning",
         "A factual claim (a sentence stating a fact about the world) with no source.",
         "Attribute it (who says so, or which document shows it), or state how the outlet knows.",
         "sourcing evidence of the measure 'unattributed_claims'"),
    Rule("framing.anonymous-source", "warning",
         "An anonymous or vague source (officials, experts, some say, critics).",
         "Name the source, or say why they cannot be named and how they know.",
         "sourcing evidence with role 'source' of the measure 'anonymous'"),
    Rule("framing.loaded-report-verb", "warning",
         "A report verb that judges the statement it reports (claimed, admitted, conceded, accused).",
         "Use a neutral verb such as 'said' and let the reader weigh the statement.",
         "sourcing evidence with role 'cue' of the measure 'loaded_verbs'"),
    Rule("framing.alarmist-own-voice", "warning",
         "Fear, catastrophe or exaggeration in the writer's own voice (not inside a quotation).",
         "Describe what happened in plain terms, or attribute the alarm to someone who voiced it.",
         "alarmist evidence outside quotations"),
    Rule("framing.certain-prediction", "warning",
         "A prediction in the writer's own voice stated as certain: no hedge and no attribution in its sentence.",
         "Say who predicts it and how sure they are, or hedge it (may, is expected to).",
         "speculation evidence outside quotations, in a sentence with no hedging and no sourcing cue"),
    Rule("framing.stacked-hedges", "suggestion",
         "Two or more hedges in one sentence of the writer's own voice (may possibly, reportedly ... could).",
         "Keep one hedge that says how sure the outlet is, or say what is known and what is not.",
         "hedging evidence outside quotations, counted per sentence"),
    Rule("framing.shouted-word", "suggestion",
         "A word in capitals for emphasis (not an acronym) in the writer's own voice.",
         "Write it in lower case; if it matters, the sentence can say why.",
         "style evidence of the measure 'all_caps' outside quotations"),
    Rule("framing.hard-sentence", "suggestion",
         "One of the body's hardest sentences, at or above a Flesch-Kincaid grade of 25 (configurable: "
         "hard-sentence-grade; 25 is beyond any school or university grade, and about 2% of the sentences "
         "of 400 articles of the AllSides dev slice reach it).",
         "Split it: one idea per sentence, the subject and verb early.",
         "readability evidence of the measure 'hardest_sentences' (the three hardest sentences)"),
    Rule("framing.house-norm", "suggestion",
         "A number of the draft outside the range of the newsroom's published articles (below the 5th "
         "or above the 95th percentile of a house profile: framing review --profile).",
         "Check whether the difference is intended: the house profile shows what your published articles do.",
         "every feature value and measure (Profile.to_row) against the house profile's percentiles"),
)
RULE_IDS: Final = tuple(r.id for r in RULES)
DEFAULTS: Final[dict[str, Rule]] = {r.id: r for r in RULES}
