"""Do the vectorised algorithms choose what sumy's own code chooses, and how much faster?

    python benchmarks/bench_summary_agreement.py DATA.jsonl [...] [--sentences 3]

For every algorithm with a reference implementation (`lexrank` and `sumy-lexrank`, ...),
on every article: the same set of chosen sentences or not; where not, whether the two
sets have the same ratings (an exact tie in our ratings that sumy breaks by
floating-point noise, so that either choice is the algorithm's answer); and the total
time of each implementation (parse excluded). `--long N` also times each pair once on one
document of about N words made of the articles one after the other.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarizers.algorithms import REFERENCE_ALGORITHMS, get_algorithm
from summarizers.algorithms.base import select_sentences
from summarizers.document import Document, parse_document


def records(paths: Sequence[Path]) -> list[dict[str, str]]:
    result = []
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            result += [json.loads(line) for line in lines if line.strip()]
    return result


def long_document(texts: Sequence[str], words: int) -> Document:
    parts: list[str] = []
    count = 0
    for text in texts:
        if count >= words:
            break
        parts.append(text)
        count += len(text.split())
    return parse_document("\n\n".join(parts))


def time_long(name: str, document: Document) -> str:
    timings = []
    for algorithm in (name, f"sumy-{name}"):
        started = time.perf_counter()
        get_algorithm(algorithm).rate(document, document.candidates)
        timings.append(time.perf_counter() - started)
    ours, theirs = timings
    return f"| {name} | {1000 * ours:,.0f} | {1000 * theirs:,.0f} | {theirs / ours:,.0f}× |"


def compare(name: str, docs: Sequence[Document], sentences: int) -> str:
    ours, theirs = get_algorithm(name), get_algorithm(f"sumy-{name}")
    same = ties = 0
    ours_seconds = theirs_seconds = 0.0
    for document in docs:
        candidates = document.candidates
        started = time.perf_counter()
        our_ratings = ours.rate(document, candidates)
        ours_seconds += time.perf_counter() - started
        started = time.perf_counter()
        their_ratings = theirs.rate(document, candidates)
        theirs_seconds += time.perf_counter() - started
        chosen = {s.index for s in select_sentences(name, candidates, our_ratings, sentences).sentences}
        reference = {s.index for s in select_sentences(name, candidates, their_ratings, sentences).sentences}
        if chosen == reference:
            same += 1
            continue
        position = {sentence.index: i for i, sentence in enumerate(candidates)}
        ours_values = sorted(round(our_ratings[position[i]], 9) for i in chosen)
        reference_values = sorted(round(our_ratings[position[i]], 9) for i in reference)
        ties += ours_values == reference_values
    count = max(len(docs), 1)
    return (
        f"| {name} | {100 * same / count:.1f}% | {100 * (same + ties) / count:.1f}% | "
        f"{1000 * ours_seconds / count:.1f} | {1000 * theirs_seconds / count:.1f} | "
        f"{theirs_seconds / max(ours_seconds, 1e-9):.1f}× |"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="+", type=Path)
    parser.add_argument("--sentences", type=int, default=3)
    parser.add_argument("--long", type=int, metavar="WORDS", help="also time one document of WORDS words")
    args = parser.parse_args(argv)
    rows = records(args.data)
    docs = [parse_document(row["text"], title=row.get("title")) for row in rows]
    print(f"{', '.join(p.name for p in args.data)}: {len(docs)} articles, top {args.sentences}\n")
    print(
        "| algorithm | same sentences | same or exact tie | ours ms / article | sumy ms / article "
        "| speed-up |\n|---|---:|---:|---:|---:|---:|"
    )
    for reference in REFERENCE_ALGORITHMS:
        print(compare(reference.removeprefix("sumy-"), docs, args.sentences), flush=True)
    if args.long:
        document = long_document([row["text"] for row in rows], args.long)
        print(
            f"\nOne document of {document.word_count:,} words ({len(document.candidates):,} sentences), "
            "ms:\n\n| algorithm | ours | sumy | speed-up |\n|---|---:|---:|---:|"
        )
        for reference in REFERENCE_ALGORITHMS:
            print(time_long(reference.removeprefix("sumy-"), document), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
