"""Score our key-figure extractor and quantulum3 side by side on annotated sentences.

    python benchmarks/compare_quantulum.py tests/fixtures/figures/news_sentences.jsonl [--misses]

Both systems are scored by `summarizers.figures.evaluation`: a figure counts when its
value (or both ends of a range) and its currency agree with the annotation, and its kind
is in the same group (money, percent, percentage points, other). quantulum3 is given
every benefit: its units are mapped to ISO codes by name ("pound sterling" -> GBP), a
bare "dollar" to USD, bracketed amounts it reads as negative to their absolute value,
its "0.2 percentage" followed by "point" to percentage points, its ranges (value ±
uncertainty) to min/max, "percentage" to percent, and the words "per cent"/"pc" it
leaves as unknown units to percent as well.
Precision is reported for money and percent, which the annotation lists exhaustively.
Needs the `bench` extra (quantulum3).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summarizers.document import parse_document
from summarizers.figures import find_figures
from summarizers.figures.evaluation import (
    MONEY,
    OTHER,
    PERCENT,
    POINTS,
    Case,
    Item,
    Score,
    items_from_figures,
    load_cases,
    score,
)

_QUANTULUM_CURRENCIES = {
    "united states dollar": "USD",
    "dollar": "USD",
    "cent": "USD",
    "australian dollar": "AUD",
    "canadian dollar": "CAD",
    "new zealand dollar": "NZD",
    "hong kong dollar": "HKD",
    "singapore dollar": "SGD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "penny": "GBP",
    "pence": "GBP",
    "japanese yen": "JPY",
    "yen": "JPY",
    "renminbi": "CNY",
    "yuan": "CNY",
    "indian rupee": "INR",
    "rupee": "INR",
    "swiss franc": "CHF",
    "south korean won": "KRW",
}
_MINOR = {"cent", "penny", "pence"}
_PERCENT_UNITS = re.compile(r"percent|per ?cent|\bpc\b|\bpct\b", re.IGNORECASE)


def ours(case: Case) -> list[Item]:
    return items_from_figures(find_figures(parse_document(case.text)))


def quantulum(case: Case) -> list[Item]:
    from quantulum3 import parser

    items = []
    for quantity in parser.parse(case.text):
        unit_name = quantity.unit.name.lower()
        entity = quantity.unit.entity.name.lower()
        value = abs(float(quantity.value))  # it reads "(£244)" as accounting notation: -244
        uncertainty = getattr(quantity, "uncertainty", None)
        currency = None
        group = OTHER
        code = getattr(quantity.unit, "currency_code", None)
        if code or entity == "currency" or unit_name in _QUANTULUM_CURRENCIES:
            currency = code or _QUANTULUM_CURRENCIES.get(unit_name)
            group = MONEY
            if unit_name in _MINOR:
                value /= 100
        elif "percentage point" in unit_name or case.text[quantity.span[1] :].startswith(" point"):
            group = POINTS
        elif (
            unit_name == "percentage"
            or _PERCENT_UNITS.search(unit_name)
            or _PERCENT_UNITS.search(quantity.surface)
        ):
            group = PERCENT
        if uncertainty:
            items.append(
                Item(group, None, value - uncertainty, value + uncertainty, currency, quantity.surface)
            )
        else:
            items.append(Item(group, value, None, None, currency, quantity.surface))
    return items


def run(system: Callable[[Case], list[Item]], cases: Sequence[Case]) -> tuple[dict[str, Score], float]:
    started = time.perf_counter()
    predictions = [system(case) for case in cases]
    elapsed = time.perf_counter() - started
    return score(cases, predictions), elapsed


def main(argv: Sequence[str] | None = None) -> None:
    arguments = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    arguments.add_argument("data", type=Path, help="annotated sentences (JSONL)")
    arguments.add_argument("--misses", action="store_true", help="list what each system missed or invented")
    options = arguments.parse_args(argv)
    warnings.filterwarnings("ignore")  # quantulum3 warns that its optional classifier is missing
    cases = load_cases(options.data)
    gold = sum(len(case.gold) for case in cases)
    print(f"{len(cases)} sentences, {gold} annotated figures ({options.data})\n")
    results = {"ours": run(ours, cases), "quantulum3": run(quantulum, cases)}
    header = (
        f"{'system':12} {'recall':>7} {'money R':>8} {'pct R':>6} {'money P':>8} {'pct P':>6} "
        f"{'m+% P':>6} {'m+% R':>6} {'m+% F1':>7} {'spurious':>8} {'ms/sent':>8}"
    )
    print(header)
    print("-" * len(header))
    for name, (scores, elapsed) in results.items():
        empty = Score()
        money, percent = scores.get(MONEY, empty), scores.get(PERCENT, empty)
        combined = Score(
            gold=money.gold + percent.gold,
            found=money.found + percent.found,
            predicted=money.predicted + percent.predicted,
            correct=money.correct + percent.correct,
        )
        spurious = len(money.spurious) + len(percent.spurious)
        print(
            f"{name:12} {scores['all'].recall:7.3f} {money.recall:8.3f} {percent.recall:6.3f} "
            f"{money.precision:8.3f} {percent.precision:6.3f} "
            f"{combined.precision:6.3f} {combined.recall:6.3f} "
            f"{combined.f1:7.3f} {spurious:8d} {1000 * elapsed / len(cases):8.2f}"
        )
    print("\nrecall: all annotated figures (value or min/max, and currency); P/R/F1 for money and percent.")
    if options.misses:
        for name, (scores, _) in results.items():
            print(f"\n== {name}: missed")
            for case_id, item in scores["all"].misses:
                print(f"  {case_id}: {item.group} {item.value or (item.min, item.max)} {item.currency or ''}")
            print(f"== {name}: money/percent not in the annotation")
            for case_id, item in scores["all"].spurious:
                amount = item.value or (item.min, item.max)
                print(f"  {case_id}: {item.text!r} {item.group} {amount} {item.currency or ''}")


if __name__ == "__main__":
    main()
