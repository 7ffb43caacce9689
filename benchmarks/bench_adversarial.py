"""Time and peak memory of every public algorithm on adversarial 1 MB inputs.

    python benchmarks/bench_adversarial.py [--chars 999999] [--algorithms news lexrank ...]

The API accepts up to 1,000,000 characters. Three inputs of that size:

- identical: "The cat sat on the mat. " repeated (about 41,700 identical sentences), the input
  on which an exact similarity graph is complete (n^2 edges);
- overlapping: "The cat sat on the mat with {word}." for 40,000 distinct made-up words:
  distinct sentences that still share most of their words, so collapsing exact duplicates
  does not help;
- news: real articles concatenated, paragraph-separated, to the same size: the records of
  the JSONL files given with `--news` (e.g. the two development sets), or by default the
  example article and the repository's summarization fixtures, repeated (a repetitive
  text: its exact graph exceeds the edge budget, real 1 MB news stays within it).

Each (algorithm, input) pair runs in a fresh subprocess under an 8 GB address-space limit
(`resource.RLIMIT_AS`) and a timeout, so a runaway case fails alone instead of taking the
machine down. The table gives the time of `parse_document` plus `summarize` (3 sentences)
and the subprocess's peak resident set (`ru_maxrss`), which includes the interpreter and
the imported libraries (about 100 MB).
"""

from __future__ import annotations

import argparse
import itertools
import json
import string
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from summarizers.algorithms import ALGORITHMS  # noqa: E402

ADDRESS_SPACE_LIMIT = 8_000_000_000
TIMEOUT_SECONDS = 120
NEWS_SOURCES = (
    REPO / "seeds" / "netflix-ai-job-strike.txt",
    REPO / "tests" / "fixtures" / "summarization" / "articles.jsonl",
    REPO / "tests" / "fixtures" / "hash_sensitive_articles.jsonl",
)

_RUN = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
sys.path.insert(0, {repo!r})
from summarizers.algorithms import summarize
from summarizers.document import parse_document
text = open({path!r}, encoding="utf-8").read()
started = time.perf_counter()
summary = summarize(parse_document(text), algorithm={algorithm!r}, sentences=3)
seconds = time.perf_counter() - started
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"seconds": seconds, "peak_mb": peak_mb, "sentences": len(summary.sentences)}}))
"""


def made_up_words(count: int) -> list[str]:
    """`count` distinct lower-case pseudo-words ("zab", "zac", ...), deterministic."""
    letters = string.ascii_lowercase
    words: list[str] = []
    for length in itertools.count(3):
        for letters_tuple in itertools.product(letters, repeat=length):
            words.append("z" + "".join(letters_tuple))
            if len(words) == count:
                return words
    return words  # pragma: no cover - itertools.count never ends


def identical_text(chars: int) -> str:
    return ("The cat sat on the mat. " * (chars // 24 + 1))[:chars]


def overlapping_text(chars: int, sentences: int = 40_000) -> str:
    text = " ".join(f"The cat sat on the mat with {word}." for word in made_up_words(sentences))
    return text[:chars]


def news_text(chars: int, sources: Sequence[Path] = ()) -> str:
    articles = [] if sources else [NEWS_SOURCES[0].read_text(encoding="utf-8")]
    for source in sources or NEWS_SOURCES[1:]:
        if source.exists():
            with source.open(encoding="utf-8") as lines:
                articles += [json.loads(line)["text"] for line in lines if line.strip()]
    parts: list[str] = []
    size = 0
    for article in itertools.cycle(articles):
        if size >= chars:
            break
        parts.append(article)
        size += len(article) + 2
    return "\n\n".join(parts)[:chars]


INPUTS = ("identical", "overlapping", "news")


def run(algorithm: str, path: Path) -> dict[str, float] | str:
    script = _RUN.format(limit=ADDRESS_SPACE_LIMIT, repo=str(REPO), path=str(path), algorithm=algorithm)
    try:
        completed = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"timeout > {TIMEOUT_SECONDS} s"
    if completed.returncode != 0:
        last = (completed.stderr.strip().splitlines() or ["?"])[-1]
        return f"failed: {last[:60]}"
    result: dict[str, float] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=999_999, help="input size (default 999,999)")
    parser.add_argument("--algorithms", nargs="+", default=list(ALGORITHMS))
    parser.add_argument("--inputs", nargs="+", choices=INPUTS, default=list(INPUTS))
    parser.add_argument("--news", nargs="+", type=Path, default=[], help="JSONL files of real articles")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp"), help="where the inputs are written")
    args = parser.parse_args(argv)
    paths = {}
    for name in args.inputs:
        path = args.workdir / f"bench_adversarial_{name}_{args.chars}.txt"
        if name == "identical":
            text = identical_text(args.chars)
        elif name == "overlapping":
            text = overlapping_text(args.chars)
        else:
            text = news_text(args.chars, args.news)
        path.write_text(text, encoding="utf-8")
        paths[name] = path
    print(f"{args.chars:,} characters; time of parse + summarize (3 sentences), peak RSS of the subprocess\n")
    for name, path in paths.items():
        text = path.read_text(encoding="utf-8")
        print(f"- {name}: {text.count('.'):,} full stops, {len(text.split()):,} words")
    print()
    print("| algorithm | " + " | ".join(f"{name} s | {name} MB" for name in args.inputs) + " |")
    print("|---|" + "---:|---:|" * len(args.inputs))
    for algorithm in args.algorithms:
        cells = []
        for name in args.inputs:
            result = run(algorithm, paths[name])
            if isinstance(result, str):
                cells += [result, ""]
            else:
                cells += [f"{result['seconds']:.2f}", f"{result['peak_mb']:.0f}"]
        print(f"| {algorithm} | " + " | ".join(cells) + " |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
