from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from summarizers.digest import render_digest
from summarizers.figures import FigureKind, KeyFigure
from summarizers.pipeline import Part, summarize_article

REFERENCE = date(2023, 7, 27)


def _example_parts(text: str) -> dict:  # type: ignore[type-arg]
    result = summarize_article(
        text,
        reference_date=REFERENCE,
        today=REFERENCE,
        include={Part.SUMMARY, Part.KEY_FIGURES, Part.TIMELINE},
    )
    return {
        "title": result.title,
        "summary": result.summary,
        "timeline": result.timeline,
        "key_figures": result.key_figures,
    }


def test_the_example_digest_has_title_summary_timeline_and_figures(example_text: str) -> None:
    digest = render_digest(**_example_parts(example_text), max_chars=4000)
    blocks = digest.split("\n\n")
    assert blocks[0] == "Netflix posts $1.3 million artificial intelligence job as actors strike"
    assert blocks[1].count("• ") == 3
    assert blocks[2].splitlines()[:3] == [
        "Timeline",
        "• 2023-04: screenwriters from the Writers Guild of America stopped work",
        "• 2023-07: more than 160,000 actors began industrial action",
    ]
    assert blocks[3].startswith("Key figures\n• ")
    assert "\n• more than 160,000 actors" in blocks[3]


def test_a_figure_line_leaves_out_an_about_that_repeats_the_figure() -> None:
    figure = KeyFigure(
        text="thirty-five actors",
        start=0,
        end=18,
        kind=FigureKind.COUNT,
        value=35.0,
        min=None,
        max=None,
        currency=None,
        unit="actors",
        qualifier=None,
        per=None,
        about="actors",
        sentence=0,
        salience=0.5,
    )
    digest = render_digest(title=None, summary=None, timeline=None, key_figures=[figure], max_chars=200)
    assert digest == "Key figures\n• thirty-five actors"
    on_strike = replace(figure, about="actors on strike")
    digest = render_digest(title=None, summary=None, timeline=None, key_figures=[on_strike], max_chars=200)
    assert digest == "Key figures\n• thirty-five actors: actors on strike"


def test_a_small_budget_keeps_the_most_important_items_whole(example_text: str) -> None:
    parts = _example_parts(example_text)
    digest = render_digest(**parts, max_chars=300)
    assert len(digest) <= 300
    best = next(s for s in parts["summary"].sentences if s.rank == 1)
    assert "• " + best.text in digest
    assert "…" not in digest


def test_a_title_longer_than_the_budget_is_shortened_with_an_ellipsis(example_text: str) -> None:
    digest = render_digest(**_example_parts(example_text), max_chars=20)
    assert digest == "Netflix posts $1.3…"
    assert render_digest(**_example_parts(example_text), max_chars=16) == "Netflix posts…"


@settings(max_examples=80, deadline=None)
@given(max_chars=st.integers(min_value=1, max_value=3000))
def test_a_digest_never_exceeds_its_budget(example_text: str, max_chars: int) -> None:
    assert len(render_digest(**_example_parts(example_text), max_chars=max_chars)) <= max_chars
