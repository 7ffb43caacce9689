"""Where the tagger tries its rules: the start tokens of a text, found on NumPy arrays.

The lower-cased text is cut into tokens: runs of [a-z] (words) and runs of [0-9]
(numbers). The rules are tried at a start token (a word of the dispatch, or a number)

- when the token after it is one its rules can go on with (`Candidates.followers`;
  after the last token, as after a number), and
- when it is in prose: at least `PROSE_WORDS` of the `DENSITY_WINDOW` tokens around it
  are ordinary words (no start token). Text made almost only of numbers and date words
  (a table, a list of figures, hostile input) has no clause for an expression to date.

All of this is worked out with a few passes over the text and the tokens at C speed, so
that the tagger's Python loop sees only the tokens it tries, with their offsets.

A word is told by the integer its first 8 bytes make (the bytes after the word masked
out): that integer is the word itself for a word of up to 8 letters; a longer word whose
first 8 letters are those of a longer word of the vocabulary is looked up by its text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, TypeAlias

import numpy as np
import numpy.typing as npt

from summarizers.temporal.dispatch import DIGIT

if TYPE_CHECKING:  # rules.py builds a StartTokens when it loads the rules
    from summarizers.temporal.rules import Candidates, Rule

DENSITY_WINDOW = 32
PROSE_WORDS = 6

_KEY_BYTES = 8
_OTHER, _LETTER, _NUMBER = 0, 1, 2
# The kind of each byte of the ASCII text ("?" stands for any other character).
_KINDS = bytes(
    _LETTER if 97 <= code <= 122 else _NUMBER if 48 <= code <= 57 else _OTHER for code in range(256)
)
# The bytes of a word of n letters in the integer of 8 bytes that starts with it.
_MASKS = np.array([(1 << (8 * length)) - 1 for length in range(_KEY_BYTES + 1)], dtype=np.uint64)

# What is tried at a start token: its candidates, and the few rules of them that can
# match before the token after it (None: all of them, with their alternation).
Plan: TypeAlias = "tuple[Candidates, tuple[Rule, ...] | None]"


def _key(word: str) -> int:
    return int.from_bytes(word.encode("ascii")[:_KEY_BYTES], "little")


class StartTokens:
    """The start tokens of the rules of a language, and the plan of each pair of tokens."""

    def __init__(self, dispatch: Mapping[str, Candidates], digit_rules: Candidates) -> None:
        words: set[str] = set(dispatch)
        for candidates in [*dispatch.values(), digit_rules]:
            for either in (candidates, candidates.fallback):
                if either is not None and either.followers is not None:
                    words.update(token for token in either.followers if token != DIGIT)
        vocabulary = sorted(words)
        if not all(word.isascii() and word.isalpha() and word.islower() for word in vocabulary):
            raise ValueError("start and follower tokens are words of [a-z]")
        # Token ids: the words of the vocabulary, then any number, then any other word.
        self._ids = {word: number for number, word in enumerate(vocabulary)}
        self._number = len(vocabulary)
        self._ordinary = len(vocabulary) + 1
        short = sorted((_key(word), self._ids[word]) for word in vocabulary if len(word) <= _KEY_BYTES)
        self._short_keys = np.array([key for key, _ in short], dtype=np.uint64)
        self._short_ids = np.array([number for _, number in short], dtype=np.intp)
        self._long_heads = np.array(
            sorted({_key(word) for word in vocabulary if len(word) > _KEY_BYTES}), dtype=np.uint64
        )
        size = len(vocabulary) + 2
        self._is_start = np.zeros(size, dtype=bool)
        # plans[table[start token, next token]]; -1 for a pair where no rule is tried.
        self.plans: list[Plan] = []
        self._table = np.full((size, size), -1, dtype=np.intp)
        for word, candidates in [*dispatch.items(), (DIGIT, digit_rules)]:
            row = self._number if word == DIGIT else self._ids[word]
            self._is_start[row] = True
            self._plan_row(row, candidates)

    def _plan_row(self, row: int, candidates: Candidates) -> None:
        if candidates.followers is None:
            self._table[row, :] = self._add_plan((candidates, None))
            return
        if candidates.fallback is not None:
            self._table[row, :] = self._add_plan((candidates.fallback, None))
        for token, tried in candidates.followers.items():
            column = self._number if token == DIGIT else self._ids[token]
            self._table[row, column] = self._add_plan((candidates, tried))

    def _add_plan(self, plan: Plan) -> int:
        self.plans.append(plan)
        return len(self.plans) - 1

    def tried(self, lowered: str) -> tuple[list[int], list[int]]:
        """The offsets of the start tokens of `lowered` where rules are tried, in order,
        and the number of the plan (in `plans`) of each."""
        data = lowered.encode("ascii", "replace")  # one byte a character: offsets stay
        if not data:
            return [], []
        kinds = np.frombuffer(data.translate(_KINDS), dtype=np.uint8)
        changes = np.flatnonzero(kinds[1:] != kinds[:-1]) + 1
        boundaries = np.concatenate(([0], changes))
        starts = boundaries[kinds[boundaries] != _OTHER]
        ends = np.concatenate((changes, [len(data)]))[kinds[boundaries] != _OTHER]
        if not len(starts):
            return [], []
        ids = self._token_ids(lowered, data, kinds[starts], starts, ends - starts)
        window = np.flatnonzero(self._is_start[ids])
        half = DENSITY_WINDOW // 2
        # Start tokens among the tokens [index - half, index + half) around each.
        dense = np.searchsorted(window, window + half, "left") - np.searchsorted(
            window, window - half, "left"
        )
        after = np.concatenate((ids, [self._number]))[window + 1]  # after the last token, as after a number
        plans = self._table[ids[window], after]
        tried = (plans >= 0) & (DENSITY_WINDOW - dense >= PROSE_WORDS)
        return starts[window[tried]].tolist(), plans[tried].tolist()

    def _token_ids(
        self,
        lowered: str,
        data: bytes,
        kinds: npt.NDArray[np.uint8],
        starts: npt.NDArray[np.intp],
        lengths: npt.NDArray[np.intp],
    ) -> npt.NDArray[np.intp]:
        padded = data + bytes(_KEY_BYTES)
        heads = np.ndarray((len(data),), dtype="<u8", buffer=padded, strides=(1,))[starts]
        keys = heads & _MASKS[np.minimum(lengths, _KEY_BYTES)]
        ids = np.where(kinds == _NUMBER, self._number, self._ordinary)
        words = kinds == _LETTER
        found, known = _look_up(self._short_keys, keys)
        short = words & (lengths <= _KEY_BYTES) & known
        ids[short] = self._short_ids[found[short]]
        _found, long_head = _look_up(self._long_heads, keys)
        for token in np.flatnonzero(words & (lengths > _KEY_BYTES) & long_head).tolist():
            start = int(starts[token])
            ids[token] = self._ids.get(lowered[start : start + int(lengths[token])], self._ordinary)
        return ids


def _look_up(
    ordered: npt.NDArray[np.uint64], keys: npt.NDArray[np.uint64]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.bool_]]:
    """Where each of `keys` is in `ordered` (sorted), and whether it is there."""
    if not len(ordered):
        return np.zeros(len(keys), dtype=np.intp), np.zeros(len(keys), dtype=bool)
    found = np.minimum(np.searchsorted(ordered, keys), len(ordered) - 1)
    return found, ordered[found] == keys
