"""Size and style: words, sentences, paragraphs, punctuation and voice.

Measures (title and text unless noted):

* ``words``, ``sentences`` (the title counts as one), ``paragraphs`` (body),
  ``mean_sentence_length`` (body words per body sentence);
* ``exclamations``: exclamation marks;
* ``questions``: sentences ending in ``?``; ``rhetorical_questions``: those in
  the writer's own voice (outside quotation marks);
* ``all_caps``: dictionary words written in capitals for emphasis in running text
  ("this is NOT normal"). Not shouting: acronyms, initialisms, names printed in
  capitals and page labels (``acronyms.txt``, plus the places and source lexicons:
  FBI, NATO, MGM, USA TODAY, MORE, OPINION); a run of three or more words in
  capitals (a heading or related-link headline: "SENATE FAILS TO MOVE FORWARD");
  a word before a colon ("WATCH:", "AMY GOODMAN:"); the first words of a line
  before a comma, a parenthesis or a dash (a dateline: "DUBAI (AP) —"); a word
  after "By" (a byline); a word inside parentheses (a credit: "(AP Photo, FILE)");
  a word with fewer than three lower-case words in its sentence, within 40 tokens
  (a heading); a law's
  name ("RAISE Act"), a firm's ("AT&T") and a stock ticker ("TREE, +1.92%");
* ``direct_address``: second-person words (you, your ...) plus imperatives;
  ``imperatives``: sentences that open with a base-form verb from
  ``imperative_verbs.txt`` ("Expect the drama to heighten", "Stand by your phones");
* ``first_person``: I, me, my, we, our ... (``US`` in capitals is the country).

Evidence inside quotation marks is labelled ``quoted`` and stays evidence. The
measures of how the outlet writes (``exclamations``, ``rhetorical_questions``,
``all_caps``, ``direct_address``, ``imperatives``, ``first_person``) count the
writer's own voice, per 1,000 own-voice words (``own_voice_words``: the words
outside quotation marks), so that an article is not credited with its sources'
words nor its rate thinned by them; each has a ``quoted_*`` measure beside it
(``quoted_direct_address`` ...: the sources' words, per 1,000 ``quoted_words``),
and ``quoted_questions`` counts the questions inside quotations. ``questions``
counts every question, per 1,000 words. Higher: more of it in that voice. The
feature's value is the word count.
"""
from __future__ import annotations

from typing import Final

from ..language_data import cmu_dictionary
from ..lexicons import load_lexicon
from ..text import Doc, TokenType
from ..token_memos import TokenMemo
from ...types import Evidence, FeatureResult, Measure
from ..context import Context
from ..evidence import count_measure, sort_evidence, span_evidence, voice_measures, voice_words
from .lexical import imperative_verb
from .phrases import FUNCTION_WORDS

NAME: Final = "style"
# measures of how the outlet writes: counted in the writer's own voice (outside quotation marks, per
# 1,000 own-voice words), each with a quoted_* measure beside it (per 1,000 quoted words)
VOICE_MEASURES: Final = ("exclamations", "rhetorical_questions", "all_caps", "direct_address", "imperatives",
                         "first_person")

SECOND_PERSON: Final = frozenset({"you", "your", "yours", "yourself", "yourselves", "y'all", "ya"})
FIRST_PERSON: Final = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
                                 "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll", "let's"})
PERSON_WORDS: Final = SECOND_PERSON | FIRST_PERSON
# Acronyms that are also dictionary words, frequent in news, not emphasis.
_WORDLIKE_ACRONYMS: Final = frozenset({"isis", "aids", "nasa", "opec", "swat", "nafta", "ok", "tv", "ceo",
                                       "gop", "dem", "ap", "abc", "cbs", "nbc", "un", "eu", "who", "it",
                                       "us", "usa", "uk", "am", "pm", "id", "ad", "bc"})
def _acronyms() -> frozenset[str]:
    terms: set[str] = set(_WORDLIKE_ACRONYMS)
    for name in ("places", "source_heads", "acronyms"):
        terms |= load_lexicon(name).terms()
    return frozenset(terms)


_ACRONYMS: frozenset[str] | None = None


def _acronym_set() -> frozenset[str]:
    global _ACRONYMS
    if _ACRONYMS is None:
        _ACRONYMS = _acronyms()
    return _ACRONYMS


def _is_shouting(token: str, norm: str, acronyms: frozenset[str]) -> bool:
    if len(token) < 2 or not token.isupper() or sum(1 for c in token if c.isalpha()) < 2:
        return False
    return norm not in acronyms and norm.replace("'", "") in cmu_dictionary() and not _spelled_out(norm)


_SPELLED: Final[dict[str, bool]] = {}


def _spelled_out(norm: str) -> bool:
    """Is the word read letter by letter ("MBA", "DMZ", "TLC")? The CMU dictionary gives it as many
    syllables as its letters' names have together (M-B-A: three), where a word said as a word has fewer
    ("mess": one for four letters). Then it is an initialism, not a word shouted."""
    got = _SPELLED.get(norm)
    if got is None:
        cmu = cmu_dictionary()
        said = cmu.get(norm.replace("'", ""))
        letters = [cmu.get(ch) for ch in norm]
        got = said is not None and len(norm) >= 2 and all(n for n in letters) \
            and said == sum(n for n in letters if n)
        if len(_SPELLED) < 50_000:
            _SPELLED[norm] = got
    return got


def _in_capitals(_: None, t: TokenType) -> bool:
    """``t.token.isupper()`` (kept per token type: reading the answer is cheaper than the call)."""
    return t.token.isupper()


_CAPITALS: Final = TokenMemo("style: written in capitals", _in_capitals)


def _in_capitals_kept(kept: list[bool | None], t: TokenType) -> bool:
    """:func:`_in_capitals` of ``t``, read from the answers ``_CAPITALS`` keeps (``kept``)."""
    found = kept[t.serial]
    return _CAPITALS.answer(kept, t, None) if found is None else found


_DATELINE_AFTER: Final = frozenset({",", "(", "—", "–", "-"})
MIN_LOWER_WORDS: Final = 3  # a sentence with fewer lower-case words is a heading or a label


def _caps_word(doc: Doc, j: int) -> bool:
    tok = doc.tokens[j]
    return doc.is_word[j] and tok.isupper() and sum(1 for c in tok if c.isalpha()) >= 2


WINDOW: Final = 40  # tokens (and 4x as many characters) looked at around a word: every rule stays linear


def _in_running_text(doc: Doc, i: int) -> bool:
    """Is the capitals word at token ``i`` in running text, not in a heading, label, dateline, byline or
    credit (see the module docstring)? Looks at most ``WINDOW`` tokens around it."""
    tokens, starts, ends = doc.tokens, doc.starts, doc.ends
    n = len(tokens)
    sentence = doc.sentences[doc.sentence_of[i]]
    lo, hi = max(sentence.first, i - WINDOW), min(sentence.stop, i + WINDOW)
    # the run of capitals words around i, on its line (three are enough to call it a heading)
    run = 1
    run_first = i
    j = i - 1
    while j >= lo and run < 3 and "\n" not in doc.cut(ends[j], starts[j + 1]):
        if doc.is_word[j]:
            if not _caps_word(doc, j):
                break
            run_first = j
            run += 1
        j -= 1
    k = i + 1
    while k < hi and run < 3 and "\n" not in doc.cut(ends[k - 1], starts[k]):
        if doc.is_word[k]:
            if not _caps_word(doc, k):
                break
            run += 1
        k += 1
    if run >= 3:
        return False
    if run == 2 and _page_label(doc, run_first, i):
        return False
    if _in_name(doc, i, sentence.first) or _dateline(doc, i):
        return False
    if _page_prompt(doc.cut(starts[lo], ends[hi - 1] + 80)):
        return False
    nxt = tokens[i + 1] if i + 1 < n else ""
    glued_after = i + 1 < n and starts[i + 1] == ends[i]
    glued_before = i > 0 and starts[i] == ends[i - 1]
    if (glued_after and nxt in "&/") or (glued_before and tokens[i - 1] in "&/"):
        return False  # a firm's name or a pair of names: "AT&T", "AT&T/Time Warner"
    if nxt == "Act" or (nxt == "," and i + 2 < n and tokens[i + 2][:1] in "+-−"):
        return False  # a law's name ("RAISE Act") or a stock ticker ("TREE, +1.92%")
    if nxt == ":" or (i + 2 < n and nxt != "" and _caps_word(doc, i + 1) and tokens[i + 2] == ":"):
        return False
    prev_word = doc.norms[i - 1] if i > 0 and doc.is_word[i - 1] else ""
    if prev_word == "by":
        return False
    reach = 4 * WINDOW
    window_start = max(0, starts[run_first] - reach)
    # (line breaks are the original's: blanking keeps them)
    line_start = doc.original.rfind("\n", window_start, starts[run_first]) + 1
    if line_start == 0 and window_start > 0:
        line_start = -1  # no line start nearby: not the first words of a line
    if line_start >= 0 and not doc.cut(line_start, starts[run_first]).strip():
        last = i
        if last + 1 < n and _caps_word(doc, last + 1) and "\n" not in doc.cut(ends[last], starts[last + 1]):
            last += 1
        if last + 1 >= n or tokens[last + 1] in _DATELINE_AFTER:
            return False
        if tokens[last + 1][:1].islower():
            return False  # a lead-in set in capitals, as papers open a story: "THE president said ...", "JUDGING BY the"
    before = doc.cut(max(0, starts[i] - reach), starts[i])
    opened = before.rfind("(")
    if opened >= 0 and ")" not in before[opened:] and "\n" not in before[opened:]:
        after = doc.cut(ends[i], ends[i] + reach)
        close = after.find(")")
        if close >= 0 and "\n" not in after[:close]:
            return False
    lower = 0
    for k in range(lo, hi):
        if doc.is_word[k] and tokens[k][:1].islower():
            lower += 1
            if lower >= MIN_LOWER_WORDS:
                return True
    return False


# Words printed in capitals beside another: page and video labels ("JUST WATCHED", "MUST WATCH", "MORE
# FROM", "READ MORE"), read on AllSides pages.
_PAGE_WORDS: Final = frozenset({"watch", "watched", "more", "from", "read", "video", "videos", "related",
                                "click", "here", "now", "live", "tip", "replay", "see", "also", "latest"})
# Nouns after which a word in capitals is a name ("the HEROES act", "the STOP resolution", "HELP Committee").
_NAME_NOUNS: Final = frozenset({"act", "acts", "bill", "resolution", "program", "programme", "project",
                                "committee", "institute", "initiative", "operation", "coalition", "index",
                                "fund", "foundation", "logo", "column", "conference", "caucus", "network"})


_NAME_DETERMINERS: Final = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})


def _page_label(doc: Doc, first: int, i: int) -> bool:
    """Two words in capitals side by side, one of them a page or video label word ("JUST WATCHED")."""
    pair = [k for k in range(first, min(first + 3, len(doc.tokens))) if doc.is_word[k] and _caps_word(doc, k)]
    return any(doc.norms[k] in _PAGE_WORDS for k in pair[:2])


def _title_word(doc: Doc, k: int) -> bool:
    tok = doc.tokens[k]
    return doc.is_word[k] and len(tok) > 1 and tok[:1].isupper() and not tok.isupper() \
        and doc.norms[k] not in FUNCTION_WORDS


def _in_name(doc: Doc, i: int, sentence_first: int) -> bool:
    """Part of a name: beside a capitalised word on the same line ("MIND Institute", "Arkema SA",
    "Operation CHAOS"; not the sentence's first word), or before a naming noun ("the HEROES act")."""
    n = len(doc.tokens)
    if i + 1 < n and _plain_gap(doc, i):
        if _title_word(doc, i + 1):
            return True
        if doc.norms[i + 1] in _NAME_NOUNS and i > 0 and doc.norms[i - 1] in _NAME_DETERMINERS:
            return True
    return i - 1 > sentence_first and _plain_gap(doc, i - 1) and _title_word(doc, i - 1)


def _plain_gap(doc: Doc, k: int) -> bool:
    """Tokens k and k+1 are separated by spaces only, on one line."""
    gap = doc.cut(doc.ends[k], doc.starts[k + 1])
    return bool(gap) and gap.isspace() and "\n" not in gap


_DASHES: Final = frozenset({"—", "–", "-", "--"})


def _dateline(doc: Doc, i: int) -> bool:
    """The place of a dateline: "McALLEN, TEXAS –", "FERGUSON, MO. —" (a word in capitals after a comma
    that follows a place in capitals, and before a dash)."""
    tokens, n = doc.tokens, len(doc.tokens)
    if i + 2 < n and tokens[i + 1] == "," and _caps_word(doc, i + 2) and _dateline(doc, i + 2):
        return True  # the city before the state: "FERGUSON, MO. —"
    k = i + 1
    if k < n and tokens[k] == ".":
        k += 1
    if not (k < n and tokens[k] in _DASHES):
        return False
    if i >= 2 and tokens[i - 1] == ",":
        place = tokens[i - 2]
        return sum(1 for c in place if c.isupper()) >= 2
    return False


def _page_prompt(span: str) -> bool:
    """A sentence with an e-mail address or a web address is a page prompt ("Got a TIP from the RIGHT or
    LEFT? Email ...@FOXNEWS.COM")."""
    return "@" in span or "http" in span or ".COM" in span or "www." in span


def _quoted(ctx: Context, doc: Doc, pos: int) -> str | None:
    return "quoted" if ctx.in_quote(doc, pos) else None


# Measures whose quoted spans are evidence of the quoted measure (``quoted_direct_address``), not of the
# writer's-voice one: a "you" in a spokesman's words addresses his listeners, not the article's reader, so
# it is shown as the sources' words and never among the article's own direct addresses.
QUOTED_APART: Final = frozenset({"direct_address", "imperatives"})


def _voice(measure: str, label: str | None) -> str:
    return f"quoted_{measure}" if label and measure in QUOTED_APART else measure


def compute(ctx: Context) -> FeatureResult:
    """Counts of size and style; value = number of words."""
    acronyms = _acronym_set()
    capitals = _CAPITALS.kept(None)
    ev: list[Evidence] = []
    n_sentences = 0
    for doc in ctx.docs:
        n_sentences += len(doc.sentences)
        starts, ends, types = doc.starts, doc.ends, doc.types
        marks_of: dict[int, list[int]] = {}
        for i in range(len(types)):
            t = types[i]  # the token's shared type: its string and norm
            token = t.token
            if len(token) == 1:
                if token == "!":
                    ev.append(span_evidence(NAME, "exclamations", doc, starts[i], ends[i],
                                            "exclamation mark", label=_quoted(ctx, doc, starts[i])))
                elif token == "?":
                    marks_of.setdefault(doc.sentence_of[i], []).append(i)
            elif _in_capitals_kept(capitals, t) and _is_shouting(token, t.norm, acronyms) and _in_running_text(doc, i):
                ev.append(span_evidence(NAME, "all_caps", doc, starts[i], ends[i],
                                        "word in capitals", label=_quoted(ctx, doc, starts[i])))
            norm = t.norm
            if t.is_word and norm in PERSON_WORDS:  # (person words are words: skip punctuation's lookup)
                if norm in SECOND_PERSON:
                    label = _quoted(ctx, doc, starts[i])
                    ev.append(span_evidence(NAME, _voice("direct_address", label), doc, starts[i], ends[i],
                                            f"second person: {norm}", label=label))
                elif not (norm == "us" and token.isupper()):
                    ev.append(span_evidence(NAME, "first_person", doc, starts[i], ends[i],
                                            f"first person: {norm}", label=_quoted(ctx, doc, starts[i])))
        for si, s in enumerate(doc.sentences):
            marks = marks_of.get(si)
            if marks:
                own_voice = [i for i in marks if not ctx.in_quote(doc, starts[i])]
                label = None if own_voice else "quoted"
                ev.append(span_evidence(NAME, "questions", doc, s.start, s.end, "question", label=label))
                if own_voice:
                    ev.append(span_evidence(NAME, "rhetorical_questions", doc, s.start, s.end,
                                            "question in the writer's own voice"))
            verb = imperative_verb(doc, s)
            if verb is not None:
                label = _quoted(ctx, doc, doc.starts[verb])
                for name in ("imperatives", "direct_address"):
                    ev.append(span_evidence(NAME, _voice(name, label), doc, doc.starts[verb], s.end,
                                            f"imperative: sentence opens with '{doc.norms[verb]}'", label=label))
    body = ctx.text
    body_sents = len(body.sentences)
    n_words = ctx.n_words
    own_words, quoted_words = voice_words(ctx)
    measures = [
        Measure("words", n_words, "words", n_words),
        Measure("own_voice_words", own_words, "words", own_words),
        Measure("quoted_words", quoted_words, "words", quoted_words),
        Measure("sentences", n_sentences, "sentences", n_sentences),
        Measure("paragraphs", len(body.paragraphs), "paragraphs", len(body.paragraphs)),
        Measure("mean_sentence_length", round(body.n_words / body_sents, 2) if body_sents else None,
                "words per sentence", note="" if body_sents else "no sentences"),
    ]
    measures.append(count_measure("questions", sum(1 for e in ev if e.measure == "questions"), n_words))
    for m in VOICE_MEASURES:  # the writer's own voice, and the quoted words beside it
        if m == "rhetorical_questions":  # own voice by definition: the quoted ones are quoted_questions
            own = voice_measures(ctx, ev, m, "quoted_questions", m)[0]
            measures += [own, voice_measures(ctx, ev, "questions", "quoted_questions")[0]]
        elif m in QUOTED_APART:  # the quoted spans are evidence of the quoted measure itself
            measures += [voice_measures(ctx, ev, m, f"quoted_{m}", m)[0],
                         voice_measures(ctx, ev, f"quoted_{m}", f"quoted_{m}")[0]]
        else:
            measures += voice_measures(ctx, ev, m, f"quoted_{m}", m)
    return FeatureResult(NAME, n_words, "words", n_words, None, sort_evidence(ev), tuple(measures),
                         "" if n_words else "no words")
