"""Tune and check the parameters of the `news` summarizer on development sets.

    python benchmarks/bench_summary_news_tuning.py HUMAN.jsonl BBC.jsonl [--grid]

Without `--grid` it scores the shipped parameters (`NewsParameters()`) and Lead-3 on each
half of each file (even and odd lines) and on the whole file. With `--grid` it first
searches small grids on the even halves: the lead-mode settings on the human-written set
(maximising the mean plus the worst margin over Lead-3 of ROUGE-1/2/L), the layout-mode
weight on BBC (ROUGE-1); then it reports the best settings on the odd halves, which the
search never saw. `--flat` scores every article in lead mode (no layout switch).
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarizers.algorithms.base import select_sentences
from summarizers.algorithms.news import NewsParameters, ratings, sentence_features
from summarizers.document import parse_document
from summarizers.evaluate import ROUGE_TYPES, Article, load_articles


class Dataset:
    """Articles parsed once, their features computed once, ROUGE memoised per chosen set."""

    def __init__(self, name: str, articles: Sequence[Article]) -> None:
        from rouge_score import rouge_scorer

        self.name = name
        self.articles = list(articles)
        self.documents = [parse_document(a.text, title=a.title, language=a.language) for a in self.articles]
        self.candidates = [document.candidates for document in self.documents]
        pairs = list(zip(self.documents, self.candidates, strict=True))
        self.features = [sentence_features(document, candidates) for document, candidates in pairs]
        flat = NewsParameters(use_layout=False)
        self.flat_features = [sentence_features(document, candidates, flat) for document, candidates in pairs]
        self._scorer = rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)
        self._memo: dict[tuple[int, tuple[int, ...]], tuple[float, float, float]] = {}

    def rouge(self, article: int, chosen: tuple[int, ...]) -> tuple[float, float, float]:
        key = (article, chosen)
        if key not in self._memo:
            by_index = {s.index: s.text for s in self.candidates[article]}
            prediction = "\n".join(by_index[i] for i in chosen)
            scores = self._scorer.score("\n".join(self.articles[article].reference), prediction)
            r1, r2, rl = (100 * scores[name].fmeasure for name in ROUGE_TYPES)
            self._memo[key] = (r1, r2, rl)
        return self._memo[key]

    def score(self, subset: Sequence[int], parameters: NewsParameters | None) -> tuple[float, float, float]:
        totals = [0.0, 0.0, 0.0]
        for k in subset:
            candidates = self.candidates[k]
            if parameters is None:
                rated: Sequence[float] = [-float(i) for i in range(len(candidates))]
            else:
                features = self.features if parameters.use_layout else self.flat_features
                rated = ratings(features[k], parameters)
            summary = select_sentences("news", candidates, rated, 3)
            for i, value in enumerate(self.rouge(k, tuple(s.index for s in summary.sentences))):
                totals[i] += value
        count = max(len(subset), 1)
        return (totals[0] / count, totals[1] / count, totals[2] / count)


def lead_objective(human: Dataset, parameters: NewsParameters, lead: tuple[float, float, float]) -> float:
    """Lead mode, on the even half of the human-written set: mean and worst margin over Lead-3."""
    scores = human.score(range(0, len(human.articles), 2), parameters)
    margins = [scores[i] - lead[i] for i in range(3)]
    return sum(margins) / 3 + min(margins)


def layout_objective(bbc: Dataset, parameters: NewsParameters) -> float:
    """Layout mode, on the even half of the BBC set: ROUGE-1."""
    return bbc.score(range(0, len(bbc.articles), 2), parameters)[0]


# Lead mode sees flat text and one-sentence paragraphs (the human-written set), layout
# mode paragraphs of several sentences (the BBC set), so each is tuned on its own set.
LEAD_GRID: dict[str, Sequence[Any]] = {
    "position_decay": (0.5, 1.0, 2.0),
    "centrality": (0.0, 0.15, 0.3, 0.6),
    "backward": (-1.0, -0.5, 0.0),
    "quote": (0.0, 0.2, 0.5),
    "redundancy": (0.0, 0.3, 0.6),
    "reaction": (0.0, 1.0),
}
LAYOUT_GRID: dict[str, Sequence[Any]] = {"degree": (0.0, 0.25, 0.5, 0.75, 1.0), "lead": (0.0, 0.1, 0.2, 0.3)}


def search(grid: dict[str, Sequence[Any]], value: Any, start: NewsParameters) -> NewsParameters:
    best: tuple[float, NewsParameters] | None = None
    names = list(grid)
    for values in itertools.product(*(grid[name] for name in names)):
        candidate = dataclasses.replace(start, **dict(zip(names, values, strict=True)))
        score = value(candidate)
        if best is None or score > best[0]:
            best = (score, candidate)
            print(f"{score:.3f} {dict(zip(names, values, strict=True))}", flush=True)
    assert best is not None
    return best[1]


def row(name: str, values: tuple[float, float, float]) -> str:
    return f"| {name} | {values[0]:.2f} | {values[1]:.2f} | {values[2]:.2f} |"


def report(human: Dataset, bbc: Dataset, parameters: NewsParameters) -> None:
    for dataset in (human, bbc):
        n = len(dataset.articles)
        print(f"\n{dataset.name} ({n} articles), ROUGE-1/2/L F1 x100 at 3 sentences\n")
        print("| system / half | ROUGE-1 | ROUGE-2 | ROUGE-L |\n|---|---:|---:|---:|")
        for label, subset in (("even", range(0, n, 2)), ("odd", range(1, n, 2)), ("all", range(n))):
            print(row(f"lead-3 / {label}", dataset.score(subset, None)))
            print(row(f"news / {label}", dataset.score(subset, parameters)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("human", type=Path, help="human-written news JSONL (CNN/DailyMail)")
    parser.add_argument("bbc", type=Path, help="BBC News JSONL")
    parser.add_argument("--grid", action="store_true", help="search the grid on the even half first")
    parser.add_argument("--flat", action="store_true", help="lead mode for every article")
    args = parser.parse_args(argv)
    human = Dataset(args.human.name, load_articles(args.human))
    bbc = Dataset(args.bbc.name, load_articles(args.bbc))
    parameters = NewsParameters()
    if args.grid:
        lead = human.score(range(0, len(human.articles), 2), None)
        parameters = search(LEAD_GRID, lambda p: lead_objective(human, p, lead), parameters)
        parameters = search(LAYOUT_GRID, lambda p: layout_objective(bbc, p), parameters)
        print(f"\nbest on the even halves: {parameters}")
    if args.flat:
        parameters = dataclasses.replace(parameters, use_layout=False)
    report(human, bbc, parameters)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
