from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizers.document import SentenceKind, boilerplate_rules, is_boilerplate, parse_document
from summarizers.resources import load_yaml

REPO = Path(__file__).resolve().parent.parent


def test_every_sentence_offset_slices_the_original_text(example_text: str) -> None:
    document = parse_document(example_text)
    assert len(document.sentences) > 40
    for sentence in document.sentences:
        assert example_text[sentence.start : sentence.end] == sentence.text
    for paragraph in document.paragraphs:
        first = document.sentences[paragraph.first_sentence]
        last = document.sentences[paragraph.first_sentence + paragraph.sentence_count - 1]
        assert paragraph.start <= first.start and last.end <= paragraph.end


def test_headline_standfirst_and_section_label_are_separate_units(example_text: str) -> None:
    sentences = parse_document(example_text).sentences
    assert sentences[0].text == "Netflix posts $1.3 million artificial intelligence job as actors strike"
    assert sentences[0].kind is SentenceKind.HEADLINE
    assert sentences[1].text.startswith("Netflix has sparked outrage after announcing")
    assert sentences[1].text.endswith("for better pay.")
    assert sentences[1].kind is SentenceKind.BODY
    assert sentences[2].text == "Entertainment"
    assert sentences[2].kind is SentenceKind.SECTION_LABEL


def test_the_headline_becomes_the_title_unless_the_caller_gives_one(example_text: str) -> None:
    assert parse_document(example_text).title == (
        "Netflix posts $1.3 million artificial intelligence job as actors strike"
    )
    assert parse_document(example_text, title="Another title").title == "Another title"


def test_page_furniture_is_boilerplate_and_never_a_candidate(example_text: str) -> None:
    document = parse_document(example_text)
    boilerplate = [s.text for s in document.sentences if s.kind is SentenceKind.BOILERPLATE]
    assert boilerplate == [
        "Don't miss out on the headlines from Entertainment.",
        "Followed categories will be added to My News.",
        "Originally published as Netflix posts $1.3 million artificial intelligence job as actors strike",
    ]
    assert all(sentence.kind is SentenceKind.BODY for sentence in document.candidates)


def test_a_hard_wrapped_line_continues_its_sentence() -> None:
    wrapped = parse_document("The union said the deal\nwas not good enough. It will vote.")
    assert [s.text for s in wrapped.sentences] == [
        "The union said the deal\nwas not good enough.",
        "It will vote.",
    ]
    assert len(wrapped.paragraphs) == 1


def test_text_without_line_breaks_is_one_paragraph_of_body_sentences() -> None:
    document = parse_document("Prices rose. Wages did not.")
    assert len(document.paragraphs) == 1
    assert [s.kind for s in document.sentences] == [SentenceKind.BODY, SentenceKind.BODY]
    assert document.title is None


def test_every_boilerplate_rule_matches_its_examples() -> None:
    rules = {rule.name: rule for rule in boilerplate_rules("en")}
    table = load_yaml("en/boilerplate.yaml")["rules"]
    assert len(table) == len(rules) > 5
    for row in table:
        rule = rules[row["name"]]
        assert row["examples"]["match"], f"rule {row['name']} has no matching example"
        for example in row["examples"]["match"]:
            assert rule.matches(example), f"{row['name']} should match {example!r}"
            assert is_boilerplate(example), f"{example!r} is boilerplate"
        for example in row["examples"].get("no_match", []):
            assert not is_boilerplate(example), f"{example!r} is not boilerplate"


def test_furniture_glued_to_a_sentence_is_split_off_as_its_own_unit() -> None:
    table = load_yaml("en/boilerplate.yaml")["prefixes"]
    assert table
    for row in table:
        for glued, rest in row["examples"]["split"]:
            text = f"First line of the story.\n{glued}"
            sentences = parse_document(text).sentences[1:]
            assert [s.kind for s in sentences][:2] == [SentenceKind.BOILERPLATE, SentenceKind.BODY], glued
            assert sentences[1].text == rest
            assert all(text[s.start : s.end] == s.text for s in sentences)
        for whole in row["examples"]["no_split"]:
            sentences = parse_document(f"First line of the story.\n{whole}").sentences[1:]
            assert [s.text for s in sentences] == [whole], whole


def test_splitting_and_summarizing_work_without_any_nltk_data(tmp_path: Path) -> None:
    script = (
        "import sys; from datetime import date; from summarizers import summarize_article\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "for algorithm in ('lexrank', 'lsa', 'edmundson', 'luhn'):\n"
        "    result = summarize_article(text, algorithm=algorithm, today=date(2023, 7, 27))\n"
        "    assert len(result.summary.sentences) == 3, algorithm\n"
        "print('ok')\n"
    )
    empty = tmp_path / "nltk_data"
    empty.mkdir()
    env = {**os.environ, "NLTK_DATA": str(empty), "HOME": str(tmp_path), "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", script, str(REPO / "seeds" / "netflix-ai-job-strike.txt")],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith paid $1.3 million to U.S. officials on Jan. 5. He left.", 2),
        ('"Wow," she said. "It works."', 2),
        ("The rate rose to 3.5 per cent. It fell again.", 2),
    ],
)
def test_abbreviations_and_decimals_do_not_end_sentences(text: str, expected: int) -> None:
    assert len(parse_document(text).sentences) == expected
