"""The review's configuration: ``[tool.framing.review]`` in a ``pyproject.toml`` or a ``framing.toml``.

Found from the current folder upwards: in each folder, ``framing.toml`` first (its table may be
``[review]`` or ``[tool.framing.review]``), then a ``pyproject.toml`` that has a
``[tool.framing.review]`` table (one without it is passed over, as ruff passes it over). ``--config
FILE`` names the file instead. Keys::

    [tool.framing.review]
    enable = ["framing.unattributed-claim"]   # run only these rules (default: all)
    disable = ["framing.shouted-word"]        # do not run these
    hard-sentence-grade = 25                  # report hardest sentences from this Flesch-Kincaid grade
    hedges-per-sentence = 2                   # report sentences with this many own-voice hedges
    house-range = 95                          # house norms: outside 5th-95th (95) or 25th-75th (75)
    house-min-articles = 10                   # a house profile of fewer articles gives no norms
    house-numbers = "key"                     # the comparison's rows ("key") or every number ("all")
    profile = "house.json"                    # the house profile (relative to this file)
    fail-on = "warning"                       # as --fail-on

    [tool.framing.review.severity]
    "framing.loaded-report-verb" = "error"    # error, warning, suggestion or off

An unknown key or a bad value is one :class:`ConfigError` naming the file and the key and listing the
valid keys or values (as scikit-learn's parameter checks do). Options on the command line win over
the file.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, Mapping

from ..errors import UsageError
from .checks import Settings
from .rules import DEFAULTS, RULE_IDS, SEVERITIES

__all__ = ["ConfigError", "ReviewConfig", "find_config", "load_config", "parse_config", "FAIL_ON", "HOUSE_RANGES"]

FILE_NAMES: Final = ("framing.toml", "pyproject.toml")
FAIL_ON: Final = ("error", "warning")
HOUSE_RANGES: Final = {95: (5, 95), 75: (25, 75)}  # house-range -> (low, high) percentiles
HOUSE_NUMBERS: Final = ("key", "all")
KEYS: Final = ("enable", "disable", "severity", "hard-sentence-grade", "hedges-per-sentence", "house-range",
               "house-min-articles", "house-numbers", "profile", "fail-on")


class ConfigError(UsageError):
    """The configuration file cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class ReviewConfig:
    """What a review runs and how: the rules on (in the order of :data:`RULES`), each rule's severity,
    the checks' thresholds, the house norms' range and minimum size, and where it was read from."""

    rules: tuple[str, ...] = RULE_IDS
    severities: Mapping[str, str] = field(default_factory=lambda: {r.id: r.severity for r in DEFAULTS.values()})
    settings: Settings = Settings()
    house_range: tuple[int, int] = (5, 95)
    house_min_articles: int = 10
    house_numbers: str = "key"
    profile: str | None = None
    fail_on: str | None = None
    source: str | None = None


def _choices(values: Any) -> str:
    return ", ".join(str(v) for v in values)


def _rule_list(where: str, key: str, value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} {key}: must be a list of rule ids; valid rule ids: {_choices(RULE_IDS)}")
    for v in value:
        if v not in DEFAULTS:
            raise ConfigError(f"{where} {key}: unknown rule {v!r}; valid rule ids: {_choices(RULE_IDS)}")
    return value


def _number(where: str, key: str, value: Any, low: float, integer: bool = False) -> float:
    kinds = (int,) if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds) or value < low:
        kind = "a whole number" if integer else "a number"
        raise ConfigError(f"{where} {key}: {value!r} is not valid; must be {kind}, {low:g} or more")
    return value


def parse_config(table: Mapping[str, Any], where: str, base: Path | None = None) -> ReviewConfig:
    """A ReviewConfig from the ``[tool.framing.review]`` table of ``where`` (a file name for messages;
    ``base``: the folder a relative ``profile`` is read from)."""
    where = f"{where}: [tool.framing.review]"
    for key in table:
        if key not in KEYS:
            raise ConfigError(f"{where} unknown key {key!r}; valid keys: {_choices(KEYS)}")
    enable = _rule_list(where, "enable", table.get("enable", list(RULE_IDS)))
    disable = list(_rule_list(where, "disable", table.get("disable", [])))
    both = [r for r in enable if r in disable] if "enable" in table else []
    if both:
        raise ConfigError(f"{where} {both[0]!r} is both enabled and disabled; keep it in one list")
    severities = {r.id: r.severity for r in DEFAULTS.values()}
    table_severity = table.get("severity", {})
    if not isinstance(table_severity, dict):
        raise ConfigError(f"{where} severity: must be a table of rule id = severity")
    for rule, severity in table_severity.items():
        if rule not in DEFAULTS:
            raise ConfigError(f"{where} severity: unknown rule {rule!r}; valid rule ids: {_choices(RULE_IDS)}")
        if not isinstance(severity, str) or severity not in (*SEVERITIES, "off"):
            raise ConfigError(f"{where} severity.{rule}: {severity!r} is not a severity; valid values: "
                              f"{_choices((*SEVERITIES, 'off'))}")
        if severity == "off":
            disable.append(rule)
        else:
            severities[rule] = severity
    house_range = table.get("house-range", 95)
    if isinstance(house_range, bool) or not isinstance(house_range, int) or house_range not in HOUSE_RANGES:
        raise ConfigError(f"{where} house-range: {house_range!r} is not valid; valid values: {_choices(HOUSE_RANGES)}")
    house_numbers = table.get("house-numbers", "key")
    if not isinstance(house_numbers, str) or house_numbers not in HOUSE_NUMBERS:
        raise ConfigError(f"{where} house-numbers: {house_numbers!r} is not valid; valid values: "
                          f"{_choices(HOUSE_NUMBERS)}")
    fail_on = table.get("fail-on")
    if fail_on is not None and (not isinstance(fail_on, str) or fail_on not in FAIL_ON):
        raise ConfigError(f"{where} fail-on: {fail_on!r} is not valid; valid values: {_choices(FAIL_ON)}")
    profile = table.get("profile")
    if profile is not None and not (isinstance(profile, str) and profile):
        raise ConfigError(f"{where} profile: must be the path of a house profile (framing profile build)")
    if profile is not None and base is not None:
        profile = str(base / profile)
    settings = Settings(hard_sentence_grade=float(_number(where, "hard-sentence-grade",
                                                          table.get("hard-sentence-grade", 25.0), 0)),
                        stacked_hedges=int(_number(where, "hedges-per-sentence", table.get("hedges-per-sentence", 2),
                                                   2, integer=True)))
    return ReviewConfig(rules=tuple(r for r in RULE_IDS if r in enable and r not in disable),
                        severities=severities, settings=settings, house_range=HOUSE_RANGES[house_range],
                        house_min_articles=int(_number(where, "house-min-articles",
                                                       table.get("house-min-articles", 10), 2, integer=True)),
                        house_numbers=house_numbers, profile=profile, fail_on=fail_on,
                        source=where.split(": [")[0])


def _table(data: Mapping[str, Any], path: Path) -> Mapping[str, Any] | None:
    """The review table of a parsed file, None when a pyproject.toml has none; ConfigError for an
    unknown table of framing's."""
    tool = data.get("tool", {})
    framing = tool.get("framing") if isinstance(tool, dict) else None
    if framing is not None:
        if not isinstance(framing, dict):
            raise ConfigError(f"{path}: [tool.framing] must be a table")
        for key in framing:
            if key != "review":
                raise ConfigError(f"{path}: [tool.framing] unknown key {key!r}; valid keys: review")
    if path.name != "pyproject.toml":
        for key in data:
            if key not in ("review", "tool"):
                raise ConfigError(f"{path}: unknown key {key!r}; valid keys: review, tool.framing.review")
        if "review" in data and framing is not None:
            raise ConfigError(f"{path}: both [review] and [tool.framing.review]; keep one")
        if "review" in data:
            framing = {"review": data["review"]}
    if framing is None or "review" not in framing:
        return None if path.name == "pyproject.toml" else {}
    table = framing["review"]
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.framing.review] must be a table")
    return table


def _read(path: Path) -> Mapping[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not valid TOML: not UTF-8 text") from None


def find_config(start: Path | None = None) -> tuple[Path, Mapping[str, Any]] | None:
    """The nearest configuration from ``start`` (default: the current folder) upwards, with its review
    table; None when there is none."""
    folder = (start or Path.cwd()).resolve()
    for d in (folder, *folder.parents):
        for name in FILE_NAMES:
            path = d / name
            if path.is_file():
                table = _table(_read(path), path)
                if table is not None:
                    return path, table
    return None


def load_config(path: str | None = None, start: Path | None = None) -> ReviewConfig:
    """The configuration of ``path`` (a pyproject.toml or framing.toml; one without a review table is a
    ConfigError), or the nearest one found from ``start`` upwards, or the defaults."""
    if path is not None:
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"{path}: no such configuration file")
        table = _table(_read(p), p)
        if table is None:
            raise ConfigError(f"{path}: has no [tool.framing.review] table")
        return parse_config(table, str(p), p.parent)
    found = find_config(start)
    if found is None:
        return ReviewConfig()
    return parse_config(found[1], str(found[0]), found[0].parent)
