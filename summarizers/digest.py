"""The structured summary as one short plain-text message, for chat bots with size limits.

A digest never exceeds `max_chars`. Items are admitted by priority: the title, the
summary sentences best first, the timeline, then the key figures most salient first.
Whatever is admitted is then laid out in reading order:

    Netflix posts $1.3 million artificial intelligence job as actors strike

    • Netflix has sparked outrage by announcing ...
    • The actors, from the Screen Actors Guild (SAG), joined ...

    Timeline
    • 2023-04: screenwriters from the Writers Guild of America stopped work
    • 2023-07: more than 160,000 actors began industrial action

    Key figures
    • US$300,000 and $900,000 (A$445,000 – $1.3 million) per year: salary

Within a part, the first item that does not fit ends that part: nothing is cut in the
middle, and a less important item never replaces a more important one by being short.
Only the title is shortened (with an ellipsis) when even it is too long.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarizers.algorithms import Summary
from summarizers.figures import KeyFigure
from summarizers.temporal import TimelineEvent

DEFAULT_MAX_CHARS = 2000
BULLET = "• "
ELLIPSIS = "…"
TIMELINE_HEADING = "Timeline"
FIGURES_HEADING = "Key figures"


@dataclass(frozen=True, slots=True)
class _Section:
    heading: str | None
    lines: tuple[str, ...]
    priority_order: tuple[int, ...]  # the order in which lines are admitted


def render_digest(
    *,
    title: str | None,
    summary: Summary | None,
    timeline: Sequence[TimelineEvent] | None,
    key_figures: Sequence[KeyFigure] | None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> str:
    """The parts given, as a message of at most `max_chars` characters."""
    if max_chars <= 0:
        return ""
    sections: list[_Section] = []
    if summary is not None and summary.sentences:
        sentences = sorted(summary.sentences, key=lambda sentence: sentence.start)
        sections.append(
            _Section(
                None,
                tuple(BULLET + _one_line(sentence.text) for sentence in sentences),
                tuple(sorted(range(len(sentences)), key=lambda i: sentences[i].rank)),
            )
        )
    if timeline:
        lines = tuple(f"{BULLET}{event.date}: {_one_line(event.event)}" for event in timeline)
        sections.append(_Section(TIMELINE_HEADING, lines, tuple(range(len(lines)))))
    if key_figures:
        lines = tuple(BULLET + _figure_line(figure) for figure in key_figures)
        by_salience = sorted(range(len(key_figures)), key=lambda i: (-key_figures[i].salience, i))
        sections.append(_Section(FIGURES_HEADING, lines, tuple(by_salience)))

    header = _one_line(title) if title else ""
    if len(header) > max_chars:
        return _shortened(header, max_chars)
    admitted: list[set[int]] = [set() for _ in sections]
    used = len(header)
    for section_index, section in enumerate(sections):
        for line_index in section.priority_order:
            cost = len(section.lines[line_index]) + 1  # the line and its line break
            if not admitted[section_index]:
                cost += 1 + (len(section.heading) + 1 if section.heading else 0)  # blank line, heading
            if used + cost > max_chars:
                break  # later lines matter less: none of them jumps the queue by being short
            admitted[section_index].add(line_index)
            used += cost
    blocks = [header] if header else []
    for section, chosen in zip(sections, admitted, strict=True):
        if not chosen:
            continue
        heading = [section.heading] if section.heading else []
        blocks.append("\n".join(heading + [section.lines[i] for i in sorted(chosen)]))
    return "\n\n".join(blocks)


def _shortened(text: str, max_chars: int) -> str:
    """`text` cut at a word boundary to fit `max_chars` with the ellipsis."""
    cut = text[: max_chars - len(ELLIPSIS) + 1]
    cut = cut[: cut.rindex(" ")] if " " in cut else cut[: max_chars - len(ELLIPSIS)]
    return cut.rstrip() + ELLIPSIS


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _figure_line(figure: KeyFigure) -> str:
    text = _one_line(figure.text)
    if not figure.about or set(figure.about.casefold().split()) <= set(text.casefold().split()):
        return text  # "more than 160,000 actors: actors" says nothing more
    return f"{text}: {_one_line(figure.about)}"
