"""`news`: the default summarizer, tuned for news articles.

News is written as an inverted pyramid, so on human-written news the first sentences
are a baseline (Lead-3) that the classic centrality algorithms do not beat. `news`
keeps the lead bias as a prior and uses the rest of the article to decide which early
sentences to keep and which to replace. It has two modes, chosen by the document's
layout.

Lead mode: flat text (one paragraph, or no title), the usual shape of wire copy and
of the CNN/DailyMail articles with human-written highlights:

    score_i = 1 / (1 + i)^POSITION_DECAY + CENTRALITY * centrality_i - QUOTE * quote_i

- i is the sentence's rank among the candidates (0 is the first body sentence:
  headline, section labels and page furniture are never candidates).
- centrality_i is PacSum's directed centrality (Zheng & Lapata, 2019): the summed
  TF-IDF cosine similarity of sentence i to the sentences after it, plus BACKWARD
  times that to the sentences before it, scaled to at most 1 over the article. A lead
  sentence announces what the rest of the article develops.
- quote_i is 1 for a sentence that opens with a quotation mark: what someone said is
  colour, rarely the news itself.
The sentences are then chosen greedily by maximal marginal relevance (Carbonell &
Goldstein, 1998): each pick maximises score_i - REDUNDANCY * its largest similarity to
a sentence already picked. The first MMR_PICKS picks are rated in pick order, above
every other sentence; the rest keep their score.

Layout mode: a titled article with several paragraphs (the BBC set):

    score_i = textrank_i + DEGREE * degree_i

- textrank_i is TextRank (sumy's formulation, `fast.textrank_scores`) scaled to a
  maximum of 1.
- degree_i is the sentence's summed word overlap with every other sentence, each
  pair divided by the square root of the product of their lengths, on lower-cased
  words without stop words or stemming, scaled to a maximum of 1.
This mode wins on the BBC set, whose references are long machine-made extracts
(about 8 sentences) that favour long, central sentences; any lead prior costs it
ROUGE there. `use_layout=False` puts every article in lead mode.

In both modes, sentences of fewer than MIN_WORDS words ("Scroll down for video.")
are rated below every other sentence, and `select_sentences` drops near-duplicates.
Word vectors use sumy's stemmer and stop words for the document's language, so the
method works in every supported language.

Parameters (`NewsParameters`), tuned by grid search on the even-numbered articles of
each development set and checked on the odd ones
(`benchmarks/bench_summary_news_tuning.py --grid`); nothing is trained or downloaded:

    POSITION_DECAY = 0.5   CENTRALITY = 0.3   BACKWARD = 0.0   QUOTE = 0.2
    REDUNDANCY = 0.3       MMR_PICKS = 30     DEGREE = 0.5     MIN_WORDS = 5

Cost: linear in the document's length apart from the sparse similarity products
(computed in row blocks) and MMR, which looks at MMR_PICKS sentences only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter, itemgetter

import numpy as np
import numpy.typing as npt
from scipy import sparse

from summarizers.algorithms import fast
from summarizers.algorithms.base import _content_words, _near_duplicates
from summarizers.document import Document, Sentence

FloatArray = npt.NDArray[np.float64]

NEWS_DESCRIPTION = (
    "News (default): a lead-position prior plus PacSum's directed centrality, a penalty for "
    "bare quotations and MMR redundancy removal; for a titled article with paragraphs, TextRank "
    "plus word-overlap degree. Tuned on news (CNN/DailyMail and BBC development sets)."
)

_QUOTES = "'\"‘’“”«»„‚"
# A quotation attributed to an anonymous voice: a social-media reaction or a vox pop
# ("..., another added.", "..., one person wrote.", "..., wrote a third.", "..., guessed another.").
_ANONYMOUS = (
    r"(?:another(?: (?:one|person|user|fan|viewer|commenter))?"
    r"|one (?:person|user|fan|viewer|commenter|follower)"
    r"|(?:a|the) (?:second|third|fourth|fifth)(?: (?:person|user|fan))?"
    r"|someone(?: else)?|others?|many|some|one)"
)
_VERB = r"[a-z]+(?:ed|ote|aid|ked|ied|eet(?:ed)?)"
_REACTION = re.compile(
    rf"[,!?…]\s*['\"’”»]?\s*(?:{_ANONYMOUS}\s+(?:also\s+|simply\s+|even\s+)?{_VERB}|{_VERB}\s+{_ANONYMOUS})\b[^'\"‘’“”«»]{{0,80}}[.!]?['\"’”»]?$",
    re.IGNORECASE,
)
_REACTION_TAIL = 240
_QUOTED_SPAN = re.compile(r"“[^”]*”?|\"[^\"]*\"?|«[^»]*»?|„[^“”]*[“”]?")
_QUOTATION_OPENERS = '“"«„'  # the marks a _QUOTED_SPAN starts with
# Any of them, found in one scan of the sentence instead of one per mark.
_QUOTATION_OPENER = re.compile(f"[{re.escape(_QUOTATION_OPENERS)}]")
# A question mark or a quotation opener: a text without either is not colour (`_colour`).
_MAY_BE_COLOUR = re.compile(f"[?{re.escape(_QUOTATION_OPENERS)}]").search
_FIRST_CHARACTER = itemgetter(slice(None, 1))
_TEXT_OF = attrgetter("text")
_WORDS_OF = attrgetter("words")
_BLOCK_ROWS = 256
# Candidates after the first in which a fuller restatement of it (the lead after a standfirst) is looked for.
STANDFIRST_WINDOW = 5
# How many sentences apart two sentences may be to count in each other's TextRank
# centrality: the whole graph of any article up to this length (the development
# articles have at most 114 candidates), a neighbourhood of this size in a long
# report or book, which keeps the graph linear in its length.
CENTRALITY_REACH = 150
# Mean candidate sentences per paragraph from which an article is summarized in layout mode.
LAYOUT_SENTENCES_PER_PARAGRAPH = 1.5


@dataclass(frozen=True, slots=True)
class NewsParameters:
    """The settings of `news`; the defaults are the shipped, tuned values."""

    # Lead mode (flat text: one paragraph and no title).
    position_decay: float = 0.5
    centrality: float = 0.3
    backward: float = 0.0
    quote: float = 0.2
    redundancy: float = 0.3
    mmr_picks: int = 30
    # Layout mode (several paragraphs).
    degree: float = 0.5
    lead: float = 0.0
    use_layout: bool = True
    # Both modes.
    min_words: int = 5
    reaction: float = 1.0


DEFAULT_PARAMETERS = NewsParameters()


@dataclass(frozen=True, slots=True)
class SentenceFeatures:
    """What `news` knows about the candidates of one document, computed once.

    Lead mode fills `unit_vectors`, `forward` and `backward`; layout mode `textrank`
    and `degree`.
    """

    layout: bool  # layout mode (a titled article with several paragraphs)
    quote: FloatArray  # 1.0 for a bare quotation
    reaction: FloatArray  # 1.0 for colour: an anonymous reaction, a question, mostly quotation
    word_counts: FloatArray
    unit_vectors: sparse.csr_matrix | None = None  # L2-normalised TF-IDF rows
    forward: FloatArray | None = None  # summed similarity to the later candidates
    backward: FloatArray | None = None  # summed similarity to the earlier candidates
    textrank: FloatArray | None = None  # TextRank scores scaled to a maximum of 1
    degree: FloatArray | None = None  # surface-word degree scaled to a maximum of 1


def is_structured(document: Document) -> bool:
    """Paragraphs of several sentences (at least LAYOUT_SENTENCES_PER_PARAGRAPH on average).

    The BBC articles (about 4 sentences a paragraph) are summarized in layout mode,
    with or without a title. Articles written one sentence to a paragraph (the example
    article, the CNN/DailyMail articles that have paragraphs, most online news) and
    flat text stay in lead mode, where the lead is the best evidence.
    """
    paragraphs = len(document.paragraphs)
    return paragraphs > 1 and len(document.candidates) >= LAYOUT_SENTENCES_PER_PARAGRAPH * paragraphs


def sentence_features(
    document: Document, candidates: Sequence[Sentence], parameters: NewsParameters = DEFAULT_PARAMETERS
) -> SentenceFeatures:
    language = document.language.name
    texts = list(map(_TEXT_OF, candidates))
    word_lists = list(map(_WORDS_OF, candidates))
    # A bare quotation opens with a quotation mark: text[:1] in _QUOTES, without a Python call per sentence.
    quote = np.fromiter(
        map(_QUOTES.__contains__, map(_FIRST_CHARACTER, texts)), dtype=np.float64, count=len(texts)
    )
    reaction = _colour(texts)
    word_counts = np.fromiter(map(len, word_lists), np.float64, len(texts))
    words, distinct_words = fast.word_counts(word_lists)
    counts = fast.merge_columns(words, distinct_words, fast.content_term(language))
    if parameters.use_layout and is_structured(document):
        return SentenceFeatures(
            layout=True,
            quote=quote,
            reaction=reaction,
            word_counts=word_counts,
            textrank=_scaled(fast.textrank_scores(counts, reach=CENTRALITY_REACH)),
            degree=_scaled(
                _surface_degree(
                    fast.merge_columns(words, distinct_words, fast.content_term(language, stemmed=False))
                )
            ),
        )
    n = len(candidates)
    document_frequency = np.diff(sparse.csc_matrix(counts).indptr)
    idf = np.log((n + 1.0) / (document_frequency + 1.0)) + 1.0
    unit = _unit_rows(sparse.csr_matrix(counts @ sparse.diags(idf)))
    forward, backward = directed_similarity(unit)
    return SentenceFeatures(
        layout=False,
        quote=quote,
        reaction=reaction,
        word_counts=word_counts,
        unit_vectors=unit,
        forward=forward,
        backward=backward,
    )


def directed_similarity(unit: sparse.csr_matrix) -> tuple[FloatArray, FloatArray]:
    """For each row, its summed dot product with the later rows and with the earlier ones.

    forward_i = u_i . (sum of the rows after i): the rows are walked in blocks from the
    end, each block's rows dotted with the running sum of the rows after the block plus
    their products with the later rows of their own block. Linear in the number of
    non-zeros apart from the small in-block products; backward follows from the total:
    backward_i = u_i . (sum of all rows) - u_i . u_i - forward_i.
    """
    n, terms = unit.shape
    forward = np.zeros(n)
    after = np.zeros(terms)
    for start in range(((n - 1) // _BLOCK_ROWS) * _BLOCK_ROWS if n else 0, -1, -_BLOCK_ROWS):
        block = sparse.csr_matrix(unit[start : start + _BLOCK_ROWS])
        local = sparse.triu(block @ block.T, k=1, format="csr")
        forward[start : start + block.shape[0]] = np.asarray(local.sum(axis=1)).ravel() + block @ after
        after += np.asarray(block.sum(axis=0)).ravel()
    own = np.asarray(unit.multiply(unit).sum(axis=1)).ravel()
    backward = unit @ after - own - forward
    return forward, backward


def _unit_rows(matrix: sparse.csr_matrix) -> sparse.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    inverse = np.divide(1.0, norms, out=np.zeros_like(norms), where=norms > 0)
    return sparse.csr_matrix(sparse.diags(inverse) @ matrix)


def _scaled(values: FloatArray) -> FloatArray:
    peak = float(np.max(np.abs(values))) if len(values) else 0.0
    return values / peak if peak > 0 else values


def _surface_degree(counts: sparse.csr_matrix) -> FloatArray:
    """Sum over the other sentences of shared words / sqrt(length_i * length_j).

    `counts` are of lower-cased words without stop words, not stemmed. With D the
    counts divided by the square root of each sentence's length, this is D (D^T 1)
    minus the diagonal: linear in the document's length.
    """
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    inverse = np.divide(1.0, np.sqrt(lengths), out=np.zeros_like(lengths), where=lengths > 0)
    scaled = sparse.csr_matrix(sparse.diags(inverse) @ counts)
    totals = np.asarray(scaled.sum(axis=0)).ravel()
    self_similarity = np.asarray(scaled.multiply(scaled).sum(axis=1)).ravel()
    result: FloatArray = scaled @ totals - self_similarity
    return result


def quoted_share(text: str) -> float:
    """The share of the sentence's characters inside quotation marks."""
    inside = sum(len(match.group()) for match in _QUOTED_SPAN.finditer(text))
    return inside / len(text) if text else 0.0


def _colour(texts: Sequence[str]) -> FloatArray:
    """1.0 for each text that `is_colour`.

    Colour needs a question mark or a quotation opener, which one scan of each text in C
    finds; `is_colour` is only asked about the texts that have one.
    """
    colour = np.zeros(len(texts))
    maybe = list(compress(range(len(texts)), map(_MAY_BE_COLOUR, texts)))
    colour[maybe] = list(map(is_colour, [texts[position] for position in maybe]))
    return colour


def is_colour(text: str) -> bool:
    """Colour rather than news: a quotation attributed to an anonymous voice, or a question.

    "“Wait, ... healthcare,” another added." / "..., one person wrote." / "..., wrote a third."
    are social-media reactions and vox pops; a sentence ending in a question mark asks
    rather than tells.
    """
    stripped = text.rstrip("'\"‘’“”«» ")
    if stripped.endswith("?"):
        return True
    if _QUOTATION_OPENER.search(text) is None:
        return False  # nothing is quoted: quoted_share is 0
    # The attribution ends the sentence within about 150 characters: only the tail is searched.
    return _REACTION.search(text[-_REACTION_TAIL:]) is not None and quoted_share(text) >= 0.2


def scores(features: SentenceFeatures, parameters: NewsParameters = DEFAULT_PARAMETERS) -> FloatArray:
    """Each candidate's score before redundancy removal (see the module docstring)."""
    n = len(features.word_counts)
    if features.layout:
        assert features.textrank is not None and features.degree is not None
        prior = 1.0 / np.sqrt(1.0 + np.arange(n))
        score = features.textrank + parameters.degree * features.degree + parameters.lead * prior
    else:
        assert features.forward is not None and features.backward is not None
        prior = 1.0 / (1.0 + np.arange(n)) ** parameters.position_decay
        centrality = _scaled(features.forward + parameters.backward * features.backward)
        score = prior + parameters.centrality * centrality - parameters.quote * features.quote
    score = score - parameters.reaction * features.reaction
    too_short = features.word_counts < parameters.min_words
    if too_short.any() and not too_short.all():
        score[too_short] = score[~too_short].min() - 1.0
    result: FloatArray = score
    return result


def ratings(features: SentenceFeatures, parameters: NewsParameters = DEFAULT_PARAMETERS) -> list[float]:
    """Scores; in lead mode the first MMR picks move to the top in the order MMR picks them."""
    score = scores(features, parameters)
    n = len(score)
    if n == 0 or features.layout or parameters.redundancy == 0:
        plain: list[float] = score.tolist()
        return plain
    assert features.unit_vectors is not None
    unit = features.unit_vectors
    picks = min(parameters.mmr_picks, n)
    result = score.copy()
    top = score.max()
    redundancy = np.zeros(n)
    available = np.ones(n, dtype=bool)
    row = np.zeros(unit.shape[1])
    for rank in range(picks):
        value = np.where(available, score - parameters.redundancy * redundancy, -np.inf)
        best = int(np.argmax(value))
        available[best] = False
        result[best] = top + 1.0 + (picks - rank)
        start, end = unit.indptr[best], unit.indptr[best + 1]
        row[unit.indices[start:end]] = unit.data[start:end]
        np.maximum(redundancy, unit @ row, out=redundancy)
        row[unit.indices[start:end]] = 0.0
    ranked: list[float] = result.tolist()
    return ranked


def repeated_standfirst(candidates: Sequence[Sentence], window: int = STANDFIRST_WINDOW) -> int | None:
    """The lead sentence that restates the first candidate (a standfirst) more fully, if any.

    A standfirst ("Netflix has sparked outrage after announcing a $1.3 million-per-year
    AI job ...") is often repeated, with more detail, by the article's first sentence
    ("Netflix has sparked outrage by announcing it is hiring a $1.3 million-per-year AI
    job ..."). The reader wants the fuller one.
    """
    if len(candidates) < 2 or candidates[1].paragraph == candidates[0].paragraph:
        return None  # the first candidate is not a paragraph of its own
    first = _content_words(candidates[0])
    for position in range(1, min(window + 1, len(candidates))):
        words = _content_words(candidates[position])
        if len(words) > len(first) and _near_duplicates(first, words):
            return position
    return None


def rate_news(document: Document, candidates: Sequence[Sentence]) -> list[float]:
    if not candidates:
        return []
    rated = ratings(sentence_features(document, candidates))
    lead = repeated_standfirst(candidates)
    if lead is not None and rated[0] > rated[lead]:
        rated[0], rated[lead] = rated[lead], rated[0]
    return rated
