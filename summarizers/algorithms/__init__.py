"""The registry of summarization algorithms, chosen by name.

`ALGORITHMS` are the public ones, offered by the API: `news` (the default), `lead`,
and sumy's classic algorithms. LexRank, TextRank, LSA, KL-Sum, SumBasic and Reduction
are the vectorised implementations of `fast.py`, which rate sentences as sumy does but
stay fast on book-length input; Luhn and Edmundson run sumy's code with a memoised
stemmer (and, for Luhn, a set instead of a tuple lookup), which makes them linear.

`REFERENCE_ALGORITHMS` are sumy's original implementations (`sumy-lexrank`, ...), kept
for evaluation, benchmarks and tests. The library runs them by name, but the API does
not offer them: several are quadratic or worse and would hang on a long document.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarizers.algorithms.base import (
    Algorithm,
    SentenceOrder,
    Summary,
    SummarySentence,
    select_sentences,
)
from summarizers.algorithms.fast import FAST_RATERS
from summarizers.algorithms.news import NEWS_DESCRIPTION, rate_news
from summarizers.algorithms.sumy_adapters import SUMY_DESCRIPTIONS, sumy_rater
from summarizers.document import Document, Sentence

__all__ = [
    "ALGORITHMS",
    "DEFAULT_ALGORITHM",
    "REFERENCE_ALGORITHMS",
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


_VECTORISED_NOTE = " Vectorised (NumPy/SciPy sparse); rates sentences as sumy's implementation does."
_FAST_NOTES = {
    "lsa": " sumy keeps every singular value, so a sentence's weight is the norm of its column of the "
    "matrix: computed directly, without an SVD.",
}


def _registry() -> dict[str, Algorithm]:
    algorithms = {
        "news": Algorithm("news", NEWS_DESCRIPTION, rate_news),
        "lead": Algorithm("lead", "Lead baseline: the first sentences of the article body.", _lead),
    }
    for name, description in SUMY_DESCRIPTIONS.items():
        if name in FAST_RATERS:
            text = description.replace("sumy ", "", 1) + _VECTORISED_NOTE + _FAST_NOTES.get(name, "")
            algorithms[name] = Algorithm(name, text, FAST_RATERS[name])
        else:
            algorithms[name] = Algorithm(name, description, sumy_rater(name, linear=True))
    return algorithms


def _reference_registry() -> dict[str, Algorithm]:
    return {
        f"sumy-{name}": Algorithm(f"sumy-{name}", description + " sumy's own code.", sumy_rater(name))
        for name, description in SUMY_DESCRIPTIONS.items()
    }


ALGORITHMS: dict[str, Algorithm] = _registry()
REFERENCE_ALGORITHMS: dict[str, Algorithm] = _reference_registry()
DEFAULT_ALGORITHM = "news"


def get_algorithm(name: str) -> Algorithm:
    """A public algorithm, or one of sumy's reference implementations, by name."""
    try:
        return ALGORITHMS[name] if name in ALGORITHMS else REFERENCE_ALGORITHMS[name]
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
