"""Score summarization algorithms on a JSONL file and print a markdown table.

    python -m summarizers.evaluate DATA.jsonl [--sentences 3] [--algorithms lead news lexrank ...]

Each line of DATA.jsonl is a record with `text` and `reference` (a list of sentences or one
string), optionally `title` and `language`. Every algorithm summarizes every article through
the library (`parse_document` then `summarize`, as the API does), and the table shows the mean
ROUGE-1, ROUGE-2 and ROUGE-L F1 (x100) against the reference and the mean time per article
(parsing plus summarizing).

ROUGE is Google's `rouge-score` package (the `bench` extra) with the Porter stemmer. ROUGE-L
is ROUGE-Lsum: summary and reference are split into sentences and joined by newlines, the
way the summarization literature reports it on CNN/DailyMail. `lead` (the first N candidate
sentences) is the Lead-3 baseline at the default 3 sentences.

By default every public algorithm (`ALGORITHMS`) runs; `--reference` adds sumy's original
implementations (`sumy-lexrank`, ...) for comparison, which are slow on long articles.
`--split even|odd` scores only every other article, for a tune-on-one-half,
report-on-the-other check. `--no-title` drops each record's `title`, as a client that sends
only the text would.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from summarizers.algorithms import ALGORITHMS, REFERENCE_ALGORITHMS, Summary, summarize
from summarizers.document import parse_document

ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    reference: tuple[str, ...]
    title: str | None = None
    language: str = "english"


@dataclass(frozen=True, slots=True)
class Score:
    algorithm: str
    rouge1: float
    rouge2: float
    rouge_l: float
    seconds_per_article: float
    articles: int


def load_articles(path: Path, split: str | None = None) -> list[Article]:
    """The records of a JSONL file; `split` keeps the even or odd lines only."""
    articles = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if not line.strip():
                continue
            if split is not None and number % 2 != (split == "odd"):
                continue
            record = json.loads(line)
            reference = record["reference"]
            articles.append(
                Article(
                    id=str(record.get("id", number)),
                    text=record["text"],
                    reference=tuple(reference) if isinstance(reference, list) else (reference,),
                    title=record.get("title"),
                    language=record.get("language", "english"),
                )
            )
    return articles


def rouge_scorer() -> Any:
    """ROUGE-1, ROUGE-2 and ROUGE-Lsum with the Porter stemmer, as every score here is computed."""
    try:
        from rouge_score.rouge_scorer import RougeScorer
    except ImportError:  # pragma: no cover - depends on the environment
        sys.exit("rouge-score is missing: pip install -e '.[bench]'")
    return RougeScorer(list(ROUGE_TYPES), use_stemmer=True)


def summaries(articles: Sequence[Article], algorithm: str, sentences: int) -> tuple[list[Summary], float]:
    """Every article's summary by `algorithm`, and the mean seconds per article."""
    results = []
    started = time.perf_counter()
    for article in articles:
        document = parse_document(article.text, title=article.title, language=article.language)
        results.append(summarize(document, algorithm=algorithm, sentences=sentences))
    return results, (time.perf_counter() - started) / max(len(articles), 1)


def article_fmeasures(scorer: Any, article: Article, sentences: Sequence[str]) -> tuple[float, ...]:
    """ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 of one article's chosen sentences."""
    scores = scorer.score("\n".join(article.reference), "\n".join(sentences))
    return tuple(scores[name].fmeasure for name in ROUGE_TYPES)


def rouge(scorer: Any, articles: Sequence[Article], chosen: Sequence[Sequence[str]]) -> tuple[float, ...]:
    """Mean ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (x100) of the chosen sentences per article."""
    totals = [0.0] * len(ROUGE_TYPES)
    for article, sentences in zip(articles, chosen, strict=True):
        for index, fmeasure in enumerate(article_fmeasures(scorer, article, sentences)):
            totals[index] += fmeasure
    return tuple(100 * total / max(len(articles), 1) for total in totals)


def evaluate(articles: Sequence[Article], algorithms: Iterable[str], sentences: int = 3) -> list[Score]:
    scorer = rouge_scorer()
    scores = []
    for name in algorithms:
        results, seconds = summaries(articles, name, sentences)
        chosen = [[sentence.text for sentence in summary.sentences] for summary in results]
        rouge1, rouge2, rouge_l = rouge(scorer, articles, chosen)
        scores.append(Score(name, rouge1, rouge2, rouge_l, seconds, len(articles)))
    return scores


def markdown_table(scores: Sequence[Score]) -> str:
    rows = [
        "| algorithm | ROUGE-1 | ROUGE-2 | ROUGE-L | ms / article |",
        "|---|---:|---:|---:|---:|",
    ]
    rows += [
        f"| {s.algorithm} | {s.rouge1:.1f} | {s.rouge2:.1f} | {s.rouge_l:.1f} | "
        f"{1000 * s.seconds_per_article:.1f} |"
        for s in scores
    ]
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path, help="JSONL file of {text, reference[, title]} records")
    parser.add_argument("--sentences", type=int, default=3, help="summary length (default 3)")
    parser.add_argument("--algorithms", nargs="+", help="algorithms to run (default: all public ones)")
    parser.add_argument("--reference", action="store_true", help="also run sumy's original implementations")
    parser.add_argument("--split", choices=("even", "odd"), help="score every other article only")
    parser.add_argument("--limit", type=int, help="score the first N articles only")
    parser.add_argument("--no-title", action="store_true", help="ignore the records' titles")
    args = parser.parse_args(argv)
    names = list(args.algorithms or ALGORITHMS)
    if args.reference and not args.algorithms:
        names += list(REFERENCE_ALGORITHMS)
    unknown = [name for name in names if name not in ALGORITHMS and name not in REFERENCE_ALGORITHMS]
    if unknown:
        parser.error(f"unknown algorithms: {', '.join(unknown)}")
    articles = load_articles(args.data, args.split)[: args.limit]
    if args.no_title:
        articles = [replace(article, title=None) for article in articles]
    scores = evaluate(articles, names, args.sentences)
    median = statistics.median(len(article.text.split()) for article in articles) if articles else 0
    print(
        f"{args.data.name}: {len(articles)} articles (median {median:.0f} words), "
        f"{args.sentences} sentences, ROUGE F1 x100 (rouge-score, stemmed; ROUGE-L = ROUGE-Lsum)\n"
    )
    print(markdown_table(scores))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
