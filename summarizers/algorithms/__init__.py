"""The registry of summarization algorithms, chosen by name."""

from __future__ import annotations

from collections.abc import Sequence

from summarizers.algorithms.base import (
    Algorithm,
    SentenceOrder,
    Summary,
    SummarySentence,
    select_sentences,
)
from summarizers.algorithms.sumy_adapters import SUMY_DESCRIPTIONS, sumy_rater
from summarizers.document import Document, Sentence

__all__ = [
    "ALGORITHMS",
    "DEFAULT_ALGORITHM",
    "Algorithm",
    "SentenceOrder",
    "Summary",
    "SummarySentence",
    "UnknownAlgorithmError",
    "get_algorithm",
    "summarize",
]


class UnknownAlgorithmError(ValueError):
    def __init__(self, name: str) -> None:
        super().__init__(f"unknown algorithm {name!r}; use one of: {', '.join(ALGORITHMS)}")
        self.name = name


def _lead(document: Document, candidates: Sequence[Sentence]) -> list[float]:
    return [-float(position) for position in range(len(candidates))]


def _registry() -> dict[str, Algorithm]:
    algorithms = {
        "lead": Algorithm("lead", "Lead baseline: the first sentences of the article body.", _lead),
    }
    for name, description in SUMY_DESCRIPTIONS.items():
        algorithms[name] = Algorithm(name, description, sumy_rater(name))
    return algorithms


ALGORITHMS: dict[str, Algorithm] = _registry()
DEFAULT_ALGORITHM = "textrank"


def get_algorithm(name: str) -> Algorithm:
    try:
        return ALGORITHMS[name]
    except KeyError:
        raise UnknownAlgorithmError(name) from None


def summarize(
    document: Document,
    *,
    algorithm: str = DEFAULT_ALGORITHM,
    sentences: int = 3,
    order: SentenceOrder = SentenceOrder.OFFSET,
) -> Summary:
    """The `sentences` best candidate sentences of `document` by `algorithm`."""
    chosen = get_algorithm(algorithm)
    candidates = document.candidates
    ratings = chosen.rate(document, candidates)
    return select_sentences(chosen.name, candidates, ratings, sentences, order)
