"""Structured summaries of news articles: key sentences, key figures and a timeline.

from summarizers import summarize_article
result = summarize_article(text, reference_date=date(2023, 7, 27), today=date.today())
"""

__version__ = "0.1.0"

from summarizers.document import Document, Paragraph, Sentence, SentenceKind, parse_document
from summarizers.pipeline import Part, StructuredSummary, summarize_article

__all__ = [
    "Document",
    "Paragraph",
    "Part",
    "Sentence",
    "SentenceKind",
    "StructuredSummary",
    "__version__",
    "parse_document",
    "summarize_article",
]
