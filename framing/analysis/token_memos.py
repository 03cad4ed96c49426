"""Per-token-type memos: what a feature works out about a token string, once per process.

A feature that asks the same question of every token (its VADER flags, its word facts for the
readability formulas, the lexicon entries that can start at it) registers a :class:`TokenMemo` with
the function that answers it. The memo keeps one answer per :class:`~.text.TokenType`, in a list
indexed by the type's ``serial``, worked out the first time a Doc with that type asks; a feature's
per-token pass then reads that list (:meth:`TokenMemo.kept`) instead of looking each token up in a
dictionary of its own, and the token type carries nothing of any feature.

One invalidation rule for every memo: its answers are for an *owner*, the object its function reads
besides the token (the lexicon index, the alarmist model's viable words, the cue model's vocabulary;
None when the answer depends on the token string alone). Asking with another owner (a reloaded
model, a rebuilt index) drops the answers kept for the one before, so none of them can be read
again. Owners are compared by identity: an owner must stay the same object for as long as it
stands for the same answers (a cached model, index or word set does).
"""
from __future__ import annotations

from typing import Callable, Final, Generic, TypeVar, final

from .text import Doc, TokenType, type_count

O = TypeVar("O")  # the owner: what the answers are for
V = TypeVar("V")  # an answer (never None)

_NOBODY: Final = object()  # the owner of a memo that has not answered yet
# Room for this many answers at first, and doubled when short: 128 KB, the size from which the C
# allocator maps a block of its own, so a growing table never churns the heap (growing it 12.5% at a
# time, as list.extend does, cost more instructions in allocator bookkeeping than all the reads).
_FIRST_ROOM: Final = 16_384


@final
class TokenMemo(Generic[O, V]):
    """One feature's answers about token types, for one owner at a time.

    ``compute(owner, token_type)`` gives the answer (never None); ``name`` says whose memo it is
    and what it holds. Making a memo registers it (:func:`registered`). A per-token pass asks for
    the answers kept for its owner once, then reads each token's::

        kept = MEMO.kept(owner)
        for t in doc.types:
            answer = MEMO.answer(kept, t, owner)

    (The features' per-token loops read ``kept[t.serial]`` themselves and call :meth:`answer` only
    where that is None: the same answers, without a call per token.)
    """

    __slots__ = ("name", "compute", "owner", "answers")

    def __init__(self, name: str, compute: Callable[[O, TokenType], V]) -> None:
        self.name = name
        self.compute = compute
        self.owner: object = _NOBODY  # what the kept answers are for
        self.answers: list[V | None] = []  # by token type serial; None: not worked out yet (always at 0)
        _REGISTERED.append(self)

    def kept(self, owner: O) -> list[V | None]:
        """The answers kept for ``owner``, by token type serial (None: not worked out yet), with room
        for every token type made so far (and more). Asking for another owner than last time drops
        the answers kept for that one: they can never be read again."""
        answers = self.answers
        if owner is not self.owner:
            self.owner = owner
            answers = self.answers = []
        missing = type_count() + 1 - len(answers)
        if missing > 0:
            answers.extend([None] * max(missing, len(answers), _FIRST_ROOM))
        return answers

    def answer(self, kept: list[V | None], t: TokenType, owner: O) -> V:
        """The answer for ``t`` in ``kept`` (what :meth:`kept` gave for ``owner``), worked out and kept
        there when it is missing (a type of serial 0, made past the bound, is answered but not kept)."""
        k = t.serial
        found = kept[k]
        if found is None:
            found = self.compute(owner, t)
            if k:
                kept[k] = found
        return found

    def of(self, doc: Doc, owner: O) -> list[V]:
        """The answer for each token of ``doc``, in order, for ``owner``."""
        kept = self.kept(owner)
        return [self.answer(kept, t, owner) for t in doc.types]

    def __repr__(self) -> str:
        return f"TokenMemo({self.name!r})"


_REGISTERED: Final[list[TokenMemo]] = []


def registered() -> tuple[TokenMemo, ...]:
    """Every memo made so far, in the order the features registered them."""
    return tuple(_REGISTERED)
