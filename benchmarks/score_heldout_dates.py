"""Score tag_temporal_expressions on the blind held-out date set.

    .venv/bin/python benchmarks/score_heldout_dates.py [path.jsonl]

Default data: tests/fixtures/temporal/heldout_blind.jsonl (conventions in the
README next to it). Each sentence is tagged against its own `dct`.

A gold timex is matched to the predicted expression(s) overlapping its span.
Reported:
  * DATE value accuracy: gold DATE expressions whose overlapping prediction has
    the gold value (or one of `alt_values`); unmatched gold counts as wrong.
    The bar is >= 0.95.
  * value accuracy over all types; span recall / precision (overlap) and exact
    span matches; type accuracy on matched.
Then every failure, grouped by cause.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizers.temporal.evaluation import gold_matches, load_cases, tagged  # noqa: E402

DEFAULT = ROOT / "tests" / "fixtures" / "temporal" / "heldout_blind.jsonl"


def _val(x):
    return None if x is None else getattr(x, "value", x)


def describe(p) -> str:
    if p is None:
        return "-- nothing overlapping --"
    mod = f" mod={_val(p.mod)}" if getattr(p, "mod", None) else ""
    return f"{p.text!r} {_val(p.type)} {p.value}{mod}"


def main(path: str | Path = DEFAULT) -> int:
    rows = load_cases(Path(path))
    n_gold = n_pred = gold_hit = pred_hit = exact = 0
    date_total = date_ok = all_ok = type_ok = matched = 0
    by_type = defaultdict(lambda: [0, 0])
    failures = defaultdict(list)
    for row, preds in tagged(rows):
        text, golds = row["text"], row["timexes"]
        n_gold += len(golds)
        n_pred += len(preds)
        for p in preds:
            if any(p.start < g["end"] and g["start"] < p.end for g in golds):
                pred_hit += 1
            else:
                failures["spurious prediction (overlaps no gold timex)"].append(
                    f"[{row['id']} dct={row['dct']}] {text}\n      pred: {describe(p)}"
                )
        for match in gold_matches(row, preds):
            g, best = match.gold, match.prediction
            by_type[g["type"]][0] += 1
            if g["type"] == "DATE":
                date_total += 1
            also = f" (also {g['alt_values']})" if g.get("alt_values") else ""
            where = (
                f"[{row['id']} dct={row['dct']}] {text}\n"
                f"      gold: {g['text']!r} {g['type']} {g['value']}{also}\n"
                f"      pred: {describe(best)}"
            )
            if best is None:
                failures[f"missed {g['type']} (no overlapping prediction)"].append(where)
                continue
            gold_hit += 1
            matched += 1
            if best.start == g["start"] and best.end == g["end"]:
                exact += 1
            t = _val(best.type)
            if t == g["type"]:
                type_ok += 1
            else:
                failures["type wrong (info)"].append(where)
            if match.value_right:
                all_ok += 1
                by_type[g["type"]][1] += 1
                if g["type"] == "DATE":
                    date_ok += 1
            else:
                failures[f"wrong value ({g['type']})"].append(where)

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} = {a / b:.3f}" if b else "n/a"

    print(f"Held-out dates: {len(rows)} sentences, {n_gold} gold timexes, {n_pred} predicted ({path})")
    print(f"  DATE value accuracy: {pct(date_ok, date_total)}  (bar: >= 0.95)")
    print(f"  value accuracy, all types: {pct(all_ok, n_gold)}")
    for k, (n, c) in sorted(by_type.items()):
        print(f"    {k:9s} {pct(c, n)}")
    print(f"  span recall (overlap): {pct(gold_hit, n_gold)}; exact span: {pct(exact, n_gold)}")
    print(f"  span precision (overlap): {pct(pred_hit, n_pred)}")
    print(f"  type accuracy on matched: {pct(type_ok, matched)}")
    print()
    for cause, items in sorted(failures.items(), key=lambda kv: -len(kv[1])):
        print(f"== {cause}: {len(items)}")
        for it in items:
            print("  " + it)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT))
