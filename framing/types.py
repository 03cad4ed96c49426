"""Core value types: articles, evidence spans, feature results, profiles.

All are treated as immutable. Articles and profiles are frozen dataclasses;
Evidence, Measure and FeatureResult, created by the hundred per article, are
slotted classes with value semantics defined in :mod:`framing.records` (part of
the compiled analysis core, where a dataclass constructor would run as slow
interpreted Python) and re-exported here. Offsets are Python ``str``
indices, half-open like ``re.Match.span()``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from .records import Evidence, FeatureResult, Measure

__all__ = ["Article", "Evidence", "Measure", "FeatureResult", "Profile"]


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


@dataclass(frozen=True, slots=True)
class Profile:
    """All features of one article."""

    article: Article
    features: Mapping[str, FeatureResult]
    prediction: Mapping[str, Any] | None = None  # {"label", "probability", "model"} from a reliability model

    @property
    def n_words(self) -> int:
        return int(self.features["style"].count or 0)

    def __getitem__(self, name: str) -> FeatureResult:
        return self.features[name]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Profile":
        """Rebuild a Profile from :meth:`to_dict` output (used by the batch cache)."""
        article = Article(id=data["id"], title=data["title"], text=data["text"], source=data.get("source"),
                          url=data.get("url"), date=data.get("date"), story=data.get("story"))
        features = {}
        for name, f in data["features"].items():
            evidence = tuple(Evidence(name, e["measure"], e["field"], e["start"], e["end"], e["text"], e["rule"],
                                      e.get("role"), e.get("label")) for e in f["evidence"])
            measures = tuple(Measure(m_name, m["value"], m["unit"], m["count"], m["per_1000_words"],
                                     m.get("note", "")) for m_name, m in f["measures"].items())
            features[name] = FeatureResult(name, f["value"], f["unit"], f["count"], f["per_1000_words"], evidence,
                                           measures, f.get("note", ""), f.get("details", {}))
        return cls(article, features, data.get("prediction"))

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id,
            "title": a.title,
            "text": a.text,
            "source": a.source,
            "url": a.url,
            "date": a.date,
            **({"story": a.story} if a.story is not None else {}),
            "features": {name: f.to_dict() for name, f in self.features.items()},
            **({"prediction": dict(self.prediction)} if self.prediction is not None else {}),
        }
