"""Score summaries served by `POST /summarize` on held-out articles, against Lead-3 and sumy.

    .venv/bin/python benchmarks/score_heldout_summaries.py DATA.jsonl [--algorithms news lead ...]
        [--sentences 3] [--no-title] [--resamples 10000]

DATA.jsonl holds `{text, reference[, title, id]}` records, as `python -m summarizers.evaluate`
reads them. Unlike that script, which calls the library, every summary here comes from the
HTTP API (the Flask test client, in process): the request a client sends, `text` (and `title`
unless `--no-title`), `sentences`, the `algorithm` (the default algorithm is asked for by
leaving `algorithm` out), `include: ["summary"]`. Each chosen sentence is checked against its
offsets (`text[start:end]`), then ROUGE-1/2/L F1 is computed as `summarizers.evaluate` does
(rouge-score, stemmed; ROUGE-L as ROUGE-Lsum).

Besides the table, it reports for the default algorithm against each other one the paired
bootstrap: how often, over `--resamples` resamplings of the articles (fixed seed), the default's
mean is above the other's, on each measure.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from api import create_app  # noqa: E402
from summarizers.algorithms import ALGORITHMS, DEFAULT_ALGORITHM  # noqa: E402
from summarizers.evaluate import ROUGE_TYPES, Article, article_fmeasures, load_articles, rouge_scorer  # noqa: E402

BOOTSTRAP_SEED = 20261129


def served_summary(client: Any, article: Article, algorithm: str | None, sentences: int) -> list[str]:
    """The sentences `POST /summarize` chooses, each checked against its offsets."""
    request: dict[str, Any] = {"text": article.text, "sentences": sentences, "include": ["summary"]}
    if article.title:
        request["title"] = article.title
    if algorithm is not None:
        request["algorithm"] = algorithm
    response = client.post("/summarize", json=request)
    if response.status_code != 200:
        raise SystemExit(
            f"{article.id}: HTTP {response.status_code}: {response.get_data(as_text=True)[:300]}"
        )
    chosen = response.get_json()["summary"]["sentences"]
    for sentence in chosen:
        if article.text[sentence["start"] : sentence["end"]] != sentence["text"]:
            raise SystemExit(f"{article.id}: a sentence's offsets do not give its text")
    return [sentence["text"] for sentence in chosen]


def per_article_scores(
    scorer: Any, articles: Sequence[Article], chosen: Sequence[list[str]]
) -> list[tuple[float, ...]]:
    return [
        tuple(100 * fmeasure for fmeasure in article_fmeasures(scorer, article, sentences))
        for article, sentences in zip(articles, chosen, strict=True)
    ]


def means(rows: Sequence[tuple[float, ...]]) -> tuple[float, ...]:
    return tuple(statistics.fmean(row[index] for row in rows) for index in range(len(ROUGE_TYPES)))


def bootstrap_wins(
    default: Sequence[tuple[float, ...]], other: Sequence[tuple[float, ...]], resamples: int
) -> tuple[float, ...]:
    """Share of resamplings of the articles where the default's mean beats the other's, per measure."""
    generator = random.Random(BOOTSTRAP_SEED)
    differences = [
        tuple(a - b for a, b in zip(x, y, strict=True)) for x, y in zip(default, other, strict=True)
    ]
    n = len(differences)
    wins = [0] * len(ROUGE_TYPES)
    for _ in range(resamples):
        sample = [differences[generator.randrange(n)] for _ in range(n)]
        for index in range(len(ROUGE_TYPES)):
            if sum(row[index] for row in sample) > 0:
                wins[index] += 1
    return tuple(win / resamples for win in wins)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--algorithms", nargs="+", help="besides the default (default: every public one)")
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--no-title", action="store_true", help="send the text alone")
    parser.add_argument("--resamples", type=int, default=10_000)
    args = parser.parse_args(argv)
    articles = load_articles(args.data)
    if args.no_title:
        articles = [replace(article, title=None) for article in articles]
    others = [name for name in (args.algorithms or ALGORITHMS) if name != DEFAULT_ALGORITHM]
    client = create_app({"TESTING": True}).test_client()
    scorer = rouge_scorer()
    scores = {
        name: per_article_scores(
            scorer,
            articles,
            [
                served_summary(client, article, None if name == DEFAULT_ALGORITHM else name, args.sentences)
                for article in articles
            ],
        )
        for name in [DEFAULT_ALGORITHM, *others]
    }
    print(
        f"{args.data.name}: {len(articles)} articles through POST /summarize, {args.sentences} sentences, "
        "ROUGE F1 x100 (rouge-score, stemmed; ROUGE-L = ROUGE-Lsum)\n"
    )
    print(
        f"| algorithm | ROUGE-1 | ROUGE-2 | ROUGE-L | {DEFAULT_ALGORITHM} above it "
        "(bootstrap, R1 / R2 / RL) |"
    )
    print("|---|---:|---:|---:|---|")
    for name, rows in scores.items():
        r1, r2, rl = means(rows)
        label = f"**{name}** (default)" if name == DEFAULT_ALGORITHM else name
        wins = (
            ""
            if name == DEFAULT_ALGORITHM
            else " / ".join(
                f"{share:.2f}" for share in bootstrap_wins(scores[DEFAULT_ALGORITHM], rows, args.resamples)
            )
        )
        print(f"| {label} | {r1:.1f} | {r2:.1f} | {rl:.1f} | {wins} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
