"""`news`: a lead-biased, position-aware centrality summarizer for news articles.

News is written as an inverted pyramid, so on human-written news the first
sentences are a strong baseline (Lead-3) that classic centrality algorithms do not
beat. `news` keeps the lead bias as a prior and uses the rest of the article to choose
which early sentences to keep and which to replace:

    score_i = prior_i + CENTRALITY * centrality_i + TITLE * title_i - QUOTE * quote_i

- prior_i = 1 / (1 + i)^POSITION_DECAY for the i-th candidate sentence (0 is the first
  body sentence: headline, section labels and page furniture are never candidates).
- centrality_i is PacSum's directed centrality (Zheng & Lapata, 2019): the summed
  TF-IDF cosine similarity of sentence i to the sentences after it, plus
  BACKWARD times that to the sentences before it (BACKWARD < 0: a sentence that
  repeats what came before is not news), scaled to at most 1 over the article.
- title_i is the cosine similarity to the title or headline, when there is one.
- quote_i is 1 for a sentence that is only a quotation (it opens with a quotation
  mark): what someone said is colour, rarely the news itself.
- Sentences of fewer than MIN_WORDS words ("Scroll down for video.", a bare byline)
  get the score of the worst sentence minus one.

The sentences are then chosen greedily by maximal marginal relevance (Carbonell &
Goldstein, 1998): each pick maximises score_i - REDUNDANCY * max similarity to the
sentences already picked, so the summary does not say the same thing twice. The first
`MMR_PICKS` picks get ratings in pick order, above every other sentence; the rest keep
their score. Word vectors are lower-cased, stop-word-free, stemmed words (sumy's
stemmer and stop words for the document's language) weighted by TF-IDF over the
article's sentences, so the method works in every supported language.

The parameters are few and were chosen on the two development sets (BBC News and
CNN/DailyMail with human-written highlights), tuned on one half of each and checked
on the other (`benchmarks/bench_summary_news_tuning.py`); nothing is trained or
downloaded. Everything is linear in the document's length except the similarity
products, which are sparse and computed in row blocks, and MMR, which looks at
`MMR_PICKS` sentences only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy import sparse

from summarizers.algorithms.fast import content_stems, count_matrix, row_sums
from summarizers.document import Document, Sentence
from summarizers.text import words

FloatArray = npt.NDArray[np.float64]

NEWS_DESCRIPTION = (
    "News (default): lead-position prior plus PacSum's directed centrality, similarity to the "
    "title, a penalty for bare quotations and MMR redundancy removal; tuned for news articles."
)

_QUOTES = "'\"‘’“”«»„‚"
_SIMILARITY_BLOCK_ROWS = 1024


@dataclass(frozen=True, slots=True)
class NewsParameters:
    """The settings of `news`; the defaults are the shipped, tuned values."""

    position_decay: float = 1.0
    centrality: float = 0.3
    backward: float = -0.5
    title: float = 0.3
    quote: float = 0.2
    redundancy: float = 0.3
    min_words: int = 5
    mmr_picks: int = 30


DEFAULT_PARAMETERS = NewsParameters()


@dataclass(frozen=True, slots=True)
class SentenceFeatures:
    """What `news` knows about the candidates of one document, computed once."""

    unit_vectors: sparse.csr_matrix  # rows: L2-normalised TF-IDF vectors of the candidates
    forward: FloatArray  # summed similarity to the later candidates
    backward: FloatArray  # summed similarity to the earlier candidates
    title: FloatArray  # similarity to the title (zeros without one)
    quote: FloatArray  # 1.0 for a bare quotation
    word_counts: FloatArray


def sentence_features(document: Document, candidates: Sequence[Sentence]) -> SentenceFeatures:
    language = document.language.name
    token_lists = [content_stems(sentence, language) for sentence in candidates]
    title_tokens = _title_stems(document, language)
    vocabulary: dict[str, int] = {}
    counts = count_matrix([*token_lists, title_tokens], vocabulary)
    sentence_counts = sparse.csr_matrix(counts[: len(candidates)])
    n = len(candidates)
    document_frequency = np.asarray((sentence_counts > 0).sum(axis=0)).ravel()
    idf = np.log((n + 1.0) / (document_frequency + 1.0)) + 1.0
    weighted = sparse.csr_matrix(counts @ sparse.diags(idf))
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    inverse = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    unit = sparse.csr_matrix(sparse.diags(inverse) @ weighted)
    sentences, title_vector = sparse.csr_matrix(unit[:n]), unit[n]
    forward = np.zeros(n)
    backward = np.zeros(n)
    transposed = sparse.csr_matrix(sentences.T)
    for start in range(0, n, _SIMILARITY_BLOCK_ROWS):
        block = sparse.csr_matrix(sentences[start : start + _SIMILARITY_BLOCK_ROWS] @ transposed)
        rows = start + np.repeat(np.arange(block.shape[0]), np.diff(block.indptr))
        columns = block.indices
        later = columns > rows
        earlier = columns < rows
        forward += row_sums(rows[later], block.data[later], n)
        backward += row_sums(rows[earlier], block.data[earlier], n)
    title = np.asarray((sentences @ title_vector.T).todense()).ravel()
    quote = np.array([1.0 if _is_bare_quotation(sentence.text) else 0.0 for sentence in candidates])
    word_counts = np.array([float(len(sentence.words)) for sentence in candidates])
    return SentenceFeatures(sentences, forward, backward, title, quote, word_counts)


def _title_stems(document: Document, language: str) -> list[str]:
    if not document.title:
        return []
    from summarizers.algorithms.fast import stemmer, stop_words

    stop = stop_words(language)
    stem = stemmer(language)
    return [stem(word) for word in (w.lower() for w in words(document.title)) if word not in stop]


def _is_bare_quotation(text: str) -> bool:
    return text[:1] in _QUOTES


def scores(features: SentenceFeatures, parameters: NewsParameters = DEFAULT_PARAMETERS) -> FloatArray:
    """Each candidate's score before redundancy removal (see the module docstring)."""
    n = len(features.forward)
    prior = 1.0 / (1.0 + np.arange(n)) ** parameters.position_decay
    centrality = features.forward + parameters.backward * features.backward
    peak = np.max(np.abs(centrality)) if n else 0.0
    if peak > 0:
        centrality = centrality / peak
    score = (
        prior
        + parameters.centrality * centrality
        + parameters.title * features.title
        - parameters.quote * features.quote
    )
    too_short = features.word_counts < parameters.min_words
    if too_short.any() and not too_short.all():
        score[too_short] = score[~too_short].min() - 1.0
    result: FloatArray = score
    return result


def ratings(features: SentenceFeatures, parameters: NewsParameters = DEFAULT_PARAMETERS) -> list[float]:
    """Scores, with the first MMR picks moved to the top in the order MMR picks them."""
    score = scores(features, parameters)
    n = len(score)
    if n == 0:
        return []
    picks = min(parameters.mmr_picks, n)
    result = score.copy()
    top = score.max()
    redundancy = np.zeros(n)
    available = np.ones(n, dtype=bool)
    transposed = sparse.csr_matrix(features.unit_vectors.T)
    for rank in range(picks):
        value = np.where(available, score - parameters.redundancy * redundancy, -np.inf)
        best = int(np.argmax(value))
        available[best] = False
        result[best] = top + 1.0 + (picks - rank)
        similarity = np.asarray((features.unit_vectors[best] @ transposed).todense()).ravel()
        np.maximum(redundancy, similarity, out=redundancy)
    ranked: list[float] = result.tolist()
    return ranked


def rate_news(document: Document, candidates: Sequence[Sentence]) -> list[float]:
    if not candidates:
        return []
    return ratings(sentence_features(document, candidates))
