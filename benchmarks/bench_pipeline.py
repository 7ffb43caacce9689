"""Speed and memory of the full pipeline against sumy's LexRank and the tokenization floor.

    python benchmarks/bench_pipeline.py [DATA.jsonl ...] [--repeats 5] [--sizes 1000 10000 100000]

Documents of about 1k, 10k and 100k words are built by concatenating real articles,
paragraph-separated: the JSONL files given (records with a `text`), or by default the
articles kept in the repository (the example article and the summarization test
fixtures), repeated as often as needed. Side by side, on the same documents, in one run:

- floor: what any summarizer must pay, sentence splitting plus word tokenization
  (`text.sentence_spans` and `text.words` on every paragraph);
- parse: `parse_document` (the floor plus the document model's layout rules);
- summary: the default algorithm alone on the parsed document (`summarize`);
- pipeline: `summarize_article` with every part (summary with the default algorithm,
  key figures, timeline, stats: whatever the pipeline builds today);
- sumy LexRank: `parse_document` then sumy's own LexRank (`sumy-lexrank`), the
  reference the issue measures against.

Times are medians over `--repeats` rounds, the floor, parse, summary and pipeline run in
turn within each round; by default they are CPU times of the process (`--clock wall` for
elapsed time), which a loaded machine disturbs less (sumy's LexRank runs once at 100k words,
where it takes minutes; `--sumy-max-words` skips it above a size). The table also
gives the ratios pipeline/floor (of the medians, and paired: the median over the rounds
of each round's pipeline time over its floor time, steadier when the machine's load
drifts) and sumy/pipeline, the growth exponent between the
two largest sizes (log time ratio / log word ratio: 1 is linear, 2 quadratic), the
time of each part of the pipeline at the largest size, the peak memory of the pipeline
there (maximum resident set of a fresh subprocess that only imports the library and
runs it once, and the tracemalloc peak of that one call), and the median in-process
time of the example article's full API response (Flask test client, POST /summarize
with the seed request).
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from summarizers import text as text_tools  # noqa: E402
from summarizers.algorithms import summarize  # noqa: E402
from summarizers.document import _paragraph_spans, parse_document  # noqa: E402
from summarizers.pipeline import Part, summarize_article  # noqa: E402

EXAMPLE_TEXT = REPO / "seeds" / "netflix-ai-job-strike.txt"
EXAMPLE_REQUEST = REPO / "seeds" / "netflix-ai-job-strike.request.json"
DEFAULT_SOURCES = (
    REPO / "tests" / "fixtures" / "summarization" / "articles.jsonl",
    REPO / "tests" / "fixtures" / "hash_sensitive_articles.jsonl",
)
TODAY = date(2023, 7, 27)

_MEMORY_SCRIPT = """
import json, resource, sys, tracemalloc
from datetime import date
sys.path.insert(0, sys.argv[1])
from summarizers.pipeline import summarize_article
text = open(sys.argv[2], encoding="utf-8").read()
summarize_article("Warm up the imports. It is short.", today=date(2023, 7, 27))
tracemalloc.start()
summarize_article(text, today=date(2023, 7, 27))
peak = tracemalloc.get_traced_memory()[1]
tracemalloc.stop()
# Linux keeps ru_maxrss across fork and exec, so it would report the benchmark process's own
# peak; VmHWM is the peak of this program's memory alone.
try:
    status = open("/proc/self/status", encoding="ascii").read()
    max_rss_kb = int(status.split("VmHWM:")[1].split()[0])
except (OSError, IndexError):
    max_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"max_rss_kb": max_rss_kb, "traced_peak": peak}))
"""


@dataclass(frozen=True, slots=True)
class Row:
    words: int
    sentences: int
    floor: float
    parse: float
    summary: float
    pipeline: float
    sumy_lexrank: float | None
    # The median over the rounds of each round's pipeline time over its floor time: the two
    # run one after the other, so a change of machine load between rounds cancels out.
    paired_ratio: float


def load_texts(paths: Sequence[Path]) -> list[str]:
    texts = [EXAMPLE_TEXT.read_text(encoding="utf-8")] if not paths else []
    for path in paths or DEFAULT_SOURCES:
        with path.open(encoding="utf-8") as lines:
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


def build_document(texts: Sequence[str], words: int) -> str:
    """Whole articles, in order and repeated if needed, until about `words` words."""
    parts: list[str] = []
    count = 0
    while count < words:
        for text in texts:
            parts.append(text)
            count += len(text.split())
            if count >= words:
                break
    return "\n\n".join(parts)


# CPU time of this process by default: everything measured runs on one thread, and on a
# shared machine the wall clock also counts the time other processes hold the core.
CLOCKS: dict[str, Callable[[], float]] = {"cpu": time.process_time, "wall": time.perf_counter}
clock = CLOCKS["cpu"]


def median_seconds(function: Callable[[], object], repeats: int) -> float:
    return interleaved_medians({"only": function}, repeats)["only"]


def interleaved_rounds(functions: dict[str, Callable[[], object]], repeats: int) -> dict[str, list[float]]:
    """Seconds of each function in each round, run in turn within each round so that a
    change of machine load between rounds weighs on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in functions}
    for _ in range(repeats):
        for name, function in functions.items():
            started = clock()
            function()
            times[name].append(clock() - started)
    return times


def interleaved_medians(functions: dict[str, Callable[[], object]], repeats: int) -> dict[str, float]:
    rounds = interleaved_rounds(functions, repeats)
    return {name: statistics.median(values) for name, values in rounds.items()}


def floor(text: str) -> None:
    """Sentence splitting and word tokenization of every paragraph, nothing else."""
    for start, end in _paragraph_spans(text):
        paragraph = text[start:end]
        for sentence_start, sentence_end in text_tools.sentence_spans(paragraph):
            text_tools.words(paragraph[sentence_start:sentence_end])


def pipeline(text: str) -> None:
    summarize_article(text, today=TODAY)


def sumy_lexrank(text: str) -> None:
    summarize(parse_document(text), algorithm="sumy-lexrank")


def measure(text: str, repeats: int, run_sumy: bool) -> Row:
    document = parse_document(text)
    pipeline(text)  # warm caches (stemmer, rules) as a running server would have them
    rounds = interleaved_rounds(
        {
            "floor": lambda: floor(text),
            "parse": lambda: parse_document(text),
            "summary": lambda: summarize(document),
            "pipeline": lambda: pipeline(text),
        },
        repeats,
    )
    medians = {name: statistics.median(values) for name, values in rounds.items()}
    return Row(
        words=document.word_count,
        sentences=len(document.sentences),
        floor=medians["floor"],
        parse=medians["parse"],
        summary=medians["summary"],
        pipeline=medians["pipeline"],
        sumy_lexrank=median_seconds(lambda: sumy_lexrank(text), 1 if len(text) > 200_000 else repeats)
        if run_sumy
        else None,
        paired_ratio=statistics.median(
            whole / base for whole, base in zip(rounds["pipeline"], rounds["floor"], strict=True)
        ),
    )


def part_times(text: str, repeats: int) -> dict[str, float]:
    """Median seconds of `summarize_article` asked for one part at a time (parse included)."""

    def run(part: Part) -> None:
        summarize_article(text, include={part}, today=TODAY)

    return interleaved_medians({part.value: lambda part=part: run(part) for part in Part}, repeats)


def peak_memory(text: str) -> dict[str, int]:
    scratch = REPO / "benchmarks" / ".bench_pipeline_document.txt"
    scratch.write_text(text, encoding="utf-8")
    try:
        result = subprocess.run(
            [sys.executable, "-c", _MEMORY_SCRIPT, str(REPO), str(scratch)],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        scratch.unlink()
    memory: dict[str, int] = json.loads(result.stdout)
    return memory


def example_response_ms(repeats: int) -> tuple[float, float]:
    """Median ms of the example's full API response, and of `summarize_article` alone."""
    from api import create_app

    request = json.loads(EXAMPLE_REQUEST.read_text(encoding="utf-8"))
    client = create_app({"TESTING": True}).test_client()

    def respond() -> None:
        response = client.post("/summarize", json=request)
        assert response.status_code == 200, response.get_data(as_text=True)

    respond()
    text = request["text"]
    return 1000 * median_seconds(respond, repeats), 1000 * median_seconds(lambda: pipeline(text), repeats)


def _ms(seconds: float | None) -> str:
    return "-" if seconds is None else f"{1000 * seconds:,.1f}"


def _ratio(top: float | None, bottom: float | None) -> str:
    return "-" if top is None or bottom is None or bottom == 0 else f"{top / bottom:,.1f}×"


def report(
    rows: Sequence[Row],
    parts: dict[str, float],
    memory: dict[str, int],
    example: tuple[float, float],
    sources: str,
    clock_name: str,
) -> str:
    lines = [
        f"Documents built from {sources}; median {clock_name} time in ms.",
        "",
        "| words | sentences | floor (split+words) | parse_document | summary (default algorithm) "
        "| pipeline | sumy LexRank | pipeline / floor | pipeline / parse | sumy LexRank / pipeline |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row.words:,} | {row.sentences:,} | {_ms(row.floor)} | {_ms(row.parse)} | "
            f"{_ms(row.summary)} | {_ms(row.pipeline)} | {_ms(row.sumy_lexrank)} | "
            f"{_ratio(row.pipeline, row.floor)} (paired {row.paired_ratio:.1f}×) | "
            f"{_ratio(row.pipeline, row.parse)} | {_ratio(row.sumy_lexrank, row.pipeline)} |"
        )
    if len(rows) >= 2:
        small, large = rows[-2], rows[-1]
        word_ratio = large.words / small.words

        def growth(first: float | None, second: float | None) -> str:
            if first is None or second is None:
                return "-"
            return f"{second / first:.1f}× (exponent {math.log(second / first) / math.log(word_ratio):.2f})"

        lines += [
            "",
            f"Growth from {small.words:,} to {large.words:,} words ({word_ratio:.1f}× the words): "
            f"floor {growth(small.floor, large.floor)}, parse {growth(small.parse, large.parse)}, "
            f"pipeline {growth(small.pipeline, large.pipeline)}, "
            f"sumy LexRank {growth(small.sumy_lexrank, large.sumy_lexrank)}.",
        ]
    lines += [
        "",
        f"One part at a time at {rows[-1].words:,} words (`summarize_article(include={{part}})`, "
        f"parse included; the summary is also built for key figures), ms: "
        + ", ".join(f"{name} {_ms(seconds)}" for name, seconds in parts.items())
        + ".",
    ]
    lines += [
        "",
        f"Peak memory of the pipeline at {rows[-1].words:,} words: maximum resident set "
        f"{memory['max_rss_kb'] / 1024:,.0f} MB (whole process, imports included); "
        f"tracemalloc peak of the call {memory['traced_peak'] / 2**20:,.0f} MB.",
        "",
        f"Example article, median in-process: full API response {example[0]:.1f} ms, "
        f"summarize_article alone {example[1]:.1f} ms.",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", nargs="*", type=Path, help="JSONL files of articles (default: repo fixtures)")
    parser.add_argument("--sizes", nargs="+", type=int, default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeats", type=int, default=5, help="runs per median (default 5)")
    parser.add_argument(
        "--sumy-max-words", type=int, default=None, help="skip sumy's LexRank above this many words"
    )
    parser.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="cpu",
        help="cpu: this process's CPU time (default; steadier on a shared machine); wall: elapsed time",
    )
    args = parser.parse_args(argv)
    global clock
    clock = CLOCKS[args.clock]
    texts = load_texts(args.data)
    sources = (
        ", ".join(path.name for path in args.data)
        if args.data
        else "the example article and the test fixtures (repeated)"
    )
    sources += f" ({len(texts)} articles, {sum(len(t.split()) for t in texts):,} words)"
    rows = []
    for size in args.sizes:
        text = build_document(texts, size)
        run_sumy = args.sumy_max_words is None or size <= args.sumy_max_words
        rows.append(measure(text, args.repeats, run_sumy))
        print(f"measured {rows[-1].words:,} words", file=sys.stderr, flush=True)
    largest = build_document(texts, args.sizes[-1])
    parts = part_times(largest, args.repeats)
    memory = peak_memory(largest)
    example = example_response_ms(max(args.repeats, 20))
    print(report(rows, parts, memory, example, sources, args.clock))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
