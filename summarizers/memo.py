"""Answers about a word remembered in a plain dict, so that asking about a known word again
is a C-level dict lookup instead of a Python call."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

Answer = TypeVar("Answer")

# Distinct word tokens remembered per table: about a day of news.
MAX_REMEMBERED_WORDS = 200_000


class WordMemo(dict[str, Answer]):
    """Word -> `answer(word)`, worked out on first use (`__missing__`) and remembered;
    cleared when it holds `limit` words, so that a long-running server stays bounded."""

    def __init__(self, answer: Callable[[str], Answer], limit: int = MAX_REMEMBERED_WORDS) -> None:
        super().__init__()
        self._answer = answer
        self._limit = limit

    def __missing__(self, word: str) -> Answer:
        if len(self) >= self._limit:
            self.clear()
        value = self[word] = self._answer(word)
        return value
