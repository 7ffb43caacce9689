"""Key figures of a document: find every figure, resolve currencies, merge repeats, rank.

The bare-dollar rule (also stated in `data/en/figures/currencies.yaml`):
a bare "$" (or "dollars") is US dollars, unless the article itself marks US dollars
explicitly ("US$", "(US)$", "US dollars", "USD") and also writes bare "$" amounts. Then a
bare amount is the article's own dollar, which the text does not name, and it gets:
1. the currency of the other end of its range, or of the figure it is the bracketed
   equivalent of ("US$300,000 and $900,000" -> USD; "A$445,000 – $1.3 million" -> AUD);
2. else the currency of the same amount stated elsewhere in the article with an explicit
   or inherited currency, if that is one currency only (the headline "$1.3 million" of the
   Australian example is the AUD end of "A$445,000 – $1.3 million" -> AUD);
3. else no currency (None): the figure is still money, in a dollar the text does not name.
Extension (currencies.yaml `home_dollars`): an article that names no dollar's currency but
names an institution of another dollar's country (the ASX, the Reserve Bank of Australia)
gives its bare "$" amounts no currency either, rather than USD.
A bare "$" in brackets after a US-dollar figure is a conversion into another dollar and
gets no currency either, unless rule 2 finds one.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from summarizers.document import Document, Sentence, SentenceKind
from summarizers.figures.about import describe
from summarizers.figures.model import Equivalent, FigureKind, KeyFigure, Mention, Qualifier
from summarizers.figures.rules import FigureRules, figure_rules
from summarizers.figures.scan import Amount, ExclusionIndex, RawFigure, SentenceScanner

_DIGIT = re.compile(r"\d")
# Currencies written with a "$" sign of their own (US$, A$, C$, NZ$, HK$, S$...): an article
# that names one of them settles its dollars by the bare-dollar rule alone.
_DOLLARS = frozenset({"USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD", "MXN", "BRL"})
DEFAULT_MAX_FIGURES = 10
# At most this many figures before one in its sentence are asked what they are about, for a
# figure that shares theirs ("rose 84 cents, or 1.1%, to $74.60").
_MAX_EARLIER = 4
# A sentence of at least MIN_NOISE_LENGTH characters of which letters make less than
# MIN_LETTER_SHARE is not prose ("1,2$,3£4 ..."): it is not read for figures.
MIN_NOISE_LENGTH = 40
MIN_LETTER_SHARE = 0.2
LEAD_SENTENCES = 3
_KIND_WEIGHT = {
    FigureKind.MONEY: 0.45,
    FigureKind.PERCENT: 0.4,
    FigureKind.PERCENTAGE_POINTS: 0.35,
    FigureKind.COUNT: 0.25,
    FigureKind.QUANTITY: 0.2,
    FigureKind.DURATION: 0.15,
    FigureKind.NUMBER: 0.05,
}
_HEADLINE_BONUS = 0.25
_SUMMARY_BONUS = 0.15
_LEAD_BONUS = 0.1
_MENTION_BONUS = 0.075
_MAX_MENTION_BONUS = 0.15
_DETAIL_BONUS = 0.05
_FURNITURE_PENALTY = 0.2


def find_figures(document: Document) -> tuple[KeyFigure, ...]:
    """Every figure of the document, in document order, repeats merged into mentions."""
    return _figures(document, ())


def extract_key_figures(
    document: Document,
    *,
    summary_sentences: Collection[int] = (),
    max_figures: int = DEFAULT_MAX_FIGURES,
) -> tuple[KeyFigure, ...]:
    """The `max_figures` most salient figures, in document order.

    Salience favours figures in the headline and in `summary_sentences` (indices of
    `document.sentences`), money and percentages, and figures that recur.
    """
    if max_figures <= 0:
        return ()
    return _figures(document, frozenset(summary_sentences), max_figures)


def _figures(
    document: Document, summary_sentences: Collection[int], max_figures: int | None = None
) -> tuple[KeyFigure, ...]:
    """The figures in document order; with `max_figures`, only that many of the most salient."""
    if not document.language.has_figure_rules or not document.sentences:
        return ()
    rules = figure_rules(document.language.code)
    text = document.text
    candidates = _candidate_sentences(document, rules)
    scanner = SentenceScanner(text, rules, ExclusionIndex(text, rules), uses_pound_sign="£" in text)
    raw: list[RawFigure] = []
    for sentence in candidates:
        raw.extend(scanner.figures(sentence.start, sentence.end, sentence.index, sentence.words))
    resolve_bare_dollars(raw, lambda: home_dollar(document, rules))
    merged = _merge_repeats(raw)
    lead = _lead_sentences(document)
    salience = [_salience(group, raw, document, summary_sentences, lead) for group in merged]
    chosen: Sequence[int] = range(len(merged))
    if max_figures is not None:
        start = [raw[group.statements[0]].start for group in merged]
        by_salience = sorted(chosen, key=lambda index: (-salience[index], start[index]))
        chosen = sorted(by_salience[:max_figures], key=lambda index: start[index])
    # Only the chosen figures are built; what one is about is read last, being the costliest step.
    return tuple(
        _with_about(
            _key_figure(merged[index], raw, text, salience[index]),
            merged[index].statements,
            raw,
            document,
            rules,
        )
        for index in chosen
    )


def _with_about(
    figure: KeyFigure, statements: list[int], raw: list[RawFigure], document: Document, rules: FigureRules
) -> KeyFigure:
    """`about` from the first statement of the figure (positions in `raw`, which is in text
    order) that says what it measures, with the figures before it in its sentence."""
    for position in statements:
        statement = raw[position]
        sentence = document.sentences[statement.sentence]
        first = position
        while first and position - first < _MAX_EARLIER and raw[first - 1].sentence == statement.sentence:
            first -= 1
        earlier = raw[first:position]
        about = describe(document.text, statement, sentence.start, sentence.end, rules, earlier=earlier)
        if about:
            return replace(figure, about=about)
    return figure


def _candidate_sentences(document: Document, rules: FigureRules) -> list[Sentence]:
    """The sentences that can hold a figure: prose with a digit or a number word (most
    sentences of an article have neither; the patterns run on the others alone).

    The digit test is one search for the next digit of the text, which answers every sentence
    up to it, rather than one search per sentence."""
    text = document.text
    is_candidate_token = rules.is_candidate_token.__getitem__
    candidates: list[Sentence] = []
    searched_from, next_digit = 0, -1  # the first digit at or after `searched_from`
    for sentence in document.sentences:
        start = sentence.start
        if next_digit < start or start < searched_from:
            found = _DIGIT.search(text, start)
            searched_from, next_digit = start, found.start() if found is not None else len(text)
        if (next_digit < sentence.end or any(map(is_candidate_token, sentence.words))) and _is_prose(
            sentence
        ):
            candidates.append(sentence)
    return candidates


def _is_prose(sentence: Sentence) -> bool:
    """Whether a sentence reads as text: a run of digits and signs with hardly a letter
    (a table dump, a tracking code, noise) is not read for figures."""
    length = len(sentence.text)
    if length < MIN_NOISE_LENGTH:
        return True
    return sum(map(len, sentence.words)) >= MIN_LETTER_SHARE * length


# -- currencies -----------------------------------------------------------------------------


def _all_amounts(figures: Iterable[RawFigure]) -> Iterable[tuple[RawFigure, Amount]]:
    for figure in figures:
        for amount in figure.amounts:
            yield figure, amount
        for equivalent in figure.equivalents:
            for amount in equivalent.amounts:
                yield equivalent, amount


def _is_bare(amount: Amount) -> bool:
    return amount.money and amount.dollar and not amount.inherited


def home_dollar(document: Document, rules: FigureRules) -> str | None:
    """The one home dollar other than USD that the article's institutions establish, if any.

    Only sentences holding the first word of a cue are searched (a megabyte of digits and
    signs has none)."""
    found: set[str] = set()
    for sentence in document.sentences:
        if rules.home_dollar_first_words.isdisjoint(sentence.words):
            continue
        found.update(
            code
            for code, cues in rules.home_dollar_cues
            if cues.search(document.text, sentence.start, sentence.end)
        )
    return next(iter(found)) if len(found) == 1 else None


def resolve_bare_dollars(figures: list[RawFigure], home: Callable[[], str | None] | None = None) -> None:
    """Apply the bare-dollar rule of the module docstring to the figures of one article.

    `home` gives (when called, only if needed) a dollar other than USD that the article
    establishes by its institutions (see `home_dollar`); when no dollar amount of the article
    names its currency, the bare ones then get none (the extension in currencies.yaml).
    """
    amounts = list(_all_amounts(figures))
    marks_us = any(amount.explicit_us for _, amount in amounts)
    bare = [(figure, amount) for figure, amount in amounts if _is_bare(amount)]
    if not bare:
        return
    if not marks_us:
        named_dollar = any(
            amount.money and not amount.dollar and amount.currency in _DOLLARS for _, amount in amounts
        )
        if home is not None and not named_dollar and home() is not None:
            for _, amount in bare:
                amount.currency = None
        return
    known: dict[Decimal, set[str]] = {}
    for _, amount in amounts:
        if amount.money and amount.currency is not None and not _is_bare(amount):
            known.setdefault(amount.value, set()).add(amount.currency)
    seen: set[int] = set()
    for figure, _ in bare:
        if id(figure) in seen:
            continue
        seen.add(id(figure))
        ends = [amount for amount in figure.amounts if _is_bare(amount)]
        candidates: set[str] | None = None
        for amount in ends:
            found = known.get(amount.value, set())
            candidates = found if candidates is None else candidates & found
        currency = next(iter(candidates)) if candidates is not None and len(candidates) == 1 else None
        for amount in ends:
            amount.currency = currency
            amount.inherited = currency is not None


# -- merging and building ------------------------------------------------------------------


def _number(value: Decimal) -> float:
    return float(value)


def _values(figure: RawFigure) -> tuple[float | None, float | None, float | None]:
    if figure.high is None:
        return _number(figure.low.value), None, None
    return None, _number(figure.low.value), _number(figure.high.value)


def _unit(figure: RawFigure) -> str | None:
    if figure.kind in (FigureKind.MONEY, FigureKind.PERCENT, FigureKind.PERCENTAGE_POINTS):
        return None
    return figure.low.unit


def _qualifier(figure: RawFigure) -> Qualifier | None:
    return Qualifier(figure.qualifier) if figure.qualifier else None


def _identity(figure: RawFigure) -> tuple[object, ...]:
    """What two statements of one figure share: kind, value or range, currency, unit (any case)."""
    unit = _unit(figure)
    return (
        figure.kind,
        *_values(figure),
        figure.currency if figure.money else None,
        unit.lower() if unit else None,
    )


@dataclass(slots=True)
class _Repeats:
    """The statements of one figure (indices of `figures` in `_merge_repeats`), first first,
    with what the later ones add to the first."""

    statements: list[int]
    per: str | None
    qualifier: Qualifier | None
    equivalents: list[RawFigure]


def _merge_repeats(figures: list[RawFigure]) -> list[_Repeats]:
    """One figure per distinct amount; later statements of it become its mentions."""
    merged: list[_Repeats] = []
    by_identity: dict[tuple[object, ...], list[_Repeats]] = {}
    for position, figure in enumerate(figures):
        identity = _identity(figure)
        per = figure.per
        target = None
        for group in by_identity.get(identity, ()):
            if group.per is None or per is None or group.per == per:
                target = group
                break
        if target is None:
            group = _Repeats([position], per, _qualifier(figure), figure.equivalents)
            by_identity.setdefault(identity, []).append(group)
            merged.append(group)
            continue
        target.statements.append(position)
        target.per = target.per or per
        target.qualifier = target.qualifier or _qualifier(figure)
        target.equivalents = target.equivalents or figure.equivalents
    return merged


def _key_figure(group: _Repeats, figures: list[RawFigure], text: str, salience: float) -> KeyFigure:
    """The first statement of a figure, with what its repeats add, its mentions and salience."""
    first = figures[group.statements[0]]
    repeats = [figures[position] for position in group.statements[1:]]
    value, low, high = _values(first)
    return KeyFigure(
        text=text[first.start : first.end],
        start=first.start,
        end=first.end,
        kind=first.kind,
        value=value,
        min=low,
        max=high,
        currency=first.currency if first.money else None,
        unit=_unit(first),
        qualifier=group.qualifier,
        per=group.per,
        about=None,
        sentence=first.sentence,
        salience=salience,
        equivalents=tuple(_equivalent(equivalent, text) for equivalent in group.equivalents),
        mentions=tuple(
            Mention(text[repeat.start : repeat.end], repeat.start, repeat.end, repeat.sentence)
            for repeat in repeats
        ),
    )


def _equivalent(figure: RawFigure, text: str) -> Equivalent:
    value, low, high = _values(figure)
    return Equivalent(
        text=text[figure.start : figure.end],
        start=figure.start,
        end=figure.end,
        value=value,
        min=low,
        max=high,
        currency=figure.currency,
        unit=None if figure.money else figure.low.unit,
    )


# -- salience -------------------------------------------------------------------------------


def _lead_sentences(document: Document) -> frozenset[int]:
    """Indices of the first `LEAD_SENTENCES` body sentences."""
    body = (sentence.index for sentence in document.sentences if sentence.is_candidate)
    return frozenset(itertools.islice(body, LEAD_SENTENCES))


def _salience(
    group: _Repeats,
    figures: list[RawFigure],
    document: Document,
    summary_sentences: Collection[int],
    lead: frozenset[int],
) -> float:
    first = figures[group.statements[0]]
    sentences = [figures[position].sentence for position in group.statements]
    kinds = {document.sentences[index].kind for index in sentences}
    score = _KIND_WEIGHT[first.kind]
    if SentenceKind.HEADLINE in kinds:
        score += _HEADLINE_BONUS
    if any(index in summary_sentences for index in sentences):
        score += _SUMMARY_BONUS
    if not lead.isdisjoint(sentences):
        score += _LEAD_BONUS
    score += min(_MAX_MENTION_BONUS, _MENTION_BONUS * (len(sentences) - 1))
    if group.equivalents or first.high is not None or group.qualifier is not None:
        score += _DETAIL_BONUS
    if kinds <= {SentenceKind.BOILERPLATE, SentenceKind.SECTION_LABEL}:
        score -= _FURNITURE_PENALTY
    return round(min(1.0, max(0.0, score)), 3)
