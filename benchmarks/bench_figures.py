"""Speed of key-figure extraction: example article, long documents, hostile input.

    python benchmarks/bench_figures.py [--repeat 200]

Prints, without asserting anything:
- the median in-process time of `find_figures` and `extract_key_figures` on the example
  article (document already parsed; target under 5 ms);
- the time on documents of 10,000 and 100,000 words (the example article and the
  annotated news sentences, repeated) and the ratio of the two (linear time: about 10);
- the time on 1 MB of digits, commas and currency signs in several mixes (target under
  1 s), parsing included, since that is what a request with such a body costs; the time
  of the compiled patterns over the same megabyte, bypassing the prose filter; and 1 MB of
  prose that is nothing but figures.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarizers.document import Document, parse_document
from summarizers.figures import extract_key_figures, find_figures
from summarizers.figures.rules import figure_rules

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "seeds" / "netflix-ai-job-strike.txt"
SENTENCES = ROOT / "tests" / "fixtures" / "figures" / "news_sentences.jsonl"
MEGABYTE = 1_000_000


def median_ms(
    function: Callable[[], object], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> float:
    function()
    timings = []
    for _ in range(repeat):
        started = clock()
        function()
        timings.append(clock() - started)
    return 1000 * statistics.median(timings)


def _cpu_per_run(function: Callable[[], object], repeat: int) -> float:
    function()
    started = time.process_time()
    for _ in range(repeat):
        function()
    return (time.process_time() - started) / repeat


def long_document(words: int) -> Document:
    article = EXAMPLE.read_text(encoding="utf-8")
    sentences = [
        json.loads(line)["text"] for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line
    ]
    paragraphs = [*article.split("\n")[1:], *sentences]
    parts = [article.split("\n")[0]]
    count = len(parts[0].split())
    index = 0
    while count < words:
        paragraph = paragraphs[index % len(paragraphs)]
        parts.append(paragraph)
        count += len(paragraph.split())
        index += 1
    return parse_document("\n\n".join(parts))


def hostile_inputs() -> dict[str, str]:
    generator = random.Random(7)
    return {
        "digits": "9" * MEGABYTE,
        "digits and commas": "1," * (MEGABYTE // 2),
        "currency signs": "$£€¥" * (MEGABYTE // 4),
        "grouped money": "$1,000," * (MEGABYTE // 7),
        "random mix": "".join(generator.choice("0123456789,,,$$£€¥ .") for _ in range(MEGABYTE)),
        "money with spaces": "$ 1,000 " * (MEGABYTE // 8),
    }


def main(argv: Sequence[str] | None = None) -> None:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    arguments.add_argument(
        "--repeat", type=int, default=200, help="runs for the median on the example article"
    )
    options = arguments.parse_args(argv)

    document = parse_document(EXAMPLE.read_text(encoding="utf-8"))
    figures_ms = median_ms(lambda: find_figures(document), options.repeat)
    figures_cpu_ms = 1000 * _cpu_per_run(lambda: find_figures(document), options.repeat)
    key_ms = median_ms(lambda: extract_key_figures(document), options.repeat)
    parse_ms = median_ms(lambda: parse_document(document.text), max(10, options.repeat // 10))
    print(f"example article ({document.word_count} words, {len(find_figures(document))} figures)")
    print(f"  find_figures          median {figures_ms:7.2f} ms   (target < 5 ms)")
    print(f"  find_figures          CPU    {figures_cpu_ms:7.2f} ms   (process time: steadier when busy)")
    print(f"  extract_key_figures   median {key_ms:7.2f} ms")
    print(f"  parse_document        median {parse_ms:7.2f} ms   (for reference; not figure extraction)")

    print("\nlong documents (find_figures on a parsed document; median of 5 runs, wall and CPU time)")
    timings = {}
    for words in (10_000, 100_000):
        long = long_document(words)
        wall = median_ms(lambda long=long: find_figures(long), 5)
        timings[words] = median_ms(lambda long=long: find_figures(long), 5, clock=time.process_time)
        print(
            f"  {long.word_count:>7} words: wall {wall:8.1f} ms   CPU {timings[words]:8.1f} ms"
            f"   ({len(find_figures(long))} figures)"
        )
    print(f"  ratio 100k / 10k words (CPU): {timings[100_000] / timings[10_000]:.2f}   (linear: about 10)")
    paused = {}
    for words in (10_000, 100_000):
        long = long_document(words)
        gc.collect()
        gc.disable()
        try:
            paused[words] = median_ms(lambda long=long: find_figures(long), 5, clock=time.process_time)
        finally:
            gc.enable()
    print(
        f"  with the garbage collector paused: {paused[10_000]:.1f} ms and {paused[100_000]:.1f} ms,"
        f" ratio {paused[100_000] / paused[10_000]:.2f}"
        "\n  (the work is linear; a bigger heap makes each of Python's full collections dearer)"
    )

    print("\n1 MB of digits, commas and currency signs (parse_document + find_figures, one run)")
    for name, text in hostile_inputs().items():
        started = time.perf_counter()
        parsed = parse_document(text)
        parsed_at = time.perf_counter()
        found = find_figures(parsed)
        finished = time.perf_counter()
        print(
            f"  {name:18} figures {1000 * (finished - parsed_at):8.1f} ms"
            f"   parse {1000 * (parsed_at - started):8.1f} ms"
            f"   total {finished - started:6.3f} s   ({len(found)} figures)   (target < 1 s)"
        )
    print(
        "\n  The extractor skips text that is not prose (see extract.MIN_LETTER_SHARE), so the same"
        "\n  inputs also go through the compiled patterns directly, over the whole megabyte: the amount"
        "\n  pattern (which reads every sentence) and the exclusions (which the extractor only runs in"
        "\n  a few dozen characters around a bare number):"
    )
    rules = figure_rules("en")
    for name, text in hostile_inputs().items():
        started = time.perf_counter()
        amounts = sum(1 for _ in rules.amount.finditer(text))
        middle = time.perf_counter()
        excluded = sum(1 for _, pattern in rules.exclusions for _ in pattern.finditer(text))
        finished = time.perf_counter()
        print(
            f"  {name:18} amount pattern {middle - started:6.3f} s ({amounts} matches)"
            f"   {len(rules.exclusions)} exclusion patterns {finished - middle:6.3f} s ({excluded} matches)"
        )
    dense = ("Sales rose 5% to $1.2bn, or 3,000 units. " * (MEGABYTE // 41))[:MEGABYTE]
    started = time.perf_counter()
    parsed = parse_document(dense)
    parsed_at = time.perf_counter()
    found = find_figures(parsed)
    finished = time.perf_counter()
    print(
        f"\n  1 MB of figure-dense prose (a figure every 14 characters, not the hostile case):"
        f"\n  figures {finished - parsed_at:6.3f} s   parse {parsed_at - started:6.3f} s"
        f"   ({len(found)} distinct figures, {sum(len(f.mentions) for f in found)} repeats)"
    )


if __name__ == "__main__":
    main()
