"""Key figures of the example article (reference date 2023-07-27) and the public API."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from summarizers.document import parse_document
from summarizers.figures import (
    Equivalent,
    FigureKind,
    KeyFigure,
    Mention,
    Qualifier,
    extract_key_figures,
    find_figures,
)

_FIELDS = ("value", "min", "max", "qualifier", "per", "unit")


@pytest.fixture(scope="module")
def example_figures(example_text: str) -> tuple[KeyFigure, ...]:
    return find_figures(parse_document(example_text))


def _kind(expected_kind: str) -> FigureKind:
    return FigureKind.MONEY if expected_kind == "money_range" else FigureKind(expected_kind)


def _matches(figure: KeyFigure, expected: dict[str, Any]) -> bool:
    if figure.kind is not _kind(expected["kind"]):
        return False
    for name in _FIELDS:
        if name in expected and getattr(figure, name) != expected[name]:
            return False
    if "currency" in expected and figure.currency != expected["currency"]:
        return False
    return not ("currency_accepted" in expected and figure.currency not in expected["currency_accepted"])


def _find(figures: tuple[KeyFigure, ...], expected: dict[str, Any]) -> KeyFigure:
    matching = [figure for figure in figures if _matches(figure, expected)]
    assert matching, f"no figure matches {expected}; found {[(f.text, f.kind, f.value) for f in figures]}"
    return matching[0]


def test_every_expected_figure_of_the_example_is_found_with_its_kind_values_currency_qualifier_and_period(
    example_figures: tuple[KeyFigure, ...], example_expectations: dict[str, Any]
) -> None:
    for expected in example_expectations["key_figures"]:
        figure = _find(example_figures, expected)
        assert (
            expected["text"].split(" (")[0].removeprefix("up to ").removeprefix("more than ") in figure.text
        )


def test_the_aud_amounts_are_equivalents_of_the_usd_figures_not_figures_of_their_own(
    example_figures: tuple[KeyFigure, ...], example_expectations: dict[str, Any]
) -> None:
    for expected in example_expectations["key_figures"]:
        if "equivalent" not in expected:
            continue
        figure = _find(example_figures, expected)
        assert figure.currency == "USD"
        (equivalent,) = figure.equivalents
        wanted = expected["equivalent"]
        assert equivalent.currency == wanted["currency"] == "AUD"
        for name in ("value", "min", "max"):
            if name in wanted:
                assert getattr(equivalent, name) == wanted[name]
    aud_values = {38000.0, 445000.0, 960000.0}
    assert not [f for f in example_figures if f.value in aud_values or f.min in aud_values]


def test_the_headline_one_point_three_million_is_not_reported_as_us_dollars(
    example_figures: tuple[KeyFigure, ...], example_text: str
) -> None:
    headline = [f for f in example_figures if f.start < example_text.index("\n")]
    assert [f.text for f in headline] == ["$1.3 million"]
    assert headline[0].currency in ("AUD", None)
    assert headline[0].currency != "USD"


def test_the_repeated_one_point_three_million_is_one_figure_with_mentions_and_a_yearly_period(
    example_figures: tuple[KeyFigure, ...],
) -> None:
    (figure,) = [f for f in example_figures if f.value == 1_300_000]
    assert figure.sentence == 0
    assert len(figure.mentions) >= 4
    assert figure.per == "year"
    assert all(mention.text.startswith("$1.3 million") for mention in figure.mentions)


def test_the_market_range_repeated_later_is_a_mention_of_the_salary_range(
    example_figures: tuple[KeyFigure, ...],
) -> None:
    (salary,) = [f for f in example_figures if f.min == 300_000]
    assert any("(US)$300,000" in mention.text for mention in salary.mentions)


def test_offsets_of_figures_equivalents_and_mentions_slice_the_article(
    example_figures: tuple[KeyFigure, ...], example_text: str
) -> None:
    for figure in example_figures:
        assert example_text[figure.start : figure.end] == figure.text
        for part in (*figure.equivalents, *figure.mentions):
            assert example_text[part.start : part.end] == part.text


def test_no_timeline_expression_or_quote_slang_becomes_a_money_or_duration_figure(
    example_figures: tuple[KeyFigure, ...],
) -> None:
    texts = [figure.text for figure in example_figures]
    assert not [text for text in texts if "ago" in text or "couple" in text or "one day" in text]
    assert all(f.kind is not FigureKind.DURATION or f.value == 60 for f in example_figures)


def test_about_says_what_the_salary_and_the_strike_figures_measure(
    example_figures: tuple[KeyFigure, ...],
) -> None:
    by_value = {f.value if f.value is not None else f.min: f for f in example_figures}
    assert by_value[300_000].about is not None and "salary" in by_value[300_000].about
    assert by_value[650_000].about is not None and "salary" in by_value[650_000].about
    assert by_value[160_000].about is not None and "actors" in by_value[160_000].about
    assert by_value[87].about is not None and "actors" in by_value[87].about


def test_key_figures_are_the_most_salient_in_document_order(example_text: str) -> None:
    document = parse_document(example_text)
    top = extract_key_figures(document, max_figures=3)
    assert len(top) == 3
    assert [f.start for f in top] == sorted(f.start for f in top)
    assert top[0].value == 1_300_000  # headline, repeated: the most salient figure
    everything = find_figures(document)
    cutoff = min(f.salience for f in top)
    assert all(f.salience <= cutoff for f in everything if f not in top)


def test_summary_sentences_raise_the_salience_of_their_figures(example_text: str) -> None:
    document = parse_document(example_text)
    plain = {f.start: f.salience for f in extract_key_figures(document, max_figures=200)}
    (count,) = [f for f in find_figures(document) if f.value == 35]
    boosted = {
        f.start: f.salience
        for f in extract_key_figures(document, summary_sentences={count.sentence}, max_figures=200)
    }
    assert boosted[count.start] > plain[count.start]
    assert all(0.0 <= value <= 1.0 for value in boosted.values())


def test_max_figures_zero_or_an_unsupported_language_gives_no_figures(example_text: str) -> None:
    assert extract_key_figures(parse_document(example_text), max_figures=0) == ()
    assert find_figures(parse_document("Le salaire est de 300 000 dollars par an.", language="french")) == ()
    assert find_figures(parse_document("")) == ()


def test_domain_objects_are_frozen_slotted_dataclasses() -> None:
    for cls in (KeyFigure, Equivalent, Mention):
        assert dataclasses.is_dataclass(cls)
        assert "__slots__" in vars(cls)
        assert cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    figure = find_figures(parse_document("Sales rose 5% to $3bn."))[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        figure.value = 1.0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("sentence", "kind", "value", "currency", "qualifier"),
    [
        ("Support rose by 3 percentage points to 21%.", FigureKind.PERCENTAGE_POINTS, 3.0, None, None),
        ("Profit was $4bn, down from $5.1bn a year earlier.", FigureKind.MONEY, 5_100_000_000.0, "USD", None),
        ("The deficit reached £39.3bn.", FigureKind.MONEY, 39_300_000_000.0, "GBP", None),
        ("Nearly half a million people fled.", FigureKind.COUNT, 500_000.0, None, Qualifier.APPROXIMATELY),
        ("Twelve hundred homes lost power.", FigureKind.COUNT, 1200.0, None, None),
    ],
)
def test_single_sentences_give_the_expected_figure(
    sentence: str, kind: FigureKind, value: float, currency: str | None, qualifier: Qualifier | None
) -> None:
    figures = find_figures(parse_document(sentence))
    assert any(
        f.kind is kind and f.value == value and f.currency == currency and f.qualifier == qualifier
        for f in figures
    ), figures


def _money(text: str) -> list[tuple[float | None, str | None]]:
    return [(f.value, f.currency) for f in find_figures(parse_document(text)) if f.kind is FigureKind.MONEY]


def test_a_bare_dollar_is_us_dollars_when_the_article_never_writes_us_dollar() -> None:
    assert _money("The company raised $5m from investors.") == [(5_000_000.0, "USD")]
    assert _money("Exports reached A$5m, while imports cost $3m.") == [
        (5_000_000.0, "AUD"),
        (3_000_000.0, "USD"),
    ]


def test_a_bare_dollar_has_no_currency_when_the_article_marks_us_dollars_and_nothing_settles_it() -> None:
    text = "The deal is worth US$5m.\n\nThe council will add $3m of its own."
    assert _money(text) == [(5_000_000.0, "USD"), (3_000_000.0, None)]


def test_a_bare_dollar_amount_takes_the_currency_the_article_gives_the_same_amount() -> None:
    text = "Firm pays $38,000 bonus\n\nStaff earn US$26,000 (A$38,000) a year. The $38,000 bonus is new."
    figures = find_figures(parse_document(text))
    (bonus,) = [f for f in figures if f.value == 38_000]
    assert bonus.currency == "AUD"
    assert len(bonus.mentions) == 1


def test_a_bare_dollar_conversion_of_a_us_dollar_figure_is_another_dollar() -> None:
    (figure,) = find_figures(parse_document("Actors earn US$26,000 ($38,000) a year."))
    assert figure.currency == "USD"
    assert [(e.value, e.currency) for e in figure.equivalents] == [(38_000.0, None)]


def test_changes_give_one_figure_per_number_and_ranges_one_figure() -> None:
    change = find_figures(parse_document("The rate rose from 3.4% to 3.8% over the summer."))
    assert [(f.value, f.min) for f in change] == [(3.4, None), (3.8, None)]
    (range_,) = find_figures(parse_document("Forecasts for growth range from 3% to 5%."))
    assert (range_.min, range_.max, range_.value) == (3.0, 5.0, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike began on July 14, 2023, at 10:30am.",
        "Call 0800 123 456 or see page 12 of the report.",
        "The Boeing 737 and the Covid-19 vaccine were discussed in the 1990s.",
        "It was the third straight quarter of growth for the 2nd year.",
        "Arsenal won 3-1 after a 2-2 draw.",
    ],
)
def test_dates_times_phone_numbers_labels_names_ordinals_and_scores_are_not_figures(sentence: str) -> None:
    assert find_figures(parse_document(sentence)) == ()
