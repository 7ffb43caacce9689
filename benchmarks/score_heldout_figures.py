"""Score find_figures on the blind held-out key-figure set.

    .venv/bin/python benchmarks/score_heldout_figures.py [path.jsonl]

Default data: tests/fixtures/figures/heldout_blind.jsonl (see the README next
to it for the annotation conventions). Each sentence is parsed on its own.

A gold figure is matched to the overlapping predicted figure(s); the best of
them (right value first, then largest overlap) is scored. Reported:
  * recall: gold figures whose value (or min/max) is right and, for money,
    whose currency is right — overall, by kind and by style;
  * kind agreement on matched figures;
  * spurious money/percent predictions (overlapping no gold figure);
  * qualifier and per accuracy on matched figures;
  * equivalents: gold equivalents found with the right value and currency.
Then every failure, grouped by cause.
"""

from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizers.document import parse_document  # noqa: E402
from summarizers.figures import find_figures  # noqa: E402

DEFAULT = ROOT / "tests" / "fixtures" / "figures" / "heldout_blind.jsonl"
PER_ALIASES = {
    "yr": "year",
    "annum": "year",
    "annually": "year",
    "mo": "month",
    "hr": "hour",
    "liter": "litre",
    "sq ft": "square foot",
    "square feet": "square foot",
}


def _val(x):
    return None if x is None else getattr(x, "value", x)


def _eq(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def _norm_per(p):
    if p is None:
        return None
    p = str(p).strip().lower()
    return PER_ALIASES.get(p, p)


def value_ok(gold: dict, pred) -> bool:
    if gold.get("min") is not None or gold.get("max") is not None:
        return _eq(gold.get("min"), pred.min) and _eq(gold.get("max"), pred.max)
    return _eq(gold["value"], pred.value)


def currency_ok(gold: dict, pred) -> bool:
    return gold["kind"] != "money" or gold.get("currency") == pred.currency


def describe(p) -> str:
    if p is None:
        return "-- nothing overlapping --"
    bits = [f"{p.text!r}", _val(p.kind)]
    if p.min is not None or p.max is not None:
        bits.append(
            f"min={p.min:g} max={p.max:g}"
            if p.min is not None and p.max is not None
            else f"min={p.min} max={p.max}"
        )
    else:
        bits.append(f"value={p.value:g}" if p.value is not None else "value=None")
    for name in ("currency", "unit", "qualifier", "per"):
        v = _val(getattr(p, name))
        if v is not None:
            bits.append(f"{name}={v}")
    if p.equivalents:
        bits.append("eq=[" + ", ".join(f"{e.text!r} {e.value} {e.currency}" for e in p.equivalents) + "]")
    return " ".join(str(b) for b in bits)


def gdescribe(g: dict) -> str:
    bits = [f"{g['text']!r}", g["kind"]]
    if g.get("min") is not None or g.get("max") is not None:
        bits.append(f"min={g['min']:g} max={g['max']:g}")
    else:
        bits.append(f"value={g['value']:g}" if g["value"] is not None else "value=None")
    for name in ("currency", "qualifier", "per"):
        if g.get(name) is not None:
            bits.append(f"{name}={g[name]}")
    if g.get("equivalent"):
        bits.append(f"eq={g['equivalent']}")
    return " ".join(bits)


def locate(text: str, figures: list[dict]) -> None:
    pos = 0
    for f in figures:
        if "start" not in f:
            k = text.find(f["text"], pos)
            if k < 0:
                raise ValueError(f"{f['text']!r} not in {text!r}")
            f["start"], f["end"] = k, k + len(f["text"])
        pos = f["start"] + 1


def main(path: str | Path = DEFAULT) -> int:
    rows = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    total = ok = 0
    by_kind = defaultdict(lambda: [0, 0])
    by_style = defaultdict(lambda: [0, 0])
    matched = kind_ok = 0
    q_total = q_ok = per_total = per_ok = 0
    eq_total = eq_ok = eq_spurious = 0
    spurious = []
    other_unmatched = []
    failures = defaultdict(list)

    for row in rows:
        text, golds = row["text"], row["figures"]
        locate(text, golds)
        preds = list(find_figures(parse_document(text)))
        used = set()
        for g in golds:
            total += 1
            by_kind[g["kind"]][0] += 1
            by_style[row["style"]][0] += 1
            cands = [p for p in preds if p.start < g["end"] and g["start"] < p.end]
            for p in cands:
                used.add(id(p))
            best = None
            if cands:
                best = max(
                    cands,
                    key=lambda p: (
                        value_ok(g, p) and currency_ok(g, p),
                        value_ok(g, p),
                        min(p.end, g["end"]) - max(p.start, g["start"]),
                    ),
                )
            where = f"[{row['id']}] {text}\n      gold: {gdescribe(g)}\n      pred: {describe(best)}"
            if best is None:
                failures["missed (no overlapping prediction)"].append(where)
                continue
            matched += 1
            vok, cok = value_ok(g, best), currency_ok(g, best)
            if vok and cok:
                ok += 1
                by_kind[g["kind"]][1] += 1
                by_style[row["style"]][1] += 1
            elif not vok:
                if g.get("min") is not None and best.min is None:
                    failures["range not recognised (gold min/max, predicted single value or split)"].append(
                        where
                    )
                else:
                    failures["wrong value"].append(where)
            else:
                failures["wrong currency" if best.currency else "currency missing"].append(where)
            if _val(best.kind) == g["kind"]:
                kind_ok += 1
            else:
                cause = (
                    f"kind {g['kind']} predicted as {_val(best.kind)} (info; not a recall failure by itself)"
                )
                failures[cause].append(where)
            q_total += 1
            if _val(best.qualifier) == g.get("qualifier"):
                q_ok += 1
            else:
                failures["qualifier wrong"].append(where)
            per_total += 1
            if _norm_per(best.per) == _norm_per(g.get("per")):
                per_ok += 1
            else:
                failures["per wrong"].append(where)
            if g.get("equivalent"):
                eq_total += 1
                ge = g["equivalent"]
                if any(
                    _eq(ge.get("value"), e.value) and ge.get("currency") == e.currency
                    for e in best.equivalents
                ):
                    eq_ok += 1
                else:
                    failures["equivalent missing or wrong"].append(where)
            elif best.equivalents:
                eq_spurious += 1
                failures["spurious equivalent"].append(where)
        for p in preds:
            if id(p) in used:
                continue
            line = f"[{row['id']}] {text}\n      pred: {describe(p)}"
            if _val(p.kind) in ("money", "percent"):
                spurious.append(line)
            else:
                other_unmatched.append(line)

    def pct(a: int, b: int) -> str:
        return f"{a}/{b} = {a / b:.3f}" if b else "n/a"

    print(f"Held-out key figures: {len(rows)} sentences, {total} gold figures ({path})")
    print(f"  recall (value/range + currency for money): {pct(ok, total)}")
    print(f"  gold figures with an overlapping prediction: {pct(matched, total)}")
    print("  by kind:")
    for k, (n, c) in sorted(by_kind.items()):
        print(f"    {k:18s} {pct(c, n)}")
    print("  by style:")
    for k, (n, c) in sorted(by_style.items()):
        print(f"    {k:18s} {pct(c, n)}")
    print(f"  kind agreement on matched: {pct(kind_ok, matched)}")
    print(f"  qualifier accuracy on matched: {pct(q_ok, q_total)}")
    print(f"  per accuracy on matched: {pct(per_ok, per_total)}")
    print(f"  equivalents correct: {pct(eq_ok, eq_total)}; spurious equivalents: {eq_spurious}")
    print(f"  spurious money/percent predictions: {len(spurious)}")
    print(f"  other predictions overlapping no gold figure: {len(other_unmatched)}")
    print()
    for cause, items in sorted(failures.items(), key=lambda kv: -len(kv[1])):
        print(f"== {cause}: {len(items)}")
        for it in items:
            print("  " + it)
        print()
    print(f"== spurious money/percent predictions: {len(spurious)}")
    for it in spurious:
        print("  " + it)
    print()
    print(f"== other predictions overlapping no gold figure: {len(other_unmatched)}")
    for it in other_unmatched:
        print("  " + it)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT))
