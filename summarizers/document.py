"""The document model: title, paragraphs and sentences with character offsets.

Offsets always index the text the caller passed in: `text[s.start:s.end] == s.text`.

Layout rules, taken from how news pages are pasted:
- A line break ends a unit, so a headline, a standfirst and a section label never
  merge into one sentence. The exception is a hard-wrapped line: a line that does not
  end a sentence and is followed by one starting in lower case continues it.
- The first line is the headline when it is a short line of its own without final
  punctuation, or when it repeats the title given by the caller.
- A short line without final punctuation further down ("Entertainment") is a section label.
- Sentences matching the boilerplate patterns of the language are page furniture.
Headlines, labels and boilerplate stay in the model (figures and dates in a headline
count) but are never summary candidates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from summarizers import text as text_tools
from summarizers.languages import Language, resolve_language
from summarizers.resources import data_file_exists, load_yaml

_LINE = re.compile(r"[^\r\n]+")
_SENTENCE_END_MARKS = frozenset(".!?…:;")
_CLOSING_MARKS = "'\"’”)]"
_HAS_WORD = re.compile(r"\w")
_MAX_HEADLINE_WORDS = 30
_MAX_LABEL_WORDS = 4


class SentenceKind(StrEnum):
    HEADLINE = "headline"
    SECTION_LABEL = "section_label"
    BOILERPLATE = "boilerplate"
    BODY = "body"


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int
    kind: SentenceKind
    words: tuple[str, ...]

    @property
    def is_candidate(self) -> bool:
        """Whether the sentence may be chosen for a summary."""
        return self.kind is SentenceKind.BODY


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    first_sentence: int
    sentence_count: int


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    language: Language
    title: str | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]

    @property
    def headline(self) -> Sentence | None:
        first = self.sentences[0] if self.sentences else None
        return first if first is not None and first.kind is SentenceKind.HEADLINE else None

    @property
    def candidates(self) -> tuple[Sentence, ...]:
        return tuple(sentence for sentence in self.sentences if sentence.is_candidate)

    @property
    def word_count(self) -> int:
        return sum(len(sentence.words) for sentence in self.sentences)


@dataclass(frozen=True, slots=True)
class BoilerplateRule:
    name: str
    pattern: re.Pattern[str]
    requires: str | None = None  # a word every match contains, checked first

    def matches(self, sentence: str) -> bool:
        if self.requires is not None and self.requires not in sentence.lower():
            return False
        return self.pattern.match(sentence) is not None


@cache
def boilerplate_rules(language: str) -> tuple[BoilerplateRule, ...]:
    path = f"{language}/boilerplate.yaml"
    if not data_file_exists(path):
        return ()
    return tuple(
        BoilerplateRule(rule["name"], re.compile(rule["pattern"], re.IGNORECASE), rule.get("requires"))
        for rule in load_yaml(path)["rules"]
    )


@dataclass(frozen=True, slots=True)
class _Furniture:
    """The page-furniture rules of a language, compiled for one check per sentence."""

    prefixes: re.Pattern[str] | None  # furniture glued to the start of a sentence
    alternation: re.Pattern[str] | None  # the rules without a required word, as one pattern
    keyed: tuple[BoilerplateRule, ...]  # the rules with one

    def prefix_end(self, sentence: str) -> int | None:
        """Where furniture that opens `sentence` and is followed by more text ends, if any."""
        match = self.prefixes.match(sentence) if self.prefixes is not None else None
        if match is None or not _HAS_WORD.search(sentence, match.end()):
            return None
        return match.end()

    def is_boilerplate(self, sentence: str, keyed: tuple[BoilerplateRule, ...] | None = None) -> bool:
        """Whether a rule matches the whole sentence; `keyed`: the keyed rules worth trying."""
        if self.alternation is not None and self.alternation.match(sentence) is not None:
            return True
        return any(rule.matches(sentence) for rule in (self.keyed if keyed is None else keyed))

    def keyed_rules_in(self, block: str) -> tuple[BoilerplateRule, ...]:
        """The keyed rules whose required word the paragraph holds: the only ones any of its
        sentences can match.

        A sentence holds the word (lower-cased) only if its paragraph does: `str.lower` maps
        each character on its own, except a capital sigma, whose lower case (σ or ς) depends
        on the neighbouring letters; so a word without σ or ς is looked for in the whole
        paragraph once rather than in every sentence.
        """
        if not self.keyed:
            return self.keyed
        lowered = block.lower()
        return tuple(
            rule
            for rule in self.keyed
            if rule.requires is None
            or "σ" in rule.requires
            or "ς" in rule.requires
            or rule.requires in lowered
        )


@cache
def _furniture(language: str) -> _Furniture:
    """The rules without a required word are tried as one alternation, once per sentence
    instead of one match per rule."""
    rules = boilerplate_rules(language)
    plain = "|".join(f"(?:{rule.pattern.pattern})" for rule in rules if rule.requires is None)
    path = f"{language}/boilerplate.yaml"
    prefixes = load_yaml(path).get("prefixes", []) if data_file_exists(path) else []
    return _Furniture(
        prefixes=re.compile("|".join(f"(?:{rule['pattern']})" for rule in prefixes), re.IGNORECASE)
        if prefixes
        else None,
        alternation=re.compile(plain, re.IGNORECASE) if plain else None,
        keyed=tuple(rule for rule in rules if rule.requires is not None),
    )


def is_boilerplate(sentence: str, language: str = "en") -> bool:
    return _furniture(language).is_boilerplate(sentence)


def parse_document(text: str, *, title: str | None = None, language: str = "english") -> Document:
    """Split `text` into paragraphs and sentences and label each sentence's role."""
    lang = resolve_language(language)
    blocks = _paragraph_spans(text)
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    append = sentences.append
    words = text_tools.words
    headline_title = _normalise(title) if title else None
    for paragraph_index, (block_start, block_end) in enumerate(blocks):
        block = text[block_start:block_end]
        first_sentence = len(sentences)
        kind = _line_kind(block, paragraph_index, len(blocks), headline_title)
        units = (
            [(0, len(block), kind)]
            if kind is not SentenceKind.BODY
            else _with_furniture_split_off(block, text_tools.sentence_spans(block, lang.name), lang.code)
        )
        # Positional arguments: a frozen dataclass's keyword call costs a third more,
        # and a book has tens of thousands of sentences.
        for start, end, sentence_kind in units:
            sentence_text = block[start:end]
            append(
                Sentence(
                    len(sentences),
                    block_start + start,
                    block_start + end,
                    sentence_text,
                    paragraph_index,
                    sentence_kind,
                    words(sentence_text),
                )
            )
        paragraphs.append(
            Paragraph(
                paragraph_index, block_start, block_end, first_sentence, len(sentences) - first_sentence
            )
        )
    if title is None and sentences and sentences[0].kind is SentenceKind.HEADLINE:
        title = sentences[0].text
    return Document(text, lang, title, tuple(paragraphs), tuple(sentences))


def _with_furniture_split_off(
    block: str, spans: Iterable[tuple[int, int]], language_code: str
) -> list[tuple[int, int, SentenceKind]]:
    """Each span of a body paragraph with its kind; furniture glued to the next sentence
    becomes its own unit.

    Pages pasted without punctuation give "Scroll down for video A young woman who ...":
    the furniture prefix is split off as boilerplate and the rest stays a sentence.
    """
    furniture = _furniture(language_code)
    keyed = furniture.keyed_rules_in(block)
    units: list[tuple[int, int, SentenceKind]] = []
    for start, end in spans:
        sentence = block[start:end]
        prefix = furniture.prefix_end(sentence)
        if prefix is None:
            kind = (
                SentenceKind.BOILERPLATE if furniture.is_boilerplate(sentence, keyed) else SentenceKind.BODY
            )
            units.append((start, end, kind))
            continue
        rest_start, _ = _strip_span(block, start + prefix, end)
        units.append((start, start + len(sentence[:prefix].rstrip()), SentenceKind.BOILERPLATE))
        if rest_start < end:
            units.append((rest_start, end, SentenceKind.BODY))
    return units


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the paragraphs: each non-blank line, with hard-wrapped lines joined."""
    spans: list[tuple[int, int]] = []
    previous_line_end = -1
    for line in _LINE.finditer(text):
        start, end = _strip_span(text, line.start(), line.end())
        if start == end:
            previous_line_end = -1
            continue
        continues_previous = (
            spans
            and previous_line_end == spans[-1][1]
            and text[start].islower()
            and not _ends_a_sentence(text[spans[-1][0] : spans[-1][1]])
            and "\n\n" not in text[spans[-1][1] : start].replace("\r", "")
        )
        if continues_previous:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        previous_line_end = end
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _line_kind(line: str, paragraph_index: int, paragraph_count: int, title: str | None) -> SentenceKind:
    if paragraph_count == 1:
        return SentenceKind.BODY
    if paragraph_index == 0:
        if title is not None and _normalise(line) == title:
            return SentenceKind.HEADLINE
        if not _ends_a_sentence(line) and _has_at_most_words(line, _MAX_HEADLINE_WORDS):
            return SentenceKind.HEADLINE
        return SentenceKind.BODY
    if not _ends_a_sentence(line) and _has_at_most_words(line, _MAX_LABEL_WORDS):
        return SentenceKind.SECTION_LABEL
    return SentenceKind.BODY


def _ends_a_sentence(line: str) -> bool:
    """Whether `line` ends with final punctuation, maybe followed by closing quotes or brackets."""
    return line.rstrip().rstrip(_CLOSING_MARKS)[-1:] in _SENTENCE_END_MARKS


def _has_at_most_words(line: str, limit: int) -> bool:
    return len(line.split(maxsplit=limit)) <= limit


def _normalise(line: str) -> str:
    return " ".join(line.casefold().split())
