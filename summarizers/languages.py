"""The languages the library supports and the per-language resources it loads once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from summarizers.resources import load_yaml


class UnsupportedLanguageError(ValueError):
    """The requested language has no sentence model, stemmer or stop words."""

    def __init__(self, language: str, supported: tuple[str, ...]) -> None:
        super().__init__(f"language {language!r} is not supported; use one of: {', '.join(supported)}")
        self.language = language
        self.supported = supported


@dataclass(frozen=True, slots=True)
class Language:
    name: str
    code: str
    has_figure_rules: bool
    has_timeline_rules: bool


@cache
def supported_languages() -> tuple[Language, ...]:
    table = load_yaml("languages.yaml")["languages"]
    return tuple(
        Language(
            name=row["name"],
            code=row["code"],
            has_figure_rules=bool(row["figures"]),
            has_timeline_rules=bool(row["timeline"]),
        )
        for row in table
    )


def resolve_language(name_or_code: str) -> Language:
    """Find a language by its English name ("english") or ISO 639-1 code ("en")."""
    wanted = name_or_code.strip().lower()
    for language in supported_languages():
        if wanted in (language.name, language.code):
            return language
    raise UnsupportedLanguageError(name_or_code, tuple(language.name for language in supported_languages()))
