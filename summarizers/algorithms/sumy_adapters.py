"""sumy's algorithms behind the library's rating interface.

Each adapter builds a sumy document from the candidate sentences (the headline, if
any, as its heading), lets sumy rate every sentence and hands the ratings back, so
selection, near-duplicate removal and offsets are the same for every algorithm.

sumy's summarizers rate all sentences and then pick the best inside
`_get_best_sentences`; the `_Rated` mixin overrides that one step to keep the
ratings instead.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from sumy.models.dom import ObjectDocumentModel
from sumy.models.dom import Paragraph as SumyParagraph
from sumy.models.dom import Sentence as SumySentence
from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.edmundson import EdmundsonSummarizer
from sumy.summarizers.kl import KLSummarizer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.summarizers.lsa import LsaSummarizer
from sumy.summarizers.luhn import LuhnSummarizer
from sumy.summarizers.reduction import ReductionSummarizer
from sumy.summarizers.sum_basic import SumBasicSummarizer
from sumy.summarizers.text_rank import TextRankSummarizer
from sumy.utils import get_stop_words

from summarizers.algorithms.fast import stemmer as memoised_stemmer
from summarizers.document import Document, Sentence
from summarizers.resources import data_file_exists, load_yaml
from summarizers.text import SumyTokenizer, words


class _Rated:
    """Mixin: record sumy's rating of every sentence instead of choosing among them."""

    ratings: list[float]

    def _get_best_sentences(  # sumy's hook, called once per summarization
        self, sentences: Sequence[SumySentence], count: Any, rating: Any, *args: Any, **kwargs: Any
    ) -> tuple[SumySentence, ...]:
        rate: Callable[..., float] = rating if callable(rating) else rating.__getitem__
        self.ratings = [float(rate(sentence, *args, **kwargs)) for sentence in sentences]
        return ()


class _DeterministicLsa(LsaSummarizer):  # type: ignore[misc]
    def _create_dictionary(self, document: ObjectDocumentModel) -> dict[str, int]:
        # sumy enumerates a frozenset here, so rows (and the SVD's output) follow
        # PYTHONHASHSEED; sorting makes the matrix, and the summary, reproducible.
        words = map(self.normalize_word, document.words)
        unique_words = sorted({self.stem_word(w) for w in words if w not in self._stop_words})
        return {word: row for row, word in enumerate(unique_words)}


class _LinearLuhn(LuhnSummarizer):  # type: ignore[misc]
    def _get_significant_words(self, words: Sequence[str]) -> frozenset[str]:
        # sumy returns a tuple and tests every word of every sentence against it,
        # which is quadratic in the document's length; a set gives the same answers.
        return frozenset(super()._get_significant_words(words))


_SUMY_CLASSES: dict[str, type] = {
    "lexrank": LexRankSummarizer,
    "textrank": TextRankSummarizer,
    "lsa": _DeterministicLsa,
    "luhn": LuhnSummarizer,
    "edmundson": EdmundsonSummarizer,
    "kl": KLSummarizer,
    "sumbasic": SumBasicSummarizer,
    "reduction": ReductionSummarizer,
}

SUMY_DESCRIPTIONS: dict[str, str] = {
    "lexrank": "sumy LexRank: eigenvector centrality on a TF-IDF cosine similarity graph "
    "(Erkan & Radev, 2004).",
    "textrank": "sumy TextRank: PageRank on a word-overlap similarity graph (Mihalcea & Tarau, 2004).",
    "lsa": "sumy LSA: sentences weighted by the singular vectors of the term-sentence matrix "
    "(Steinberger & Ježek, 2004).",
    "luhn": "sumy Luhn: clusters of significant (frequent, non-stop) words (Luhn, 1958).",
    "edmundson": "sumy Edmundson: cue, key, title and location features (Edmundson, 1969); "
    "the headline gives the title words.",
    "kl": "sumy KL-Sum: greedily minimises the KL divergence between summary and document "
    "word distributions (Haghighi & Vanderwende, 2009).",
    "sumbasic": "sumy SumBasic: word-probability weighting with redundancy decay "
    "(Nenkova & Vanderwende, 2005).",
    "reduction": "sumy Reduction: graph of shared-word similarity, sentences rated by total edge weight.",
}


@cache
def _stop_words(language: str) -> frozenset[str]:
    return frozenset(get_stop_words(language))


@cache
def _stemmer(language: str) -> Stemmer:
    return Stemmer(language)


@cache
def _stigma_words(language_code: str) -> tuple[str, ...]:
    path = f"{language_code}/edmundson.yaml"
    return tuple(load_yaml(path)["stigma_words"]) if data_file_exists(path) else ()


# Linear-time variants used by the public algorithms: the same code with a memoised
# stemmer (sumy stems every word again in every method) and, for Luhn, a set lookup.
_LINEAR_CLASSES: dict[str, type] = {**_SUMY_CLASSES, "luhn": _LinearLuhn}


@cache
def _rated_class(name: str, linear: bool) -> type:
    base = (_LINEAR_CLASSES if linear else _SUMY_CLASSES)[name]
    return type(f"Rated{base.__name__}", (_Rated, base), {})


def _summarizer(name: str, document: Document, candidates: Sequence[Sentence], linear: bool) -> Any:
    language = document.language.name
    stop_words = _stop_words(language)
    stem: Callable[[str], str] = memoised_stemmer(language) if linear else _stemmer(language)
    if name != "edmundson":
        summarizer = _rated_class(name, linear)(stem)
        summarizer.stop_words = stop_words
        return summarizer
    # Edmundson's cue method needs bonus and stigma words. Bonus words are the title's
    # content words, or the article's most frequent ones when it has no title.
    bonus_words = _content_words(document.title or "", stop_words) or _frequent_words(candidates, stop_words)
    stigma_words = _stigma_words(document.language.code)
    cue_weight = 1.0 if bonus_words and stigma_words else 0.0
    summarizer = _rated_class(name, linear)(stem, cue_weight=cue_weight)
    summarizer.bonus_words = bonus_words or ("",)
    summarizer.stigma_words = stigma_words or ("",)
    summarizer.null_words = stop_words
    return summarizer


def _content_words(text: str, stop_words: frozenset[str]) -> tuple[str, ...]:
    return tuple(word for word in words(text) if word.lower() not in stop_words)


def _frequent_words(
    candidates: Sequence[Sentence], stop_words: frozenset[str], count: int = 10
) -> tuple[str, ...]:
    counts = Counter(
        word.lower() for sentence in candidates for word in sentence.words if word.lower() not in stop_words
    )
    return tuple(word for word, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:count])


def sumy_document(document: Document, candidates: Sequence[Sentence]) -> ObjectDocumentModel:
    """The candidates as a sumy document, grouped by paragraph, the title as its heading."""
    tokenizer = SumyTokenizer(document.language.name)
    paragraphs: dict[int, list[SumySentence]] = {}
    for sentence in candidates:
        paragraphs.setdefault(sentence.paragraph, []).append(SumySentence(sentence.text, tokenizer))
    if document.title:
        heading = SumySentence(document.title, tokenizer, is_heading=True)
        paragraphs.setdefault(-1, []).insert(0, heading)
    return ObjectDocumentModel(tuple(SumyParagraph(paragraphs[key]) for key in sorted(paragraphs)))


def sumy_rater(name: str, *, linear: bool = False) -> Callable[[Document, Sequence[Sentence]], list[float]]:
    """A rater that runs sumy's `name` algorithm unchanged.

    `linear` memoises the stemmer and, for Luhn, looks significant words up in a set:
    the same ratings, in time linear in the document's length.
    """

    def rate(document: Document, candidates: Sequence[Sentence]) -> list[float]:
        if not candidates:
            return []
        summarizer = _summarizer(name, document, candidates, linear)
        summarizer(sumy_document(document, candidates), len(candidates))
        ratings: list[float] = summarizer.ratings
        return ratings

    rate.__name__ = f"{'linear' if linear else 'sumy'}_{name}"
    return rate
