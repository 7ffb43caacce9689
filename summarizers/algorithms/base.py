"""What every summarization algorithm shares: the rating interface and sentence selection.

An algorithm only rates the candidate sentences of a document (higher is better).
`select_sentences` then keeps the best N, skips near-duplicates of sentences already
kept (a standfirst repeated by the lead sentence) and restores the requested order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from operator import attrgetter

import numpy as np

from summarizers.document import Document, Sentence

# Share of the shorter sentence's words found in the longer one above which two
# sentences say the same thing. The example article's standfirst and lead share 94%.
NEAR_DUPLICATE_CONTAINMENT = 0.8

_INDEX_OF = attrgetter("index")


class SentenceOrder(StrEnum):
    OFFSET = "offset"
    RANK = "rank"


@dataclass(frozen=True, slots=True)
class SummarySentence:
    text: str
    start: int
    end: int
    index: int
    score: float
    rank: int


@dataclass(frozen=True, slots=True)
class Summary:
    algorithm: str
    sentences: tuple[SummarySentence, ...]

    @property
    def text(self) -> str:
        return " ".join(sentence.text for sentence in self.sentences)


# Rates each candidate sentence: one number per candidate, higher is better.
SentenceRater = Callable[[Document, Sequence[Sentence]], Sequence[float]]


@dataclass(frozen=True, slots=True)
class Algorithm:
    name: str
    description: str
    rate: SentenceRater
    languages: tuple[str, ...] | None = None  # None: every supported language


def select_sentences(
    algorithm_name: str,
    candidates: Sequence[Sentence],
    ratings: Sequence[float],
    count: int,
    order: SentenceOrder = SentenceOrder.OFFSET,
) -> Summary:
    """Keep the `count` best-rated candidates that are not near-duplicates of each other."""
    if len(candidates) != len(ratings):
        raise ValueError(f"{len(ratings)} ratings for {len(candidates)} candidates")
    ratings = _finite(ratings)
    # Best first, ties in document order: sorted by (-rating, index), as NumPy's stable lexsort.
    indices = np.fromiter(map(_INDEX_OF, candidates), dtype=np.int64, count=len(candidates))
    by_rating: list[int] = np.lexsort((indices, -np.array(ratings, dtype=np.float64))).tolist()
    kept: list[int] = []
    kept_words: list[frozenset[str]] = []
    for position in by_rating:
        if len(kept) == count:
            break
        words = _content_words(candidates[position])
        if any(_near_duplicates(words, other) for other in kept_words):
            continue
        kept.append(position)
        kept_words.append(words)
    low, high = min(ratings, default=0.0), max(ratings, default=0.0)
    chosen = [
        SummarySentence(
            text=candidates[position].text,
            start=candidates[position].start,
            end=candidates[position].end,
            index=candidates[position].index,
            score=_normalised(ratings[position], low, high),
            rank=rank,
        )
        for rank, position in enumerate(kept, start=1)
    ]
    if order is SentenceOrder.OFFSET:
        chosen.sort(key=lambda sentence: sentence.start)
    return Summary(algorithm_name, tuple(chosen))


def _content_words(sentence: Sentence) -> frozenset[str]:
    return frozenset(word.casefold() for word in sentence.words)


def _near_duplicates(first: frozenset[str], second: frozenset[str]) -> bool:
    shorter = min(len(first), len(second))
    if shorter == 0:
        return first == second
    return len(first & second) / shorter >= NEAR_DUPLICATE_CONTAINMENT


def _finite(ratings: Sequence[float]) -> list[float]:
    """Ratings with NaN and infinities (a degenerate matrix, an empty sentence) made the lowest."""
    values = np.array(ratings, dtype=np.float64)
    finite = np.isfinite(values)
    if not finite.all():
        # min(finite ratings) - 1.0: the same number whichever of 0.0 and -0.0 is the minimum.
        values[~finite] = values[finite].min() - 1.0 if finite.any() else 0.0
    as_floats: list[float] = values.tolist()
    return as_floats


def _normalised(rating: float, low: float, high: float) -> float:
    """A rating scaled to 0..1 over the document's candidates (`low` to `high`): 1 is the best."""
    if high == low:
        return 1.0
    return round((rating - low) / (high - low), 6)
