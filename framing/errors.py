"""Errors raised by framing. Only loaders and argument checks raise;
features never do on a valid Article."""
from __future__ import annotations


class FramingError(Exception):
    """Base class: the message is one line meant for the user."""


class InputError(FramingError):
    """A file or stream could not be read as articles. The message names it."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


class UsageError(FramingError):
    """Bad parameters; the message lists the valid values."""
