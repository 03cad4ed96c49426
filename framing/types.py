"""Core value types: articles, evidence spans, feature results, speakers, profiles, story groups,
source profiles.

All are treated as immutable. Articles and profiles are frozen dataclasses;
Evidence, Measure and FeatureResult, created by the hundred per article, are
slotted classes with value semantics defined in :mod:`framing.records` (part of
the compiled analysis core, where a dataclass constructor would run as slow
interpreted Python) and re-exported here. Offsets are Python ``str``
indices, half-open like ``re.Match.span()``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from .records import Evidence, EvidenceList, FeatureResult, Measure

__all__ = ["Article", "Evidence", "EvidenceList", "Measure", "FeatureResult", "Speaker", "ClutterSpan", "Cleaning", "Profile", "StoryGroup", "SourceProfile", "META_COLUMNS"]

# the article's metadata columns, first in every table row (see :meth:`Profile.to_row`)
META_COLUMNS = ("id", "source", "title", "url", "date", "language")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article: a title, a body text and optional metadata."""

    id: str
    title: str
    text: str
    source: str | None = None
    url: str | None = None
    date: str | None = None
    path: str | None = None  # where it was read from, for messages
    story: str | None = None  # optional story/event key: articles sharing it are compared in batch
    author: str | None = None  # who wrote it, as the page or the front matter names them
    # the 1-based line of the file where ``text`` begins (plain text and Markdown; None where the text
    # was extracted, as from an HTML page): see :func:`framing.ingest.line_and_column`
    text_line: int | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """Someone an article attributes statements to: one row of the sourcing feature's speaker list
    (``details["speakers"]`` in its JSON), with the first sentence that cites them."""

    name: str
    kind: str      # a key of framing.catalog.KIND_LABELS: person, organisation, document, anonymous ...
    count: int     # attributions to the speaker
    quotes: int    # direct quotations attributed to the speaker
    example: str   # the first sentence citing the speaker
    field: str     # where that sentence is: "title" or "text", with its offsets
    start: int
    end: int
    # every way the article names them ("Mohammad Javad Zarif", "Foreign Minister Zarif", "Mr. Zarif"),
    # in order of appearance: the evidence that these mentions are one speaker
    forms: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Speaker":
        return cls(str(data["name"]), str(data["kind"]), int(data["count"]), int(data["quotes"]),
                   str(data["example"]), str(data["field"]), int(data["start"]), int(data["end"]),
                   tuple(str(f) for f in data.get("forms", ())))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "count": self.count, "quotes": self.quotes,
                "example": self.example, "field": self.field, "start": self.start, "end": self.end,
                "forms": list(self.forms)}


@dataclass(frozen=True, slots=True)
class ClutterSpan:
    """Characters ``[start, end)`` of an article field set aside as page clutter (a caption, an
    "Advertisement" line, a dateline ...), with the rule that marked it (see
    :mod:`framing.analysis.cleaning`)."""

    start: int
    end: int
    rule: str
    field: str = "text"

    def to_dict(self, article: Article) -> dict[str, Any]:
        source = article.title if self.field == "title" else article.text
        return {"start": self.start, "end": self.end, "rule": self.rule, "field": self.field,
                "text": source[self.start:self.end]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "ClutterSpan":
        return cls(int(data["start"]), int(data["end"]), str(data["rule"]), str(data.get("field", "text")))


@dataclass(frozen=True, slots=True)
class Cleaning:
    """What was set aside of an article before it was measured: its clutter spans, in reading order,
    and the outlet the text names for itself (``inferred_source``, with the span that names it) where
    the input gave none."""

    spans: tuple[ClutterSpan, ...] = ()
    inferred_source: str | None = None
    source_span: ClutterSpan | None = None

    @property
    def counts(self) -> dict[str, int]:
        """Spans per rule, most frequent first (ties in order of first appearance)."""
        counts: dict[str, int] = {}
        for s in self.spans:
            counts[s.rule] = counts.get(s.rule, 0) + 1
        return dict(sorted(counts.items(), key=lambda kv: -kv[1]))

    @property
    def n_chars(self) -> int:
        return sum(s.end - s.start for s in self.spans)

    def to_dict(self, article: Article) -> dict[str, Any]:
        inferred = None
        if self.inferred_source is not None and self.source_span is not None:
            inferred = {"name": self.inferred_source, **self.source_span.to_dict(article)}
        return {"spans": [s.to_dict(article) for s in self.spans], "counts": self.counts,
                "characters": self.n_chars, "inferred_source": inferred}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> "Cleaning":
        if not data:
            return cls()
        inferred = data.get("inferred_source")
        return cls(tuple(ClutterSpan.from_dict(s) for s in data.get("spans", ())),
                   str(inferred["name"]) if inferred else None,
                   ClutterSpan.from_dict(inferred) if inferred else None)


# How a Profile or a Comparison shows itself in a Jupyter notebook: "profile" or "comparison" -> a function
# giving the HTML. The package (framing/__init__.py) registers the render stage's; the stages below
# render never import it, so they only look it up.
NOTEBOOK_HTML: dict[str, Callable[[Any], str]] = {}


def notebook_html(kind: str, obj: Any) -> str | None:
    """``obj`` as notebook HTML, or None (the plain repr) when no renderer is registered."""
    show = NOTEBOOK_HTML.get(kind)
    return show(obj) if show else None


@dataclass(frozen=True, slots=True)
class Profile:
    """All features of one article (in a notebook, it shows its report page: ``_repr_html_``)."""

    article: Article
    features: Mapping[str, FeatureResult]
    prediction: Mapping[str, Any] | None = None  # {"label", "probability", "model"} from a reliability model
    # the ISO 639-1 code of the article's language ("en", "es" ...), None where the text is too short to tell
    # (see framing.analysis.language); features that read English words give no value on another language
    language: str | None = None
    cleaning: Cleaning = Cleaning()  # the clutter set aside before measuring, and an inferred outlet

    @property
    def is_english(self) -> bool:
        """Is the article English, or too short to tell (read as English)?"""
        return self.language is None or self.language == "en"

    @property
    def inferred_source(self) -> str | None:
        """The outlet the text names for itself, where the input named none (else None)."""
        return self.cleaning.inferred_source if self.article.source is None else None

    @property
    def n_words(self) -> int:
        return int(self.features["style"].count or 0)

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        """Who the article cites, most-cited first (none without the sourcing feature)."""
        sourcing = self.features.get("sourcing")
        rows = (sourcing.details or {}).get("speakers", ()) if sourcing is not None else ()
        return tuple(Speaker.from_dict(s) for s in rows)

    def __getitem__(self, name: str) -> FeatureResult:
        return self.features[name]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Profile":
        """Rebuild a Profile from :meth:`to_dict` output (used by the batch cache)."""
        article = Article(id=data["id"], title=data["title"], text=data["text"], source=data.get("source"),
                          url=data.get("url"), date=data.get("date"), story=data.get("story"),
                          author=data.get("author"))
        features = {}
        for name, f in data["features"].items():
            evidence = tuple(Evidence(name, e["measure"], e["field"], e["start"], e["end"], e["text"], e["rule"],
                                      e.get("role"), e.get("label")) for e in f["evidence"])
            measures = tuple(Measure(m_name, m["value"], m["unit"], m["count"], m["per_1000_words"],
                                     m.get("note", "")) for m_name, m in f["measures"].items())
            features[name] = FeatureResult(name, f["value"], f["unit"], f["count"], f["per_1000_words"], evidence,
                                           measures, f.get("note", ""), f.get("details", {}))
        return cls(article, features, data.get("prediction"), data.get("language"),
                   Cleaning.from_dict(data.get("cleaning")))

    def to_row(self) -> dict[str, Any]:
        """All of the article's numbers as one flat row (the tables of ``framing batch``, the source
        profiles, the reliability model): :data:`META_COLUMNS`; ``FEATURE`` (the headline value),
        ``FEATURE__count``, ``FEATURE__per_1000_words``; ``FEATURE.MEASURE`` for every sub-measure and
        ``FEATURE.MEASURE__count`` where the measure counts something. Missing values are ``None``;
        the column order follows the feature registry, so rows of different runs line up."""
        a = self.article
        row: dict[str, Any] = {"id": a.id, "source": a.source, "title": a.title, "url": a.url, "date": a.date,
                               "language": self.language}
        for name, f in self.features.items():
            row[name] = f.value
            row[f"{name}__count"] = f.count
            row[f"{name}__per_1000_words"] = f.per_1000_words
            for m in f.measures:
                row[f"{name}.{m.name}"] = m.value
                if m.count is not None and m.per_1000_words is not None:
                    row[f"{name}.{m.name}__count"] = m.count
        return row

    def _repr_html_(self) -> str | None:
        return notebook_html("profile", self)

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id,
            "title": a.title,
            "text": a.text,
            "source": a.source,
            "url": a.url,
            "date": a.date,
            "language": self.language,
            **({"story": a.story} if a.story is not None else {}),
            **({"author": a.author} if a.author is not None else {}),
            "features": {name: f.to_dict() for name, f in self.features.items()},
            **({"prediction": dict(self.prediction)} if self.prediction is not None else {}),
            "cleaning": self.cleaning.to_dict(a),
        }


@dataclass
class StoryGroup:
    """Two or more articles of a corpus on one story: their positions in the input (``members``), how
    they were grouped (``by``: "story field" or "similarity"), the story key or a component id
    (``key``), their mean pairwise TF-IDF cosine, and the group's name (``story-1`` ...)."""

    key: str
    members: list[int] = field(default_factory=list)
    by: str = "similarity"
    similarity: float | None = None
    name: str = ""


@dataclass
class SourceProfile:
    """One news source of a corpus (``framing sources``): its number of articles, the mean and 95%
    interval of every numeric column over them (``stats``: column -> {"n", "mean", "ci_low",
    "ci_high"}), and its distinctive terms (``{"term", "z", "count"}``, best first)."""

    source: str
    n: int
    stats: dict[str, dict[str, Any]]
    distinctive: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "n": self.n, "stats": self.stats, "distinctive": self.distinctive}
