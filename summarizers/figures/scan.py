"""Scanning one sentence for figures: amounts, their context, ranges and equivalents.

The scanner works in three passes over a sentence, each linear in its length:
1. the composed `amount` pattern finds every numeral with its currency prefix and scale;
   anchored patterns then read what follows it (currency word, percent, unit, count noun)
   and bounded windows what precedes it (qualifier, "between", a label such as "page");
2. neighbouring amounts joined by a range connector become one range, the currency,
   scale and unit of one end carrying to the end that omits them;
3. a figure followed by another in brackets ("US$26,000 (A$38,000)") takes it as its
   equivalent; then the period ("per year", "/yr") is read after the whole.
Everything the patterns match comes from the data files (see `rules.py`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from summarizers.figures.model import FigureKind
from summarizers.figures.numbers import digits_value, words_value
from summarizers.figures.rules import CURRENCY_LETTERS, UNFOLDED, CurrencyForm, FigureRules

# A "sentence" with more amounts than this is a table or noise: the rest of it is not read.
MAX_AMOUNTS_PER_SENTENCE = 100
# Only the first MAX_SENTENCE_CHARS characters of a sentence are read (no prose sentence
# is longer; a longer one is text without punctuation or noise).
MAX_SENTENCE_CHARS = 3000
_WINDOW = 48
_EXCLUSION_REACH = 40
_CLAUSE_WINDOW = 90
_MAX_PLAIN_DIGITS = 12
_SPACE = "[ \u00a0\u2009\u202f]"
_NEXT_WORD = re.compile(rf"{_SPACE}(?P<word>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*)")
# A model name with digits between a count and its noun: "737 MAX", "F-35", "A380".
_MODEL_NAME = re.compile(
    rf"{_SPACE}(?:\d{{2,4}}(?:{_SPACE}(?-i:[A-Z]{{2,}}))?|(?-i:[A-Z][A-Za-z]{{0,3}})-?\d{{1,4}}(?-i:[A-Z]{{0,3}}))"
    r"(?=\s)"
)
_NAME_AFTER = re.compile(rf"{_SPACE}(?-i:[A-Z])")
_CLOSE_BRACKET = re.compile(rf"{_SPACE}?\)")
_EQUIVALENT_SEPARATOR = re.compile(rf"{_SPACE}?[;,/]{_SPACE}?")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\"“”—–]")
_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_PLURAL_END = re.compile(r"(?<![su])s$|(?<=[^aeiou]i)es$")
_YEAR_MIN, _YEAR_MAX = 1800, 2100
_LOW_BARE_NUMBER = Decimal(10)
_MAX_BARE_POINTS = Decimal(100)
_SPACES = " \u00a0\u2009\u202f"  # what `{space}` matches in the patterns
_GROUP_SEPARATORS = frozenset(",\u00a0\u2009\u202f ")
_NO_PIECES: frozenset[str] = frozenset()
_MINUS = "-−"
_BEFORE_SIGN = " (\u00a0\t"
_SIGN_REACH = 3
_CHANGE_REACH = 4
_THOUSAND = Decimal(1000)

MONEY, PERCENT, POINTS = FigureKind.MONEY, FigureKind.PERCENT, FigureKind.PERCENTAGE_POINTS
DURATION, MEASURE, COUNT, NUMBER = (
    FigureKind.DURATION,
    FigureKind.QUANTITY,
    FigureKind.COUNT,
    FigureKind.NUMBER,
)


@dataclass(slots=True)
class Amount:
    """One numeral with what the text says about it, while the sentence is read."""

    start: int
    end: int
    num_start: int
    num_end: int
    value: Decimal
    grouped: bool = False
    words: bool = False
    weak: bool = False
    scaled: bool = False
    factor: Decimal = Decimal(1)
    currency: str | None = None
    money: bool = False
    dollar: bool = False
    minor: bool = False
    explicit_us: bool = False
    inherited: bool = False
    kind: FigureKind = NUMBER
    unit: str | None = None
    qualifier: str | None = None
    qualifier_form: str | None = None  # the words of the qualifier before it, lower case
    excluded: bool = False
    bare_points: bool = False
    minus: int | None = None  # offset of a "-" or "−" glued to the amount: a sign, or a dash

    def carries_unit(self) -> bool:
        return self.money or self.kind != NUMBER


@dataclass(slots=True)
class RawFigure:
    """A figure of one sentence before document-level resolution (currency, mentions)."""

    start: int
    end: int
    low: Amount
    high: Amount | None = None
    per: str | None = None
    qualifier: str | None = None
    sentence: int = 0
    equivalents: list[RawFigure] = field(default_factory=list)

    @property
    def kind(self) -> FigureKind:
        return self.low.kind

    @property
    def amounts(self) -> tuple[Amount, ...]:
        return (self.low,) if self.high is None else (self.low, self.high)

    @property
    def money(self) -> bool:
        return self.low.money

    @property
    def currency(self) -> str | None:
        return self.low.currency


class ExclusionIndex:
    """Spans that are never figures (dates, times, phone numbers, URLs, names with digits).

    Looked up lazily, around one amount at a time: every exclusion holds a digit, and the
    stretch of text searched reaches `_EXCLUSION_REACH` characters either side of it.
    Amounts with a currency sign before them and percentages are never looked up (no date
    or phone number has one); a currency word after a number is, as in "3p.m.".
    """

    def __init__(self, text: str, rules: FigureRules) -> None:
        self._text = text
        self._patterns = [pattern for _, pattern in rules.exclusions]
        self._screen = rules.exclusion_screen
        self._screened = rules.exclusion_screened
        screened = set(self._screened.values())
        self._unscreened = [pattern for pattern in self._patterns if pattern not in screened]

    def overlaps(self, start: int, end: int, region_start: int, region_end: int) -> bool:
        window_start = max(region_start, start - _EXCLUSION_REACH)
        window_end = min(region_end, end + _EXCLUSION_REACH)
        # Where none of the screened patterns matches at a position before `end`, none of them
        # can overlap the amount: only the few the screen leaves out are searched one by one.
        screen = self._screen.search(self._text, window_start, window_end)
        patterns: Sequence[re.Pattern[str]] = self._unscreened
        if screen is not None and screen.start() < end:
            # The answer is whether any pattern overlaps, in whatever order they are asked: the
            # one that the screen found first is the likeliest, so it is asked first.
            found = self._screened.get(screen.lastindex or 0)
            patterns = [pattern for pattern in self._patterns if pattern is not found]
            if found is not None:
                patterns.insert(0, found)
        for pattern in patterns:
            for match in pattern.finditer(self._text, window_start, window_end):
                if match.start() >= end:
                    break
                if match.end() > start:
                    return True
        return False


class SentenceScanner:
    def __init__(
        self, text: str, rules: FigureRules, exclusions: ExclusionIndex, uses_pound_sign: bool
    ) -> None:
        self.text = text
        self.rules = rules
        self.exclusions = exclusions
        self.uses_pound_sign = uses_pound_sign

    # -- pass 1: amounts ---------------------------------------------------------------

    def amounts(self, start: int, end: int, words: Sequence[str] | None = None) -> list[Amount]:
        found: list[Amount] = []
        for match in self._amount_matches(start, end, words):
            amount = self._read(match, start, end)
            if amount is not None:
                found.append(amount)
                if len(found) == MAX_AMOUNTS_PER_SENTENCE:
                    break
        bare_points = [amount for amount in found if amount.bare_points]
        if bare_points:
            self._bare_points(found, bare_points, start, end)
        return found

    def _amount_matches(self, start: int, end: int, words: Sequence[str] | None) -> Iterator[re.Match[str]]:
        """`amount.finditer(text, start, end)`, with the pattern tried only where it can start.

        `words` are the sentence's word tokens (`summarizers.text.words`), when the sentence
        ends at `end`: they tell whether and where a numeral in words or a currency prefix
        that starts with a letter can start (elsewhere only digits and currency signs can).
        Each match consumes the text up to its end, as in `finditer`; the next is tried at
        the first start after it.
        """
        rules, text = self.rules, self.text
        if words is None:
            yield from rules.amount.finditer(text, start, end)
            return
        # (One search of the whole text, cut per sentence, costs more: the candidate sentences
        # are about half of an article's text.)
        starts = [match.start() for match in rules.amount_signs.finditer(text, start, end)]
        # Most words have no pieces (an empty, false set): the union is taken of the others.
        pieces = _NO_PIECES.union(*filter(None, map(rules.numeral_pieces.__getitem__, words)))
        if pieces:
            if UNFOLDED in pieces:
                yield from rules.amount.finditer(text, start, end)
                return
            if CURRENCY_LETTERS in pieces:
                starts.extend(
                    match.start() for match in rules.amount_currency_letters.finditer(text, start, end)
                )
                pieces = pieces - {CURRENCY_LETTERS}
            starts.extend(self._word_starts(pieces, start, end))
            starts.sort()
        amount = rules.amount
        next_start = start
        for position in starts:
            if position >= next_start:
                match = amount.match(text, position, end)
                if match is not None:
                    next_start = match.end()
                    yield match

    def _word_starts(self, pieces: frozenset[str], start: int, end: int) -> list[int]:
        """Where a numeral in words can start in text[start:end], given the `pieces` of its
        words: where a number, multiplier or fraction word begins a word (`\\b`), and where
        "a"/"an" and one space come before an `article_words` word.

        A numeral word is a whole piece of a word token (a space, hyphen or the end follows
        it), so the sentence holds it among `pieces`; no `_UNFOLDED` letter is in the
        sentence, so its lower case has the offsets of the text."""
        rules, text = self.rules, self.text
        lower = text[start:end].lower()
        first_words, article_words = rules.numeral_first_words, rules.article_words
        found: list[int] = []
        for piece in pieces:
            index = lower.find(piece)
            while index >= 0:
                position = start + index
                if piece in first_words and (position == 0 or not _is_word_character(text[position - 1])):
                    found.append(position)
                if piece in article_words and index >= 2 and lower[index - 1] in _SPACES:
                    if lower[index - 2] == "a":
                        found.append(position - 2)
                    elif index >= 3 and lower[index - 3] == "a" and lower[index - 2] == "n":
                        found.append(position - 3)
                index = lower.find(piece, index + 1)
        return found

    def _bare_points(self, found: list[Amount], bare_points: list[Amount], start: int, end: int) -> None:
        """ "points" alone: an index level or move where the sentence names an index; else
        percentage points next to a percent figure; else a whole number of points is a count."""
        if self.rules.index_words.search(self.text, start, end) is not None:
            return
        has_percent = any(amount.kind == PERCENT for amount in found)
        for amount in bare_points:
            small = not amount.grouped and amount.value < _MAX_BARE_POINTS
            if has_percent and small:
                amount.kind, amount.unit = POINTS, None
            elif amount.value == amount.value.to_integral_value() and not amount.scaled:
                amount.kind = COUNT

    def _read(self, match: re.Match[str], sentence_start: int, sentence_end: int) -> Amount | None:
        rules = self.rules
        numeral = match.group("num")
        num_start, num_end = match.span("num")
        words = not numeral[0].isdigit()
        if words:
            parsed = words_value(numeral, rules)
            if parsed is None:
                return None
            value, length = parsed
            num_end = num_start + length
            weak = numeral[:length].lower() in rules.weak_words or value == 1
            grouped = False
            scaled_words = value >= _THOUSAND
        else:
            scaled_words = False
            parsed_digits = digits_value(numeral)
            if parsed_digits is None:
                return None
            value = parsed_digits
            weak = False
            grouped = not _GROUP_SEPARATORS.isdisjoint(numeral)
        amount = Amount(
            start=match.start(),
            end=num_end,
            num_start=num_start,
            num_end=num_end,
            value=value,
            grouped=grouped,
            words=words,
            weak=weak,
            scaled=scaled_words,
        )
        prefix, scale_form = match.group("pre", "scale")
        if prefix:
            self._apply_prefix(amount, prefix)
        if scale_form and match.end("num") == num_end:
            scale_text = scale_form.strip(" \u00a0\u2009\u202f-").lower()
            scale = rules.scales.get(scale_text)
            if scale is not None:
                amount.end = match.end("scale")
                if scale.attached:
                    self._attached_scale(amount, scale_text, scale.value, sentence_end)
                else:
                    self._scale(amount, scale.value)
                    self._compound_scale(amount, match.group("scale2"), scale.value, match.end("scale2"))
        if not amount.excluded and not grouped and not words and "." not in numeral:
            digits = len(numeral)
            if digits > _MAX_PLAIN_DIGITS:
                amount.excluded = True
        sign = amount.start - 1
        if (
            sign >= sentence_start
            and self.text[sign] in _MINUS
            and (sign == sentence_start or self.text[sign - 1] in _BEFORE_SIGN)
        ):
            amount.minus = sign
        self._read_after(amount, sentence_end)
        prefixed = amount.money and prefix is not None
        could_be_in_exclusion = not (prefixed or amount.words or amount.kind in (PERCENT, POINTS))
        self._read_before(amount, sentence_start)
        self._exclude_non_figures(amount, numeral)
        # The exclusion patterns are the dearest test, so they run last and only for an amount
        # that every other test kept (a plain year, say, is already out).
        if (
            could_be_in_exclusion
            and not amount.excluded
            and self.exclusions.overlaps(num_start, num_end, sentence_start, sentence_end)
        ):
            amount.excluded = True
        return amount

    def _apply_prefix(self, amount: Amount, prefix: str) -> None:
        if amount.money:
            return
        form = self.rules.prefixes.get(prefix.rstrip(" \u00a0\u2009\u202f"))
        code = prefix.strip()
        if form is None and code in self.rules.codes:
            form = CurrencyForm(code, code, explicit_us=code == "USD")
        if form is not None:
            self._set_currency(amount, form)

    def _set_currency(self, amount: Amount, form: CurrencyForm) -> None:
        amount.money = True
        amount.kind = MONEY
        amount.currency = form.currency
        amount.dollar = form.dollar
        amount.explicit_us = form.explicit_us
        amount.minor = form.minor
        if form.minor:
            amount.value /= 100

    @staticmethod
    def _scale(amount: Amount, factor: Decimal) -> None:
        amount.value *= factor
        amount.factor = factor
        amount.scaled = True

    def _compound_scale(self, amount: Amount, word: str | None, first: Decimal, end: int) -> None:
        """ "11.1 lakh crore", "19 thousand crore": a scale word no smaller multiplies the first."""
        if word is None:
            return
        scale = self.rules.scales.get(word.strip(" \u00a0\u2009\u202f").lower())
        if scale is not None and scale.value >= first:
            amount.value *= scale.value
            amount.factor *= scale.value
            amount.end = end

    def _attached_scale(self, amount: Amount, letter: str, factor: Decimal, sentence_end: int) -> None:
        """k/m/b/t glued to digits: a scale for money, otherwise decided by what follows."""
        if amount.money:
            self._scale(amount, factor)
            return
        # a currency after it ("5m euros") makes it money
        position = amount.end
        for pattern in (self.rules.code_suffix, self.rules.suffix):
            suffix = pattern.match(self.text, position, sentence_end)
            if suffix is not None:
                form = self.rules.suffixes.get(suffix.group("form").lower())
                if form is None and suffix.group("form") in self.rules.codes:
                    form = CurrencyForm(suffix.group("form"), suffix.group("form"))
                if form is not None and not form.minor:
                    self._scale(amount, factor)
                    return
        if letter == "k":
            self._scale(amount, factor)
        elif letter == "m":
            noun = self._count_noun(amount.end, sentence_end)
            if noun is not None and noun[0].lower() not in self.rules.metre_contexts:
                self._scale(amount, factor)
            else:
                amount.kind, amount.unit = MEASURE, "m"
        elif letter == "t":
            amount.kind, amount.unit = MEASURE, "t"
        else:
            amount.excluded = True

    # -- what follows the numeral -------------------------------------------------------

    def _read_after(self, amount: Amount, sentence_end: int) -> None:
        rules, text = self.rules, self.text
        position = amount.end
        if not amount.money and amount.kind == NUMBER:
            self._read_currency_suffix(amount, sentence_end)
            position = amount.end
            tax_pence = amount.minor and amount.currency == "GBP"
            if tax_pence and rules.tax_pence.match(text, position, sentence_end):
                # "a 2p cut in national insurance": percentage points off a tax rate
                amount.money, amount.minor, amount.currency, amount.kind = False, False, None, POINTS
                amount.value *= 100
        if not amount.money and amount.kind == NUMBER:
            points = rules.points.match(text, position, sentence_end)
            percent = rules.percent.match(text, position, sentence_end)
            if points is not None and (percent is None or points.end() > percent.end()):
                form = points.group("form").lower()
                if form in rules.bare_points:
                    amount.kind, amount.unit, amount.bare_points = MEASURE, "points", True
                else:
                    amount.kind = POINTS
                    amount.value *= rules.point_factors[form]
                amount.end = points.end()
            elif percent is not None:
                amount.kind = PERCENT
                amount.end = percent.end()
        if not amount.money and amount.kind == NUMBER:
            duration = rules.duration.match(text, position, sentence_end)
            measure = rules.measure.match(text, position, sentence_end)
            if duration is not None:
                amount.kind = DURATION
                amount.unit = rules.durations[duration.group("form").lower()]
                amount.end = duration.end()
                if rules.duration_after.match(text, amount.end, sentence_end):
                    amount.excluded = True
                elif text[position] == "-":
                    following = _NEXT_WORD.match(text, amount.end, sentence_end)
                    if following is not None and following.group("word").lower() in rules.instruments:
                        amount.excluded = True  # "30-year fixed mortgage": a product, not a figure
            elif measure is not None:
                amount.kind = MEASURE
                amount.unit = rules.measures[measure.group("form").lower()]
                amount.end = measure.end()
            else:
                noun = self._count_noun(amount.end, sentence_end)
                if noun is not None:
                    amount.kind, amount.unit = COUNT, noun[0]
                    amount.end = noun[1]
        qualifier = rules.qualifier_after.match(text, amount.end, sentence_end)
        if qualifier is not None and not (amount.kind == NUMBER and qualifier.group("form") == "+"):
            amount.qualifier = rules.qualifier_after_table[qualifier.group("form").lower()]
            amount.end = qualifier.end()

    def _read_currency_suffix(self, amount: Amount, sentence_end: int) -> None:
        rules, text = self.rules, self.text
        position = amount.end
        if position == amount.num_end and not amount.scaled:
            attached = rules.attached_suffix.match(text, position, sentence_end)
            if attached is not None:
                self._set_currency(amount, rules.suffixes[attached.group("form").lower()])
                amount.end = attached.end()
                return
        code = rules.code_suffix.match(text, position, sentence_end)
        if code is not None:
            self._set_currency(
                amount,
                CurrencyForm(code.group("form"), code.group("form"), explicit_us=code.group("form") == "USD"),
            )
            amount.end = code.end()
            return
        suffix = rules.suffix.match(text, position, sentence_end)
        if suffix is None:
            return
        form = rules.suffixes[suffix.group("form").lower()]
        if form.scaled_only and not (amount.scaled or (form.currency == "GBP" and self.uses_pound_sign)):
            return
        self._set_currency(amount, form)
        amount.end = suffix.end()

    def _count_noun(self, position: int, sentence_end: int) -> tuple[str, int] | None:
        """The noun a count counts: "160,000 (striking) actors" -> ("actors", end)."""
        best: tuple[str, int] | None = None
        skipped_model = False
        for _ in range(3):
            model = None if skipped_model else _MODEL_NAME.match(self.text, position, sentence_end)
            if model is not None:
                position, skipped_model = model.end(), True  # "27 737 MAX jets", "48 F-35 fighters"
                continue
            word = _NEXT_WORD.match(self.text, position, sentence_end)
            if word is None:
                break
            token = word.group("word")
            lowered = token.lower()
            if lowered in self.rules.count_modifiers and best is None:
                position = word.end()
                continue
            if lowered in self.rules.stop_words:
                break
            if lowered in self.rules.plural_nouns or _PLURAL_END.search(lowered):
                best = (token, word.end())
            position = word.end()
        return best

    # -- what precedes the numeral ------------------------------------------------------

    def _read_before(self, amount: Amount, sentence_start: int) -> None:
        rules, text = self.rules, self.text
        window_start = max(sentence_start, amount.start - _WINDOW)
        token = _previous_token(text, window_start, amount.start)
        # The end-anchored searches try every position of their reach: they run only where
        # the token before the amount can end one of their forms (most tokens cannot).
        qualifier = (
            rules.qualifier_before.search(
                text, max(window_start, amount.start - rules.qualifier_before_reach), amount.start
            )
            if _may_end_with(token, rules.qualifier_before_last_words)
            else None
        )
        if qualifier is not None:
            form = " ".join(qualifier.group("form").lower().split())
            if form in rules.particles_after_changes:
                verb = _previous_token(text, window_start, qualifier.start("form"))
                if verb is not None and verb.lower() in rules.change_words:
                    qualifier = None  # "ticked up to 3.9%": the verb's particle
        if qualifier is not None:
            amount.qualifier = rules.qualifier_before_table[form]
            amount.qualifier_form = form
            amount.start = qualifier.start("form")
            token = _previous_token(text, window_start, amount.start)
        if token is not None and not (amount.money or amount.kind in (PERCENT, POINTS)):
            bare = token.strip("\"'“”‘’(").lower()
            if bare in rules.measures_before and amount.kind == NUMBER:
                amount.kind, amount.unit = MEASURE, rules.measures_before[bare]  # "magnitude 7.8"
            elif bare in rules.label_words or bare.rstrip(",;:") in rules.label_words:
                amount.excluded = True
            elif bare.isdigit() and _NAME_AFTER.match(text, amount.num_end):
                amount.excluded = True  # "27 737 MAX jets": a number, then a model number
            elif (
                token[:1].isupper()
                and bare.rstrip(",;:.") not in rules.capitalised_ok
                and not token.endswith((",", ";", ":", "."))
                and not amount.scaled
                and amount.kind in (NUMBER, COUNT)
            ):
                amount.excluded = True  # "Boeing 737", "Windows 11", "Apollo 11 astronauts"
        if (
            not (amount.excluded or amount.money)
            and _may_end_with(token, rules.duration_before_last_words)
            and rules.duration_before.search(
                text, max(window_start, amount.start - rules.duration_before_reach), amount.start
            )
        ):
            amount.excluded = True

    def _exclude_non_figures(self, amount: Amount, numeral: str) -> None:
        # Each test only excludes: the first that does settles it, the patterns come last.
        if amount.excluded:
            return
        if amount.weak and not (
            amount.money
            or amount.kind in (PERCENT, POINTS, MEASURE)
            or amount.scaled
            or (amount.kind == DURATION and amount.qualifier is not None)  # "more than a year"
        ):
            amount.excluded = True
            return
        is_plain_year = (
            not amount.words
            and not amount.grouped
            and not amount.scaled
            and numeral.isdigit()
            and len(numeral) == 4
            and _YEAR_MIN <= int(numeral) <= _YEAR_MAX
        )
        if (
            (is_plain_year and not amount.money and amount.kind in (NUMBER, COUNT))
            or (amount.kind == NUMBER and amount.words and not amount.scaled)
            or (amount.kind == NUMBER and not amount.qualifier and self._is_appositive_age(amount))
            or (not amount.money and amount.kind in (NUMBER, COUNT) and self._is_ratio(amount))
        ):
            amount.excluded = True

    def _is_ratio(self, amount: Amount) -> bool:
        """ "Eight in ten voters": either number of a ratio."""
        rules, text = self.rules, self.text
        if rules.ratio_after.match(text, amount.num_end):
            return True
        return rules.ratio_before.search(text, max(0, amount.num_start - 16), amount.num_start) is not None

    def _is_appositive_age(self, amount: Amount) -> bool:
        """ "Name, 33, a care worker": a small number between commas after a capitalised word."""
        text = self.text
        if amount.value > self.rules.max_age or text[amount.end : amount.end + 1] not in (",", ")", ";", "."):
            return False
        previous = _previous_token(text, max(0, amount.start - 40), amount.start)
        return previous is not None and previous.endswith(",") and previous[:1].isupper()

    # -- pass 2: ranges ------------------------------------------------------------------

    def figures(
        self, start: int, end: int, sentence: int, words: Sequence[str] | None = None
    ) -> list[RawFigure]:
        """The figures of the sentence text[start:end]; `words` are its word tokens, if known."""
        read_end = min(end, start + MAX_SENTENCE_CHARS)
        amounts = self.amounts(start, read_end, words if read_end == end else None)
        if all(amount.excluded for amount in amounts):
            return []  # no pass below turns an excluded amount back into a figure
        end = read_end
        self._apply_signs(amounts)
        self._over_durations(amounts, start)
        self._cents(amounts)
        figures = self._ranges(amounts, start)
        self._implied_counts(figures, start)
        figures, periods = self._equivalents(figures, end)
        self._compared_money(figures)
        result = []
        for figure, period in zip(figures, periods, strict=True):
            if figure.low.excluded or (figure.high is not None and figure.high.excluded):
                continue
            if figure.kind == NUMBER and not self._bare_number_matters(figure):
                continue
            figure.sentence = sentence
            self._read_period(figure, period, start, end)
            result.append(figure)
        return result

    @staticmethod
    def _apply_signs(amounts: list[Amount]) -> None:
        """A glued minus is a sign unless an amount ends just before it ("10 -15%" is a range)."""
        for index, amount in enumerate(amounts):
            if amount.minus is None:
                continue
            previous = amounts[index - 1] if index else None
            if previous is not None and amount.minus - previous.end < _SIGN_REACH:
                continue
            amount.value = -amount.value
            amount.start = amount.minus

    def _implied_counts(self, figures: list[RawFigure], sentence_start: int) -> None:
        """ "a crowd of 75,784", "2,000 flights were canceled and 9,000 were delayed": a bare
        whole (or scaled) number counts the people of its head, or the noun of the first count
        before it in the sentence."""
        rules, text = self.rules, self.text
        counted: str | None = None
        for figure in figures:
            low = figure.low
            if low.excluded:
                continue
            if figure.kind == COUNT and figure.high is None and low.unit:
                counted = counted or low.unit  # the sentence's first count: "12,000 people in 30
                continue  # countries and plans to add 2,000 more" adds people
            if figure.kind != NUMBER or figure.high is not None:
                continue
            if (
                not (low.scaled or low.value == low.value.to_integral_value())
                or text[low.end : low.end + 1] == "-"
            ):
                continue  # not "the 40-hectare site"
            words = _WORDS.findall(text, max(sentence_start, low.start - _WINDOW), low.start)
            if len(words) >= 2 and words[-1].lower() == "of" and words[-2].lower() in rules.count_heads:
                low.kind, low.unit = COUNT, rules.count_heads[words[-2].lower()]
            elif counted is not None and not (words and words[-1].lower() == "at"):
                low.kind, low.unit = COUNT, counted  # not a price: "500 shares at 12"

    def _cents(self, amounts: list[Amount]) -> None:
        """ "1.3 billion euros, or 45 cents a share": dollar cents take the explicit currency of
        the nearest other money amount of the sentence (see currencies.yaml `sub_units`)."""
        money = [amount for amount in amounts if amount.money and not amount.excluded]
        for amount in money:
            if not (amount.minor and amount.dollar):
                continue
            others = [other for other in money if other is not amount]
            if not others:
                continue
            nearest = min(others, key=lambda other: _distance(amount, other))
            if not nearest.dollar and nearest.currency in self.rules.cent_currencies:
                amount.currency, amount.dollar, amount.explicit_us = nearest.currency, False, False

    def _over_durations(self, amounts: list[Amount], sentence_start: int) -> None:
        """ "$5bn over 10 years": "over" before a duration is "during" after another figure of
        the clause or a verb of spreading; after "for"/"in" or on its own it is "more than"."""
        rules, text = self.rules, self.text
        previous: Amount | None = None
        for amount in amounts:
            if amount.kind == DURATION and amount.qualifier_form in rules.over_words:
                words = _WORDS.findall(text, max(sentence_start, amount.start - _WINDOW), amount.start)
                before = words[-1].lower() if words else ""
                if before in rules.over_length_words:
                    pass
                elif before in rules.spreading_verbs or (
                    previous is not None
                    and amount.start - previous.end <= rules.over_reach
                    and _CLAUSE_BREAK.search(text, previous.end, amount.start) is None
                ):
                    amount.qualifier = amount.qualifier_form = None
                    if amount.weak:
                        amount.excluded = True  # "rose 5% over a year": a period, not a figure
            if not amount.excluded:
                previous = amount

    def _ranges(self, amounts: list[Amount], sentence_start: int) -> list[RawFigure]:
        figures: list[RawFigure] = []
        index = 0
        while index < len(amounts):
            low = amounts[index]
            high = amounts[index + 1] if index + 1 < len(amounts) else None
            if high is not None and self._joins(low, high, sentence_start):
                figures.append(
                    RawFigure(low.start, high.end, low, high, qualifier=low.qualifier or high.qualifier)
                )
                index += 2
                continue
            figures.append(RawFigure(low.start, low.end, low, qualifier=low.qualifier))
            index += 1
        return figures

    def _joins(self, low: Amount, high: Amount, sentence_start: int) -> bool:
        rules, text = self.rules, self.text
        gap_start, gap_end = low.end, high.start
        if gap_end < gap_start or gap_end - gap_start > 12 or high.qualifier is not None:
            return False
        window_start = max(sentence_start, low.start - _WINDOW)
        opener = rules.range_open.search(text, window_start, low.start)
        opened_by = " ".join(opener.group("form").lower().split()) if opener is not None else None
        if opened_by == "between" and rules.between_connector.fullmatch(text, gap_start, gap_end):
            connector = "and"
        elif rules.range_connector.fullmatch(text, gap_start, gap_end):
            connector = text[gap_start:gap_end].strip().lower()
            if connector == "and":
                return False
        else:
            return False
        if (
            connector == "to"
            and opened_by not in rules.range_of
            and self._follows_change(low, sentence_start, whole_clause=opened_by == "from")
        ):
            return False
        if low.excluded or high.excluded:
            if connector in "-–—" and gap_end - gap_start <= 1:
                low.excluded = high.excluded = True
            return False
        if not low.carries_unit() and not high.carries_unit() and connector in "-–—":
            low.excluded = high.excluded = True  # a score: "won 3-1", "7-6"
            return False
        return self._carry(low, high)

    def _follows_change(self, low: Amount, sentence_start: int, *, whole_clause: bool = False) -> bool:
        """Whether a change word leads to `low` ("rose 5% to", "fell from 3% to"): then "X to Y"
        are two figures. Only the last few words count, and not across "of" ("a rise of 0.2 to
        0.3 points" is a range). After "from" the whole clause counts: "raise the minimum wage
        from $7.25 to $15"."""
        window_start = max(sentence_start, low.start - _CLAUSE_WINDOW)
        clause = self.text[window_start : low.start]
        breaks = list(_CLAUSE_BREAK.finditer(clause))
        if breaks:
            clause = clause[breaks[-1].end() :]
        words = _WORDS.findall(clause)
        for word in reversed(words if whole_clause else words[-_CHANGE_REACH:]):
            lowered = word.lower()
            if lowered in self.rules.change_words:
                return True
            if lowered == "of":
                return False
        return False

    def _carry(self, low: Amount, high: Amount) -> bool:
        """Make the two ends of a range agree; False when they cannot be one range."""
        if low.money or high.money:
            if low.money and high.money and low.currency != high.currency:
                if high.dollar and not low.dollar:
                    self._inherit_currency(high, low)
                elif low.dollar and not high.dollar:
                    self._inherit_currency(low, high)
                else:
                    return False
            elif low.money and high.money:
                if high.dollar and not low.dollar:
                    self._inherit_currency(high, low)
                elif low.dollar and not high.dollar:
                    self._inherit_currency(low, high)
            else:
                source, target = (low, high) if low.money else (high, low)
                if target.kind not in (NUMBER, COUNT):
                    return False
                self._inherit_currency(target, source)
                target.kind, target.unit = MONEY, None
        else:
            if low.kind == NUMBER and high.kind != NUMBER:
                low.kind, low.unit = high.kind, high.unit
            elif high.kind == NUMBER and low.kind != NUMBER:
                high.kind, high.unit = low.kind, low.unit
            if low.kind != high.kind or (low.unit != high.unit and low.kind != COUNT):
                return False
            if low.kind == COUNT:
                low.unit = high.unit
        low_value, high_value = low.value, high.value
        if high.scaled and not low.scaled and not low.grouped and low.value < high.value / high.factor:
            low_value = low.value * high.factor
            low.factor = high.factor
        elif low.scaled and not high.scaled and not high.grouped and high.value > low.value / low.factor:
            high_value = high.value * low.factor
            high.factor = low.factor
        if not low_value < high_value:
            return False
        low.value, high.value = low_value, high_value
        low.scaled = low.scaled or high.scaled
        high.scaled = low.scaled
        return True

    @staticmethod
    def _inherit_currency(target: Amount, source: Amount) -> None:
        target.money = True
        target.kind = MONEY
        target.currency = source.currency
        target.dollar = source.dollar
        target.inherited = not source.dollar
        target.explicit_us = False

    # -- pass 3: equivalents in brackets, periods -----------------------------------------

    def _equivalents(
        self, figures: list[RawFigure], sentence_end: int
    ) -> tuple[list[RawFigure], list[re.Match[str] | None]]:
        """ "US$26,000 (A$38,000)", "A$3.1bn ($2.4bn; £1.25bn)", "$10bn per annum (£5.5bn)".

        Also the `per_after` match at the end of each figure returned, for `_read_period`
        (matched here already where the end did not move)."""
        text = self.text
        result: list[RawFigure] = []
        periods: list[re.Match[str] | None] = []
        index = 0
        while index < len(figures):
            figure = figures[index]
            position = figure.end
            period = self.rules.per_after.match(text, position, sentence_end)
            if period is not None:
                position = period.end()
            opening = self.rules.open_bracket.match(text, position, sentence_end)
            inner: list[RawFigure] = []
            following = index + 1
            while (
                opening is not None
                and following < len(figures)
                and self._converts(figure, figures[following])
                and (
                    figures[following].start == opening.end()
                    if not inner
                    else _EQUIVALENT_SEPARATOR.fullmatch(text, inner[-1].end, figures[following].start)
                    is not None
                )
            ):
                inner.append(figures[following])
                following += 1
            close = _CLOSE_BRACKET.match(text, inner[-1].end, sentence_end) if inner else None
            end = close.end() if close is not None else None
            if close is None and inner and _EQUIVALENT_SEPARATOR.match(text, inner[-1].end, sentence_end):
                # "(£9.1bn; and more words)": the equivalents read so far stand, the rest is text
                end = inner[-1].end
            if end is None:
                result.append(figure)
                periods.append(period)
                index += 1
                continue
            for equivalent in inner:
                if (
                    equivalent.money
                    and figure.currency == "USD"
                    and all(a.dollar for a in equivalent.amounts)
                ):
                    # a bare "$" converting a US-dollar amount is another dollar
                    for amount in equivalent.amounts:
                        amount.currency, amount.dollar, amount.inherited = None, True, True
            if period is not None:
                figure.per = self.rules.per_after_table[_period_key(period.group("form"))]
            figure.equivalents.extend(inner)
            figure.end = end
            result.append(figure)
            periods.append(self.rules.per_after.match(text, end, sentence_end))
            index = following
        return result, periods

    def _compared_money(self, figures: list[RawFigure]) -> None:
        """ "4.3bn rupees, against 2.7bn": a scaled bare number compared with money is money."""
        for previous, figure in itertools.pairwise(figures):
            low = figure.low
            if not (figure.kind == NUMBER and figure.high is None and low.scaled and previous.money):
                continue
            if low.start - previous.end > self.rules.comparison_gap:
                continue
            if self.rules.comparison.search(self.text, previous.end, low.start) is None:
                continue
            source = previous.high or previous.low
            self._inherit_currency(low, source)
            low.unit = None

    @staticmethod
    def _converts(figure: RawFigure, following: RawFigure) -> bool:
        """Whether `following` can be `figure` in another currency or unit."""
        if figure.money and following.money:
            return figure.currency != following.currency or following.low.dollar or figure.low.dollar
        if figure.kind == MEASURE and following.kind == MEASURE:
            return figure.low.unit != following.low.unit
        return False

    def _read_period(
        self, figure: RawFigure, period: re.Match[str] | None, sentence_start: int, sentence_end: int
    ) -> None:
        """The period of a figure; `period` is the `per_after` match at its end."""
        rules, text = self.rules, self.text
        if period is not None:
            figure.per = rules.per_after_table[_period_key(period.group("form"))]
            figure.end = period.end()
            qualifier = rules.qualifier_after.match(text, figure.end, sentence_end)
            if qualifier is not None and figure.qualifier is None:
                figure.qualifier = rules.qualifier_after_table[qualifier.group("form").lower()]
                figure.end = qualifier.end()
            return
        if figure.per is not None:
            return
        generic = rules.per_generic.match(text, figure.end, sentence_end)
        if generic is not None and figure.kind in (MONEY, MEASURE, COUNT, NUMBER):
            base = " ".join(generic.group("base").lower().split())
            if base.split()[-1] not in rules.not_bases:
                figure.per = base
                if generic.group("gap") is None:
                    figure.end = generic.end()  # "$14,000 per host"; not "$20,000 in debt per borrower"
                return
        if not figure.money:
            return
        window_start = max(sentence_start, figure.start - _WINDOW)
        clause = text[window_start : figure.start]
        breaks = list(_CLAUSE_BREAK.finditer(clause))
        offset = breaks[-1].end() if breaks else 0
        before = rules.per_before.search(clause, offset)
        if before is not None:
            figure.per = rules.per_before_table[before.group("form").lower()]

    def _bare_number_matters(self, figure: RawFigure) -> bool:
        low = figure.low
        if low.words:
            return low.scaled
        return low.value >= _LOW_BARE_NUMBER or low.value != low.value.to_integral_value()


def _previous_token(text: str, start: int, end: int) -> str | None:
    r"""The run of non-space characters of text[start:end] that ends it, but for one space
    (`_SPACES`) after it; None if there is none.

    What `(?P<token>\S+)[ \u00a0\u2009\u202f]?$` finds searched for in text[start:end] (its
    `$` also matches before a newline that ends the text), read backwards from `end`: a regex
    search would try every start and run on to the end from each.
    """
    position = end
    if position > start and text[position - 1] == "\n":
        position -= 1
    if position > start and text[position - 1] in _SPACES:
        position -= 1
    if position == start or text[position - 1].isspace():
        return None
    return text[start:position].rsplit(None, 1)[-1]


def _may_end_with(token: str | None, last_words: tuple[str, ...]) -> bool:
    """Whether a pattern "form, optional space, `$`" whose forms end with `last_words` (see
    rules.py `_last_words`) can match a search whose previous token (`_previous_token`, over
    the same end and a start no later) is `token`.

    Such a match is that token's end: its form's last word, having no space, ends the token.
    `str.lower` compares case as the patterns' IGNORECASE does on ASCII text only; any other
    token is left to the pattern ("ſome" is "some" to it).
    """
    if token is None:
        return False
    return not token.isascii() or token.lower().endswith(last_words)


def _is_word_character(character: str) -> bool:
    """Whether `\\w` matches `character`."""
    return character.isalnum() or character == "_"


def _distance(amount: Amount, other: Amount) -> int:
    """Characters between two amounts of a sentence."""
    return amount.start - other.end if other.end <= amount.start else other.start - amount.end


def _period_key(form: str) -> str:
    """ "a-year", "a  year" and "A year" are the same period form."""
    return " ".join(form.lower().replace("-", " ").split())
