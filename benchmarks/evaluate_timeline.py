"""Score the temporal tagger on TimeML data with the TempEval-3 measures.

    python benchmarks/evaluate_timeline.py DATA.jsonl [--half even|odd] [--errors N]

DATA.jsonl has one document per line: {"id", "dct", "text", "timexes": [{"start", "end",
"text", "type", "value"}]} (the TempEval-3 TimeBank+AQUAINT corpus converted to JSON).
Each document is tagged with its creation date (`dct`) as the reference date.

Measures (TempEval-3, task A):
- strict span P/R/F1: a system expression matches a gold one with exactly the same offsets;
- relaxed span P/R/F1: the offsets overlap;
- type and value F1: the accuracy of the attribute over the relaxed matches, times the
  relaxed F1.

`--half even` / `--half odd` scores every other document only, so rules can be written
looking at the errors of one half and checked on the other.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizers.temporal import tag_temporal_expressions


@dataclass
class Scores:
    gold: int = 0
    system: int = 0
    strict_system: int = 0
    strict_gold: int = 0
    relaxed_system: int = 0
    relaxed_gold: int = 0
    pairs: int = 0
    type_correct: int = 0
    value_correct: int = 0

    def prf(self, system_hits: int, gold_hits: int) -> tuple[float, float, float]:
        precision = system_hits / self.system if self.system else 0.0
        recall = gold_hits / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def table(self) -> dict[str, tuple[float, float, float]]:
        strict = self.prf(self.strict_system, self.strict_gold)
        relaxed = self.prf(self.relaxed_system, self.relaxed_gold)
        type_accuracy = self.type_correct / self.pairs if self.pairs else 0.0
        value_accuracy = self.value_correct / self.pairs if self.pairs else 0.0
        return {
            "strict span": strict,
            "relaxed span": relaxed,
            "type": (type_accuracy, float("nan"), type_accuracy * relaxed[2]),
            "value": (value_accuracy, float("nan"), value_accuracy * relaxed[2]),
        }


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(documents: list[dict], errors: list[str] | None = None) -> Scores:
    scores = Scores()
    for document in documents:
        reference = date.fromisoformat(document["dct"][:10])
        text = document["text"]
        system = tag_temporal_expressions(text, reference)
        gold = document["timexes"]
        scores.gold += len(gold)
        scores.system += len(system)
        gold_spans = [(g["start"], g["end"]) for g in gold]
        system_spans = [(s.start, s.end) for s in system]
        scores.strict_system += sum(1 for span in system_spans if span in gold_spans)
        scores.strict_gold += sum(1 for span in gold_spans if span in system_spans)
        scores.relaxed_system += sum(1 for s in system_spans if any(overlaps(s, g) for g in gold_spans))
        matched_system: set[int] = set()
        for g in gold:
            hit = next(
                (
                    i
                    for i, s in enumerate(system)
                    if i not in matched_system and overlaps((s.start, s.end), (g["start"], g["end"]))
                ),
                None,
            )
            if hit is None:
                if errors is not None:
                    context = _context(text, g["start"], g["end"])
                    errors.append(f"MISSED  {g['text']!r:34} {g['type']:8} {g['value']:14} | {context}")
                continue
            matched_system.add(hit)
            scores.relaxed_gold += 1
            scores.pairs += 1
            found = system[hit]
            scores.type_correct += found.type == g["type"]
            scores.value_correct += found.value == g["value"]
            if errors is not None and (found.value != g["value"] or found.type != g["type"]):
                errors.append(
                    f"VALUE   {g['text']!r:34} {g['type']:8} {g['value']:14}"
                    f" got {found.text!r} {found.type} {found.value}"
                    f" | dct {reference} | {_context(text, g['start'], g['end'])}"
                )
        if errors is not None:
            for s in system:
                if not any(overlaps((s.start, s.end), span) for span in gold_spans):
                    errors.append(
                        f"SPURIOUS {s.text!r:33} {s.type:8} {s.value:14} | {_context(text, s.start, s.end)}"
                    )
    return scores


def _context(text: str, start: int, end: int) -> str:
    return " ".join(
        (text[max(0, start - 60) : start] + "[" + text[start:end] + "]" + text[end : end + 40]).split()
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="TimeML documents as JSON lines")
    parser.add_argument("--half", choices=("even", "odd"), help="score every other document only")
    parser.add_argument(
        "--errors", type=int, default=0, metavar="N", help="print N errors (missed, wrong, spurious)"
    )
    parser.add_argument("--kinds", default="MISSED,VALUE,SPURIOUS", help="error kinds to print")
    arguments = parser.parse_args(argv)
    documents = [
        json.loads(line) for line in arguments.data.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    if arguments.half:
        documents = documents[0 if arguments.half == "even" else 1 :: 2]
    errors: list[str] | None = [] if arguments.errors else None
    scores = score(documents, errors)
    print(f"{len(documents)} documents, {scores.gold} gold expressions, {scores.system} found")
    print(f"{'measure':<14}{'P':>8}{'R':>8}{'F1':>8}")
    for name, (precision, recall, f1) in scores.table().items():
        if name in ("type", "value"):
            print(f"{name:<14}{'':>8}{'':>8}{f1:8.3f}   (accuracy on relaxed matches {precision:.3f})")
        else:
            print(f"{name:<14}{precision:8.3f}{recall:8.3f}{f1:8.3f}")
    if errors:
        kinds = tuple(arguments.kinds.split(","))
        selected = [line for line in errors if line.startswith(kinds)]
        print()
        for line in selected[: arguments.errors]:
            print(line)
        print(Counter(line.split()[0] for line in errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
