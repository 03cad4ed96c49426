"""Token types: each distinct token string of the process, made once and shared by every Doc.

A :class:`TokenType` holds what the tokenizer knows about its string (normalized form, word or not,
sentence-ending or not) and a serial number by which :mod:`.token_memos` keep what features work out
about it. A Doc keeps one reference to a token type per token and reads the token's string, norm and
word flag from it (see :mod:`.doc_columns`).
"""
from __future__ import annotations

from typing import Final

SENTENCE_END: Final = frozenset(".!?")


class TokenType:
    """One distinct token string, shared by every Doc of the process (see :func:`token_type`).

    It holds what the tokenizer knows about the string: the token, its normalized form, whether it
    is a word and whether it is a sentence-ending ``.``, ``!`` or ``?`` (``terminal``); and its
    ``serial``, its number among the process's token types (1, 2, ... in order of first sight; 0 for
    the types made per occurrence past the bound), by which :mod:`.token_memos` keep what features
    work out about the string.
    """

    __slots__ = ("token", "norm", "is_word", "terminal", "serial")

    def __init__(self, token: str, serial: int) -> None:
        self.token = token
        self.norm = normalize(token)
        self.is_word = token[0].isalnum()
        self.terminal = token in SENTENCE_END  # ".", "!" or "?" as a token of its own
        self.serial = serial

    def __repr__(self) -> str:
        return f"TokenType({self.token!r})"

    def __reduce__(self) -> tuple[object, ...]:
        return (token_type, (self.token,))


_TOKENS: Final[dict[str, TokenType]] = {}  # token -> its TokenType, per process (never emptied)
_MAX_TYPES: Final = 1_000_000  # bounded: past this, types are made per occurrence (serial 0)


def token_type(token: str) -> TokenType:
    """The shared :class:`TokenType` of a (non-empty) token string."""
    found = _TOKENS.get(token)
    if found is None:
        if len(_TOKENS) < _MAX_TYPES:
            found = TokenType(token, len(_TOKENS) + 1)
            _TOKENS[token] = found
        else:
            found = TokenType(token, 0)
    return found


def type_count() -> int:
    """How many token types the process has made so far (the highest serial)."""
    return len(_TOKENS)


def normalize(word: str) -> str:
    """Lower-case a token and straighten curly apostrophes and dashes."""
    return word.lower().replace("’", "'").replace("‐", "-").replace("‑", "-")
