"""Key figures of a news article: money, percentages, counts, durations and ranges.

    >>> from summarizers.document import parse_document
    >>> from summarizers.figures import extract_key_figures
    >>> [f.text for f in extract_key_figures(parse_document("Rents rose 5% to £1,200 a month."))]
    ['5%', '£1,200 a month']

Patterns and word tables live in `summarizers/data/<language>/figures/`; see
`extract.py` for the bare-dollar rule and `scan.py` for how a sentence is read.
"""

from summarizers.figures.extract import DEFAULT_MAX_FIGURES, extract_key_figures, find_figures
from summarizers.figures.model import Equivalent, FigureKind, KeyFigure, Mention, Qualifier

__all__ = [
    "DEFAULT_MAX_FIGURES",
    "Equivalent",
    "FigureKind",
    "KeyFigure",
    "Mention",
    "Qualifier",
    "extract_key_figures",
    "find_figures",
]
