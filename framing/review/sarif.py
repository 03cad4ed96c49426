"""The review as SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), for code hosts and
editors that show a linter's results beside the text.

One run: ``tool.driver`` names framing, its version, where to read about it and every rule (id, short
and full description, default level); each finding is a result with its rule id and index, its level,
its message (with the suggestion) and one physical location: the draft's path as a URI reference and
a region (start/end line and column, 1-based, end column exclusive, and the span as the snippet).
Columns count Unicode code points (``run.columnKind = "unicodeCodePoints"``), as Python strings do.
Severities map to SARIF levels: error -> ``error``, warning -> ``warning``, suggestion -> ``note``.
A finding whose positions are in the extracted text (an HTML page) says so in its message and in its
result's ``properties``.
"""
from __future__ import annotations

import json
from pathlib import PurePosixPath
from typing import Any, Final, Sequence
from urllib.parse import quote

from ..version import __version__
from . import Finding
from .rules import RULE_IDS, RULES

__all__ = ["SARIF_VERSION", "SARIF_SCHEMA", "LEVELS", "to_sarif", "format_sarif"]

SARIF_VERSION: Final = "2.1.0"
SARIF_SCHEMA: Final = "https://json.schemastore.org/sarif-2.1.0.json"
# framing has no public home page yet: the README's section for editors, relative to the repository
INFORMATION_URI: Final = "README.md#for-editors-review-a-draft-and-hold-it-to-the-house-norms"
LEVELS: Final = {"error": "error", "warning": "warning", "suggestion": "note"}


def _uri(path: str) -> str:
    """A relative URI reference for a path (``/`` separators, percent-encoded), as SARIF's
    ``artifactLocation.uri`` wants; an absolute path becomes a ``file://`` URI."""
    posix = path.replace("\\", "/")
    if PurePosixPath(posix).is_absolute():
        return "file://" + quote(posix)
    return quote(posix)


def _rule(rule: Any) -> dict[str, Any]:
    return {"id": rule.id, "name": rule.id.split(".", 1)[1],
            "shortDescription": {"text": rule.summary.split(": ")[0].split(" (")[0]},
            "fullDescription": {"text": rule.summary},
            "help": {"text": rule.suggestion},
            "defaultConfiguration": {"level": LEVELS[rule.severity]},
            "properties": {"reads": rule.reads}}


def to_sarif(findings: Sequence[Finding]) -> dict[str, Any]:
    """The SARIF log of a review, as a JSON-ready dict."""
    results = []
    for f in findings:
        where = "" if f.in_file else " (position in the text extracted from the file)"
        results.append({
            "ruleId": f.rule,
            "ruleIndex": RULE_IDS.index(f.rule),
            "level": LEVELS[f.severity],
            "message": {"text": f"{f.message}{where}. Suggestion: {f.suggestion}"},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": _uri(f.file or f.path)},
                "region": {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
                           "endColumn": f.end_column, "snippet": {"text": f.excerpt}},
            }}],
            "properties": {"field": f.field, "start": f.start, "end": f.end,
                           "positions": "file" if f.in_file else "extracted text", "draft": f.path},
        })
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {"name": "framing", "version": __version__, "semanticVersion": __version__,
                                "informationUri": INFORMATION_URI, "rules": [_rule(r) for r in RULES]}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def format_sarif(findings: Sequence[Finding]) -> str:
    """The SARIF log as JSON text."""
    return json.dumps(to_sarif(findings), ensure_ascii=False, indent=2) + "\n"
