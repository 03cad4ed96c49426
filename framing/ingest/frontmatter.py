"""YAML front matter of a plain text or Markdown file: the article's metadata above its text.

A file whose first line is ``---`` holds front matter up to the next line that is ``---`` (or
``...``, YAML's end of document): a YAML mapping read with PyYAML's safe loader, which builds only
plain values (never objects, never code). Its keys ``title``, ``source``, ``url``, ``date``,
``author``, ``id`` and ``story`` fill the Article's fields of those names; **other keys are
ignored** (``tags``, ``layout``, ``draft`` ... as static site generators write them). A key with no
value (``author:``) or ``null`` is as if it were absent.

Each value must be a string, because a YAML scalar that is not quoted can turn into something else
(``id: 0042`` is the number 34, ``title: yes`` is True): a number, a boolean, a list or a mapping is
an :class:`InputError` saying to quote it. The one exception is ``date``, where YAML reads
``2024-05-01`` as a date: a date is kept in ISO form (``2024-05-01``), and a date with a time
(``2024-05-01 10:30:00``) as its day.

Every problem is one line naming the file and the line of the file: invalid YAML (where the parser
stopped), front matter that is not a mapping (its first line), a value of the wrong kind (the line
of its key), a front matter block that is never closed (line 1), NUL characters or lone surrogates
(from YAML escapes such as ``"\\0"``) in a value.

PyYAML is imported only when a file has front matter.
"""
from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError
from .text import check_string

#: the front matter keys that fill an Article's fields; the rest are ignored
KEYS = ("title", "source", "url", "date", "author", "id", "story")
OPENING = "---"
CLOSINGS = ("---", "...")


@dataclass(frozen=True)
class FrontMatter:
    """What a file's front matter gives: ``fields`` (key -> non-empty string, keys of :data:`KEYS`
    only), ``body_line``: the index (0-based) of the first line after the closing line."""

    fields: dict[str, str] = field(default_factory=dict)
    body_line: int = 0


def has_front_matter(lines: list[str]) -> bool:
    """Does a file of these lines (line breaks removed) start with a front matter line (``---``)?"""
    return bool(lines) and lines[0].rstrip() == OPENING


def read_front_matter(lines: list[str], where: str) -> FrontMatter:
    """The front matter of a file whose first line is ``---`` (see :func:`has_front_matter`).

    ``where`` names the file; errors name ``where line N``, N the line of the file."""
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in CLOSINGS), None)
    if end is None:
        raise InputError(f"{where} line 1", "front matter starts with '---' but no line '---' closes it")
    if end == 1:
        return FrontMatter({}, 2)
    node, data = _load_yaml("\n".join(lines[1:end]), where)
    if data is None:  # only comments or blank lines
        return FrontMatter({}, end + 1)
    if not isinstance(data, dict):
        raise InputError(f"{where} line 2", f"front matter must be a mapping of keys to values "
                                            f"(title: ...), not {_kind(data)}")
    lines_of = _key_lines(node)
    fields: dict[str, str] = {}
    for key in KEYS:
        line_where = f"{where} line {lines_of.get(key, 1) + 1}"
        value = _as_string(data.get(key), key, line_where)
        if value:
            check_string(value, line_where, key)
            fields[key] = value
    return FrontMatter(fields, end + 1)


def _load_yaml(text: str, where: str) -> tuple[Any, Any]:
    """(the composed root node, the Python value) of the YAML ``text`` of lines 2.. of the file."""
    import yaml

    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f" line {mark.line + 2}" if mark is not None else ""
        problem = " ".join(str(exc.problem or exc.context or "cannot be read").split())
        raise InputError(f"{where}{line}", f"invalid YAML in the front matter: {problem}") from None
    except yaml.YAMLError as exc:
        raise InputError(where, f"invalid YAML in the front matter: {' '.join(str(exc).split())[:120]}") from None
    except RecursionError:
        raise InputError(where, "invalid YAML in the front matter: nested too deeply to read") from None
    except (ValueError, OverflowError) as exc:  # a date that does not exist: 2024-13-45
        raise InputError(where, f"invalid YAML in the front matter: {' '.join(str(exc).split())[:120]}") from None
    finally:
        loader.dispose()


def _key_lines(node: Any) -> dict[str, int]:
    """Key -> the 1-based line within the YAML text where its value starts (for messages)."""
    out: dict[str, int] = {}
    for key_node, _value_node in getattr(node, "value", ()) if _is_mapping_node(node) else ():
        if isinstance(key_node.value, str):
            out[key_node.value] = key_node.start_mark.line + 1
    return out


def _is_mapping_node(node: Any) -> bool:
    import yaml

    return isinstance(node, yaml.MappingNode)


def _as_string(value: Any, key: str, where: str) -> str | None:
    """The value of ``key`` as a stripped string (None when absent or empty), or InputError."""
    if value is None:
        return None
    if key == "date" and isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if key == "date" and isinstance(value, datetime.date):
        return value.isoformat()
    if not isinstance(value, str):
        hint = "" if isinstance(value, (list, dict)) else f" ({value!r:.40}); put the value in quotes"
        raise InputError(where, f"front matter key {key!r} must be a string, not {_kind(value)}{hint}")
    return value.strip() or None


def _kind(value: Any) -> str:
    """How a message names the kind of a YAML value."""
    kinds = {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "a mapping",
             str: "a string", bytes: "binary data", datetime.date: "a date", datetime.datetime: "a date and time"}
    return kinds.get(type(value), type(value).__name__)
