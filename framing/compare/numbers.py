"""Numbers an article reports, normalised so that two articles' figures can be matched exactly.

"69,000", "69K", "69k" and "69 thousand" are one value (69000); "$31.4 million" is 31,400,000 dollars;
"12%", "12 percent" and "12 per cent" are 12 percent; "8-hour" is 8 hours. Number words count from
"two" to "twelve" and with a multiplier ("two million"); "one" does not (it is mostly a pronoun: "no
one", "one of them"). Each mention keeps the span of the figure and its unit word in the text, so
that ``text[start:end]`` is exactly what a reader sees ("49 artillery attacks").

Kinds: ``money`` (a currency sign or word), ``percent``, ``year`` (a bare 1800-2100 with no unit),
``date`` (after a month name: "October 17", "Oct. 9"), ``quantity`` (anything else, with the noun that
follows as its unit where there is one). Matching (:func:`same_figure`): the same kind and value, and
for a quantity under 10 also the same unit (small numbers coincide by accident: "two officials",
"two weeks").
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..analysis.text import Doc

MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
MULTIPLIERS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9,
               "b": 1e9, "trillion": 1e12, "tn": 1e12}
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "hundred": 100}
CURRENCY_SIGNS = frozenset("$€£¥")
CURRENCY_WORDS = frozenset("dollars dollar euros euro pounds pound yen".split())
PERCENT_WORDS = ("percent", "per cent", "percentage points", "%")


@functools.cache
def not_units() -> frozenset[str]:
    """Words after a number that are not its unit: English stop words (scikit-learn's list, kept as data:
    :func:`.terms.stop_words`), months, and a few more."""
    from .terms import stop_words

    return stop_words() | MONTHS | frozenset("""said says percent a.m p.m am pm
year-old years-old""".split())

_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?([kKmMbB]|bn|mln|tn)?$")
_HYPHENATED = re.compile(r"^(\d+(?:\.\d+)?)-([a-z]+)$")


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A figure in a text: its value, kind, unit ("" where none), span (``text[start:end]`` reads
    it with its unit) and whether it was written in digits."""

    value: float
    kind: str
    unit: str
    start: int
    end: int
    text: str
    digits: bool

    @property
    def key(self) -> tuple[str, float]:
        return (self.kind, self.value)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _parse_digits(token: str) -> tuple[float, float] | None:
    """(value, multiplier) of a digit token such as "69,000", "31.4", "69K"; None if it is not one."""
    m = _DIGITS.match(token)
    if not m:
        return None
    whole, frac, suffix = m.groups()
    value = float(whole.replace(",", "") + ("." + frac if frac else ""))
    return value, MULTIPLIERS.get(suffix.lower(), 1.0) if suffix else 1.0


def find_numbers(doc: Doc) -> list[NumberMention]:
    """Every figure in a tokenized text, in order (see the module docstring)."""
    out: list[NumberMention] = []
    tokens, norms, starts, ends = doc.tokens, doc.norms, doc.starts, doc.ends
    n = len(tokens)
    text = doc.text
    i = 0
    while i < n:
        norm = norms[i]
        token = tokens[i]
        last_digit = i  # "69,000" is three tokens: 69 , 000
        while last_digit + 2 < n and tokens[last_digit + 1] == "," and len(tokens[last_digit + 2]) == 3 \
                and tokens[last_digit + 2].isdigit() and token[:1].isdigit() \
                and ends[last_digit] == starts[last_digit + 1] and ends[last_digit + 1] == starts[last_digit + 2]:
            last_digit += 2
        if last_digit > i:
            token = text[starts[i]:ends[last_digit]]
        parsed = _parse_digits(token)
        digits = parsed is not None
        unit = ""
        hyphen = None
        if parsed is None:
            hyphen = _HYPHENATED.match(norm)
            if hyphen:
                parsed = (float(hyphen.group(1)), 1.0)
                unit = _singular(hyphen.group(2))
                digits = True
            elif norm in NUMBER_WORDS:
                parsed = (float(NUMBER_WORDS[norm]), 1.0)
            else:
                i += 1
                continue
        value, multiplier = parsed
        first, last = i, last_digit
        kind = "quantity"
        # a currency sign just before
        if i > 0 and tokens[i - 1] in CURRENCY_SIGNS and ends[i - 1] == starts[i]:
            kind = "money"
            first = i - 1
        # a month name just before (with an optional dot): a date
        j = i - 1
        if j >= 0 and tokens[j] == ".":
            j -= 1
        if j >= 0 and norms[j] in MONTHS and digits and value <= 31 and multiplier == 1.0:
            out.append(NumberMention(value, "date", norms[j][:3], starts[j], ends[i], text[starts[j]:ends[i]], True))
            i += 1
            continue
        k = last_digit + 1
        if multiplier == 1.0 and k < n and norms[k] in MULTIPLIERS and len(norms[k]) > 1:
            multiplier = MULTIPLIERS[norms[k]]
            last = k
            k += 1
        value = value * multiplier
        if hyphen is not None:
            # "8-hour ceasefire": the figure is read with the noun it qualifies
            if k < n and doc.is_word[k] and norms[k] not in not_units() and tokens[k][0].islower() \
                    and text[ends[last]:starts[k]] == " ":
                last = k
        else:
            if k < n and (tokens[k] == "%" or norms[k] == "percent"):
                kind, unit, last = "percent", "%", k
                k += 1
            elif k + 1 < n and norms[k] == "per" and norms[k + 1] == "cent":
                kind, unit, last = "percent", "%", k + 1
                k += 2
            elif k < n and norms[k] in CURRENCY_WORDS:
                kind, unit, last = "money", "", k
                k += 1
            elif kind == "quantity" and k < n and doc.is_word[k] and norms[k] not in not_units() \
                    and not norms[k][0].isdigit() and tokens[k][0].islower() and not norms[k].endswith("ed"):
                # up to two lower-case words: "artillery attacks", "arrests"
                last = k
                if k + 1 < n and doc.is_word[k + 1] and norms[k + 1] not in not_units() \
                        and tokens[k + 1][0].islower() and not norms[k + 1].endswith("ed") \
                        and text[ends[k]:starts[k + 1]] == " ":
                    last = k + 1
                unit = _singular(norms[last])
        if kind == "quantity" and not unit and digits and multiplier == 1.0 and 1800 <= value <= 2100 \
                and last_digit == i and "." not in token:
            kind = "year"
        if kind == "quantity" and not digits and not unit:
            i = last + 1
            continue  # "two" on its own is not a figure worth matching
        out.append(NumberMention(value, kind, unit, starts[first], ends[last], text[starts[first]:ends[last]],
                                 digits))
        i = last + 1
    return out


def same_figure(a: NumberMention, b: NumberMention) -> bool:
    """Do two mentions report the same figure (see the module docstring)?"""
    if a.key != b.key:
        return False
    if a.kind == "quantity" and a.value < 10:
        return bool(a.unit) and a.unit == b.unit
    return True


TIME_UNITS = frozenset("second minute hour day night week month year decade time".split())


def is_notable(m: NumberMention) -> bool:
    """Is a mention worth naming when only one article has it: money, a percentage, or a count in digits
    of something other than time ("31 arrests", not "24 hours", a year, a date or "two officials")."""
    if m.kind in ("money", "percent"):
        return True
    return m.kind == "quantity" and m.digits and bool(m.unit) and m.unit not in TIME_UNITS
