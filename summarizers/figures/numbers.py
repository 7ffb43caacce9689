"""Reading the value of a numeral: digits with separators, or English number words."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from summarizers.figures.rules import FigureRules

_SEPARATORS = re.compile(r"[,\u00a0\u2009\u202f ]")
_WORD = re.compile(r"[^\W\d_]+")
_FILLERS = frozenset({"and", "of"})
_ARTICLES = frozenset({"a", "an"})
_HUNDRED = Decimal(100)


def digits_value(numeral: str) -> Decimal | None:
    """160,000 -> 160000; 1 000 -> 1000; 3.25 -> 3.25."""
    try:
        return Decimal(numeral if numeral.isdecimal() else _SEPARATORS.sub("", numeral))
    except InvalidOperation:
        return None


def words_value(numeral: str, rules: FigureRules) -> tuple[Decimal, int] | None:
    """Value of a run of number words and how many characters of it form the number.

    "twelve hundred" -> 1200, "thirty-five" -> 35, "half a million" -> 500000.
    A run that stops making sense ("two three") is cut where it stops.
    """
    tokens = [(match.group(0).lower(), match.end()) for match in _WORD.finditer(numeral)]
    if not tokens:
        return None
    if len(tokens) > 1 and tokens[0][0] in _ARTICLES and tokens[1][0] in rules.fractions:
        tokens = tokens[1:]  # "a quarter of a million"
    first = tokens[0][0]
    if first in rules.fractions:
        # "half a million", "a quarter of a million"
        words = [token for token in tokens[1:] if token[0] not in _FILLERS and token[0] not in _ARTICLES]
        if words and words[0][0] in rules.multipliers:
            return rules.fractions[first] * rules.multipliers[words[0][0]], words[0][1]
        if not words and len(tokens) > 1:
            return rules.fractions[first], tokens[-1][1]  # "half a" (percentage point)
        return None
    if len(tokens) == 1 and first_is_article(tokens[0][0]):
        return Decimal(1), tokens[0][1]  # "a" (percentage point)
    names = [token for token, _ in tokens]
    if len(names) == 5 and names[1] == "and" and names[2] in _ARTICLES and names[3] in rules.fractions:
        # "one and a half million", "two-and-a-half billion"
        whole, fraction, scale = names[0], names[3], names[4]
        if whole in rules.number_words and scale in rules.multipliers:
            amount = (rules.number_words[whole] + rules.fractions[fraction]) * rules.multipliers[scale]
            return amount, tokens[-1][1]
    if (
        len(names) == 4
        and names[1] == "and"
        and names[2] in _ARTICLES
        and names[3] in rules.fractions
        and names[0] in rules.number_words
    ):
        # "eight-and-a-half" (years), "two and a half" (days)
        return rules.number_words[names[0]] + rules.fractions[names[3]], tokens[-1][1]
    if tokens[0][0] in rules.multipliers:
        return None  # "million" or "hundred" alone is not a number ("millions of" is not either)
    total = Decimal(0)
    current = Decimal(0)
    consumed = 0
    seen_number = False
    for index, (token, end) in enumerate(tokens):
        if token in _FILLERS:
            continue
        if token in _ARTICLES and index == 0:
            current = Decimal(1)
            continue
        if token in rules.number_words:
            value = rules.number_words[token]
            if not _can_add(current, value):
                break
            current += value
        elif token in rules.multipliers:
            multiplier = rules.multipliers[token]
            if multiplier < 1000:
                current = (current or Decimal(1)) * multiplier
            else:
                total += (current or Decimal(1)) * multiplier
                current = Decimal(0)
        else:
            break
        seen_number = True
        consumed = end
    if not seen_number:
        return None
    return total + current, consumed


def first_is_article(token: str) -> bool:
    return token in _ARTICLES


def _can_add(current: Decimal, value: Decimal) -> bool:
    if current == 0 or current % _HUNDRED == 0:
        return True
    tens = current % _HUNDRED
    return tens >= 20 and tens % 10 == 0 and value < 10
